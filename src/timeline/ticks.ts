/**
 * Axis ticks in calendar days (UTC). The finest tick is a day: a calendar date has no hours.
 * Labels are formatted by Intl in the reader's locale, pinned to UTC.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { DAY_MS } from '../corpus/dates';
import type { TimeWindow } from '../store/view-state';
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

/** Ticks at least `minGap` px apart for a window drawn `width` px wide. */
export function dayTicks(win: TimeWindow, width: number, minGap = 56, locale?: string): Tick[] {
  const pxPerMs = width / (win.end - win.start);
  const choice = candidates.find((c) => c.span * pxPerMs >= minGap) ?? candidates[candidates.length - 1]!;
  const interval = choice.interval ?? utcDay;
  const monthly = choice.span >= 30 * DAY_MS;
  return interval.range(new Date(win.start - DAY_MS), new Date(win.end + 1)).map((d) => {
    const ms = d.getTime();
    const date = new Date(ms);
    const firstOfMonth = date.getUTCDate() === 1;
    const firstOfYear = firstOfMonth && date.getUTCMonth() === 0;
    const label = monthly
      ? formatUtcMs(ms, firstOfYear ? { month: 'short', year: 'numeric' } : { month: 'short' }, locale)
      : formatUtcMs(ms, firstOfMonth ? { day: 'numeric', month: 'short' } : { day: 'numeric' }, locale);
    return { ms, label, major: firstOfMonth };
  });
}
