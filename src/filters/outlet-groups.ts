/**
 * The outlet checklist as data: outlets grouped by country, groups by their total count, outlets by count
 * then name, narrowed by the "Find outlet" text. Pure, so the panel only renders it.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import { searchTerms, foldForSearch } from '../corpus/text';

export interface OutletItem {
  readonly id: string;
  readonly name: string;
  /** Headlines of this outlet passing every other filter. */
  readonly count: number;
  readonly checked: boolean;
}

export interface OutletGroup {
  readonly country: string;
  /** Sum of the counts of every outlet of the country (narrowing by name does not change it). */
  readonly total: number;
  /** The outlets of the country left after narrowing, never empty. */
  readonly outlets: readonly OutletItem[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** True when every word of `find` occurs in the outlet's name or one of its aliases (case- and accent-insensitive). */
export function outletMatches(outlet: { name: string; aliases: readonly string[] }, find: string): boolean {
  const terms = searchTerms(find);
  if (terms.length === 0) return true;
  const texts = [outlet.name, ...outlet.aliases].map(foldForSearch);
  return terms.every((t) => texts.some((text) => text.includes(t)));
}

export function groupOutlets(ix: CorpusIndex, counts: Int32Array, checked: readonly string[], find = ''): OutletGroup[] {
  const selected = new Set(checked);
  const byCountry = new Map<string, { total: number; outlets: OutletItem[] }>();
  ix.outlets.forEach((o, i) => {
    const count = counts[i] ?? 0;
    let group = byCountry.get(o.country);
    if (!group) byCountry.set(o.country, (group = { total: 0, outlets: [] }));
    group.total += count;
    if (outletMatches(o, find)) group.outlets.push({ id: o.id, name: o.name, count, checked: selected.has(o.id) });
  });
  const byCountName = (a: { count: number; name: string }, b: { count: number; name: string }) =>
    b.count - a.count || collator.compare(a.name, b.name);
  return [...byCountry.entries()]
    .filter(([, g]) => g.outlets.length > 0)
    .map(([country, g]) => ({ country, total: g.total, outlets: g.outlets.sort(byCountName) }))
    .sort((a, b) => b.total - a.total || collator.compare(a.country, b.country));
}
