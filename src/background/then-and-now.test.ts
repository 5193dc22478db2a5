import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { makeCorpus } from '../corpus/testing';
import { dayBins, MAX_BINS, maxBin, sortActorRows, thenAndNow } from './then-and-now';

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

  it('bins the days: one a bin up to MAX_BINS days, MAX_BINS bins beyond, every day in one', () => {
    expect(dayBins(10).count).toBe(10);
    expect(dayBins(10).binOf(9)).toBe(9);
    const wide = dayBins(3_600_000);
    expect(wide.count).toBe(MAX_BINS);
    expect([0, 1, 1_799_999, 3_599_999].map(wide.binOf)).toEqual([0, 0, MAX_BINS / 2 - 1, MAX_BINS - 1]);
  });

  it.each([
    ['0100-01-01', '9999-12-31', 3_600_000],
    ['1900-01-01', '2100-12-31', 73_000],
  ])('headlines from %s to %s give MAX_BINS bins per actor, every headline counted, no stack overflow', (first, last, days) => {
    const wide = makeCorpus();
    wide.background = corpus.background;
    wide.headlines[0]!.date = first;
    wide.headlines[0]!.listedDate = first;
    wide.headlines.at(-1)!.date = last;
    wide.headlines.at(-1)!.listedDate = last;
    const wix = buildIndex(wide);
    expect(wix.lastDay - wix.firstDay).toBeGreaterThan(days);
    const rows = thenAndNow(wix);
    const pakistan = rows.find((r) => r.id === 'pakistan')!;
    expect(pakistan.perDay.length).toBe(MAX_BINS);
    expect(pakistan.perDay.reduce((a, b) => a + b, 0)).toBe(pakistan.now);
    expect(maxBin(rows)).toBeGreaterThan(0);
  });

  it('sorts by either count', () => {
    const rows = thenAndNow(ix);
    expect(sortActorRows(rows, 'then').map((r) => r.id)).toEqual(['pakistan', 'qatar']);
    const now = sortActorRows(rows, 'now');
    expect(now[0]!.now).toBeGreaterThanOrEqual(now[1]!.now);
    expect(sortActorRows(rows, 'then', false).map((r) => r.id)).toEqual(['qatar', 'pakistan']);
  });
});
