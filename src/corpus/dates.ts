/**
 * Calendar dates (`YYYY-MM-DD`). A calendar date is not an instant: it is handled as midnight UTC
 * everywhere (Date.UTC, getUTC*), so it reads the same in every time zone.
 */

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const known = new Map<string, boolean>();

/** True for a `YYYY-MM-DD` string naming a day that exists (rejects 2025-02-30, 2025-13-01). */
export function isCalendarDate(value: string): boolean {
  // A corpus repeats a few hundred days across 100,000 headlines: remember the answers (bounded).
  const cached = known.get(value);
  if (cached !== undefined) return cached;
  const result = checkCalendarDate(value);
  if (known.size < 50_000) known.set(value, result);
  return result;
}

function checkCalendarDate(value: string): boolean {
  if (typeof value !== 'string') return false;
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Midnight UTC of a calendar date, in ms. The caller guarantees `isCalendarDate(day)`. */
export function dayToUtcMs(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/** The calendar date (UTC) of an instant in ms. */
export function utcMsToDay(ms: number): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(day: string, n: number): string {
  return utcMsToDay(dayToUtcMs(day) + n * DAY_MS);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToUtcMs(b) - dayToUtcMs(a)) / DAY_MS);
}

/** Every calendar date from `start` to `end`, both included. */
export function dayRange(start: string, end: string): string[] {
  const out: string[] = [];
  for (let t = dayToUtcMs(start), last = dayToUtcMs(end); t <= last; t += DAY_MS) out.push(utcMsToDay(t));
  return out;
}

export { DAY_MS };

/** A span of time, `[start, end)` in ms since epoch (UTC): the timeline's visible window. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}
