/**
 * The overview's scale: the whole axis in one strip, each period a segment and each break a short gap. A
 * segment's width follows its length, with periods that hold headlines weighted more (`HEADLINE_WEIGHT`), so
 * the headlines' weeks stay wide enough to brush even beside months of key events years earlier. Linear within
 * a segment; the brush maps through `toPx` and `toAxis` both ways. Pure.
 */
import { toAxis, type TimeAxis } from '../corpus/time-axis';

/** How much more width a period holding headlines gets per day than one holding only key events. */
export const HEADLINE_WEIGHT = 4;
/** Width of a break (px). */
export const BREAK_PX = 14;

export interface OverviewScale {
  /** Axis time → px. */
  toPx(u: number): number;
  /** px → axis time. */
  toAxis(px: number): number;
  /** Real time → px. */
  (t: number): number;
  /** Each period's segment: `[x0, x1)` px, and px per day inside it. */
  readonly segments: readonly { readonly x0: number; readonly x1: number; readonly dayPx: number }[];
}

/** The overview over `[left, right)` px; `weighted[i]`: period i holds headlines. */
export function overviewScale(axis: TimeAxis, weighted: readonly boolean[], left: number, right: number): OverviewScale {
  const n = axis.periods.length;
  const room = Math.max(1, right - left - BREAK_PX * (n - 1));
  const weights = axis.periods.map((p, i) => (p.end - p.start) * (weighted[i] ? HEADLINE_WEIGHT : 1));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const segments: { x0: number; x1: number; dayPx: number }[] = [];
  let x = left;
  axis.periods.forEach((p, i) => {
    const w = (weights[i]! / total) * room;
    segments.push({ x0: x, x1: x + w, dayPx: (w / (p.end - p.start)) * 86_400_000 });
    x += w + BREAK_PX;
  });
  const u0 = (i: number) => axis.offsets[i]!;
  const len = (i: number) => axis.periods[i]!.end - axis.periods[i]!.start;

  const toPx = (u: number): number => {
    for (let i = 0; i < n; i++) {
      const s = segments[i]!;
      if (u <= u0(i) + len(i) || i === n - 1) return s.x0 + ((u - u0(i)) / len(i)) * (s.x1 - s.x0);
      if (u < u0(i + 1)) return s.x1 + ((u - u0(i) - len(i)) / (u0(i + 1) - u0(i) - len(i))) * BREAK_PX;
    }
    return right;
  };
  const fromPx = (px: number): number => {
    for (let i = 0; i < n; i++) {
      const s = segments[i]!;
      if (px <= s.x1 || i === n - 1) return u0(i) + ((px - s.x0) / Math.max(1e-9, s.x1 - s.x0)) * len(i);
      if (px < segments[i + 1]!.x0) return u0(i) + len(i) + ((px - s.x1) / BREAK_PX) * (u0(i + 1) - u0(i) - len(i));
    }
    return axis.total;
  };
  const scale = ((t: number) => toPx(toAxis(axis, t))) as OverviewScale;
  return Object.assign(scale, { toPx, toAxis: fromPx, segments });
}
