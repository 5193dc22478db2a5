/**
 * The outlet checklist as data: outlets grouped by country, narrowed by the "Find outlet" text (which also
 * matches the country, the origin and the kind: "Pakistan" finds Dawn, "wire" the agencies). The order is the corpus's own — groups by their
 * headlines in the whole corpus, outlets by theirs, then by name — so it never changes while the reader checks
 * boxes: only the counts beside them follow the filters. Pure, so the panel only renders it.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import type { Outlet } from '../corpus/schema';
import { foldForSearch, outletKindNote, searchTerms } from '../corpus/text';

export interface OutletItem {
  readonly id: string;
  readonly name: string;
  /** Headlines of this outlet passing every other filter. */
  readonly count: number;
  readonly checked: boolean;
  /** What it is, when it is not a news outlet ("wire agency", "government or international body"); else null. */
  readonly kind: string | null;
}

export interface OutletGroup {
  readonly country: string;
  /** Sum of the counts of every outlet of the country (narrowing by name does not change it). */
  readonly total: number;
  /** The outlets of the country left after narrowing, never empty. */
  readonly outlets: readonly OutletItem[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * True when every word of `find` occurs in the outlet's name, one of its aliases, its country, its origin's
 * label or its kind (case-, accent- and punctuation-insensitive, as search is).
 */
export function outletMatches(outlet: { name: string; aliases: readonly string[]; country?: string; kind?: Outlet['kind'] }, find: string, originLabel = ''): boolean {
  const terms = searchTerms(find);
  if (terms.length === 0) return true;
  // A kind worth saying ("wire agency"): "news" would otherwise find every news outlet.
  const kind = outlet.kind ? (outletKindNote({ kind: outlet.kind }) ?? '') : '';
  const texts = [outlet.name, ...outlet.aliases, outlet.country ?? '', originLabel, kind].map(foldForSearch);
  return terms.every((t) => texts.some((text) => text.includes(t)));
}

export function groupOutlets(ix: CorpusIndex, counts: Int32Array, checked: readonly string[], find = ''): OutletGroup[] {
  const selected = new Set(checked);
  const originLabel = new Map(ix.origins.map((o) => [o.id, o.label]));
  const byCountry = new Map<string, { total: number; size: number; outlets: (OutletItem & { size: number })[] }>();
  ix.outlets.forEach((o, i) => {
    const count = counts[i] ?? 0;
    let group = byCountry.get(o.country);
    if (!group) byCountry.set(o.country, (group = { total: 0, size: 0, outlets: [] }));
    group.total += count;
    group.size += o.headlineCount;
    if (outletMatches(o, find, originLabel.get(o.origin))) group.outlets.push({ id: o.id, name: o.name, count, checked: selected.has(o.id), kind: outletKindNote(o), size: o.headlineCount });
  });
  // The corpus's order (its own headline counts), not the filtered counts: nothing moves under the pointer.
  const bySizeName = (a: { size: number; name: string }, b: { size: number; name: string }) => b.size - a.size || collator.compare(a.name, b.name);
  return [...byCountry.entries()]
    .filter(([, g]) => g.outlets.length > 0)
    .sort((a, b) => b[1].size - a[1].size || collator.compare(a[0], b[0]))
    .map(([country, g]) => ({ country, total: g.total, outlets: g.outlets.sort(bySizeName).map(({ size: _size, ...item }) => item) }));
}
