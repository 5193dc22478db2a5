/**
 * Date formatting for display. Calendar dates are midnight UTC, so every formatter pins `timeZone: 'UTC'`:
 * a date reads the same in every time zone. The locale is the reader's (Intl), the calendar day is not.
 */
import { dayToUtcMs } from '../corpus/dates';

const cache = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

let locale: string | null = null;
if (typeof window !== 'undefined') window.addEventListener('languagechange', () => (locale = null));

/** The reader's locale, read once (every date label on every frame asks for it) and again if it changes. */
export function uiLocale(): string {
  locale ??= typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-GB';
  return locale;
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

/**
 * The period a corpus covers, for labels: "October 2025" (one month), "2025" (one year), else
 * "Dec 2025 – Jan 2026". In English, like the rest of the interface; days are UTC calendar days.
 */
export function periodLabel(firstDay: number, lastDay: number): string {
  const a = new Date(firstDay * 86_400_000);
  const b = new Date(lastDay * 86_400_000);
  const month = (d: Date, style: 'long' | 'short') => formatter('en-GB', { month: style, year: 'numeric' }).format(d.getTime());
  if (a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth()) return month(a, 'long');
  if (a.getUTCFullYear() === b.getUTCFullYear()) return String(a.getUTCFullYear());
  return `${month(a, 'short')} – ${month(b, 'short')}`;
}

/** A span of calendar days, e.g. "11–12 October 2025" (one day: the day alone), formatted by Intl in UTC. */
export function formatDaySpan(start: string, end: string, locale = uiLocale()): string {
  // Drawn for every key event on every frame of a zoom: each span is formatted once (Intl is slow per call).
  const key = `${locale}|${start}|${end}`;
  let text = spans.get(key);
  if (text === undefined) {
    const f = formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    text = start === end ? f.format(dayToUtcMs(start)) : f.formatRange(dayToUtcMs(start), dayToUtcMs(end));
    if (spans.size > 10_000) spans.clear();
    spans.set(key, text);
  }
  return text;
}
const spans = new Map<string, string>();
const localTimes = new Map<string, string>();

/**
 * A local time a source gave, with its zone's offset on that day: "18:00 (GMT+5, Asia/Karachi)". The offset
 * comes from Intl's time-zone data; an unknown zone is shown by name alone.
 */
export function formatLocalTime(local: string, zone: string, day: string): string {
  const key = `${local}|${zone}|${day}`;
  let text = localTimes.get(key);
  if (text === undefined) {
    text = localTimeText(local, zone, day);
    if (localTimes.size > 10_000) localTimes.clear();
    localTimes.set(key, text);
  }
  return text;
}

function localTimeText(local: string, zone: string, day: string): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(dayToUtcMs(day) + 12 * 3_600_000);
    const offset = parts.find((p) => p.type === 'timeZoneName')?.value;
    return offset ? `${local} (${offset}, ${zone})` : `${local} (${zone})`;
  } catch {
    return `${local} (${zone})`;
  }
}
