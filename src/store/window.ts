/**
 * Window arithmetic (no d3): the timeline's visible window `[start, end)` in ms (UTC), kept inside the
 * corpus extent and at least one day wide. Buttons, keys and links change the window through these.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import { DAY_MS, dayToUtcMs } from '../corpus/dates';
import type { TimeWindow, ViewState } from './view-state';

export type Extent = readonly [number, number];

/** The narrowest window: one day. */
export const MIN_SPAN = DAY_MS;

/** Keep a window inside the extent and between one day and the whole extent wide. */
export function clampWindow(win: TimeWindow, extent: Extent): TimeWindow {
  const full = extent[1] - extent[0];
  let span = Math.min(Math.max(win.end - win.start, MIN_SPAN), full);
  if (!Number.isFinite(span)) span = full;
  let start = Number.isFinite(win.start) ? win.start : extent[0];
  start = Math.min(Math.max(start, extent[0]), extent[1] - span);
  return { start, end: start + span };
}

/** Zoom by `factor` (> 1 zooms in) around `anchor` (ms; default the centre), clamped. */
export function zoomWindow(win: TimeWindow, factor: number, extent: Extent, anchor = (win.start + win.end) / 2): TimeWindow {
  const span = (win.end - win.start) / factor;
  const t = (anchor - win.start) / (win.end - win.start);
  const start = anchor - t * span;
  return clampWindow({ start, end: start + span }, extent);
}

/** Pan by a fraction of the window's width (negative: towards the past), clamped. */
export function panWindow(win: TimeWindow, fraction: number, extent: Extent): TimeWindow {
  const shift = (win.end - win.start) * fraction;
  return clampWindow({ start: win.start + shift, end: win.end + shift }, extent);
}

/** The window a link to one day opens: the day with `context` days each side. */
export function windowForDay(day: string, extent: Extent, context = 1): TimeWindow {
  const start = dayToUtcMs(day) - context * DAY_MS;
  return clampWindow({ start, end: start + (2 * context + 1) * DAY_MS }, extent);
}

/** Corpora longer than this open on their latest weeks rather than on everything. */
export const LONG_CORPUS_DAYS = 62;

/**
 * The window a corpus opens on: at least `minDays` days around the data (first and last headline day,
 * inclusive), in the extent; for a long corpus (a year of coverage), its latest month.
 */
export function defaultWindow(ix: Pick<CorpusIndex, 'firstDay' | 'lastDay' | 'extent'>, minDays = 21): TimeWindow {
  if (ix.lastDay - ix.firstDay > LONG_CORPUS_DAYS) return clampWindow({ start: (ix.lastDay - 30) * DAY_MS, end: (ix.lastDay + 1) * DAY_MS }, ix.extent);
  const dataStart = (ix.firstDay - 1) * DAY_MS;
  const dataEnd = (ix.lastDay + 2) * DAY_MS;
  const span = Math.max(dataEnd - dataStart, minDays * DAY_MS);
  const mid = (dataStart + dataEnd) / 2;
  return clampWindow({ start: mid - span / 2, end: mid + span / 2 }, ix.extent);
}

export type WindowIndex = Pick<CorpusIndex, 'firstDay' | 'lastDay' | 'extent' | 'rowById' | 'headlines'>;

/**
 * The window implied by the rest of the view when none is stored: the selected headline's day, else the
 * selected day, else the corpus default. A link without `from`/`to` opens on this window.
 */
export function impliedWindow(ix: WindowIndex, view: Pick<ViewState, 'day' | 'headlineId'>): TimeWindow {
  const row = view.headlineId === null ? undefined : ix.rowById.get(view.headlineId);
  if (row !== undefined) return windowForDay(ix.headlines[row]!.date, ix.extent);
  if (view.day !== null) return windowForDay(view.day, ix.extent);
  return defaultWindow(ix);
}

/** The window the timeline shows: the stored one (clamped to the extent), or the implied one. Use `selectWindow`. */
export function effectiveWindow(ix: WindowIndex, view: Pick<ViewState, 'window' | 'day' | 'headlineId'>): TimeWindow {
  return view.window === null ? impliedWindow(ix, view) : clampWindow(view.window, ix.extent);
}

/** Windows wider than this show days, not stories, on a typical screen: revealing a headline zooms in. */
export const REVEAL_MAX_DAYS = 9;

/**
 * Selecting a headline from elsewhere (the list, the detail panel) brings its day into view: the window
 * stays when the day is visible and stories are drawn (`undefined`: leave it), else it becomes the day's window.
 */
export function revealWindow(ix: Pick<CorpusIndex, 'extent'>, win: TimeWindow | null, day: string): TimeWindow | undefined {
  if (win !== null) {
    const t = dayToUtcMs(day);
    const visible = t >= win.start && t + DAY_MS <= win.end;
    if (visible && win.end - win.start <= REVEAL_MAX_DAYS * DAY_MS) return undefined;
  }
  return windowForDay(day, ix.extent);
}

export function sameWindow(a: TimeWindow | null, b: TimeWindow | null, tolerance = 1000): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance;
}
