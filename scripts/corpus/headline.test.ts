import { describe, expect, it } from 'vitest';
import { endsCutByEllipsis, PageVocabulary, splitSection, trailingLowerWord } from './headline';

describe('splitSection', () => {
  it('cuts a short trailing "| Section"', () => {
    expect(splitSection('HistoriCity | Revisiting the shared past of India and Afghanistan | Latest News India')).toEqual({
      title: 'HistoriCity | Revisiting the shared past of India and Afghanistan',
      section: 'Latest News India',
    });
    expect(splitSection('What is Durand Line? | World News')).toEqual({ title: 'What is Durand Line?', section: 'World News' });
  });
  it('leaves other pipes alone', () => {
    expect(splitSection('No section here')).toEqual({ title: 'No section here', section: null });
    expect(splitSection('A | this trailing part is much too long to be a section label')).toEqual({
      title: 'A | this trailing part is much too long to be a section label',
      section: null,
    });
    expect(splitSection('A | Why?')).toEqual({ title: 'A | Why?', section: null });
    expect(splitSection('A | 2025')).toEqual({ title: 'A | 2025', section: null });
  });
});

describe('trailingLowerWord', () => {
  it('returns the last word when it is lowercase', () => {
    expect(trailingLowerWord('claims Afghanistan facilitating t')).toBe('t');
    expect(trailingLowerWord('as Afghan foreign minist')).toBe('minist');
    expect(trailingLowerWord('red-faced')).toBe('faced');
    expect(trailingLowerWord('Ends With Capital')).toBeNull();
    expect(trailingLowerWord('ends with question?')).toBeNull();
    expect(trailingLowerWord('ends with 2025')).toBeNull();
    expect(trailingLowerWord('')).toBeNull();
  });
});

describe('endsCutByEllipsis', () => {
  it('a title ending with an ellipsis is cut', () => {
    expect(endsCutByEllipsis('Border crossings stay shut as traders wait for the...')).toBe(true);
    expect(endsCutByEllipsis('Border crossings stay shut as traders wait for the…')).toBe(true);
    // Cut inside a quotation that was never closed.
    expect(endsCutByEllipsis('Envoy says "we will not accept any more...')).toBe(true);
    expect(endsCutByEllipsis('Envoy says "we will not accept any more..."')).toBe(false);
  });
  it("a quotation's own ellipsis, closed after it, is not a cut", () => {
    expect(endsCutByEllipsis('Foreign minister warns Kabul: "we have other options..."')).toBe(false);
    expect(endsCutByEllipsis('Foreign minister warns Kabul: “we have other options…”')).toBe(false);
    expect(endsCutByEllipsis("Minister on the talks: 'patience is running out...'")).toBe(false);
    expect(endsCutByEllipsis('Minister on the talks: ‘patience is running out...’')).toBe(false);
    expect(endsCutByEllipsis('Traders count the cost (and wait...)')).toBe(false);
  });
  it('no ellipsis, no cut', () => {
    expect(endsCutByEllipsis('Ceasefire holds for a second day')).toBe(false);
    expect(endsCutByEllipsis('Talks... then more talks in Doha')).toBe(false);
  });
});

describe('PageVocabulary.cutWord', () => {
  const vocab = (titles: string[], article = '') => {
    const v = new PageVocabulary();
    v.addText(article);
    for (const t of titles) v.addTitle(t);
    return v;
  };
  it('finds mid-word cuts', () => {
    const v = vocab(['Taliban accuse Pakistan of facilitating terrorists', 'Afghan foreign minister speaks', 'A cut title as Afghan foreign minist', 'Claims Afghanistan facilitating t']);
    expect(v.cutWord('A cut title as Afghan foreign minist')).toEqual({ fragment: 'minist', completion: 'minister' });
    expect(v.cutWord('Claims Afghanistan facilitating t')?.fragment).toBe('t');
  });
  it('a complete rare last word is not a cut', () => {
    const v = vocab(['They fought and now the Taliban take revenge', 'Here is what we know', 'Pakistan and Afghanistan agree to a ceasefire']);
    expect(v.cutWord('They fought and now the Taliban take revenge')).toBeNull();
    expect(v.cutWord('Here is what we know')).toBeNull();
    expect(v.cutWord('Pakistan and Afghanistan agree to a ceasefire')).toBeNull();
  });
  it('a complete last word is not a cut, even when a longer word on the page begins with it', () => {
    const v = vocab(['Envoys of both sides meet', 'The meeting in Doha ends late', 'Pakistan denies the claim', 'Claims and counterclaims fly']);
    expect(v.cutWord('Envoys of both sides meet')).toBeNull();
    expect(v.cutWord('Pakistan denies the claim')).toBeNull();
  });
  it('a last word used as a word elsewhere is not a cut, even if it prefixes another', () => {
    const v = vocab(['Trump wants peace talks', 'Talks in Doha', 'They will talk'], 'People talk.');
    expect(v.cutWord('They will talk')).toBeNull();
  });
  it('the same last word on another title counts as a word; a copy of the same title does not', () => {
    const a = vocab(['Ministers meet', 'Meeting of the minist', 'Another minist']);
    expect(a.cutWord('Meeting of the minist')).toBeNull();
    const b = vocab(['Ministers meet', 'Meeting of the minist', 'Meeting of the minist']);
    expect(b.cutWord('Meeting of the minist')?.completion).toBe('ministers');
  });
  it('ellipsis titles are handled elsewhere', () => {
    expect(vocab(['become first team to...']).cutWord('become first team to...')).toBeNull();
  });
});
