import { describe, expect, it } from 'vitest';
import { contrast, HEAT, heatLevel } from './heat-colours';

describe('coverage strip shades', () => {
  it('every cell stands 3:1 against the page and its number 4.5:1 against the cell, light and dark', () => {
    for (const theme of [HEAT.light, HEAT.dark]) {
      for (const cell of theme.cells) {
        expect(contrast(cell, theme.page), `${cell} on ${theme.page}`).toBeGreaterThanOrEqual(3);
        expect(contrast(theme.text, cell), `text on ${cell}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21);
  });

  it('maps counts to four levels, a single headline to the first', () => {
    expect(heatLevel(0, 5)).toBe(-1);
    expect(heatLevel(1, 1)).toBe(0);
    expect(heatLevel(1, 5)).toBe(0);
    expect(heatLevel(5, 5)).toBe(3);
    expect([1, 2, 3, 4, 5].map((n) => heatLevel(n, 5))).toEqual([0, 0, 1, 2, 3]);
  });
});
