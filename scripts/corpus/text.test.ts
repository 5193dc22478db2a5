import { describe, expect, it } from 'vitest';
import { cleanLine, fold, hash53, normKey, shortHash, slug, toLines, words } from './text';

describe('toLines', () => {
  it('splits LF, CRLF and lone CR, keeping line numbers', () => {
    expect(toLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
    expect(toLines('a\r\n\r\nb')).toEqual(['a', '', 'b']);
  });
  it('drops a UTF-8 BOM', () => {
    expect(toLines('\uFEFFtitle\nx')).toEqual(['title', 'x']);
  });
  it('turns tabs and odd spaces into single spaces and trims', () => {
    expect(cleanLine('\t- A\t\tB  -\u00a0C \t')).toBe('- A B - C');
    expect(cleanLine('a\u200bb\u0000c')).toBe('abc');
  });
});

describe('slug', () => {
  it('lowercases, strips diacritics and joins with dashes', () => {
    expect(slug('AP News')).toBe('ap-news');
    expect(slug('Türkiye')).toBe('turkiye');
    expect(slug('Radio Free Europe/Radio Liberty')).toBe('radio-free-europe-radio-liberty');
    expect(slug('  --Yeni Şafak English!! ')).toBe('yeni-safak-english');
    expect(slug('emro.who.int')).toBe('emro-who-int');
    expect(slug('!!!')).toBe('');
  });

  it('is an id a link can carry: at most 100 characters, long names kept apart by a hash', () => {
    const a = 'Ministry of Foreign Affairs and International Cooperation of the Islamic Emirate of Afghanistan Office of the Spokesperson';
    const b = `${a} Department`;
    expect(slug(a)).toHaveLength(100);
    expect(slug(a)).toMatch(/^ministry-of-foreign-affairs-[a-z0-9-]+-[0-9a-z]{8}$/);
    expect(slug(b).length).toBeLessThanOrEqual(100);
    expect(slug(a)).not.toBe(slug(b));
    expect(slug(a)).toBe(slug(a.toUpperCase()));
  });
});

describe('normKey and fold', () => {
  it('ignores apostrophes, case, accents and punctuation', () => {
    const a = normKey('The threat of Islamic State and Russia’s renewed interest in Afghanistan');
    expect(a).toBe('the threat of islamic state and russias renewed interest in afghanistan');
    expect(normKey("Russia's")).toBe(a.split(' ')[6]);
    expect(normKey('Russias')).toBe('russias');
    expect(normKey('Why is this meeting needed?')).toBe('why is this meeting needed');
  });
  it('folds accents', () => {
    expect(fold('Şafak TÜRKIYE')).toBe('safak turkiye');
    expect(words('Pakistan-Afghanistan ceasefire, 2025!')).toEqual(['pakistan', 'afghanistan', 'ceasefire', '2025']);
    expect(words('Türkiye’s role')).toEqual(['turkiye', 's', 'role']);
  });
});

describe('shortHash', () => {
  it('is 8 base-36 characters, stable, and spreads', () => {
    expect(shortHash('2025-10-21|npr|Pakistan and Afghanistan agree to a ceasefire')).toMatch(/^[0-9a-z]{8}$/);
    expect(shortHash('x')).toBe(shortHash('x'));
    expect(hash53('x')).toBe(hash53('x'));
    expect(shortHash('x')).not.toBe(shortHash('y'));
    const all = new Set(Array.from({ length: 20_000 }, (_, i) => shortHash(`headline ${i}`)));
    expect(all.size).toBe(20_000);
  });
});
