import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS } from './dates';
import { BREAK_MS, fromAxis, makeAxis, MERGE_GAP_MS, periodsOf, toAxis, windowBreaks, windowParts } from './time-axis';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const span = (a: number, b: number = a + DAY_MS) => ({ start: a, end: b });

describe('periodsOf', () => {
  it('widens each cluster of data to whole months; clusters more than three months apart are periods of their own', () => {
    const periods = periodsOf([span(day(2025, 10, 13)), span(day(2025, 10, 21)), span(day(2017, 4, 14)), span(day(2016, 12, 27)), span(day(2017, 2, 15)), span(day(2025, 11, 7))], 0);
    expect(periods).toEqual([
      { start: day(2016, 12, 1), end: day(2017, 5, 1) },
      { start: day(2025, 10, 1), end: day(2025, 12, 1) },
    ]);
  });

  it('merges clusters whose months touch, and gives one month when there is no data', () => {
    expect(periodsOf([span(day(2025, 1, 2)), span(day(2025, 1, 2) + MERGE_GAP_MS + 5 * DAY_MS)], 0)).toHaveLength(2);
    expect(periodsOf([], day(2025, 10, 17))).toEqual([{ start: day(2025, 10, 1), end: day(2025, 11, 1) }]);
  });
});

describe('axis time', () => {
  const axis = makeAxis([
    { start: day(2016, 12, 1), end: day(2017, 5, 1) },
    { start: day(2018, 8, 1), end: day(2018, 12, 1) },
    { start: day(2025, 10, 1), end: day(2025, 12, 1) },
  ]);

  it('is real time inside a period, and a break takes BREAK_MS', () => {
    expect(toAxis(axis, day(2016, 12, 1))).toBe(0);
    expect(toAxis(axis, day(2017, 4, 14)) - toAxis(axis, day(2017, 4, 13))).toBe(DAY_MS);
    expect(toAxis(axis, day(2018, 8, 1)) - toAxis(axis, day(2017, 5, 1))).toBe(BREAK_MS);
    expect(axis.total).toBe(day(2017, 5, 1) - day(2016, 12, 1) + (day(2018, 12, 1) - day(2018, 8, 1)) + (day(2025, 12, 1) - day(2025, 10, 1)) + 2 * BREAK_MS);
  });

  it('round-trips and keeps order, everywhere (inside periods, breaks and beyond the ends)', () => {
    fc.assert(
      fc.property(fc.double({ min: day(2010, 1, 1), max: day(2030, 1, 1), noNaN: true }), fc.double({ min: day(2010, 1, 1), max: day(2030, 1, 1), noNaN: true }), (a, b) => {
        expect(Math.abs(fromAxis(axis, toAxis(axis, a)) - a)).toBeLessThan(2);
        if (a < b) expect(toAxis(axis, a)).toBeLessThanOrEqual(toAxis(axis, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('splits a window into the parts inside periods, and names the breaks it crosses', () => {
    const win = { start: day(2017, 4, 20), end: day(2025, 10, 5) };
    expect(windowParts(axis, win)).toEqual([
      { start: day(2017, 4, 20), end: day(2017, 5, 1) },
      { start: day(2018, 8, 1), end: day(2018, 12, 1) },
      { start: day(2025, 10, 1), end: day(2025, 10, 5) },
    ]);
    expect(windowBreaks(axis, win)).toEqual([
      { start: day(2017, 5, 1), end: day(2018, 8, 1) },
      { start: day(2018, 12, 1), end: day(2025, 10, 1) },
    ]);
  });
});
