/**
 * The timeline's scales: pure functions over d3-scale (UTC). The zoom hook turns d3-zoom transforms into
 * windows with `windowFromTransform` and back with `transformForWindow`; window arithmetic is in store/window.ts.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { DAY_MS } from '../corpus/dates';
import type { TimeWindow } from '../store/view-state';
import type { Extent } from '../store/window';

/** The scale of the whole extent over the plot width: d3-zoom's reference scale. */
export function baseScale(extent: Extent, width: number): ScaleTime<number, number> {
  return scaleUtc().domain([extent[0], extent[1]]).range([0, Math.max(1, width)]);
}

/** The plot's x scale: UTC time → px. Built once per window and width, and passed to every layer. */
export type TimeScale = ScaleTime<number, number>;

/** The scale of a window over the plot width. */
export function windowScale(win: TimeWindow, width: number): ScaleTime<number, number> {
  return scaleUtc().domain([win.start, win.end]).range([0, Math.max(1, width)]);
}

/** d3-zoom's transform (scale k, translate x) that shows `window` on the base scale of `extent`. */
export function transformForWindow(win: TimeWindow, extent: Extent, width: number): { k: number; x: number } {
  const base = baseScale(extent, width);
  const k = (extent[1] - extent[0]) / (win.end - win.start);
  return { k, x: -base(win.start) * k };
}

/** The window a d3-zoom transform shows (the domain of `transform.rescaleX(base)`), computed without d3-zoom. */
export function windowFromTransform(t: { k: number; x: number }, extent: Extent, width: number): TimeWindow {
  const base = baseScale(extent, width);
  return { start: base.invert(-t.x / t.k).getTime(), end: base.invert((width - t.x) / t.k).getTime() };
}

export function pxPerDay(win: TimeWindow, width: number): number {
  return (width * DAY_MS) / (win.end - win.start);
}

/** Semantic zoom: from this many pixels per day, stories are drawn one by one; below it, one mark per day. */
export const STORY_MODE_PX_PER_DAY = 110;

/** The window a plot scale shows. */
export function scaleWindow(x: TimeScale): TimeWindow {
  const [start, end] = x.domain();
  return { start: start!.getTime(), end: end!.getTime() };
}

/** The plot width a scale spans (px). */
export function scaleWidth(x: TimeScale): number {
  return x.range()[1]!;
}
