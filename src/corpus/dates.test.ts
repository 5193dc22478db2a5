import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, dayRange, daysBetween, dayToUtcMs, isCalendarDate, utcMsToDay } from './dates';

describe('calendar dates', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isCalendarDate('2025-10-17')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-10-32', '2025-1-1', 'garbage', '', '2025-10-17T00:00:00Z']) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });

  it('maps a day to midnight UTC and back, whatever the process time zone', () => {
    expect(dayToUtcMs('2025-10-17')).toBe(Date.UTC(2025, 9, 17));
    expect(utcMsToDay(Date.UTC(2025, 9, 17, 23, 59))).toBe('2025-10-17');
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 60000 }), (n) => {
        const day = utcMsToDay(n * 86_400_000);
        expect(isCalendarDate(day)).toBe(true);
        expect(dayToUtcMs(day)).toBe(n * 86_400_000);
      }),
    );
  });

  it('adds days across month and year ends, and counts them', () => {
    expect(addDays('2025-10-31', 1)).toBe('2025-11-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2025-10-13', '2025-10-21')).toBe(8);
    expect(dayRange('2025-10-30', '2025-11-02')).toEqual(['2025-10-30', '2025-10-31', '2025-11-01', '2025-11-02']);
  });
});
