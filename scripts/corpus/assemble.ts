/**
 * The parts of a corpus that are made the same way whatever the headlines come from: the builder's page
 * (build.ts) and the synthetic generator's headlines (synthetic/generate.ts). Both use these, so their
 * headline ids, story records, topics and actors, and the lists the corpus closes with agree by
 * construction. Pure.
 */
import {
  anomalyKinds,
  type Actor,
  type Anomaly,
  type Background,
  type Corpus,
  type CorpusEvent,
  type Headline,
  type Origin,
  type Outlet,
  type Phase,
  type Story,
  type Topic,
} from '../../src/corpus/schema';
import type { Tables } from './tables';
import { compareStrings, shortHash } from './text';

/** What a headline's id and its story's record are made of. */
export interface HeadlineRow {
  title: string;
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
  outletId: string | null;
}

/**
 * The ids of headlines, in source order: a hash of date, outlet and title; a collision gets -2, -3 … in
 * source order. (A hash has no '-', so "base-k" never equals another hash.)
 */
export function headlineIds(rows: readonly HeadlineRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const base = shortHash(`${r.date}|${r.outletId ?? ''}|${r.title}`);
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    return k === 1 ? base : `${base}-${k}`;
  });
}

/** Row indices in chronological order: by date, then source order (a stable counting sort on the distinct dates). */
function chronologicalOrder(rows: readonly { date: string }[]): Int32Array {
  const dateSlot = new Map<string, number>();
  for (const r of rows) dateSlot.set(r.date, 0);
  const distinctDates = [...dateSlot.keys()].sort(compareStrings);
  const slotStart = new Int32Array(distinctDates.length + 1);
  distinctDates.forEach((d, k) => dateSlot.set(d, k));
  for (const r of rows) {
    const k = (dateSlot.get(r.date) ?? 0) + 1;
    slotStart[k] = (slotStart[k] ?? 0) + 1;
  }
  for (let k = 1; k < slotStart.length; k++) slotStart[k] = (slotStart[k] ?? 0) + (slotStart[k - 1] ?? 0);
  const chronological = new Int32Array(rows.length);
  rows.forEach((r, i) => {
    const k = dateSlot.get(r.date) ?? 0;
    const at = slotStart[k] ?? 0;
    chronological[at] = i;
    slotStart[k] = at + 1;
  });
  return chronological;
}

/**
 * Rows grouped by `groupOf(row)`, walking `order`: each group lists its rows in that order, and the groups
 * come in the order of their first row. (Walking chronologically lists each story's headlines earliest
 * first, and the stories by their earliest headline.)
 */
function groupsInOrder(order: Iterable<number>, groupOf: (row: number) => number): number[][] {
  const byKey = new Map<number, number[]>();
  const groups: number[][] = [];
  for (const i of order) {
    const key = groupOf(i);
    const g = byKey.get(key);
    if (g) g.push(i);
    else {
      const fresh = [i];
      byKey.set(key, fresh);
      groups.push(fresh);
    }
  }
  return groups;
}

/**
 * The stories of the rows, a story being the rows with the same `storyOf(row)`: walking the rows
 * chronologically (date, then source order) lists each story's headlines earliest first, and the stories
 * by their earliest headline; a story is named after its first headline. Returns the story records and
 * each row's story id.
 */
export function storiesOf(
  rows: readonly HeadlineRow[],
  ids: readonly string[],
  storyOf: (row: number) => number,
): { stories: Story[]; storyOf: string[] } {
  return storyRecords(groupsInOrder(chronologicalOrder(rows), storyOf), rows, ids);
}

/** The story record of each group of rows (earliest first), and each row's story id. */
function storyRecords(
  groups: readonly (readonly number[])[],
  rows: readonly HeadlineRow[],
  ids: readonly string[],
): { stories: Story[]; storyOf: string[] } {
  const storyOf = new Array<string>(rows.length);
  const stories: Story[] = groups.map((g) => {
    const first = g[0] ?? 0;
    const id = `s-${ids[first] ?? ''}`;
    const outletIds: string[] = [];
    for (const i of g) {
      storyOf[i] = id;
      const o = rows[i]?.outletId;
      if (o != null && !outletIds.includes(o)) outletIds.push(o);
    }
    return {
      id,
      label: rows[first]?.title ?? '',
      headlineIds: g.map((i) => ids[i] ?? ''),
      outletIds,
      firstDate: rows[first]?.date ?? '',
      lastDate: rows[g[g.length - 1] ?? 0]?.date ?? '',
    };
  });
  return { stories, storyOf };
}

