import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { DAY_MS, dayToUtcMs } from '../corpus/dates';
import { selectFiltered } from '../store/selectors';
import { makeCorpus, fixtureHeadlines } from '../corpus/testing';
import { buildHeatmap, columnDays, MAX_DAY_COLUMNS } from './heatmap-layout';

const ix = buildIndex(makeCorpus());

describe('columnDays', () => {
  it('a day when days are wide enough, else whole weeks wide enough for a number', () => {
    expect(columnDays(20, 14)).toBe(1);
    expect(columnDays(14, 14)).toBe(1);
    expect(columnDays(13, 14)).toBe(7);
    expect(columnDays(2, 14)).toBe(7);
    expect(columnDays(1, 14)).toBe(14);
    // Years 100 to 9999 across 1,000 px: about 3,600 days a pixel, and still columns of at least 14 px.
    const dayPx = 1000 / 3_616_000;
    const step = columnDays(dayPx, 14);
    expect(step * dayPx).toBeGreaterThanOrEqual(14);
    expect(3_616_000 / step).toBeLessThanOrEqual(1000 / 14 + 1);
    expect(columnDays(0, 14)).toBe(7);
  });
});

describe('buildHeatmap', () => {
  it('counts filtered headlines per outlet and day in the window, busiest outlet first', () => {
    const filtered = selectFiltered(ix, { outlets: [], origins: [], topics: [], actors: [], events: [], query: '' });
    const map = buildHeatmap(ix, filtered, { start: dayToUtcMs('2025-10-13'), end: dayToUtcMs('2025-10-22') });
    expect(map.columns).toHaveLength(9);
    const ap = map.rows[0]!;
    expect(ix.outlets[ap.outlet]!.id).toBe('ap-news');
    const expected = fixtureHeadlines.filter((h) => h.outletId === 'ap-news');
    expect(ap.total).toBe(expected.length);
    for (const h of expected) {
      const col = Math.round((dayToUtcMs(h.date) - dayToUtcMs('2025-10-13')) / DAY_MS);
      expect(ap.cells[col]).toBeGreaterThan(0);
    }
    // The outlet-less headline has no row; every other headline in the window is counted once.
    const inWindow = fixtureHeadlines.filter((h) => h.date >= '2025-10-13' && h.outletId !== null).length;
    expect(map.rows.reduce((n, r) => n + r.total, 0)).toBe(inWindow);
  });

  it('follows the filters', () => {
    const filtered = selectFiltered(ix, { origins: [], outlets: ['the-hindu'], topics: [], actors: [], events: [], query: '' });
    const map = buildHeatmap(ix, filtered, { start: dayToUtcMs('2025-10-01'), end: dayToUtcMs('2025-11-01') });
    expect(map.rows.map((r) => ix.outlets[r.outlet]!.id)).toEqual(['the-hindu']);
  });

  it('uses week columns for long windows', () => {
    // A year of coverage, never more than 92 days apart: one period.
    const dates = ['2025-01-15', '2025-04-10', '2025-07-05', '2025-10-01', '2025-12-20'];
    const year = buildIndex(makeCorpus(dates.map((date, i) => ({ ...fixtureHeadlines[i]!, date }))));
    const filtered = selectFiltered(year, { outlets: [], origins: [], topics: [], actors: [], events: [], query: '' });
    const map = buildHeatmap(year, filtered, { start: dayToUtcMs('2025-01-01'), end: dayToUtcMs('2026-01-01') });
    expect(map.columns.length).toBeLessThanOrEqual(Math.ceil(365 / 7));
    expect(map.columns.length).toBeLessThan(MAX_DAY_COLUMNS);
    expect(map.columns[0]!.lastDay - map.columns[0]!.firstDay).toBe(6);
  });
});

describe('coverage strip across a break', () => {
  it('has columns only for the days of the periods the window shows', () => {
    const specs = [
      { ...fixtureHeadlines[0]!, date: '2017-04-14' },
      { ...fixtureHeadlines[1]!, date: '2025-10-19' },
    ];
    const two = buildIndex(makeCorpus(specs));
    expect(two.axis.periods).toHaveLength(2);
    const filtered = selectFiltered(two, { outlets: [], origins: [], topics: [], actors: [], events: [], query: '' });
    const map = buildHeatmap(two, filtered, { start: dayToUtcMs('2017-04-25'), end: dayToUtcMs('2025-10-06') });
    // Six days of April 2017 and five of October 2025: eight years of break hold no column.
    expect(map.columns).toHaveLength(11);
    expect(map.columns.every((c) => c.lastDay === c.firstDay)).toBe(true);
  });
});

describe('buildHeatmap order and scale', () => {
  it('ties in the window by name; the scale is the busiest cell', () => {
    const filtered = selectFiltered(ix, { outlets: [], origins: [], topics: [], actors: [], events: [], query: '' });
    const map = buildHeatmap(ix, filtered, { start: dayToUtcMs('2025-10-01'), end: dayToUtcMs('2025-11-01') }, 1);
    for (let i = 1; i < map.rows.length; i++) {
      const [a, b] = [map.rows[i - 1]!, map.rows[i]!];
      expect(a.total > b.total || (a.total === b.total && ix.outlets[a.outlet]!.name.localeCompare(ix.outlets[b.outlet]!.name, 'en', { numeric: true }) < 0)).toBe(true);
    }
    let max = 0;
    for (const r of map.rows) for (const c of r.cells) max = Math.max(max, c);
    expect(map.max).toBe(max);
    expect(map.rows.every((r) => r.cells.length === map.columns.length && r.cells.reduce((x, y) => x + y, 0) === r.total)).toBe(true);
  });
});
