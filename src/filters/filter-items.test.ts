import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { selectTopicCounts } from '../store/selectors';
import { makeCorpus } from '../corpus/testing';
import { actorChips, topicItems } from './filter-items';

const ix = buildIndex(makeCorpus());
const none = { outlets: [], origins: [], topics: [], actors: [], events: [], query: '' };

describe('topicItems', () => {
  it('lists every topic in corpus order with its count, index and checked state', () => {
    const counts = selectTopicCounts(ix, none);
    const items = topicItems(ix, counts, ['diplomacy']);
    expect(items.map((t) => t.id)).toEqual(ix.topics.map((t) => t.id));
    expect(items.map((t) => t.index)).toEqual(ix.topics.map((_, i) => i));
    for (const t of items) expect(t.count).toBe(ix.headlines.filter((h) => h.topics.includes(t.id)).length);
    expect(items.filter((t) => t.checked).map((t) => t.id)).toEqual(['diplomacy']);
  });
});

describe('actorChips', () => {
  it('names known actors and falls back to the id for unknown ones', () => {
    expect(actorChips(ix, ['taliban', 'ghost'])).toEqual([
      { id: 'taliban', name: 'Taliban' },
      { id: 'ghost', name: 'ghost' },
    ]);
    expect(actorChips(ix, [])).toEqual([]);
  });
});
