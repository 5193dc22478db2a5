import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { DAY_MS } from '../corpus/dates';
import { baseScale, pxPerDay, transformForWindow, windowFromTransform } from './scales';
import { dayTicks } from './ticks';

const extent = [Date.UTC(2025, 9, 1), Date.UTC(2025, 10, 1)] as const;

describe('scales and zoom transforms', () => {
  it('maps the extent onto the width', () => {
    const x = baseScale(extent, 1240);
    expect(x(extent[0])).toBe(0);
    expect(x(extent[1])).toBe(1240);
    expect(x(Date.UTC(2025, 9, 16, 12))).toBeCloseTo(620);
  });

  it('turns a window into the d3-zoom transform that shows it, and back (as transform.rescaleX does)', () => {
    const w = { start: Date.UTC(2025, 9, 16), end: Date.UTC(2025, 9, 19) };
    const t = transformForWindow(w, extent, 900);
    const back = windowFromTransform(t, extent, 900);
    expect(back.start).toBeCloseTo(w.start, -2);
    expect(back.end).toBeCloseTo(w.end, -2);
    const rescaled = zoomIdentity.translate(t.x, 0).scale(t.k).rescaleX(baseScale(extent, 900)).domain();
    expect(rescaled[0]!.getTime()).toBeCloseTo(w.start, -2);
    expect(rescaled[1]!.getTime()).toBeCloseTo(w.end, -2);
    expect(pxPerDay(w, 900)).toBeCloseTo(300);
  });
});

describe('dayTicks', () => {
  it('never ticks finer than a day, at UTC midnights, labelled in the locale', () => {
    const w = { start: Date.UTC(2025, 9, 17), end: Date.UTC(2025, 9, 18) };
    const ticks = dayTicks(w, 1200, 56, 'en-GB');
    expect(ticks.every((t) => t.ms % DAY_MS === 0)).toBe(true);
    expect(ticks.map((t) => t.label)).toEqual(['16', '17', '18']);
  });

  it('labels the first of a month with its name and marks it major', () => {
    const w = { start: Date.UTC(2025, 8, 28), end: Date.UTC(2025, 9, 4) };
    const t = dayTicks(w, 1400, 56, 'en-GB').find((x) => x.ms === Date.UTC(2025, 9, 1));
    expect(t).toMatchObject({ label: '1 Oct', major: true });
    expect(dayTicks(w, 1400, 56, 'de-DE').find((x) => x.ms === Date.UTC(2025, 9, 1))?.label).toBe('1. Okt.');
  });

  it('thins ticks to keep them apart on narrow screens', () => {
    const w = { start: Date.UTC(2025, 9, 1), end: Date.UTC(2025, 10, 1) };
    const ticks = dayTicks(w, 320);
    const gaps = ticks.slice(1).map((t, i) => ((t.ms - ticks[i]!.ms) / (w.end - w.start)) * 320);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(56);
  });
});
