/**
 * Keyboard walking of marks: which mark an arrow key moves to. Left and right follow time (then lanes);
 * up and down move to the nearest mark in the row above or below.
 */
export interface NavItem {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isNavKey(key: string): key is NavKey {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown' || key === 'Home' || key === 'End';
}

const timeOrder = (a: NavItem, b: NavItem) => a.x - b.x || a.y - b.y;

/** The key of the mark `key` moves to from `current` (null: stay). An unknown current starts at the first mark. */
export function nextMark(items: readonly NavItem[], current: string | null, key: NavKey): string | null {
  if (items.length === 0) return null;
  const sorted = [...items].sort(timeOrder);
  const i = sorted.findIndex((m) => m.key === current);
  if (i === -1) return sorted[0]!.key;
  if (key === 'Home') return sorted[0]!.key;
  if (key === 'End') return sorted[sorted.length - 1]!.key;
  if (key === 'ArrowLeft') return i > 0 ? sorted[i - 1]!.key : null;
  if (key === 'ArrowRight') return i < sorted.length - 1 ? sorted[i + 1]!.key : null;
  const here = sorted[i]!;
  const centre = here.x + here.width / 2;
  const candidates = items.filter((m) => (key === 'ArrowUp' ? m.y < here.y : m.y > here.y));
  if (candidates.length === 0) return null;
  // The nearest row above or below: a loop, as the candidates grow with the marks (no argument spread).
  let rowY = candidates[0]!.y;
  for (const m of candidates) if (key === 'ArrowUp' ? m.y > rowY : m.y < rowY) rowY = m.y;
  const row = candidates.filter((m) => m.y === rowY);
  row.sort((a, b) => Math.abs(a.x + a.width / 2 - centre) - Math.abs(b.x + b.width / 2 - centre) || a.x - b.x);
  return row[0]!.key;
}
