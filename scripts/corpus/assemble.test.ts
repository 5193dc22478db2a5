import { describe, expect, it } from 'vitest';
import { dateRange, headlineIds, storiesOf } from './assemble';
import { seedCorpus } from './testing';

describe('headlineIds', () => {
  it('hashes date, outlet and title; a repeat gets -2, -3 … in source order', () => {
    const row = { title: 'Ceasefire holds', date: '2025-10-21', outletId: 'npr' };
    const ids = headlineIds([row, { ...row, outletId: null }, row, row]);
    expect(ids[0]).toMatch(/^[0-9a-z]{8}$/);
    expect(ids[1]).not.toBe(ids[0]);
    expect(ids.slice(2)).toEqual([`${ids[0]}-2`, `${ids[0]}-3`]);
  });

  it('gives the seed corpus its ids', () => {
    const { headlines } = seedCorpus();
    expect(headlineIds(headlines)).toEqual(headlines.map((h) => h.id));
  });
});

describe('storiesOf', () => {
  it('lists each story earliest first, the stories by their earliest headline, named after it', () => {
    const rows = [
      { title: 'b late', date: '2025-10-03', outletId: 'x' },
      { title: 'a early', date: '2025-10-01', outletId: null },
      { title: 'b early', date: '2025-10-02', outletId: 'y' },
      { title: 'b same day', date: '2025-10-02', outletId: 'x' },
    ];
    const ids = ['h0', 'h1', 'h2', 'h3'];
    const { stories, storyOf } = storiesOf(rows, ids, (i) => (i === 1 ? 1 : 0));
    expect(stories).toEqual([
      { id: 's-h1', label: 'a early', headlineIds: ['h1'], outletIds: [], firstDate: '2025-10-01', lastDate: '2025-10-01' },
      { id: 's-h2', label: 'b early', headlineIds: ['h2', 'h3', 'h0'], outletIds: ['y', 'x'], firstDate: '2025-10-02', lastDate: '2025-10-03' },
    ]);
    expect(storyOf).toEqual(['s-h2', 's-h1', 's-h2', 's-h2']);
  });
});

describe('dateRange', () => {
  it('is the earliest and the latest date', () => {
    expect(dateRange([{ date: '2025-10-02' }, { date: '2025-09-30' }, { date: '2025-10-21' }])).toEqual({ start: '2025-09-30', end: '2025-10-21' });
    expect(dateRange([])).toEqual({ start: '', end: '' });
  });
});
