import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { DAY_MS, dayToUtcMs } from '../corpus/dates';
import { makeCorpus } from '../corpus/testing';
import { axisOfExtent, makeAxis } from '../corpus/time-axis';
import { clampWindow, defaultWindow, effectiveWindow, impliedWindow, MIN_SPAN, panWindow, revealWindow, windowForDay, zoomWindow } from './window';

const ix = buildIndex(makeCorpus());
const oct = (d: number) => Date.UTC(2025, 9, d);

describe('window arithmetic', () => {
  it('the extent is the whole months around the data', () => {
    expect(ix.extent).toEqual([oct(1), Date.UTC(2025, 10, 1)]);
    expect(ix.axis.periods).toEqual([{ start: oct(1), end: Date.UTC(2025, 10, 1) }]);
  });

  it('clamps to the extent and to at least a day', () => {
    expect(clampWindow({ start: oct(5), end: oct(5) + 1000 }, ix.axis)).toEqual({ start: oct(5), end: oct(5) + MIN_SPAN });
    expect(clampWindow({ start: oct(1) - 5 * DAY_MS, end: oct(3) }, ix.axis)).toEqual({ start: oct(1), end: oct(1) + 7 * DAY_MS });
    expect(clampWindow({ start: 0, end: 1e15 }, ix.axis)).toEqual({ start: ix.extent[0], end: ix.extent[1] });
  });

  it('zooms around the centre or an anchor, and pans by fractions', () => {
    const w = { start: oct(10), end: oct(20) };
    expect(zoomWindow(w, 2, ix.axis)).toEqual({ start: oct(12) + DAY_MS / 2, end: oct(17) + DAY_MS / 2 });
    expect(zoomWindow(w, 2, ix.axis, oct(10))).toEqual({ start: oct(10), end: oct(15) });
    expect(zoomWindow(w, 1e6, ix.axis).end - zoomWindow(w, 1e6, ix.axis).start).toBe(MIN_SPAN);
    expect(panWindow(w, 0.5, ix.axis)).toEqual({ start: oct(15), end: oct(25) });
    expect(panWindow(w, -5, ix.axis)).toEqual({ start: oct(1), end: oct(11) });
  });

  it('opens a day with a day of context each side', () => {
    expect(windowForDay('2025-10-17', ix.axis)).toEqual({ start: oct(16), end: oct(19) });
    expect(windowForDay('2025-10-01', ix.axis)).toEqual({ start: oct(1), end: oct(4) });
  });

  it('defaults to at least three weeks around the data', () => {
    const w = defaultWindow(ix);
    expect(w.end - w.start).toBe(21 * DAY_MS);
    expect(w.start).toBeLessThanOrEqual(dayToUtcMs('2025-10-12'));
    expect(w.end).toBeGreaterThanOrEqual(dayToUtcMs('2025-10-22'));
  });

  it('opens a long corpus on its latest month', () => {
    const year = { firstDay: Date.UTC(2025, 0, 1) / DAY_MS, lastDay: Date.UTC(2025, 11, 31) / DAY_MS, axis: axisOfExtent([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)]) };
    expect(defaultWindow(year)).toEqual({ start: Date.UTC(2025, 11, 1), end: Date.UTC(2026, 0, 1) });
  });

  it('implies the window from the selected headline, then the day, then the default', () => {
    expect(impliedWindow(ix, { day: null, headlineId: 'h-clash-cnn', eventId: null })).toEqual(windowForDay('2025-10-17', ix.axis));
    expect(impliedWindow(ix, { day: '2025-10-13', headlineId: 'h-clash-cnn', eventId: null })).toEqual(windowForDay('2025-10-17', ix.axis));
    expect(impliedWindow(ix, { day: '2025-10-13', headlineId: null, eventId: null })).toEqual(windowForDay('2025-10-13', ix.axis));
    expect(impliedWindow(ix, { day: null, headlineId: 'unknown', eventId: null })).toEqual(defaultWindow(ix));
    expect(effectiveWindow(ix, { window: { start: oct(2), end: oct(4) }, day: '2025-10-13', headlineId: null, eventId: null })).toEqual({ start: oct(2), end: oct(4) });
    expect(effectiveWindow(ix, { window: null, day: '2025-10-13', headlineId: null, eventId: null })).toEqual(windowForDay('2025-10-13', ix.axis));
    // An event fits its days with a day either side; a headline still comes first.
    expect(impliedWindow(ix, { day: '2025-10-13', headlineId: null, eventId: 'night-clashes' })).toEqual({ start: oct(10), end: oct(14) });
    expect(impliedWindow(ix, { day: null, headlineId: 'h-clash-cnn', eventId: 'night-clashes' })).toEqual(windowForDay('2025-10-17', ix.axis));
    expect(impliedWindow(ix, { day: '2025-10-13', headlineId: null, eventId: 'no-such-event' })).toEqual(windowForDay('2025-10-13', ix.axis));
  });

  it('reveals a headline only when its day is off screen or the timeline shows days', () => {
    expect(revealWindow(ix, { start: oct(16), end: oct(19) }, '2025-10-17')).toBeUndefined();
    expect(revealWindow(ix, { start: oct(10), end: oct(13) }, '2025-10-17')).toEqual(windowForDay('2025-10-17', ix.axis));
    expect(revealWindow(ix, { start: oct(1), end: oct(31) }, '2025-10-17')).toEqual(windowForDay('2025-10-17', ix.axis));
  });
});

describe('windows on an axis with a break', () => {
  // April 2017 and October 2025: eight years compressed into a three-day break.
  const axis = makeAxis([
    { start: Date.UTC(2017, 3, 1), end: Date.UTC(2017, 4, 1) },
    { start: oct(1), end: Date.UTC(2025, 10, 1) },
  ]);

  it('a window across the break is measured in axis time: zooming out from October reaches April 2017', () => {
    const w = { start: oct(1), end: oct(11) };
    const out = zoomWindow(w, 1 / 10, axis);
    expect(out.start).toBeLessThan(Date.UTC(2017, 4, 1));
    expect(out.end).toBeLessThanOrEqual(Date.UTC(2025, 10, 1));
  });

  it('panning left from October 2025 crosses the break into April 2017 in a few steps, not eight years of steps', () => {
    let w = { start: oct(1), end: oct(8) };
    for (let i = 0; i < 3; i++) w = panWindow(w, -1, axis);
    expect(w.start).toBeLessThan(Date.UTC(2017, 4, 1));
  });

  it('clamps to the whole axis and keeps a window at least a day wide in axis time', () => {
    expect(clampWindow({ start: 0, end: 1e15 }, axis)).toEqual({ start: Date.UTC(2017, 3, 1), end: Date.UTC(2025, 10, 1) });
    expect(windowForDay('2017-04-14', axis)).toEqual({ start: Date.UTC(2017, 3, 13), end: Date.UTC(2017, 3, 16) });
  });
});
