import { describe, expect, it } from 'vitest';
import { nextMark } from './navigation';

const items = [
  { key: 'a', x: 0, y: 0, width: 100 },
  { key: 'b', x: 120, y: 0, width: 100 },
  { key: 'c', x: 10, y: 30, width: 100 },
  { key: 'd', x: 200, y: 30, width: 100 },
  { key: 'e', x: 150, y: 90, width: 40 },
];

describe('nextMark', () => {
  it('walks in time order with left and right', () => {
    expect(nextMark(items, 'a', 'ArrowRight')).toBe('c');
    expect(nextMark(items, 'c', 'ArrowRight')).toBe('b');
    expect(nextMark(items, 'c', 'ArrowLeft')).toBe('a');
    expect(nextMark(items, 'a', 'ArrowLeft')).toBeNull();
    expect(nextMark(items, 'b', 'End')).toBe('d');
    expect(nextMark(items, 'd', 'Home')).toBe('a');
  });
  it('moves up and down to the nearest mark of the next row', () => {
    expect(nextMark(items, 'b', 'ArrowDown')).toBe('d');
    expect(nextMark(items, 'a', 'ArrowDown')).toBe('c');
    expect(nextMark(items, 'd', 'ArrowDown')).toBe('e');
    expect(nextMark(items, 'e', 'ArrowUp')).toBe('d');
    expect(nextMark(items, 'a', 'ArrowUp')).toBeNull();
  });
  it('starts at the first mark when nothing is focused, and stays put with no marks', () => {
    expect(nextMark(items, null, 'ArrowRight')).toBe('a');
    expect(nextMark([], 'a', 'ArrowRight')).toBeNull();
  });
});
