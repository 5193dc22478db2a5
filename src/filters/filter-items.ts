/** The topic checklist and the actor chips, as data for the filters panel. */
import type { CorpusIndex } from '../corpus/corpus-index';

export interface TopicItem {
  readonly id: string;
  readonly label: string;
  /** Index into `ix.topics`: the topic's colour is `--color-topic-{index}`. */
  readonly index: number;
  readonly count: number;
  readonly checked: boolean;
}

/** Every topic in corpus order (the order of the colours), with its count and whether it is checked. */
export function topicItems(ix: CorpusIndex, counts: Int32Array, checked: readonly string[]): TopicItem[] {
  const selected = new Set(checked);
  return ix.topics.map((t, index) => ({ id: t.id, label: t.label, index, count: counts[index] ?? 0, checked: selected.has(t.id) }));
}

export interface ActorChip {
  readonly id: string;
  /** The actor's name, or its id when the corpus does not know it (a stale link). */
  readonly name: string;
}

export function actorChips(ix: CorpusIndex, actors: readonly string[]): ActorChip[] {
  return actors.map((id) => {
    const i = ix.actorIndex.get(id);
    return { id, name: i === undefined ? id : ix.actors[i]!.name };
  });
}
