import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstListed } from './first-listed';

describe('firstListed', () => {
  it('names the origin that listed an event first, and the others by their first day', () => {
    expect(
      firstListed([
        { origin: 'pakistan', days: [] },
        { origin: 'india', days: ['2025-10-15', '2025-10-13'] },
        { origin: 'western', days: ['2025-10-15'] },
        { origin: 'gulf-turkiye', days: ['2025-10-17'] },
      ]),
    ).toEqual({ day: '2025-10-13', first: ['india'], later: [{ origin: 'western', day: '2025-10-15' }, { origin: 'gulf-turkiye', day: '2025-10-17' }] });
  });

  it('shows a tie as a tie, in column order, whatever the order of the days', () => {
    expect(
      firstListed([
        { origin: 'western', days: ['2025-10-19', '2025-10-21'] },
        { origin: 'india', days: ['2025-10-19'] },
        { origin: 'other', days: ['2025-10-21'] },
      ]),
    ).toEqual({ day: '2025-10-19', first: ['western', 'india'], later: [{ origin: 'other', day: '2025-10-21' }] });
  });

  it('no headline: no first day', () => {
    expect(firstListed([{ origin: 'pakistan', days: [] }])).toEqual({ day: null, first: [], later: [] });
  });

  it('every origin with a headline is first or later, exactly once, and no later day precedes the first', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-10-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(fc.array(day, { maxLength: 4 }), { maxLength: 7 }), (lists) => {
        const cells = lists.map((days, i) => ({ origin: `o${i}`, days }));
        const r = firstListed(cells);
        const withDays = cells.filter((c) => c.days.length > 0).map((c) => c.origin);
        expect([...r.first, ...r.later.map((l) => l.origin)].sort()).toEqual([...withDays].sort());
        for (const l of r.later) expect(l.day > r.day!).toBe(true);
        for (const o of r.first) expect(cells.find((c) => c.origin === o)!.days).toContain(r.day);
      }),
    );
  });
});
