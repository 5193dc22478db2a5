/**
 * The coverage strip's four shades, light and dark, as numbers so tests can check their contrast: every cell
 * stands 3:1 against the page (WCAG's minimum for graphics) and its number 4.5:1 against the cell (text).
 * Light mode darkens with the count; dark mode lightens with it.
 */
export const HEAT = {
  light: { page: '#ffffff', cells: ['#2563eb', '#1d4ed8', '#1e40af', '#1e3a8a'], text: '#ffffff' },
  dark: { page: '#1c1917', cells: ['#3b82f6', '#60a5fa', '#93c5fd', '#bfdbfe'], text: '#0c0a09' },
} as const;

/** The shade (0–3) of a cell of `count` headlines when the busiest holds `max`. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0) return -1;
  if (max <= 1) return 0;
  return Math.min(3, Math.floor(((count - 1) / (max - 1)) * 3.999));
}

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}

/** WCAG contrast ratio of two sRGB colours `#rrggbb`. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
