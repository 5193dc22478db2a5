/**
 * Lookups built once per loaded corpus. Everything the app derives (filters, counts, marks) reads
 * these instead of scanning the JSON again, so a filter change costs one pass over a few typed arrays.
 */
import type { Actor, Corpus, CorpusEvent, Headline, Origin, Outlet, Phase, Story, Topic } from './schema';
import { dayToUtcMs, DAY_MS } from './dates';
import { axisExtent, makeAxis, periodsOf, type TimeAxis } from './time-axis';
import { foldForSearch } from './text';

export interface CorpusIndex {
  readonly corpus: Corpus;
  /** Headlines sorted by date, then by source line. Positions in this array are the "rows" used everywhere. */
  readonly headlines: readonly Headline[];
  readonly rowById: ReadonlyMap<string, number>;
  /** Days since 1970-01-01 (UTC) of each row's date. */
  readonly dayNumber: Int32Array;
  /** Row → index into `outlets` (-1 for no outlet), into `stories`, into `topics` (primary topic). */
  readonly outletRow: Int32Array;
  readonly storyRow: Int32Array;
  readonly topicRow: Int32Array;
  /** Row → index into `origins` of its outlet (the unknown origin for no outlet, -1 if none exists). */
  readonly originRow: Int32Array;
  /**
   * Row → bitset of its topics: `topicWords` 32-bit words per row (row r's word w is at `r * topicWords + w`,
   * topic t is bit `t % 32` of word `t >> 5`), so any number of topics filters exactly.
   */
  readonly topicMask: Uint32Array;
  readonly topicWords: number;
  /** Row → actor indexes. */
  readonly actorRows: readonly (readonly number[])[];
  readonly outlets: readonly Outlet[];
  readonly stories: readonly Story[];
  readonly topics: readonly Topic[];
  readonly actors: readonly Actor[];
  readonly origins: readonly Origin[];
  readonly outletIndex: ReadonlyMap<string, number>;
  readonly storyIndex: ReadonlyMap<string, number>;
  readonly topicIndex: ReadonlyMap<string, number>;
  readonly actorIndex: ReadonlyMap<string, number>;
  /** Story index → the story's topic (the most common primary topic of its headlines), a topic index. */
  readonly storyTopic: Int32Array;
  /** Story index → its rows, earliest first. */
  readonly storyRows: readonly (readonly number[])[];
  /** The zoomable extent: whole months around the data, `end` exclusive (ms, UTC midnight); see `axis`. */
  readonly extent: readonly [number, number];
  /** The axis: the periods holding data (headlines, key events, phases) with breaks between them. */
  readonly axis: TimeAxis;
  /** First and last headline day (inclusive), as days since epoch. */
  readonly firstDay: number;
  readonly lastDay: number;
  /** Key events, by start, then end, then id; and phases by start. */
  readonly events: readonly CorpusEvent[];
  readonly phases: readonly Phase[];
  readonly eventIndex: ReadonlyMap<string, number>;
  /** Event index → the rows of its headlines that this corpus holds (a split corpus may not hold them all yet), in row order. */
  readonly eventRows: readonly (readonly number[])[];
  /** Row → the indexes of the events it reports. */
  readonly rowEvents: readonly (readonly number[])[];
}

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r, i) => [r.id, i]));

export interface IndexOptions {
  /**
   * The days that hold headlines, when the corpus does not hold them all yet (a split corpus's manifest
   * lists them): the axis is then the same before and after its months arrive.
   */
  readonly headlineDays?: readonly string[];
}

