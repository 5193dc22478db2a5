import { describe, expect, it } from 'vitest';
import { displayTitle, foldForSearch, searchTerms } from './text';

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
