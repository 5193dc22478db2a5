import { describe, expect, it } from 'vitest';
import { createRng, shuffle, WeightedPicker } from './random';

describe('createRng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = createRng('x');
    const b = createRng('x');
    const c = createRng('y');
    const seqA = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(seqA);
    for (const v of seqA) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });

  it('draws integers inclusively and roughly uniformly', () => {
    const rng = createRng('ints');
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[rng.int(0, 3)]!++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(600);
  });
});

describe('WeightedPicker', () => {
  it('draws in proportion to the weights and never a zero weight', () => {
    const rng = createRng('weights');
    const picker = new WeightedPicker([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[picker.draw(rng)]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.7);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.3);
  });

  it('refuses weights that cannot be drawn from', () => {
    expect(() => new WeightedPicker([0, 0])).toThrow();
    expect(() => new WeightedPicker([1, -1])).toThrow();
  });
});

describe('shuffle', () => {
  it('permutes deterministically', () => {
    const a = shuffle([1, 2, 3, 4, 5, 6, 7, 8], createRng('s'));
    expect(shuffle([1, 2, 3, 4, 5, 6, 7, 8], createRng('s'))).toEqual(a);
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
