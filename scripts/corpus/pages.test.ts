/** Several pages into one corpus: copies merged with every place kept, order-independence, the background. */
import { describe, expect, it } from 'vitest';
import { corpusSchema } from '../../src/corpus/schema';
import { buildPages, CorpusInputError, mergeCopies } from './build';
import { seedTables } from './testing';

const line = (title: string, outlet: string, day: string) => `- ${title} - ${outlet} - ${day} [${day}]`;
const ARTICLE_A = ['A test article about the border – Example Review', 'A standfirst that sets the scene for the test.', 'The first paragraph of the article, long enough to be a paragraph and not a heading of any kind at all.'];
const ARTICLE_B = ['Another article for the test – Other Review', 'Its own standfirst for the second page.', 'Its only paragraph, also long enough to be a paragraph rather than a heading or a related link.'];

const pageA = [
  ...ARTICLE_A,
  line('Envoys meet in Doha for talks on the border', 'Reuters', 'October 18th, 2025'),
  line('Both sides accept an immediate ceasefire after the Doha talks', 'AP News', 'October 19th, 2025'),
  line('Markets react to the ceasefire in the border provinces', 'Dawn', 'October 20th, 2025'),
].join('\n');
const pageB = [
  ...ARTICLE_B,
  line('Eleven states meet in Moscow on Afghanistan', 'Reuters', 'April 14th, 2017'),
  // The same headline as on page A: one headline, two places.
  line('Both sides accept an immediate ceasefire after the Doha talks', 'AP News', 'October 19th, 2025'),
  // A cut copy of a whole one on page A (the aggregator's "..." and a word cut short).
  line('Markets react to the ceasefire in the bor...', 'Dawn', 'October 20th, 2025'),
].join('\n');

describe('several pages, one corpus', () => {
  const tables = seedTables();
  const corpus = buildPages([{ name: 'a.txt', text: pageA }, { name: 'b.txt', text: pageB }], tables);

  it('one headline per headline, every place it was found kept, the whole title kept over a cut copy', () => {
    expect(corpus.headlines).toHaveLength(4);
    const ceasefire = corpus.headlines.find((h) => h.title.startsWith('Both sides accept'))!;
    expect(ceasefire.sources).toEqual([
      { page: 'a.txt', line: 5 },
      { page: 'b.txt', line: 5 },
    ]);
    expect(ceasefire.sourceLine).toBe(5);
    const markets = corpus.headlines.find((h) => h.title.startsWith('Markets react'))!;
    expect(markets.title).toBe('Markets react to the ceasefire in the border provinces');
    expect(markets.truncated).toBe(false);
    expect(markets.sources).toEqual([
      { page: 'a.txt', line: 6 },
      { page: 'b.txt', line: 6 },
    ]);
    expect(corpus.source).toBe('a.txt, b.txt');
    expect(() => corpusSchema.parse(corpus)).not.toThrow();
  });

  it('gives byte-identical output for the same pages in any order', () => {
    const reversed = buildPages([{ name: 'b.txt', text: pageB }, { name: 'a.txt', text: pageA }], tables);
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(corpus));
  });

  it('holds two periods years apart', () => {
    expect(corpus.range).toEqual({ start: '2017-04-14', end: '2025-10-20' });
  });

  it('takes the first page’s article (by name) as the background and reports the other, never dropping it silently', () => {
    expect(corpus.background?.title).toBe('A test article about the border');
    const unused = corpus.anomalies.filter((a) => a.kind === 'unused-article');
    expect(unused).toEqual([{ kind: 'unused-article', page: 'b.txt', line: 1, message: expect.stringContaining('Another article for the test') }]);
    const chosen = buildPages([{ name: 'a.txt', text: pageA }, { name: 'b.txt', text: pageB }], tables, { background: 'b.txt' });
    expect(chosen.background?.title).toBe('Another article for the test');
    expect(() => buildPages([{ name: 'a.txt', text: pageA }], tables, { background: 'zzz.txt' })).toThrow(CorpusInputError);
  });

  it('names the page of each anomaly when there are several, and refuses two pages of one name', () => {
    expect(corpus.anomalies.find((a) => a.kind === 'truncated-title')).toMatchObject({ page: 'b.txt', line: 6 });
    expect(() => buildPages([{ name: 'a.txt', text: pageA }, { name: 'a.txt', text: pageB }], tables)).toThrow(/two pages are named a\.txt/);
  });
});

describe('mergeCopies', () => {
  const d = (page: string, line: number, title: string, truncated = false, outletId: string | null = 'x', date = '2025-10-19') => ({ page, line, title, truncated, outletId, date });

  it('merges the same outlet’s same title on the same day, and a cut copy into the whole title', () => {
    const { drafts, sources } = mergeCopies([d('b', 3, 'Ceasefire holds along the border...', true), d('a', 9, 'Ceasefire holds along the border for a second day'), d('a', 2, 'Something else entirely')]);
    expect(drafts.map((x) => x.title)).toEqual(['Ceasefire holds along the border for a second day', 'Something else entirely']);
    expect(sources[0]).toEqual([
      { page: 'a', line: 9 },
      { page: 'b', line: 3 },
    ]);
  });

  it('keeps apart different outlets, different days, and a short cut that could be anything', () => {
    const { drafts } = mergeCopies([d('a', 1, 'Ceasefire holds'), d('a', 2, 'Ceasefire holds', false, 'y'), d('a', 3, 'Ceasefire holds', false, 'x', '2025-10-20'), d('b', 1, 'Cease...', true)]);
    expect(drafts).toHaveLength(4);
  });
});
