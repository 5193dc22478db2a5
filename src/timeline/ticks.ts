/**
 * Axis ticks in calendar days (UTC). The finest tick is a day: a calendar date has no hours.
 * Labels are formatted by Intl in the reader's locale, pinned to UTC.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { DAY_MS } from '../corpus/dates';
import { windowParts } from '../corpus/time-axis';
import type { TimeScale } from './scales';
import { formatUtcMs } from '../ui/format';

export interface Tick {
  readonly ms: number;
  readonly label: string;
  /** A month (or year) boundary: drawn stronger, labelled with the month. */
  readonly major: boolean;
}

const candidates: { span: number; interval: TimeInterval | CountableTimeInterval | null }[] = [
  { span: DAY_MS, interval: utcDay },
  { span: 2 * DAY_MS, interval: utcDay.every(2) },
  { span: 7 * DAY_MS, interval: utcMonday },
  { span: 14 * DAY_MS, interval: utcMonday.every(2) },
  { span: 30 * DAY_MS, interval: utcMonth },
  { span: 91 * DAY_MS, interval: utcMonth.every(3) },
  { span: 365 * DAY_MS, interval: utcYear },
];

/**
 * Ticks at least `minGap` px apart on the scale `x`, in each period the window shows (never in a break). When
 * the window shows a break, the first tick on each side of it carries its year, so each side says where it is.
 */
export function dayTicks(x: TimeScale, minGap = 56, locale?: string): Tick[] {
  const pxPerMs = x.dayPx / DAY_MS;
  const choice = candidates.find((c) => c.span * pxPerMs >= minGap) ?? candidates[candidates.length - 1]!;
  const interval = choice.interval ?? utcDay;
  const monthly = choice.span >= 30 * DAY_MS;
  const parts = windowParts(x.axis, x.window);
  return parts.flatMap((part, i) => {
    // Where the window shows a break, the first tick of each side carries its year.
    const yearHere = parts.length > 1;
    // Ticks just outside a part still show at the plot's edge when the part starts the window.
    const from = i === 0 ? part.start - DAY_MS : part.start;
    const to = i === parts.length - 1 ? part.end + 1 : part.end;
    return interval.range(new Date(from), new Date(to)).map((d, j) => {
      const ms = d.getTime();
      const date = new Date(ms);
      const firstOfMonth = date.getUTCDate() === 1;
      const firstOfYear = firstOfMonth && date.getUTCMonth() === 0;
      const withYear = firstOfYear || (yearHere && j === 0 && ms >= part.start);
      const label = monthly
        ? formatUtcMs(ms, withYear ? { month: 'short', year: 'numeric' } : { month: 'short' }, locale)
        : formatUtcMs(ms, withYear ? { day: 'numeric', month: 'short', year: 'numeric' } : firstOfMonth ? { day: 'numeric', month: 'short' } : { day: 'numeric' }, locale);
      return { ms, label, major: firstOfMonth || withYear };
    });
  });
}
