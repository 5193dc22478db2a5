/**
 * The time axis of a corpus with breaks. A corpus can hold data years apart (2025 headlines and 2017 key
 * events; pages from two periods): the axis is made of *periods*, whole months around each cluster of data,
 * and the years between two periods are compressed into a short break. Positions on the axis are "axis time"
 * `u`: within a period one millisecond of real time is one of axis time; a break of any length takes
 * `BREAK_MS` of axis time. Everything that scales, zooms or pans does so in axis time; windows, links and
 * dates stay in real time. Pure, and linear within each period, so a day is a day wherever it is drawn.
 */
import { DAY_MS, type TimeWindow } from './dates';

/** A period of the axis: `[start, end)` in ms, UTC midnights on the first of a month. */
export interface Period {
  readonly start: number;
  readonly end: number;
}

export interface TimeAxis {
  readonly periods: readonly Period[];
  /** Axis time where each period starts. */
  readonly offsets: readonly number[];
  /** The whole axis in axis time: `[0, total)`. */
  readonly total: number;
}

/** Clusters of data closer than this share a period. */
export const MERGE_GAP_MS = 92 * DAY_MS;
/** The axis time a break takes (about three days at any zoom). */
export const BREAK_MS = 3 * DAY_MS;

const monthStart = (ms: number) => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
};
const nextMonthStart = (ms: number) => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
};

/**
 * The periods holding `spans` (each `[start, end)` in ms): spans closer than `MERGE_GAP_MS` are one cluster,
 * each cluster widened to whole months. No span: one empty month at `fallback`.
 */
export function periodsOf(spans: readonly TimeWindow[], fallback: number): Period[] {
  const sorted = spans.filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start).sort((a, b) => a.start - b.start);
  if (sorted.length === 0) return [{ start: monthStart(fallback), end: nextMonthStart(fallback) }];
  const clusters: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && s.start - last.end <= MERGE_GAP_MS) last.end = Math.max(last.end, s.end);
    else clusters.push({ start: s.start, end: s.end });
  }
  // Whole months; clusters whose months touch merge.
  const periods: Period[] = [];
  for (const c of clusters) {
    const p = { start: monthStart(c.start), end: nextMonthStart(c.end - 1) };
    const last = periods[periods.length - 1];
    if (last && p.start <= last.end) periods[periods.length - 1] = { start: last.start, end: Math.max(last.end, p.end) };
    else periods.push(p);
  }
  return periods;
}

export function makeAxis(periods: readonly Period[]): TimeAxis {
  const offsets: number[] = [];
  let u = 0;
  periods.forEach((p, i) => {
    if (i > 0) u += BREAK_MS;
    offsets.push(u);
    u += p.end - p.start;
  });
  return { periods, offsets, total: u };
}

/** One period without breaks: the axis of a plain extent. */
export function axisOfExtent(extent: readonly [number, number]): TimeAxis {
  return makeAxis([{ start: extent[0], end: extent[1] }]);
}

/** The real extent of the axis, `[first period start, last period end)`. */
export function axisExtent(axis: TimeAxis): [number, number] {
  return [axis.periods[0]!.start, axis.periods[axis.periods.length - 1]!.end];
}

/** Real time → axis time. Before the first period and after the last, linear; inside a break, compressed. */
export function toAxis(axis: TimeAxis, t: number): number {
  const { periods, offsets } = axis;
  const first = periods[0]!;
  if (t <= first.start) return t - first.start;
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i]!;
    if (t <= p.end) return offsets[i]! + (t - p.start);
    const next = periods[i + 1];
    if (next && t < next.start) return offsets[i]! + (p.end - p.start) + (BREAK_MS * (t - p.end)) / (next.start - p.end);
  }
  const last = periods.length - 1;
  return offsets[last]! + (t - periods[last]!.start);
}

/** Axis time → real time (the inverse of `toAxis`). */
export function fromAxis(axis: TimeAxis, u: number): number {
  const { periods, offsets } = axis;
  if (u <= 0) return periods[0]!.start + u;
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i]!;
    const len = p.end - p.start;
    if (u <= offsets[i]! + len) return p.start + (u - offsets[i]!);
    const next = periods[i + 1];
    if (next && u < offsets[i + 1]!) return p.end + ((u - offsets[i]! - len) / BREAK_MS) * (next.start - p.end);
  }
  const last = periods.length - 1;
  return periods[last]!.start + (u - offsets[last]!);
}

/** The axis time a window spans. */
export function axisSpan(axis: TimeAxis, win: TimeWindow): number {
  return toAxis(axis, win.end) - toAxis(axis, win.start);
}

/** The parts of a window inside periods (in time order): what holds days to draw. */
export function windowParts(axis: TimeAxis, win: TimeWindow): TimeWindow[] {
  return axis.periods.flatMap((p) => {
    const start = Math.max(p.start, win.start);
    const end = Math.min(p.end, win.end);
    return end > start ? [{ start, end }] : [];
  });
}

/** The breaks a window shows: the real span of each (its ends are the periods' edges). */
export function windowBreaks(axis: TimeAxis, win: TimeWindow): TimeWindow[] {
  const out: TimeWindow[] = [];
  for (let i = 0; i + 1 < axis.periods.length; i++) {
    const b = { start: axis.periods[i]!.end, end: axis.periods[i + 1]!.start };
    if (b.end > win.start && b.start < win.end) out.push(b);
  }
  return out;
}

/** Whether a real time lies inside a period (not in a break). */
export function inPeriod(axis: TimeAxis, t: number): boolean {
  return axis.periods.some((p) => t >= p.start && t < p.end);
}
