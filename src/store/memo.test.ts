import { describe, expect, it } from 'vitest';
import { memoizeRecent } from './memo';

describe('memoizeRecent', () => {
  it('computes once per distinct arguments (by identity), for the most recent `size` of them', () => {
    let calls = 0;
    const f = memoizeRecent((a: object, b: number) => {
      calls++;
      return { a, b };
    }, 2);
    const x = {};
    const y = {};
    const r1 = f(x, 1);
    expect(f(x, 1)).toBe(r1);
    const r2 = f(y, 1);
    // Two callers alternating keep both results.
    expect(f(x, 1)).toBe(r1);
    expect(f(y, 1)).toBe(r2);
    expect(calls).toBe(2);
    f(x, 2); // evicts the least recently used: (x, 1)
    expect(f(y, 1)).toBe(r2);
    expect(calls).toBe(3);
    expect(f(x, 1)).not.toBe(r1);
    expect(calls).toBe(4);
  });

  it('treats equal-looking but distinct objects as different arguments', () => {
    let calls = 0;
    const f = memoizeRecent((ids: readonly string[]) => {
      calls++;
      return ids.length;
    });
    f(['a']);
    f(['a']);
    expect(calls).toBe(2);
  });
});
