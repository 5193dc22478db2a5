import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { makeCorpus } from '../corpus/testing';
import { backgroundYears } from './background-years';

function withBackground(mentioned: { year: number; sentences: { text: string; paragraphId: string | null }[] }[], year = 2017) {
  const corpus = makeCorpus();
  corpus.background = {
    title: 'The threat',
    outlet: 'The Express Tribune',
    year,
    author: 'Imdad Hussain',
    authorBio: null,
    standfirst: null,
    image: null,
    relatedLinks: [],
    mentionedYears: mentioned,
    sections: [
      { id: 'opening', heading: null, paragraphs: [{ id: 'p1', text: 'a', actors: [], mentions: [] }] },
      { id: 'chances', heading: 'Chances', paragraphs: [{ id: 'p9', text: 'b', actors: [], mentions: [] }] },
    ],
  };
  return buildIndex(corpus);
}

describe('backgroundYears', () => {
  it('lists the named years with their sentences, then the article year, oldest first', () => {
    const ix = withBackground([{ year: 2015, sentences: [{ text: 'Caption, 2015.', paragraphId: null }, { text: 'Omar died in 2015.', paragraphId: 'p9' }] }]);
    const years = backgroundYears(ix);
    expect(years.map((y) => [y.year, y.isArticleYear])).toEqual([
      [2015, false],
      [2017, true],
    ]);
    expect(years[0]!.sentences).toEqual(['Caption, 2015.', 'Omar died in 2015.']);
    expect(years[0]!.sectionId).toBe('chances');
    expect(years[1]!.sentences[0]).toContain('The Express Tribune publishes “The threat” by Imdad Hussain');
  });

  it('merges a named year that is the article year, and leaves out years inside the timeline', () => {
    const ix = withBackground([
      { year: 2017, sentences: [{ text: 'This year, 2017.', paragraphId: 'p1' }] },
      { year: 2025, sentences: [{ text: 'Later.', paragraphId: 'p1' }] },
    ]);
    const years = backgroundYears(ix);
    expect(years).toHaveLength(1);
    expect(years[0]).toMatchObject({ year: 2017, isArticleYear: true, sectionId: 'opening' });
    expect(years[0]!.sentences).toHaveLength(2);
  });

  it('is empty without a background article', () => {
    expect(backgroundYears(buildIndex(makeCorpus()))).toEqual([]);
  });
});
