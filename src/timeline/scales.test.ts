import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { DAY_MS } from '../corpus/dates';
import { axisOfExtent, fromAxis, makeAxis, toAxis } from '../corpus/time-axis';
import { baseScale, gestureTransform, pxPerDay, transformForWindow, windowFromTransform, windowScale } from './scales';
import { dayTicks } from './ticks';

const extent = [Date.UTC(2025, 9, 1), Date.UTC(2025, 10, 1)] as const;
const axis = axisOfExtent(extent);
const twoPeriods = makeAxis([
  { start: Date.UTC(2017, 3, 1), end: Date.UTC(2017, 4, 1) },
  { start: Date.UTC(2025, 9, 1), end: Date.UTC(2025, 10, 1) },
]);

describe('scales and zoom transforms', () => {
  it('maps the whole axis onto the width', () => {
    const x = windowScale({ start: extent[0], end: extent[1] }, 1240, axis);
    expect(x(extent[0])).toBe(0);
    expect(x(extent[1])).toBe(1240);
    expect(x(Date.UTC(2025, 9, 16, 12))).toBeCloseTo(620);
    expect(x.invert(620)).toBeCloseTo(Date.UTC(2025, 9, 16, 12), -2);
    expect(baseScale(axis, 1240)(axis.total)).toBe(1240);
  });

  it('turns a window into the d3-zoom transform that shows it, and back (as transform.rescaleX does)', () => {
    const w = { start: Date.UTC(2025, 9, 16), end: Date.UTC(2025, 9, 19) };
    const t = transformForWindow(w, axis, 900);
    const back = windowFromTransform(t, axis, 900);
    expect(back.start).toBeCloseTo(w.start, -2);
    expect(back.end).toBeCloseTo(w.end, -2);
    // d3-zoom's own rescale of the base scale (in axis time) shows the same window.
    const rescaled = zoomIdentity.translate(t.x, 0).scale(t.k).rescaleX(scaleLinear().domain([0, axis.total]).range([0, 900])).domain();
    expect(fromAxis(axis, rescaled[0]!)).toBeCloseTo(w.start, -2);
    expect(fromAxis(axis, rescaled[1]!)).toBeCloseTo(w.end, -2);
    expect(pxPerDay(w, 900, axis)).toBeCloseTo(300);
  });

  it('across a break: eight years take three days of width, and transforms still round-trip', () => {
    const w = { start: Date.UTC(2017, 3, 20), end: Date.UTC(2025, 9, 10) };
    const x = windowScale(w, 1000, twoPeriods);
    const span = toAxis(twoPeriods, w.end) - toAxis(twoPeriods, w.start);
    expect(span / DAY_MS).toBeCloseTo(11 + 3 + 9);
    expect(x(Date.UTC(2025, 9, 1)) - x(Date.UTC(2017, 4, 1))).toBeCloseTo((3 * DAY_MS * 1000) / span);
    // Within a period a day is a day.
    expect(x(Date.UTC(2025, 9, 5)) - x(Date.UTC(2025, 9, 4))).toBeCloseTo(x.dayPx);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), (a, len) => {
        const u0 = a * twoPeriods.total * (1 - len);
        const win = { start: fromAxis(twoPeriods, u0), end: fromAxis(twoPeriods, u0 + len * twoPeriods.total) };
        const back = windowFromTransform(transformForWindow(win, twoPeriods, 800), twoPeriods, 800);
        expect(Math.abs(back.start - win.start)).toBeLessThan(Math.max(1000, Math.abs(win.start) * 1e-9));
      }),
      { numRuns: 300 },
    );
  });
});

describe('dayTicks', () => {
  const scale = (w: { start: number; end: number }, width: number, a = axisOfExtent([w.start, w.end])) => windowScale(w, width, a);

  it('never ticks finer than a day, at UTC midnights, labelled in the locale', () => {
    const w = { start: Date.UTC(2025, 9, 17), end: Date.UTC(2025, 9, 18) };
    const ticks = dayTicks(scale(w, 1200), 56, 'en-GB');
    expect(ticks.every((t) => t.ms % DAY_MS === 0)).toBe(true);
    expect(ticks.map((t) => t.label)).toEqual(['16', '17', '18']);
  });

  it('labels the first of a month with its name and marks it major', () => {
    const w = { start: Date.UTC(2025, 8, 28), end: Date.UTC(2025, 9, 4) };
    const t = dayTicks(scale(w, 1400), 56, 'en-GB').find((x) => x.ms === Date.UTC(2025, 9, 1));
    expect(t).toMatchObject({ label: '1 Oct', major: true });
    expect(dayTicks(scale(w, 1400), 56, 'de-DE').find((x) => x.ms === Date.UTC(2025, 9, 1))?.label).toBe('1. Okt.');
  });

  it('thins ticks to keep them apart on narrow screens', () => {
    const w = { start: Date.UTC(2025, 9, 1), end: Date.UTC(2025, 10, 1) };
    const ticks = dayTicks(scale(w, 320));
    const gaps = ticks.slice(1).map((t, i) => ((t.ms - ticks[i]!.ms) / (w.end - w.start)) * 320);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(56);
  });

  it('ticks only inside periods, and the first tick after a break says its year', () => {
    const w = { start: Date.UTC(2017, 3, 25), end: Date.UTC(2025, 9, 4) };
    const ticks = dayTicks(windowScale(w, 2000, twoPeriods), 56, 'en-GB');
    expect(ticks.some((t) => t.ms > Date.UTC(2017, 4, 1) && t.ms < Date.UTC(2025, 9, 1))).toBe(false);
    const after = ticks.find((t) => t.ms >= Date.UTC(2025, 9, 1))!;
    expect(after.label).toMatch(/2025/);
    expect(after.major).toBe(true);
  });

});

describe('the gesture transform', () => {
  it('moves what was drawn for one window to where the next window draws it, on any axis', () => {
    const from = { start: Date.UTC(2025, 9, 6), end: Date.UTC(2025, 9, 16) };
    const to = { start: Date.UTC(2025, 9, 10), end: Date.UTC(2025, 9, 12) };
    // Five times narrower: five times wider; 10 October moves from 400 px to 0.
    expect(gestureTransform(from, to, axis, 1000).scale).toBeCloseTo(5);
    expect(gestureTransform(from, to, axis, 1000).translate).toBeCloseTo(-2000);
    expect(gestureTransform(from, from, axis, 1000)).toEqual({ scale: 1, translate: 0 });
    const win = (a: number, len: number, ax: typeof axis) => {
      const u0 = a * ax.total * (1 - len);
      return { start: fromAxis(ax, u0), end: fromAxis(ax, u0 + Math.max(DAY_MS, len * ax.total)) };
    };
    for (const ax of [axis, twoPeriods]) {
      fc.assert(
        fc.property(
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0.001, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0.001, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.integer({ min: 200, max: 2400 }),
          (a, len, b, len2, at, width) => {
            const from = win(a, len, ax);
            const to = win(b, len2, ax);
            const t = fromAxis(ax, at * ax.total);
            const { scale, translate } = gestureTransform(from, to, ax, width);
            const before = windowScale(from, width, ax)(t);
            const after = windowScale(to, width, ax)(t);
            // Positions run to millions of px when zoomed far in: compare relative to the size of the numbers.
            expect(Math.abs(before * scale + translate - after)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(after), Math.abs(before * scale)));
          },
        ),
      );
    }
  });
});