export interface TitleFacts {
  topics: string[];
  actors: string[];
}

/**
 * Topics and actors of titles by the tables' rules. Syndicated copies repeat titles: they are worked out
 * once per distinct title. `usedActors` collects every actor found so far.
 */
export function titleFacts(tables: Pick<Tables, 'topicClassifier' | 'actorMatcher'>): {
  of(title: string): TitleFacts;
  usedActors: Set<string>;
} {
  const usedActors = new Set<string>();
  const perTitle = new Map<string, TitleFacts>();
  const of = (title: string): TitleFacts => {
    let info = perTitle.get(title);
    if (info === undefined) {
      info = { topics: tables.topicClassifier.classify(title), actors: tables.actorMatcher.actorIds(title) };
      for (const a of info.actors) usedActors.add(a);
      perTitle.set(title, info);
    }
    return info;
  };
  return { of, usedActors };
}

/** The earliest and the latest date of the rows (both '' when there are none). */
export function dateRange(rows: readonly { date: string }[]): { start: string; end: string } {
  let start = rows[0]?.date ?? '';
  let end = start;
  for (const r of rows) {
    if (r.date < start) start = r.date;
    if (r.date > end) end = r.date;
  }
  return { start, end };
}

/** What a corpus is made of, besides the tables' lists. */
export interface CorpusParts {
  source: string;
  range: { start: string; end: string };
  background: Background | null;
  headlines: Headline[];
  outlets: Outlet[];
  stories: Story[];
  /** Every actor the headlines and the background name. */
  usedActors: ReadonlySet<string>;
  /** In any order. */
  anomalies: readonly Anomaly[];
  /** The curated key events (joined to the headlines) and phases; none by default. */
  events?: CorpusEvent[];
  phases?: Phase[];
}

/**
 * The corpus of its parts, closed with what they use of the tables: the origins of its outlets, the
 * topics (in display order) and the actors named; the anomalies by line.
 */
export function assembleCorpus(tables: Pick<Tables, 'origins' | 'actors' | 'topics'>, parts: CorpusParts): Corpus {
  const { source, range, background, headlines, outlets, stories, usedActors, anomalies, events = [], phases = [] } = parts;
  return {
    schemaVersion: 1,
    source,
    range,
    background,
    headlines,
    outlets,
    origins: originsUsed(tables, outlets, headlines),
    stories,
    topics: topicsInDisplayOrder(tables.topics),
    actors: actorsUsed(tables, usedActors),
    anomalies: sortedAnomalies(anomalies),
    events,
    phases,
  };
}

/** The origins of the outlets, and the table's "unknown" origin when a headline names no outlet; in table order. */
function originsUsed(tables: Pick<Tables, 'origins'>, outlets: readonly Outlet[], headlines: readonly Headline[]): Origin[] {
  const used = new Set(outlets.map((o) => o.origin));
  if (headlines.some((h) => h.outletId === null)) used.add(tables.origins.unknown);
  return tables.origins.origins.filter((o) => used.has(o.id)).map(({ id, label }) => ({ id, label }));
}

/** The gazetteer's actors named in `used`, in table order. */
function actorsUsed(tables: Pick<Tables, 'actors'>, used: ReadonlySet<string>): Actor[] {
  return tables.actors.filter((a) => used.has(a.id)).map(({ id, name, kind, aliases }) => ({ id, name, kind, aliases }));
}

/** The corpus's topics in the table's display order (its rule order when it gives none). */
function topicsInDisplayOrder(file: Tables['topics']): Topic[] {
  const rules = file.topics.map(({ id, label }) => ({ id, label }));
  if (!file.displayOrder) return rules;
  const rank = new Map(file.displayOrder.map((id, i) => [id, i]));
  return rules.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
}

/** The anomalies by line, then kind (in `anomalyKinds` order), then message. */
function sortedAnomalies(anomalies: readonly Anomaly[]): Anomaly[] {
  const kindOrder = (k: Anomaly['kind']) => anomalyKinds.indexOf(k);
  return [...anomalies].sort((a, b) => a.line - b.line || kindOrder(a.kind) - kindOrder(b.kind) || compareStrings(a.message, b.message));
}
