/**
 * Many bars or lines as one SVG path: a few hundred marks that need no events of their own (sparklines,
 * the overview's bars, grid lines) cost one DOM node instead of hundreds.
 */
export interface Bar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const n = (v: number) => Math.round(v * 100) / 100;

/** Rectangles as one path (`M x y h w v h h -w Z` each); empty ones are left out. */
export function barsPath(bars: Iterable<Bar>): string {
  let d = '';
  for (const b of bars) if (b.width > 0 && b.height > 0) d += `M${n(b.x)} ${n(b.y)}h${n(b.width)}v${n(b.height)}h${n(-b.width)}Z`;
  return d;
}

/** Vertical lines from y0 to y1 at each x, as one path. */
export function verticalLinesPath(xs: Iterable<number>, y0: number, y1: number): string {
  let d = '';
  for (const x of xs) d += `M${n(x)} ${n(y0)}V${n(y1)}`;
  return d;
}
