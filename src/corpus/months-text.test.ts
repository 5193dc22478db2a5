import { describe, expect, it } from 'vitest';
import { monthsLabel, monthsText } from './months-text';

describe('monthsLabel', () => {
  it('names runs of consecutive months', () => {
    expect(monthsLabel(['2025-11', '2025-09', '2025-10'])).toBe('Sep–Nov 2025');
    expect(monthsLabel(['2025-01', '2024-12', '2025-02'])).toBe('Dec 2024 – Feb 2025');
    expect(monthsLabel(['2017-04', '2025-10'])).toBe('Apr 2017, Oct 2025');
    expect(monthsLabel(['2025-10', '2025-10'])).toBe('Oct 2025');
    expect(monthsLabel([])).toBe('');
  });
});

describe('monthsText', () => {
  it('names the months the counts cover when the plan holds only some', () => {
    expect(monthsText({ held: ['2025-09', '2025-10', '2025-11'], total: 12, bounded: true })).toBe('Counts and search cover 3 of 12 months (Sep–Nov 2025); pan to load others');
    expect(monthsText({ held: [], total: 12, bounded: true })).toBe('Counts and search cover none of the 12 months yet');
  });
  it('says nothing when every month is held (or on its way)', () => {
    expect(monthsText({ held: ['2025-10'], total: 2, bounded: false })).toBeNull();
  });
});
