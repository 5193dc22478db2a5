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
  /** Headlines per day, from the first headline day to the last. */
  readonly perDay: Int32Array;
}

export type SortKey = 'then' | 'now';

export function thenAndNow(ix: CorpusIndex): ActorRow[] {
  const then = new Int32Array(ix.actors.length);
  for (const section of ix.corpus.background?.sections ?? [])
    for (const p of section.paragraphs)
      for (const m of p.mentions) {
        const a = ix.actorIndex.get(m.actorId);
        if (a !== undefined) then[a]!++;
      }
  const days = Math.max(1, ix.lastDay - ix.firstDay + 1);
  const perDay = ix.actors.map(() => new Int32Array(days));
  const now = new Int32Array(ix.actors.length);
  ix.actorRows.forEach((actors, r) => {
    const d = ix.dayNumber[r]! - ix.firstDay;
    for (const a of actors) {
      now[a]!++;
      perDay[a]![d]!++;
    }
  });
  return ix.actors
    .map((a, i) => ({ actor: i, id: a.id, name: a.name, then: then[i]!, now: now[i]!, perDay: perDay[i]! }))
    .filter((row) => row.then > 0);
}

/** Sort by a count, descending (ties by name), or ascending when `descending` is false. */
export function sortActorRows(rows: readonly ActorRow[], key: SortKey, descending = true): ActorRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * (a[key] - b[key]) || a.name.localeCompare(b.name));
}
