/**
 * The coverage strip: filtered headlines per outlet and day (or week, for long windows) in the window.
 * Pure: rows sorted by their count in the window, busiest first.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import { DAY_MS } from '../corpus/dates';
import type { Filtered } from '../store/selectors';
import type { TimeWindow } from '../store/view-state';
import { windowParts } from '../corpus/time-axis';
import { rowsInDays } from './layout';
import { nameRanks } from '../ui/name-order';

export interface HeatColumn {
  /** First and last day (days since epoch) the column covers. */
  readonly firstDay: number;
  readonly lastDay: number;
}

export interface HeatRow {
  /** Index into `ix.outlets`. */
  readonly outlet: number;
  readonly total: number;
  readonly cells: Int32Array;
}

export interface Heatmap {
  readonly columns: readonly HeatColumn[];
  readonly rows: readonly HeatRow[];
  readonly max: number;
}

/** Beyond this many days, a column is a week. */
export const MAX_DAY_COLUMNS = 62;

/**
 * Days a column covers for a scale of `dayPx` pixels a day: one day when a day is at least `minPx` wide, else
 * a whole number of weeks at least `minPx` wide. The columns stay as many as the strip has room for, whatever
 * the years the window spans (a window from year 100 to 9999 would otherwise hold half a million weeks).
 */
export function columnDays(dayPx: number, minPx: number): number {
  if (!(dayPx > 0)) return 7;
  if (dayPx >= minPx) return 1;
  return 7 * Math.max(1, Math.ceil(minPx / (7 * dayPx)));
}


/** The strip for a window; `step` (1 or 7 days a column) by default follows the number of days (MAX_DAY_COLUMNS). */
export function buildHeatmap(ix: CorpusIndex, filtered: Filtered, win: TimeWindow, step?: number): Heatmap {
  // Columns only for the days in the axis's periods (a break between two periods has none).
  const parts = windowParts(ix.axis, win).map((p) => ({ first: Math.floor(p.start / DAY_MS), last: Math.ceil(p.end / DAY_MS) - 1 }));
  const span = parts.reduce((n, p) => n + p.last - p.first + 1, 0);
  const stepDays = step ?? (span > MAX_DAY_COLUMNS ? 7 : 1);
  const columns: HeatColumn[] = [];
  const partStart: number[] = [];
  for (const p of parts) {
    partStart.push(columns.length);
    for (let d = p.first; d <= p.last; d += stepDays) columns.push({ firstDay: d, lastDay: Math.min(p.last, d + stepDays - 1) });
  }
  const columnOf = (day: number) => {
    const i = parts.findIndex((p) => day >= p.first && day <= p.last);
    return i < 0 ? -1 : partStart[i]! + Math.floor((day - parts[i]!.first) / stepDays);
  };
  const firstDay = parts[0]?.first ?? 0;
  const lastDay = parts[parts.length - 1]?.last ?? -1;
  // Two passes over the window's rows with flat typed arrays (no Map, no array per outlet): a corpus may have
  // 100,000 outlets in the window, and the strip is rebuilt on every filter change.
  const inWindow = rowsInDays(ix, filtered.rows, firstDay, lastDay);
  const totals = new Int32Array(ix.outlets.length);
  const listed: number[] = [];
  for (const r of inWindow) {
    const o = ix.outletRow[r]!;
    if (o < 0 || columnOf(ix.dayNumber[r]!) < 0) continue;
    const before = totals[o]!;
    totals[o] = before + 1;
    if (before === 0) listed.push(o);
  }
  // Busiest first, then by name: one numeric key per outlet, sorted natively.
  const rank = nameRanks(ix.outlets, (o) => o.name);
  const n = ix.outlets.length;
  const keys = new Float64Array(listed.length);
  listed.forEach((o, i) => (keys[i] = -totals[o]! * n + rank[o]!));
  keys.sort();
  const byRank = new Int32Array(n);
  ix.outlets.forEach((_, o) => (byRank[rank[o]!] = o));
  const order = Array.from(keys, (k) => byRank[((k % n) + n) % n]!);
  const place = new Int32Array(n);
  order.forEach((o, i) => (place[o] = i));
  const width = columns.length;
  const flat = new Int32Array(order.length * width);
  let max = 0;
  for (const r of inWindow) {
    const o = ix.outletRow[r]!;
    const column = o < 0 ? -1 : columnOf(ix.dayNumber[r]!);
    if (column < 0) continue;
    const at = place[o]! * width + column;
    const v = flat[at]! + 1;
    flat[at] = v;
    if (v > max) max = v;
  }
  const rows = order.map((outlet, i) => ({ outlet, total: totals[outlet]!, cells: flat.subarray(i * width, (i + 1) * width) }));
  return { columns, rows, max };
}
