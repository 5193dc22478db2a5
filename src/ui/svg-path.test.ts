import { describe, expect, it } from 'vitest';
import { barsPath, verticalLinesPath } from './svg-path';

describe('svg paths', () => {
  it('draws each non-empty bar as a closed rectangle', () => {
    expect(barsPath([{ x: 1, y: 10, width: 2, height: 5 }, { x: 4, y: 0, width: 2, height: 0 }, { x: 7.123, y: 3, width: 1, height: 12 }])).toBe('M1 10h2v5h-2ZM7.12 3h1v12h-1Z');
    expect(barsPath([])).toBe('');
  });
  it('draws vertical lines', () => {
    expect(verticalLinesPath([0, 10.5], 0, 20)).toBe('M0 0V20M10.5 0V20');
  });
});