export function buildIndex(corpus: Corpus, options: IndexOptions = {}): CorpusIndex {
  const headlines = corpus.headlines
    .map((h, i) => ({ h, i }))
    .sort((a, b) => (a.h.date < b.h.date ? -1 : a.h.date > b.h.date ? 1 : a.h.sourceLine - b.h.sourceLine || a.i - b.i))
    .map(({ h }) => h);
  const n = headlines.length;
  const outletIndex = byId(corpus.outlets);
  const storyIndex = byId(corpus.stories);
  const topicIndex = byId(corpus.topics);
  const actorIndex = byId(corpus.actors);
  const originIndex = byId(corpus.origins);
  const unknownOrigin = originIndex.get('unknown') ?? -1;

  const rowById = new Map<string, number>();
  const dayNumber = new Int32Array(n);
  const outletRow = new Int32Array(n);
  const storyRow = new Int32Array(n);
  const topicRow = new Int32Array(n);
  const originRow = new Int32Array(n);
  const topicWords = Math.max(1, Math.ceil(corpus.topics.length / 32));
  const topicMask = new Uint32Array(n * topicWords);
  const actorRows: (readonly number[])[] = new Array(n);
  const noActors: readonly number[] = [];
  const outletOrigin = Int32Array.from(corpus.outlets, (o) => originIndex.get(o.origin) ?? unknownOrigin);
  const storyRows: number[][] = corpus.stories.map(() => []);
  const dayCache = new Map<string, number>();

  for (let r = 0; r < n; r++) {
    const h = headlines[r]!;
    rowById.set(h.id, r);
    let day = dayCache.get(h.date);
    if (day === undefined) dayCache.set(h.date, (day = Math.round(dayToUtcMs(h.date) / DAY_MS)));
    dayNumber[r] = day;
    const o = h.outletId === null ? -1 : (outletIndex.get(h.outletId) ?? -1);
    outletRow[r] = o;
    originRow[r] = o >= 0 ? outletOrigin[o]! : unknownOrigin;
    const s = storyIndex.get(h.storyId) ?? -1;
    storyRow[r] = s;
    if (s >= 0) storyRows[s]!.push(r);
    topicRow[r] = topicIndex.get(h.topics[0] ?? '') ?? 0;
    for (const id of h.topics) {
      const t = topicIndex.get(id) ?? 0;
      topicMask[r * topicWords + (t >> 5)]! |= 1 << (t & 31);
    }
    if (h.actors.length === 0) actorRows[r] = noActors;
    else {
      const rows: number[] = [];
      for (const a of h.actors) {
        const k = actorIndex.get(a);
        if (k !== undefined) rows.push(k);
      }
      actorRows[r] = rows;
    }
  }

  const storyTopic = new Int32Array(corpus.stories.length);
  const tally = new Int32Array(corpus.topics.length);
  storyRows.forEach((rows, s) => {
    tally.fill(0);
    for (const r of rows) tally[topicRow[r]!]!++;
    let best = 0;
    for (let t = 1; t < tally.length; t++) if (tally[t]! > tally[best]!) best = t;
    storyTopic[s] = best;
  });

  const { events, phases, eventIndex, eventRows, rowEvents } = indexEvents(corpus, rowById, n);

  // The corpus's stated range, widened to its headlines: a split corpus's months arriving never move the range.
  const first = n > 0 ? headlines[0]!.date : corpus.range.start;
  const last = n > 0 ? headlines[n - 1]!.date : corpus.range.end;
  const start = corpus.range.start < first ? corpus.range.start : first;
  const end = corpus.range.end > last ? corpus.range.end : last;
  const axis = makeAxis(periodsOf(axisSpans(corpus, headlines, options.headlineDays, events, phases), dayToUtcMs(start)));
  return {
    corpus,
    headlines,
    rowById,
    dayNumber,
    outletRow,
    storyRow,
    topicRow,
    originRow,
    topicMask,
    topicWords,
    actorRows,
    outlets: corpus.outlets,
    stories: corpus.stories,
    topics: corpus.topics,
    actors: corpus.actors,
    origins: corpus.origins,
    outletIndex,
    storyIndex,
    topicIndex,
    actorIndex,
    storyTopic,
    storyRows,
    extent: axisExtent(axis),
    axis,
    firstDay: Math.round(dayToUtcMs(start) / DAY_MS),
    lastDay: Math.round(dayToUtcMs(end) / DAY_MS),
    events,
    phases,
    eventIndex,
    eventRows,
    rowEvents,
  };
}

/** What the axis must hold: each day with headlines (or the stated range when none is known), each event and phase. */
function axisSpans(corpus: Corpus, headlines: readonly Headline[], headlineDays: readonly string[] | undefined, events: readonly CorpusEvent[], phases: readonly Phase[]) {
  const day = (d: string) => ({ start: dayToUtcMs(d), end: dayToUtcMs(d) + DAY_MS });
  const spans: { start: number; end: number }[] = [];
  if (headlineDays && headlineDays.length > 0) for (const d of headlineDays) spans.push(day(d));
  else {
    let prev = '';
    for (const h of headlines) if (h.date !== prev) spans.push(day((prev = h.date)));
  }
  if (spans.length === 0) spans.push({ start: dayToUtcMs(corpus.range.start), end: dayToUtcMs(corpus.range.end) + DAY_MS });
  for (const x of [...events, ...phases]) spans.push({ start: dayToUtcMs(x.start), end: dayToUtcMs(x.end) + DAY_MS });
  return spans;
}

const byStartThenEnd = <T extends { start: string; end: string; id: string }>(a: T, b: T) =>
  a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Events and phases in time order, and the links between events and rows (both ways). */
function indexEvents(corpus: Corpus, rowById: ReadonlyMap<string, number>, n: number) {
  const events = [...(corpus.events ?? [])].sort(byStartThenEnd);
  const phases = [...(corpus.phases ?? [])].sort(byStartThenEnd);
  const eventIndex = byId(events);
  const noEvents: readonly number[] = [];
  const rowEvents: (readonly number[])[] = new Array<readonly number[]>(n).fill(noEvents);
  const eventRows = events.map((e, k) => {
    const rows = e.headlineIds.flatMap((id) => rowById.get(id) ?? []).sort((a, b) => a - b);
    for (const r of rows) rowEvents[r] = rowEvents[r] === noEvents ? [k] : [...rowEvents[r]!, k];
    return rows;
  });
  return { events, phases, eventIndex, eventRows, rowEvents };
}

const searchTexts = new WeakMap<CorpusIndex, { texts: string[]; outlets: string[]; filled: number }>();

function searchState(ix: CorpusIndex) {
  let state = searchTexts.get(ix);
  if (!state) searchTexts.set(ix, (state = { texts: new Array<string>(ix.headlines.length), outlets: ix.outlets.map((o) => foldForSearch(o.name)), filled: 0 }));
  return state;
}

/**
 * Fold search texts for up to `budgetMs`, continuing where the last call stopped; true when all are done.
 * Called in idle time after the first paint, so the first search does not pay for 100,000 titles.
 */
export function prepareSearchText(ix: CorpusIndex, budgetMs: number): boolean {
  const state = searchState(ix);
  const until = performance.now() + budgetMs;
  const { texts, outlets } = state;
  let r = state.filled;
  while (r < texts.length) {
    const end = Math.min(texts.length, r + 500);
    for (; r < end; r++) texts[r] = `${foldForSearch(ix.headlines[r]!.title)} ${ix.outletRow[r]! >= 0 ? outlets[ix.outletRow[r]!] : ''}`;
    if (performance.now() > until) break;
  }
  state.filled = r;
  return r >= texts.length;
}

/** Folded title + outlet name of each row, for search (finishing whatever idle time left undone). */
export function searchTextOf(ix: CorpusIndex): readonly string[] {
  prepareSearchText(ix, Infinity);
  return searchState(ix).texts;
}
