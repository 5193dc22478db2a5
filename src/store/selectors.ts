/**
 * Derived data: pure functions of (corpus index, view state), memoized on the identity of their inputs.
 * Each filter criterion is computed on its own, so typing in the search box recomputes only the search
 * pass; facet counts (per outlet, per topic) apply every filter but their own, as faceted search does.
 */
import { searchTextOf, type CorpusIndex } from '../corpus/corpus-index';
import { searchTerms } from '../corpus/text';
import { memoizeRecent } from './memo';

/** A pass array: 1 where the row passes. `null` means "every row passes" (the filter is off). */
type Pass = Uint8Array | null;

function idSet(index: ReadonlyMap<string, number>, ids: readonly string[]): number[] {
  return ids.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
}

export const passOutlets = memoizeRecent((ix: CorpusIndex, outlets: readonly string[]): Pass => {
  if (outlets.length === 0) return null;
  const wanted = new Uint8Array(ix.outlets.length);
  for (const o of idSet(ix.outletIndex, outlets)) wanted[o] = 1;
  const pass = new Uint8Array(ix.headlines.length);
  for (let r = 0; r < pass.length; r++) pass[r] = ix.outletRow[r]! >= 0 ? wanted[ix.outletRow[r]!]! : 0;
  return pass;
});

export const passTopics = memoizeRecent((ix: CorpusIndex, topics: readonly string[]): Pass => {
  if (topics.length === 0) return null;
  const words = ix.topicWords;
  const wanted = new Uint32Array(words);
  for (const t of idSet(ix.topicIndex, topics)) wanted[t >> 5]! |= 1 << (t & 31);
  const pass = new Uint8Array(ix.headlines.length);
  for (let r = 0; r < pass.length; r++) {
    let hit = 0;
    for (let w = 0; w < words && hit === 0; w++) hit = ix.topicMask[r * words + w]! & wanted[w]!;
    pass[r] = hit !== 0 ? 1 : 0;
  }
  return pass;
});

export const passActors = memoizeRecent((ix: CorpusIndex, actors: readonly string[]): Pass => {
  if (actors.length === 0) return null;
  const wanted = new Set(idSet(ix.actorIndex, actors));
  const pass = new Uint8Array(ix.headlines.length);
  for (let r = 0; r < pass.length; r++) pass[r] = ix.actorRows[r]!.some((a) => wanted.has(a)) ? 1 : 0;
  return pass;
});

export const passOrigins = memoizeRecent((ix: CorpusIndex, origins: readonly string[]): Pass => {
  if (origins.length === 0) return null;
  const wanted = new Uint8Array(ix.origins.length);
  for (const o of idSet(new Map(ix.origins.map((x, i) => [x.id, i])), origins)) wanted[o] = 1;
  const pass = new Uint8Array(ix.headlines.length);
  for (let r = 0; r < pass.length; r++) pass[r] = ix.originRow[r]! >= 0 ? wanted[ix.originRow[r]!]! : 0;
  return pass;
});

export const passEvents = memoizeRecent((ix: CorpusIndex, events: readonly string[]): Pass => {
  if (events.length === 0) return null;
  const pass = new Uint8Array(ix.headlines.length);
  for (const k of idSet(ix.eventIndex, events)) for (const r of ix.eventRows[k]!) pass[r] = 1;
  return pass;
});

/** Rows whose title uses any of the framing terms (the builder's `framing` tags). */
export const passFraming = memoizeRecent((ix: CorpusIndex, terms: readonly string[] | undefined): Pass => {
  if (terms === undefined || terms.length === 0) return null;
  const pass = new Uint8Array(ix.headlines.length);
  for (let r = 0; r < pass.length; r++) pass[r] = ix.headlines[r]!.framing?.some((t) => terms.includes(t)) ? 1 : 0;
  return pass;
});

/** Per corpus index: the latest searches (folded query → passing rows), for narrowing as the reader types. */
const recentSearches = new WeakMap<CorpusIndex, { folded: string; pass: Uint8Array }[]>();
const RECENT_SEARCHES = 4;

/**
 * Rows whose title or outlet name holds every word of the query (folded: case and accents ignored).
 * Typing on narrows: when the new query extends a recent one, only the rows that passed it are searched.
 */
