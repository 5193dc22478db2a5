import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { corpusSchema, type Corpus } from '../corpus/schema';
import { makeCorpus } from '../corpus/testing';
import { defaultViewState } from '../store/view-state';
import { focusTerm } from './cell-intents';
import { framingByOrigin } from './framing';

const source = { publisher: 'Example', url: 'https://example.org/', date: null };
const lexicon: NonNullable<Corpus['framing']> = {
  groups: [{ id: 'border', label: 'The line' }],
  terms: [
    { id: 'durand-line', label: 'Durand Line', group: 'border', note: 'who', sources: [source] },
    { id: 'border', label: 'border', group: 'border', note: 'who', sources: [source] },
    { id: 'frontier', label: 'frontier', group: 'border', note: 'who', sources: [source] },
  ],
};

function tagged(): Corpus {
  const base = makeCorpus();
  return { ...base, framing: lexicon, headlines: base.headlines.map((h, i) => ({ ...h, framing: i % 3 === 0 ? ['durand-line', 'border'] : i % 3 === 1 ? ['border'] : [] })) };
}

describe('framingByOrigin', () => {
  const c = tagged();
  const ix = buildIndex(c);
  const t = framingByOrigin(ix);

  it('counts each term’s headlines by origin, keeping the rows, in the lexicon’s order', () => {
    expect(t.hasLexicon).toBe(true);
    expect(t.used.map((r) => r.id)).toEqual(['durand-line', 'border']);
    expect(t.unused.map((r) => r.id)).toEqual(['frontier']);
    for (const row of t.used) {
      const expected = c.headlines.filter((h) => h.framing!.includes(row.id)).map((h) => h.id).sort();
      expect(row.rows.map((r) => ix.headlines[r]!.id).sort()).toEqual(expected);
      expect(row.cells.flat().sort((a, b) => a - b)).toEqual([...row.rows].sort((a, b) => a - b));
      row.cells.forEach((cell, col) => cell.forEach((r) => expect(ix.originRow[r]).toBe(col)));
      expect(row.group).toBe('The line');
    }
  });

  it('a corpus built without a lexicon has none', () => {
    const bare = framingByOrigin(buildIndex(makeCorpus()));
    expect(bare).toMatchObject({ hasLexicon: false, used: [], unused: [] });
  });

  it('the hand-made corpus passes the schema with its tags', () => {
    expect(corpusSchema.safeParse(c).success).toBe(true);
    const bad = { ...c, headlines: c.headlines.map((h, i) => (i === 0 ? { ...h, framing: ['nope'] } : h)) };
    expect(corpusSchema.safeParse(bad).success).toBe(false);
  });
});

describe('focusTerm', () => {
  const ix = buildIndex(tagged());
  it('filters to the term (and the origin, from a cell), clearing what would hide some of its headlines', () => {
    const before = { ...defaultViewState, origins: ['x'], events: ['e'], query: 'q', day: '2025-10-13', headlineId: 'h', topics: ['t'] };
    expect(focusTerm('border', null)(ix, before)).toMatchObject({ framing: ['border'], origins: [], events: [], query: '', day: null, headlineId: null, topics: [], window: null });
    expect(focusTerm('border', 'western')(ix, before)).toMatchObject({ framing: ['border'], origins: ['western'] });
  });
});
