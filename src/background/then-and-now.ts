/**
 * "Then and now": the actors of the 2017 analysis, with how often the article names them and how many
 * headlines of the corpus name them, day by day. Pure, from the corpus index.
 */
import type { CorpusIndex } from '../corpus/corpus-index';

export interface ActorRow {
  readonly actor: number;
  readonly id: string;
  readonly name: string;
  /** Mentions in the 2017 article. */
  readonly then: number;
  /** Headlines naming the actor. */
  readonly now: number;
  /**
   * Headlines per span of days, from the first headline day to the last: one day a bin when there are at
   * most MAX_BINS days, else MAX_BINS equal spans. Never more bins than the sparkline has pixels, whatever
   * the years between the first headline and the last (a corpus from year 100 to 9999 has 3.6 million days).
   */
  readonly perDay: Int32Array;
}

export type SortKey = 'then' | 'now';

/** The sparkline is 84 px wide: more bins than that draw nothing more. */
export const MAX_BINS = 84;

/** The bins of the first to last headline day: how many, and the bin of a day (days since the first). */
export function dayBins(days: number, maxBins = MAX_BINS): { count: number; binOf: (day: number) => number } {
  const span = Math.max(1, days);
  if (span <= maxBins) return { count: span, binOf: (d) => d };
  return { count: maxBins, binOf: (d) => Math.min(maxBins - 1, Math.floor((d * maxBins) / span)) };
}

export function thenAndNow(ix: CorpusIndex): ActorRow[] {
  const then = new Int32Array(ix.actors.length);
  for (const section of ix.corpus.background?.sections ?? [])
    for (const p of section.paragraphs)
      for (const m of p.mentions) {
        const a = ix.actorIndex.get(m.actorId);
        if (a !== undefined) then[a]!++;
      }
  const bins = dayBins(ix.lastDay - ix.firstDay + 1);
  const perDay = ix.actors.map(() => new Int32Array(bins.count));
  const now = new Int32Array(ix.actors.length);
  ix.actorRows.forEach((actors, r) => {
    const b = bins.binOf(ix.dayNumber[r]! - ix.firstDay);
    for (const a of actors) {
      now[a]!++;
      perDay[a]![b]!++;
    }
  });
  return ix.actors
    .map((a, i) => ({ actor: i, id: a.id, name: a.name, then: then[i]!, now: now[i]!, perDay: perDay[i]! }))
    .filter((row) => row.then > 0);
}

/** The largest bin of any row (at least 1): a loop, never an argument spread over the bins. */
export function maxBin(rows: readonly ActorRow[]): number {
  let max = 1;
  for (const r of rows) for (const v of r.perDay) if (v > max) max = v;
  return max;
}

/** Sort by a count, descending (ties by name), or ascending when `descending` is false. */
export function sortActorRows(rows: readonly ActorRow[], key: SortKey, descending = true): ActorRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * (a[key] - b[key]) || a.name.localeCompare(b.name));
}
