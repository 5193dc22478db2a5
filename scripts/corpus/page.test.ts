import { describe, expect, it } from 'vitest';
import { isBulleted, parseListDate, parseListLine, splitPage } from './page';
import { seedLine, seedText } from './testing';
import { toLines } from './text';

const line = (rest: string, date: string, listed = date) => `- ${rest} - ${date} [${listed}]`;

describe('parseListDate', () => {
  it.each([
    ['October 1st, 2025', '2025-10-01'],
    ['October 2nd, 2025', '2025-10-02'],
    ['October 3rd, 2025', '2025-10-03'],
    ['October 4th, 2025', '2025-10-04'],
    ['October 11th, 2025', '2025-10-11'],
    ['October 12th, 2025', '2025-10-12'],
    ['October 13th, 2025', '2025-10-13'],
    ['October 21st, 2025', '2025-10-21'],
    ['October 22nd, 2025', '2025-10-22'],
    ['October 23rd, 2025', '2025-10-23'],
    ['October 31st, 2025', '2025-10-31'],
    ['February 29th, 2024', '2024-02-29'],
    ['Sept 9th, 2025', '2025-09-09'],
    ['december 5th, 2025', '2025-12-05'],
  ])('%s → %s', (text, iso) => {
    expect(parseListDate(text)).toBe(iso);
  });
  it.each(['February 30th, 2025', 'February 29th, 2025', 'Octember 1st, 2025', 'October 32nd, 2025', 'October 1st 25', '2025-10-01', ''])(
    'rejects %j',
    (text) => {
      expect(parseListDate(text)).toBeNull();
    },
  );
});

describe('parseListLine', () => {
  it('reads the dates from the right and keeps TITLE - OUTLET as the rest', () => {
    expect(parseListLine(seedLine(27))).toEqual({
      rest: 'Pakistan and Afghanistan agree to a ceasefire - NPR',
      date: '2025-10-21',
      listedDate: '2025-10-21',
    });
  });
  it('keeps " - " inside titles and outlets', () => {
    expect(parseListLine(seedLine(41))?.rest).toBe(
      'Afghanistan and Pakistan pledge to respect ceasefire after more than a week of deadly fighting - ABC News - Breaking News, Latest News and Videos',
    );
    expect(parseListLine(line('A - B - C - Some Outlet', 'May 2nd, 2024'))?.rest).toBe('A - B - C - Some Outlet');
  });
  it('handles a line without outlet', () => {
    const p = parseListLine(seedLine(34));
    expect(p?.rest.endsWith('But the...')).toBe(true);
    expect(p?.date).toBe('2025-10-21');
  });
  it('keeps the two dates apart', () => {
    expect(parseListLine(line('T - O', 'October 12th, 2025', 'October 13th, 2025'))).toEqual({
      rest: 'T - O',
      date: '2025-10-12',
      listedDate: '2025-10-13',
    });
  });
  it('accepts en/em dashes before the date and a missing bullet', () => {
    expect(parseListLine('- T - O – October 1st, 2025 [October 1st, 2025]')?.rest).toBe('T - O');
    expect(parseListLine('T - O - October 1st, 2025 [October 1st, 2025]')?.rest).toBe('T - O');
  });
  it('rejects lines that are not list lines', () => {
    expect(parseListLine(seedLine(1))).toBeNull();
    expect(parseListLine(seedLine(25))).toBeNull();
    expect(parseListLine('- T - O - October 1st, 2025')).toBeNull();
    expect(parseListLine('- T - O - October 1st, 2025 [Octobre 1st, 2025]')).toBeNull();
    expect(parseListLine('- T - O - February 30th, 2025 [February 30th, 2025]')).toBeNull();
    expect(parseListLine('- - October 1st, 2025 [October 1st, 2025]')).toBeNull();
    expect(parseListLine('- ... - October 1st, 2025 [October 1st, 2025]')).toBeNull();
  });
  it('isBulleted', () => {
    expect(isBulleted('- x')).toBe(true);
    expect(isBulleted('• x')).toBe(true);
    expect(isBulleted('-x')).toBe(false);
    expect(isBulleted('x - y')).toBe(false);
  });
});

describe('splitPage', () => {
  it('splits the seed page into article, repeated title and list', () => {
    const parts = splitPage(toLines(seedText()));
    expect(parts.article.map((l) => l.line)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(parts.repeatedTitle?.line).toBe(26);
    expect(parts.list).toHaveLength(80);
    expect(parts.list[0]?.line).toBe(27);
    expect(parts.list[79]?.line).toBe(106);
    expect(parts.rejected).toEqual([]);
  });
  it('rejects unparsable lines in the list part and keeps the rest', () => {
    const page = ['Title – Outlet', 'Body text.', 'Originally posted here:', 'Title - Outlet', line('A - X', 'May 1st, 2025'), '- broken line', '', 'junk', line('B - Y', 'May 2nd, 2025')];
    const parts = splitPage(page);
    expect(parts.list.map((l) => [l.line, l.rest])).toEqual([
      [5, 'A - X'],
      [9, 'B - Y'],
    ]);
    expect(parts.rejected).toEqual([
      { line: 6, text: '- broken line' },
      { line: 8, text: 'junk' },
    ]);
    expect(parts.article.map((l) => l.text)).toEqual(['Title – Outlet', 'Body text.']);
  });
  it('without a marker, the list starts at the first headline, moved back over bulleted lines', () => {
    const parts = splitPage(['Some title', 'Some text.', '- damaged item', line('A - X', 'May 1st, 2025')]);
    expect(parts.article.map((l) => l.line)).toEqual([1, 2]);
    expect(parts.rejected).toEqual([{ line: 3, text: '- damaged item' }]);
    expect(parts.list).toHaveLength(1);
  });
  it('a page that is only a list has no article', () => {
    const parts = splitPage([line('A - X', 'May 1st, 2025'), line('B - Y', 'May 2nd, 2025')]);
    expect(parts.article).toEqual([]);
    expect(parts.list).toHaveLength(2);
  });
  it('finds nothing in a page without list', () => {
    const parts = splitPage(['just', 'text']);
    expect(parts.list).toEqual([]);
    expect(parts.article).toHaveLength(2);
  });
});
