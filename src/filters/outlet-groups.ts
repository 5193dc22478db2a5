/**
 * The outlet checklist as data: outlets grouped by country, narrowed by the "Find outlet" text (which also
 * matches the country, the origin and the kind: "Pakistan" finds Dawn, "wire" the agencies). The order is the corpus's own — groups by their
 * headlines in the whole corpus, outlets by theirs, then by name — so it never changes while the reader checks
 * boxes: only the counts beside them follow the filters. Pure, so the panel only renders it.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import type { Outlet } from '../corpus/schema';
import { foldForSearch, outletKindNote, searchTerms } from '../corpus/text';
import { nameRanks } from '../ui/name-order';

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

/** What does not change while the reader filters: the corpus's order of countries and outlets, and folded texts for the finder. */
interface OutletOrder {
  /** Countries in display order, each with its outlets (indexes into `ix.outlets`) in display order. */
  readonly countries: readonly { readonly country: string; readonly outlets: readonly number[] }[];
  /** Per outlet, its name, aliases, country, origin label and kind, folded and joined by newlines; built on the first find. */
  folded: string[] | null;
}

const orders = new WeakMap<CorpusIndex, OutletOrder>();

/** The corpus's order, computed once per corpus (by name ranks: sorting 100,000 names by a collator takes seconds). */
function outletOrder(ix: CorpusIndex): OutletOrder {
  let order = orders.get(ix);
  if (order) return order;
  const byCountry = new Map<string, { size: number; outlets: number[] }>();
  ix.outlets.forEach((o, i) => {
    let group = byCountry.get(o.country);
    if (!group) byCountry.set(o.country, (group = { size: 0, outlets: [] }));
    group.size += o.headlineCount;
    group.outlets.push(i);
  });
  const rank = nameRanks(ix.outlets, (o) => o.name);
  const bySizeName = (a: number, b: number) => ix.outlets[b]!.headlineCount - ix.outlets[a]!.headlineCount || rank[a]! - rank[b]!;
  const entries = [...byCountry.entries()];
  const countryRank = nameRanks(entries, ([country]) => country);
  const place = new Map(entries.map(([country], i) => [country, countryRank[i]!]));
  const countries = entries
    .sort((a, b) => b[1].size - a[1].size || place.get(a[0])! - place.get(b[0])!)
    .map(([country, g]) => ({ country, outlets: g.outlets.sort(bySizeName) }));
  orders.set(ix, (order = { countries, folded: null }));
  return order;
}

function foldedOutlets(ix: CorpusIndex, order: OutletOrder): string[] {
  if (order.folded) return order.folded;
  const originLabel = new Map(ix.origins.map((o) => [o.id, o.label]));
  // A kind worth saying ("wire agency"): "news" would otherwise find every news outlet.
  // One fold per outlet: the texts joined by a newline, which folds to a space (a term never spans two texts).
  order.folded = ix.outlets.map((o) => foldForSearch([o.name, ...o.aliases, o.country, originLabel.get(o.origin) ?? '', o.kind ? (outletKindNote({ kind: o.kind }) ?? '') : ''].join('\n')));
  return order.folded;
}

/** Every outlet id of each country (also those the finder hides): what a country's box checks. Once per corpus. */
export function countryOutletIds(ix: CorpusIndex): ReadonlyMap<string, readonly string[]> {
  return new Map(outletOrder(ix).countries.map((c) => [c.country, c.outlets.map((i) => ix.outlets[i]!.id)]));
}

export function groupOutlets(ix: CorpusIndex, counts: Int32Array, checked: readonly string[], find = ''): OutletGroup[] {
  const selected = new Set(checked);
  const order = outletOrder(ix);
  const terms = searchTerms(find);
  const folded = terms.length > 0 ? foldedOutlets(ix, order) : null;
  const groups: OutletGroup[] = [];
  for (const { country, outlets } of order.countries) {
    let total = 0;
    const items: OutletItem[] = [];
    for (const i of outlets) {
      const count = counts[i] ?? 0;
      total += count;
      if (folded !== null && !terms.every((t) => folded[i]!.includes(t))) continue;
      const o = ix.outlets[i]!;
      items.push({ id: o.id, name: o.name, count, checked: selected.has(o.id), kind: outletKindNote(o) });
    }
    if (items.length > 0) groups.push({ country, total, outlets: items });
  }
  return groups;
}
