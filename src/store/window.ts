/**
 * Window arithmetic (no d3): the timeline's visible window `[start, end)` in ms (UTC), kept inside the
 * corpus's axis and at least one day wide. Spans, zooms and pans are measured in axis time (corpus/time-axis.ts),
 * so a window across a break between two periods behaves like any other. Buttons, keys and links change the
 * window through these.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import { DAY_MS, dayToUtcMs } from '../corpus/dates';
import { fromAxis, toAxis, type TimeAxis } from '../corpus/time-axis';
import type { TimeWindow, ViewState } from './view-state';
import { memoizeRecent } from './memo';

/** The narrowest window: one day. */
export const MIN_SPAN = DAY_MS;

/** Keep a window inside the axis and between one day and the whole axis wide (in axis time). */
export function clampWindow(win: TimeWindow, axis: TimeAxis): TimeWindow {
  const full = axis.total;
  let u0 = Number.isFinite(win.start) ? toAxis(axis, win.start) : 0;
  const u1 = Number.isFinite(win.end) ? toAxis(axis, win.end) : full;
  let span = Math.min(Math.max(u1 - u0, MIN_SPAN), full);
  if (!Number.isFinite(span)) span = full;
  u0 = Math.min(Math.max(u0, 0), full - span);
  return { start: fromAxis(axis, u0), end: fromAxis(axis, u0 + span) };
}

/** Zoom by `factor` (> 1 zooms in) around `anchor` (ms; default the centre), clamped. */
export function zoomWindow(win: TimeWindow, factor: number, axis: TimeAxis, anchor?: number): TimeWindow {
  const u0 = toAxis(axis, win.start);
  const u1 = toAxis(axis, win.end);
  const ua = anchor === undefined ? (u0 + u1) / 2 : toAxis(axis, anchor);
  const span = (u1 - u0) / factor;
  const t = (ua - u0) / (u1 - u0);
  const start = ua - t * span;
  return clampWindow({ start: fromAxis(axis, start), end: fromAxis(axis, start + span) }, axis);
}

/** Pan by a fraction of the window's width (negative: towards the past), clamped. */
export function panWindow(win: TimeWindow, fraction: number, axis: TimeAxis): TimeWindow {
  const u0 = toAxis(axis, win.start);
  const u1 = toAxis(axis, win.end);
  const shift = (u1 - u0) * fraction;
  const start = Math.min(Math.max(u0 + shift, 0), axis.total - (u1 - u0));
  return clampWindow({ start: fromAxis(axis, start), end: fromAxis(axis, start + (u1 - u0)) }, axis);
}

/**
 * Drag the whole window (`move`) or one edge by `du` of axis time (a brush gesture), keeping it at least a day
 * wide and inside the axis.
 */
export function dragWindow(win: TimeWindow, part: 'move' | 'start' | 'end', du: number, axis: TimeAxis): TimeWindow {
  let u0 = toAxis(axis, win.start);
  let u1 = toAxis(axis, win.end);
  if (part === 'move') {
    const shift = Math.min(Math.max(du, -u0), axis.total - u1);
    u0 += shift;
    u1 += shift;
  } else if (part === 'start') u0 = Math.min(u0 + du, u1 - MIN_SPAN);
  else u1 = Math.max(u1 + du, u0 + MIN_SPAN);
  return clampWindow({ start: fromAxis(axis, u0), end: fromAxis(axis, u1) }, axis);
}

/** The window a link to one day opens: the day with `context` days each side. */
export function windowForDay(day: string, axis: TimeAxis, context = 1): TimeWindow {
  const start = dayToUtcMs(day) - context * DAY_MS;
  return clampWindow({ start, end: start + (2 * context + 1) * DAY_MS }, axis);
}

/** Corpora longer than this open on their latest weeks rather than on everything. */
export const LONG_CORPUS_DAYS = 62;

type DefaultWindowIndex = Pick<CorpusIndex, 'firstDay' | 'lastDay' | 'axis'> & Partial<Pick<CorpusIndex, 'events' | 'dayNumber'>>;
const defaults = new WeakMap<object, Map<number, TimeWindow>>();

/**
 * The window a corpus opens on: what there is — its headlines' days and the key events of the periods that hold
 * headlines — with a day either side, at least `minDays` wide, in the axis. Headlines in two periods years apart
 * open on both (the break between them is short in axis time). A long corpus (its headlines spanning more than
 * two months of axis time: a year of coverage) opens on its latest month.
 */
/**
 * The window a view opens on (see `computeDefaultWindow`), computed once per corpus index: the URL sync asks
 * for it on every change, and it walks every day of the corpus.
 */
export function defaultWindow(ix: DefaultWindowIndex, minDays = 21): TimeWindow {
  let byMin = defaults.get(ix);
  if (!byMin) defaults.set(ix, (byMin = new Map()));
  let win = byMin.get(minDays);
  if (!win) byMin.set(minDays, (win = computeDefaultWindow(ix, minDays)));
  return win;
}

