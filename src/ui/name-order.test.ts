import { describe, expect, it } from 'vitest';
import { nameRanks, nameSortKey } from './name-order';

const ordered = (names: string[]) => {
  const rank = nameRanks(names, (n) => n);
  return [...names].map((n, i) => ({ n, r: rank[i]! })).sort((a, b) => a.r - b.r).map((x) => x.n);
};

describe('nameRanks', () => {
  it('orders by name, ignoring case and accents, numbers as numbers', () => {
    expect(ordered(['Outlet 10', 'outlet 2', 'Ärzte Zeitung', 'Dawn', 'AP News'])).toEqual(['AP News', 'Ärzte Zeitung', 'Dawn', 'outlet 2', 'Outlet 10']);
  });

  it('beyond 5,000 names, the sort key gives the same order on plain names', () => {
    const names = Array.from({ length: 6_000 }, (_, i) => `Outlet ${(i * 7919) % 6_000}`);
    expect(ordered(names).slice(0, 3)).toEqual(['Outlet 0', 'Outlet 1', 'Outlet 2']);
    expect(ordered(names).at(-1)).toBe('Outlet 5999');
  });

  it('sort keys compare digit runs as numbers', () => {
    expect(nameSortKey('A 2') < nameSortKey('a 10')).toBe(true);
    expect(nameSortKey('Café 007')).toBe(nameSortKey('cafe 7'));
  });
});
