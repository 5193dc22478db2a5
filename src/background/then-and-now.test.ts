import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { makeCorpus } from '../corpus/testing';
import { sortActorRows, thenAndNow } from './then-and-now';

const corpus = makeCorpus();
corpus.background = {
  title: 'T',
  outlet: 'The Express Tribune',
  year: 2017,
  author: null,
  authorBio: null,
  standfirst: null,
  image: null,
  relatedLinks: [],
  mentionedYears: [],
  sections: [
    {
      id: 'opening',
      heading: null,
      paragraphs: [
        { id: 'p1', text: 'Pakistan, Qatar and Pakistan.', actors: ['pakistan', 'qatar'], mentions: [{ start: 0, end: 8, actorId: 'pakistan' }, { start: 10, end: 15, actorId: 'qatar' }, { start: 20, end: 28, actorId: 'pakistan' }] },
      ],
    },
  ],
};
const ix = buildIndex(corpus);

describe('thenAndNow', () => {
  it('counts 2017 mentions and 2025 headlines for the actors of the article', () => {
    const rows = thenAndNow(ix);
    expect(rows.map((r) => r.id).sort()).toEqual(['pakistan', 'qatar']);
    const pakistan = rows.find((r) => r.id === 'pakistan')!;
    expect(pakistan.then).toBe(2);
    expect(pakistan.now).toBe(corpus.headlines.filter((h) => h.actors.includes('pakistan')).length);
    expect([...pakistan.perDay].reduce((a, b) => a + b, 0)).toBe(pakistan.now);
    expect(pakistan.perDay.length).toBe(ix.lastDay - ix.firstDay + 1);
  });

  it('sorts by either count', () => {
    const rows = thenAndNow(ix);
    expect(sortActorRows(rows, 'then').map((r) => r.id)).toEqual(['pakistan', 'qatar']);
    const now = sortActorRows(rows, 'now');
    expect(now[0]!.now).toBeGreaterThanOrEqual(now[1]!.now);
    expect(sortActorRows(rows, 'then', false).map((r) => r.id)).toEqual(['qatar', 'pakistan']);
  });
});