function computeDefaultWindow(ix: DefaultWindowIndex, minDays: number): TimeWindow {
  const { axis } = ix;
  const periodOf = (ms: number) => axis.periods.findIndex((p) => ms >= p.start && ms < p.end);
  // How long the headlines run within each period that holds some: a year of coverage is long; two weeks in
  // 2017 and two in 2025 are not.
  const spans = new Map<number, { first: number; last: number }>();
  for (const d of new Set([ix.firstDay, ix.lastDay, ...(ix.dayNumber ?? [])])) {
    const k = periodOf(d * DAY_MS);
    const sp = spans.get(k);
    spans.set(k, sp ? { first: Math.min(sp.first, d), last: Math.max(sp.last, d) } : { first: d, last: d });
  }
  const coverage = [...spans.values()].reduce((n, sp) => n + sp.last - sp.first + 1, 0);
  if (coverage > LONG_CORPUS_DAYS) return clampWindow({ start: (ix.lastDay - 30) * DAY_MS, end: (ix.lastDay + 1) * DAY_MS }, axis);
  const withHeadlines = new Set(spans.keys());
  let first = ix.firstDay;
  let last = ix.lastDay;
  for (const e of ix.events ?? []) {
    const s = dayToUtcMs(e.start);
    const end = dayToUtcMs(e.end);
    const k = periodOf(s);
    if (k < 0 || k !== periodOf(end) || !withHeadlines.has(k)) continue;
    first = Math.min(first, s / DAY_MS);
    last = Math.max(last, end / DAY_MS);
  }
  const dataStart = toAxis(axis, (first - 1) * DAY_MS);
  const dataEnd = toAxis(axis, (last + 2) * DAY_MS);
  const span = Math.max(dataEnd - dataStart, minDays * DAY_MS);
  const mid = (dataStart + dataEnd) / 2;
  return clampWindow({ start: fromAxis(axis, mid - span / 2), end: fromAxis(axis, mid + span / 2) }, axis);
}

export type WindowIndex = Pick<CorpusIndex, 'firstDay' | 'lastDay' | 'axis' | 'rowById' | 'headlines' | 'events' | 'eventIndex'>;

/** The window an event (or a run of days, first and last inclusive) opens: its days with a day either side. */
export function windowForEvent(event: { start: string; end: string }, axis: TimeAxis): TimeWindow {
  const start = dayToUtcMs(event.start) - DAY_MS;
  return clampWindow({ start, end: dayToUtcMs(event.end) + 2 * DAY_MS }, axis);
}

/** The view fields a window can be implied from. */
export type WindowView = Pick<ViewState, 'window' | 'day' | 'headlineId' | 'eventId'>;

/**
 * The window implied by the rest of the view when none is stored: the selected headline's day, else the
 * selected event, else the selected day, else the corpus default. A link without `from`/`to` opens on this window.
 */
export function impliedWindow(ix: WindowIndex, view: Omit<WindowView, 'window'>): TimeWindow {
  const row = view.headlineId === null ? undefined : ix.rowById.get(view.headlineId);
  if (row !== undefined) return windowForDay(ix.headlines[row]!.date, ix.axis);
  const event = view.eventId === null ? undefined : ix.events[ix.eventIndex.get(view.eventId) ?? -1];
  if (event !== undefined) return windowForEvent(event, ix.axis);
  if (view.day !== null) return windowForDay(view.day, ix.axis);
  return defaultWindow(ix);
}

/** The window the timeline shows: the stored one (clamped to the extent), or the implied one. Use `selectWindow`. */
export function effectiveWindow(ix: WindowIndex, view: WindowView): TimeWindow {
  return view.window === null ? impliedWindow(ix, view) : clampWindow(view.window, ix.axis);
}

/** Windows wider than this show days, not stories, on a typical screen: revealing a headline zooms in. */
export const REVEAL_MAX_DAYS = 9;

/**
 * Selecting a headline from elsewhere (the list, the detail panel) brings its day into view: the window
 * stays when the day is visible and stories are drawn (`undefined`: leave it), else it becomes the day's window.
 */
export function revealWindow(ix: Pick<CorpusIndex, 'axis'>, win: TimeWindow | null, day: string): TimeWindow | undefined {
  if (win !== null) {
    const t = dayToUtcMs(day);
    const visible = t >= win.start && t + DAY_MS <= win.end;
    if (visible && toAxis(ix.axis, win.end) - toAxis(ix.axis, win.start) <= REVEAL_MAX_DAYS * DAY_MS) return undefined;
  }
  return windowForDay(day, ix.axis);
}

export function sameWindow(a: TimeWindow | null, b: TimeWindow | null, tolerance = 1000): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance;
}

/** The window the timeline shows for (index, stored window, day, headline, event), memoized on their identity. */
export const selectWindow = memoizeRecent(
  (ix: WindowIndex, win: TimeWindow | null, day: string | null, headlineId: string | null, eventId: string | null): TimeWindow =>
    effectiveWindow(ix, { window: win, day, headlineId, eventId }),
);

/** `selectWindow` for a view state (or the store's state). */
export function selectViewWindow(ix: WindowIndex, view: WindowView): TimeWindow {
  return selectWindow(ix, view.window, view.day, view.headlineId, view.eventId);
}
