/**
 * Date formatting for display. Calendar dates are midnight UTC, so every formatter pins `timeZone: 'UTC'`:
 * a date reads the same in every time zone. The locale is the reader's (Intl), the calendar day is not.
 */
import { dayToUtcMs } from '../corpus/dates';

const cache = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

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
const styleFormats = new Map<string, Intl.DateTimeFormat>();

const styles: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  short: { day: 'numeric', month: 'short' },
  weekday: { weekday: 'short', day: 'numeric' },
};

/** A calendar date `YYYY-MM-DD` for display, e.g. "17 Oct 2025" (en-GB), "17. Okt. 2025" (de-DE). */
export function formatDay(day: string, style: DayStyle = 'medium', locale = uiLocale()): string {
  const key = `${locale}|${style}`;
  let f = styleFormats.get(key);
  if (!f) styleFormats.set(key, (f = formatter(locale, styles[style])));
  return f.format(dayToUtcMs(day));
}

/** An instant (ms, UTC) as a calendar date for display. */
export function formatUtcMs(ms: number, options: Intl.DateTimeFormatOptions, locale = uiLocale()): string {
  return formatter(locale, options).format(ms);
}

export function formatCount(n: number, locale = uiLocale()): string {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
