/**
 * The calendar days a window shows, as days since epoch, only inside the axis's periods (a break holds no
 * day to draw or select). Bounded: a window can only span what its periods hold.
 */
import { DAY_MS, type TimeWindow } from '../corpus/dates';
import { windowParts, type TimeAxis } from '../corpus/time-axis';

/** Days whose span overlaps the window (with `boundaries`, also the day that ends the last part). */
export function daysIn(axis: TimeAxis, win: TimeWindow, boundaries = false): number[] {
  const out: number[] = [];
  for (const part of windowParts(axis, win)) {
    const first = Math.floor(part.start / DAY_MS);
    const last = Math.ceil(part.end / DAY_MS) - (boundaries ? 0 : 1);
    for (let n = first; n <= last; n++) out.push(n);
  }
  return out;
}
