/**
 * Date formatting for display. Calendar dates are midnight UTC, so every formatter pins `timeZone: 'UTC'`:
 * a date reads the same in every time zone. The locale is the reader's (Intl), the calendar day is not.
 */
import { dayToUtcMs } from '../corpus/dates';

const cache = new Map<string, Intl.DateTimeFormat>();

export function uiLocale(): string {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-GB';
}

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return f;
}

export type DayStyle = 'long' | 'medium' | 'short' | 'weekday';

const styles: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  short: { day: 'numeric', month: 'short' },
  weekday: { weekday: 'short', day: 'numeric' },
};

/** A calendar date `YYYY-MM-DD` for display, e.g. "17 Oct 2025" (en-GB), "17. Okt. 2025" (de-DE). */
export function formatDay(day: string, style: DayStyle = 'medium', locale = uiLocale()): string {
  return formatter(locale, styles[style]).format(dayToUtcMs(day));
}

/** An instant (ms, UTC) as a calendar date for display. */
export function formatUtcMs(ms: number, options: Intl.DateTimeFormatOptions, locale = uiLocale()): string {
  return formatter(locale, options).format(ms);
}

export function formatCount(n: number, locale = uiLocale()): string {
  return new Intl.NumberFormat(locale).format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
