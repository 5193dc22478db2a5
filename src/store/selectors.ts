/**
 * Derived data: pure functions of (corpus index, view state), memoized on the identity of their inputs.
 * Each filter criterion is computed on its own, so typing in the search box recomputes only the search
 * pass; facet counts (per outlet, per topic) apply every filter but their own, as faceted search does.
 */
import { searchTextOf, type CorpusIndex } from '../corpus/corpus-index';
import { searchTerms } from '../corpus/text';
import { memoizeLast } from './memo';

/** A pass array: 1 where the row passes. `null` means "every row passes" (the filter is off). */
type Pass = Uint8Array | null;

function idSet(index: ReadonlyMap<string, number>, ids: readonly string[]): number[] {
  return ids.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
}

export const passOutlets = memoizeLast((ix: CorpusIndex, outlets: readonly string[]): Pass => {
  if (outlets.length === 0) return null;
  const wanted = new Uint8Array(ix.outlets.length);
  for (const o of idSet(ix.outletIndex, outlets)) wanted[o] = 1;
  const pass = new Uint8Array(ix.headlines.length);
  for (let r = 0; r < pass.length; r++) pass[r] = ix.outletRow[r]! >= 0 ? wanted[ix.outletRow[r]!]! : 0;
  return pass;
});

export const passTopics = memoizeLast((ix: CorpusIndex, topics: readonly string[]): Pass => {
  if (topics.length === 0) return null;
  let mask = 0;
  for (const t of idSet(ix.topicIndex, topics)) mask |= 1 << Math.min(t, 31);
  const pass = new Uint8Array(ix.headlines.length);
  for (let r = 0; r < pass.length; r++) pass[r] = (ix.topicMask[r]! & mask) !== 0 ? 1 : 0;
  return pass;
});

export const passActors = memoizeLast((ix: CorpusIndex, actors: readonly string[]): Pass => {
  if (actors.length === 0) return null;
  const wanted = new Set(idSet(ix.actorIndex, actors));
  const pass = new Uint8Array(ix.headlines.length);
  for (let r = 0; r < pass.length; r++) pass[r] = ix.actorRows[r]!.some((a) => wanted.has(a)) ? 1 : 0;
  return pass;
});

let lastQuery: { ix: CorpusIndex; folded: string; pass: Uint8Array } | null = null;

/**
 * Rows whose title or outlet name holds every word of the query (folded: case and accents ignored).
 * Typing on narrows: when the new query extends the last one, only the rows that passed it are searched.
 */
export const passQuery = memoizeLast((ix: CorpusIndex, query: string): Pass => {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const folded = terms.join(' ');
  const texts = searchTextOf(ix);
  const narrowing = lastQuery !== null && lastQuery.ix === ix && folded.startsWith(lastQuery.folded) ? lastQuery.pass : null;
  const pass = new Uint8Array(ix.headlines.length);
  for (let r = 0; r < pass.length; r++) {
    if (narrowing && !narrowing[r]) continue;
    const text = texts[r]!;
    pass[r] = terms.every((t) => text.includes(t)) ? 1 : 0;
  }
  lastQuery = { ix, folded, pass };
  return pass;
});

/** Rows passing every given pass (null passes are "all"). One pass alone is returned as is (read-only). */
function combine(n: number, passes: readonly Pass[]): Uint8Array {
  const active = passes.filter((p): p is Uint8Array => p !== null);
  if (active.length === 1) return active[0]!;
  const out = new Uint8Array(n).fill(1);
  for (const p of active) for (let r = 0; r < n; r++) out[r]! &= p[r]!;
  return out;
}

export interface Filters {
  readonly outlets: readonly string[];
  readonly topics: readonly string[];
  readonly actors: readonly string[];
  readonly query: string;
}

/** True when any filter is set (a blank search is no filter, as in `passQuery`). */
export function hasAnyFilter(f: Filters): boolean {
  return f.outlets.length > 0 || f.topics.length > 0 || f.actors.length > 0 || searchTerms(f.query).length > 0;
}

