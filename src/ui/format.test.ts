import { describe, expect, it } from 'vitest';
import { DAY_MS, dayToUtcMs } from '../corpus/dates';
import { formatCount, formatDay, periodLabel, plural, formatDaySpan, formatLocalTime } from './format';

const day = (d: string) => dayToUtcMs(d) / DAY_MS;

describe('formatDay', () => {
  it('shows the calendar day itself, whatever the time zone of the process', () => {
    // Run under TZ=Pacific/Kiritimati and TZ=America/Los_Angeles too (npm run test:unit).
    expect(formatDay('2025-10-17', 'medium', 'en-GB')).toBe('17 Oct 2025');
    expect(formatDay('2025-10-01', 'short', 'en-GB')).toBe('1 Oct');
    expect(formatDay('2025-10-17', 'long', 'en-GB')).toMatch(/^Friday,? 17 October 2025$/);
    expect(formatDay('2025-10-17', 'medium', 'de-DE')).toMatch(/^17\. Okt\. 2025$/);
  });
  it('formats counts in the locale', () => {
    expect(formatCount(26052, 'en-GB')).toBe('26,052');
    expect(formatCount(26052, 'de-DE')).toBe('26.052');
    expect(plural(1, 'headline')).toBe('1 headline');
    expect(plural(3, 'story', 'stories')).toBe('3 stories');
  });
});

describe('periodLabel', () => {
  it('names a month, a year, or a span of months', () => {
    expect(periodLabel(day('2025-10-13'), day('2025-10-21'))).toBe('October 2025');
    expect(periodLabel(day('2025-01-01'), day('2025-12-31'))).toBe('2025');
    expect(periodLabel(day('2025-12-01'), day('2026-01-31'))).toBe('Dec 2025 – Jan 2026');
  });
});

describe('event dates and times', () => {
  it('formats a span of days in one range, a single day alone', () => {
    // ICU versions differ on the spaces around the dash (none, thin or plain).
    expect(formatDaySpan('2025-10-11', '2025-10-12', 'en-GB')).toMatch(/^11\s?–\s?12 October 2025$/u);
    expect(formatDaySpan('2025-10-25', '2025-11-07', 'en-GB')).toMatch(/^25 October\s?–\s?7 November 2025$/u);
    expect(formatDaySpan('2025-10-19', '2025-10-19', 'en-GB')).toBe('19 October 2025');
  });

  it('gives a local time with the zone and its offset that day, whatever the reader’s zone', () => {
    expect(formatLocalTime('18:00', 'Asia/Karachi', '2025-10-15')).toBe('18:00 (GMT+5, Asia/Karachi)');
    expect(formatLocalTime('17:30', 'Asia/Kabul', '2025-10-15')).toBe('17:30 (GMT+4:30, Asia/Kabul)');
    expect(formatLocalTime('09:00', 'Not/AZone', '2025-10-15')).toBe('09:00 (Not/AZone)');
  });
});
