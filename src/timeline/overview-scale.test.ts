import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS } from '../corpus/dates';
import { fromAxis, makeAxis, toAxis } from '../corpus/time-axis';
import { BREAK_PX, HEADLINE_WEIGHT, overviewScale } from './overview-scale';

const axis = makeAxis([
  { start: Date.UTC(2016, 11, 1), end: Date.UTC(2017, 4, 1) },
  { start: Date.UTC(2025, 9, 1), end: Date.UTC(2025, 11, 1) },
]);

describe('overviewScale', () => {
  const x = overviewScale(axis, [false, true], 100, 1000);

  it('fills the strip: segments side by side, a break of BREAK_PX between them', () => {
    expect(x.segments[0]!.x0).toBe(100);
    expect(x.segments[1]!.x1).toBeCloseTo(1000);
    expect(x.segments[1]!.x0 - x.segments[0]!.x1).toBe(BREAK_PX);
  });

  it('gives a day with headlines HEADLINE_WEIGHT times the width of a day with key events only', () => {
    expect(x.segments[1]!.dayPx / x.segments[0]!.dayPx).toBeCloseTo(HEADLINE_WEIGHT);
    expect(x(Date.UTC(2025, 9, 18)) - x(Date.UTC(2025, 9, 17))).toBeCloseTo(x.segments[1]!.dayPx);
  });

  it('maps px back to axis time (the brush), everywhere in the strip', () => {
    fc.assert(
      fc.property(fc.double({ min: 100, max: 1000, noNaN: true }), (px) => {
        expect(x.toPx(x.toAxis(px))).toBeCloseTo(px, 6);
      }),
    );
    expect(fromAxis(axis, x.toAxis(x(Date.UTC(2017, 3, 14))))).toBeCloseTo(Date.UTC(2017, 3, 14), -3);
    expect(x.toAxis(100)).toBeCloseTo(0);
    expect(x.toAxis(1000)).toBeCloseTo(axis.total);
    expect(toAxis(axis, Date.UTC(2025, 9, 1)) - toAxis(axis, Date.UTC(2017, 4, 1))).toBe(3 * DAY_MS);
  });
});