export interface Filtered {
  /** 1 where the row passes every filter. */
  readonly mask: Uint8Array;
  /** The passing rows, in date order. */
  readonly rows: readonly number[];
}

const filteredFrom = memoizeLast((ix: CorpusIndex, a: Pass, b: Pass, c: Pass, d: Pass): Filtered => {
  const mask = combine(ix.headlines.length, [a, b, c, d]);
  const rows: number[] = [];
  for (let r = 0; r < mask.length; r++) if (mask[r]) rows.push(r);
  return { mask, rows };
});

/** Rows passing every filter (not the selected day). */
export function selectFiltered(ix: CorpusIndex, f: Filters): Filtered {
  return filteredFrom(ix, passOutlets(ix, f.outlets), passTopics(ix, f.topics), passActors(ix, f.actors), passQuery(ix, f.query));
}

const outletCountsFrom = memoizeLast((ix: CorpusIndex, a: Pass, b: Pass, c: Pass): Int32Array => {
  const keep = combine(ix.headlines.length, [a, b, c]);
  const counts = new Int32Array(ix.outlets.length);
  for (let r = 0; r < keep.length; r++) if (keep[r] && ix.outletRow[r]! >= 0) counts[ix.outletRow[r]!]!++;
  return counts;
});

/** Per outlet (by index into `ix.outlets`): headlines passing every filter but the outlet filter. */
export function selectOutletCounts(ix: CorpusIndex, f: Filters): Int32Array {
  return outletCountsFrom(ix, passTopics(ix, f.topics), passActors(ix, f.actors), passQuery(ix, f.query));
}

const topicCountsFrom = memoizeLast((ix: CorpusIndex, a: Pass, b: Pass, c: Pass): Int32Array => {
  const keep = combine(ix.headlines.length, [a, b, c]);
  const counts = new Int32Array(ix.topics.length);
  const bits = Math.min(32, ix.topics.length);
  for (let r = 0; r < keep.length; r++) {
    if (!keep[r]) continue;
    const mask = ix.topicMask[r]!;
    for (let t = 0; t < bits; t++) if (mask & (1 << t)) counts[t]!++;
  }
  return counts;
});

/** Per topic: headlines passing every filter but the topic filter. */
export function selectTopicCounts(ix: CorpusIndex, f: Filters): Int32Array {
  return topicCountsFrom(ix, passOutlets(ix, f.outlets), passActors(ix, f.actors), passQuery(ix, f.query));
}

/** The rows the headline list shows: the filtered rows, narrowed to the selected day when there is one. */
export const selectListRows = memoizeLast((ix: CorpusIndex, filtered: Filtered, day: string | null): readonly number[] => {
  if (day === null) return filtered.rows;
  return filtered.rows.filter((r) => ix.headlines[r]!.date === day);
});

export interface DayBin {
  /** Days since epoch. */
  readonly day: number;
  readonly total: number;
  /** Headlines per primary topic (index into `ix.topics`). */
  readonly byTopic: Int32Array;
}

/** Filtered headlines per day, split by primary topic: the zoomed-out marks and the overview. */
export const selectDayBins = memoizeLast((ix: CorpusIndex, filtered: Filtered): readonly DayBin[] => {
  const bins = new Map<number, { day: number; total: number; byTopic: Int32Array }>();
  for (const r of filtered.rows) {
    const day = ix.dayNumber[r]!;
    let bin = bins.get(day);
    if (!bin) bins.set(day, (bin = { day, total: 0, byTopic: new Int32Array(ix.topics.length) }));
    bin.total++;
    bin.byTopic[ix.topicRow[r]!]!++;
  }
  return [...bins.values()].sort((a, b) => a.day - b.day);
});

/** Per actor (index into `ix.actors`): every headline that names it, ignoring filters. */
export const selectActorTotals = memoizeLast((ix: CorpusIndex): Int32Array => {
  const counts = new Int32Array(ix.actors.length);
  for (const actors of ix.actorRows) for (const a of actors) counts[a]!++;
  return counts;
});
