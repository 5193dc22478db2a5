import { describe, expect, it } from 'vitest';
import { forgetRecent, memoizeRecent } from './memo';

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

  it('forgets, in every memo, the results computed from a value (an index no longer shown), and only those', () => {
    let calls = 0;
    const f = memoizeRecent((a: object, b: number) => ({ a, b, n: calls++ }));
    const g = memoizeRecent((a: object) => ({ a, n: calls++ }));
    const old = {};
    const kept = {};
    const [f1, f2, g1] = [f(old, 1), f(kept, 1), g(old)];
    forgetRecent(old);
    expect(f(kept, 1)).toBe(f2);
    expect(f(old, 1)).not.toBe(f1);
    expect(g(old)).not.toBe(g1);
    expect(calls).toBe(5);
  });
});
