import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { DAY_MS, dayToUtcMs } from '../corpus/dates';
import { selectFiltered } from '../store/selectors';
import { makeCorpus, fixtureHeadlines } from '../corpus/testing';
import { buildHeatmap, MAX_DAY_COLUMNS } from './heatmap-layout';

const ix = buildIndex(makeCorpus());

describe('buildHeatmap', () => {
  it('counts filtered headlines per outlet and day in the window, busiest outlet first', () => {
    const filtered = selectFiltered(ix, { outlets: [], topics: [], actors: [], query: '' });
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
    const filtered = selectFiltered(ix, { outlets: ['the-hindu'], topics: [], actors: [], query: '' });
    const map = buildHeatmap(ix, filtered, { start: dayToUtcMs('2025-10-01'), end: dayToUtcMs('2025-11-01') });
    expect(map.rows.map((r) => ix.outlets[r.outlet]!.id)).toEqual(['the-hindu']);
  });

  it('uses week columns for long windows', () => {
    const filtered = selectFiltered(ix, { outlets: [], topics: [], actors: [], query: '' });
    const map = buildHeatmap(ix, filtered, { start: dayToUtcMs('2025-01-01'), end: dayToUtcMs('2026-01-01') });
    expect(map.columns.length).toBeLessThanOrEqual(Math.ceil(365 / 7));
    expect(map.columns.length).toBeLessThan(MAX_DAY_COLUMNS);
    expect(map.columns[0]!.lastDay - map.columns[0]!.firstDay).toBe(6);
  });
});
