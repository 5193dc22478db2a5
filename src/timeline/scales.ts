/**
 * The timeline's scales: pure functions over the corpus's time axis (corpus/time-axis.ts), which is linear
 * within each period and compresses the years between periods into a short break. The zoom hook turns d3-zoom
 * transforms into windows with `windowFromTransform` and back with `transformForWindow`, both in axis time;
 * window arithmetic is in store/window.ts.
 */
import { DAY_MS, type TimeWindow } from '../corpus/dates';
import { makeAxis, toAxis, fromAxis, type TimeAxis } from '../corpus/time-axis';

/**
 * The plot's x scale: real time (ms) → px, through the axis. Built once per window and width, and passed to
 * every layer (marks, grid, axis, events): they only map through it.
 */
export interface TimeScale {
  (t: number): number;
  /** px → real time. */
  invert(px: number): number;
  readonly window: TimeWindow;
  readonly width: number;
  /** The width of a day inside a period (px). */
  readonly dayPx: number;
  readonly axis: TimeAxis;
}

/** A window's own axis (one period, no break): for plots of a plain span. */
const plainAxis = (win: TimeWindow) => makeAxis([{ start: win.start, end: win.end }]);

/** The scale of a window over the plot width, on `axis` (by default the window's own, without breaks). */
export function windowScale(win: TimeWindow, width: number, axis: TimeAxis = plainAxis(win)): TimeScale {
  const w = Math.max(1, width);
  const u0 = toAxis(axis, win.start);
  const span = Math.max(1, toAxis(axis, win.end) - u0);
  const k = w / span;
  const x = ((t: number) => (toAxis(axis, t) - u0) * k) as TimeScale;
  return Object.assign(x, { invert: (px: number) => fromAxis(axis, u0 + px / k), window: win, width: w, dayPx: k * DAY_MS, axis });
}

/** The scale of the whole axis over the plot width: d3-zoom's reference, in axis time (u → px). */
export function baseScale(axis: TimeAxis, width: number): (u: number) => number {
  const w = Math.max(1, width);
  return (u) => (u / Math.max(1, axis.total)) * w;
}

/** d3-zoom's transform (scale k, translate x) that shows `win` on the base scale of `axis`. */
export function transformForWindow(win: TimeWindow, axis: TimeAxis, width: number): { k: number; x: number } {
  const base = baseScale(axis, width);
  const u0 = toAxis(axis, win.start);
  const k = axis.total / Math.max(1, toAxis(axis, win.end) - u0);
  return { k, x: -base(u0) * k };
}

/** The window a d3-zoom transform shows (what `transform.rescaleX(base)` would show), computed without d3-zoom. */
export function windowFromTransform(t: { k: number; x: number }, axis: TimeAxis, width: number): TimeWindow {
  const w = Math.max(1, width);
  const toU = (px: number) => (px / w) * axis.total;
  return { start: fromAxis(axis, toU(-t.x / t.k)), end: fromAxis(axis, toU((w - t.x) / t.k)) };
}

/** Pixels per day of a window drawn `width` px wide on `axis`. */
export function pxPerDay(win: TimeWindow, width: number, axis: TimeAxis = plainAxis(win)): number {
  return (width * DAY_MS) / Math.max(1, toAxis(axis, win.end) - toAxis(axis, win.start));
}

/** Semantic zoom: from this many pixels per day, stories are drawn one by one; below it, one mark per day. */
export const STORY_MODE_PX_PER_DAY = 110;

/** The window a plot scale shows. */
export function scaleWindow(x: TimeScale): TimeWindow {
  return x.window;
}

/** The plot width a scale spans (px). */
export function scaleWidth(x: TimeScale): number {
  return x.width;
}

/**
 * The horizontal transform that moves what was drawn for window `from` to where window `to` draws it:
 * a position `p` on `from`'s scale is at `p * scale + translate` on `to`'s (both `width` px wide). Exact on a
 * broken axis too, since both scales are linear in axis time. The zoom hook applies it as a CSS transform
 * (`translateX(translate) scaleX(scale)`, origin at the left edge) while a gesture runs over a dense plot.
 */
export function gestureTransform(from: TimeWindow, to: TimeWindow, axis: TimeAxis, width: number): { scale: number; translate: number } {
  const w = Math.max(1, width);
  const u0 = toAxis(axis, from.start);
  const u1 = toAxis(axis, to.start);
  const k0 = w / Math.max(1, toAxis(axis, from.end) - u0);
  const k1 = w / Math.max(1, toAxis(axis, to.end) - u1);
  return { scale: k1 / k0, translate: (u0 - u1) * k1 };
}
