import { describe, expect, it } from 'vitest';
import { median, percentile, ratio } from './stats';

describe('stats', () => {
  it('takes medians of what was measured', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([null, 5, null])).toBe(5);
    expect(median([null])).toBeNull();
    expect(median([5, Infinity, Infinity])).toBe(Infinity);
    expect(median([5, 6, Infinity])).toBe(6);
  });

  it('takes nearest-rank percentiles', () => {
    const v = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(v, 95)).toBe(95);
    expect(percentile(v, 50)).toBe(50);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3, 100], 95)).toBe(100);
    expect(percentile([], 95)).toBeNull();
  });

  it('divides only what it can', () => {
    expect(ratio(6, 3)).toBe(2);
    expect(ratio(null, 3)).toBeNull();
    expect(ratio(1, 0)).toBeNull();
  });
});