export const passQuery = memoizeRecent((ix: CorpusIndex, query: string): Pass => {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const folded = terms.join(' ');
  const texts = searchTextOf(ix);
  let recent = recentSearches.get(ix);
  if (!recent) recentSearches.set(ix, (recent = []));
  const narrowing = recent.filter((q) => folded.startsWith(q.folded)).sort((a, b) => b.folded.length - a.folded.length)[0]?.pass ?? null;
  const pass = new Uint8Array(ix.headlines.length);
  for (let r = 0; r < pass.length; r++) {
    if (narrowing && !narrowing[r]) continue;
    const text = texts[r]!;
    pass[r] = terms.every((t) => text.includes(t)) ? 1 : 0;
  }
  recent.unshift({ folded, pass });
  if (recent.length > RECENT_SEARCHES) recent.length = RECENT_SEARCHES;
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
  readonly origins: readonly string[];
  readonly topics: readonly string[];
  readonly actors: readonly string[];
  readonly events: readonly string[];
  /** Framing terms; absent or empty: no such filter. */
  readonly framing?: readonly string[];
  readonly query: string;
}

/** True when any filter is set (a blank search is no filter, as in `passQuery`). */
export function hasAnyFilter(f: Filters): boolean {
  return f.outlets.length > 0 || f.origins.length > 0 || f.topics.length > 0 || f.actors.length > 0 || f.events.length > 0 || (f.framing?.length ?? 0) > 0 || searchTerms(f.query).length > 0;
}

export interface Filtered {
  /** 1 where the row passes every filter. */
  readonly mask: Uint8Array;
  /** The passing rows, in date order. */
  readonly rows: readonly number[];
}

const filteredFrom = memoizeRecent((ix: CorpusIndex, a: Pass, b: Pass, c: Pass, d: Pass, e: Pass, f: Pass, g: Pass): Filtered => {
  const mask = combine(ix.headlines.length, [a, b, c, d, e, f, g]);
  const rows: number[] = [];
  for (let r = 0; r < mask.length; r++) if (mask[r]) rows.push(r);
  return { mask, rows };
});

/** Rows passing every filter (not the selected day). */
export function selectFiltered(ix: CorpusIndex, f: Filters): Filtered {
  return filteredFrom(ix, passOutlets(ix, f.outlets), passTopics(ix, f.topics), passActors(ix, f.actors), passQuery(ix, f.query), passEvents(ix, f.events), passOrigins(ix, f.origins), passFraming(ix, f.framing));
}

const outletCountsFrom = memoizeRecent((ix: CorpusIndex, a: Pass, b: Pass, c: Pass, d: Pass, e: Pass, g: Pass): Int32Array => {
  const keep = combine(ix.headlines.length, [a, b, c, d, e, g]);
  const counts = new Int32Array(ix.outlets.length);
  for (let r = 0; r < keep.length; r++) if (keep[r] && ix.outletRow[r]! >= 0) counts[ix.outletRow[r]!]!++;
  return counts;
});

/** Per outlet (by index into `ix.outlets`): headlines passing every filter but the outlet filter. */
export function selectOutletCounts(ix: CorpusIndex, f: Filters): Int32Array {
  return outletCountsFrom(ix, passTopics(ix, f.topics), passActors(ix, f.actors), passQuery(ix, f.query), passEvents(ix, f.events), passOrigins(ix, f.origins), passFraming(ix, f.framing));
}

const topicCountsFrom = memoizeRecent((ix: CorpusIndex, a: Pass, b: Pass, c: Pass, d: Pass, e: Pass, g: Pass): Int32Array => {
  const keep = combine(ix.headlines.length, [a, b, c, d, e, g]);
  const counts = new Int32Array(ix.topics.length);
  const words = ix.topicWords;
  for (let r = 0; r < keep.length; r++) {
    if (!keep[r]) continue;
    for (let w = 0; w < words; w++) {
      const mask = ix.topicMask[r * words + w]!;
      if (mask === 0) continue;
      for (let b = 0; b < 32; b++) if (mask & (1 << b)) counts[w * 32 + b]!++;
    }
  }
  return counts;
});

/** Per topic: headlines passing every filter but the topic filter. */
export function selectTopicCounts(ix: CorpusIndex, f: Filters): Int32Array {
  return topicCountsFrom(ix, passOutlets(ix, f.outlets), passActors(ix, f.actors), passQuery(ix, f.query), passEvents(ix, f.events), passOrigins(ix, f.origins), passFraming(ix, f.framing));
}

const originCountsFrom = memoizeRecent((ix: CorpusIndex, a: Pass, b: Pass, c: Pass, d: Pass, e: Pass, g: Pass): Int32Array => {
  const keep = combine(ix.headlines.length, [a, b, c, d, e, g]);
  const counts = new Int32Array(ix.origins.length);
  for (let r = 0; r < keep.length; r++) if (keep[r] && ix.originRow[r]! >= 0) counts[ix.originRow[r]!]!++;
  return counts;
});

/** Per origin (index into `ix.origins`): headlines passing every filter but the origin filter. */
export function selectOriginCounts(ix: CorpusIndex, f: Filters): Int32Array {
  return originCountsFrom(ix, passOutlets(ix, f.outlets), passTopics(ix, f.topics), passActors(ix, f.actors), passQuery(ix, f.query), passEvents(ix, f.events), passFraming(ix, f.framing));
}

/** The rows the headline list shows: the filtered rows, narrowed to the selected day when there is one. */
export const selectListRows = memoizeRecent((ix: CorpusIndex, filtered: Filtered, day: string | null): readonly number[] => {
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
export const selectDayBins = memoizeRecent((ix: CorpusIndex, filtered: Filtered): readonly DayBin[] => {
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
export const selectActorTotals = memoizeRecent((ix: CorpusIndex): Int32Array => {
  const counts = new Int32Array(ix.actors.length);
  for (const actors of ix.actorRows) for (const a of actors) counts[a]!++;
  return counts;
});

/**
 * The window the timeline shows for a view: the stored one (kept inside the corpus), else the one the rest of
 * the view implies. The one place that answers "which window?" for the timeline, the URL and the loader.
 */
// The window selectors live beside the window logic (the app shell needs them before this module loads).
export { selectViewWindow, selectWindow } from './window';

/** The days (since epoch) the corpus lists headlines on, whatever the filters: the others are "not listed". */
export const selectListedDays = memoizeRecent((ix: CorpusIndex): ReadonlySet<number> => new Set(ix.dayNumber));
