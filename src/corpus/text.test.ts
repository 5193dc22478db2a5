import { describe, expect, it } from 'vitest';
import { cutLabel, cutNote, displayTitle, foldForSearch, outletKindNote, searchTerms } from './text';

describe('displayTitle', () => {
  it('drops the aggregator’s trailing dots from a cut title only', () => {
    expect(displayTitle('Become first team to...', true)).toBe('Become first team to');
    expect(displayTitle('But the…', true)).toBe('But the');
    expect(displayTitle('What now...', false)).toBe('What now...');
    expect(displayTitle('No dots here', true)).toBe('No dots here');
    expect(displayTitle('...', true)).toBe('...');
  });
});

describe('search folding', () => {
  it('treats spelling variants of punctuation the same on both sides', () => {
    expect(foldForSearch('Cease-fire')).toBe(foldForSearch('ceasefire'));
    expect(foldForSearch('cease\u2011fire')).toBe('ceasefire');
    expect(foldForSearch("Kabul's")).toBe(foldForSearch('Kabuls'));
    expect(foldForSearch('Trump’s')).toBe('trumps');
    expect(searchTerms('“I’m good”')).toEqual(['im', 'good']);
    expect(foldForSearch('Doha — talks')).toBe('doha talks');
    expect(foldForSearch('Ça  Dürand')).toBe('ca durand');
    expect(searchTerms(' -- ')).toEqual([]);
  });
});

describe('what the reader is told about a cut title and an outlet', () => {
  it('a certain cut and a probable one read differently', () => {
    expect(cutLabel(undefined)).toBeNull();
    expect(cutLabel({ by: 'ellipsis', certainty: 'certain' })).toBe('title cut short');
    expect(cutLabel({ by: 'mid-word', certainty: 'probable', fragment: 'minist', completion: 'minister' })).toBe('title probably cut short');
    expect(cutNote({ by: 'mid-word', certainty: 'probable', fragment: 'minist', completion: 'minister' })).toMatch(/^This title was probably cut short: its last word, “minist”, .*“minister”/);
    expect(cutNote({ by: 'ellipsis', certainty: 'certain' })).toMatch(/^The aggregator listed this title cut short/);
  });
  it('an outlet’s kind is said only when it is not a news outlet', () => {
    expect(outletKindNote({ kind: 'official' })).toBe('government or international body');
    expect(outletKindNote({ kind: 'wire' })).toBe('wire agency');
    expect(outletKindNote({ kind: 'news' })).toBeNull();
    expect(outletKindNote({ kind: null })).toBeNull();
  });
});
