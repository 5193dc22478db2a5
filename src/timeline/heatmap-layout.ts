/**
 * The coverage strip: filtered headlines per outlet and day (or week, for long windows) in the window.
 * Pure: rows sorted by their count in the window, busiest first.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import { DAY_MS } from '../corpus/dates';
import type { Filtered } from '../store/selectors';
import type { TimeWindow } from '../store/view-state';
import { rowsInDays } from './layout';

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

export function buildHeatmap(ix: CorpusIndex, filtered: Filtered, win: TimeWindow): Heatmap {
  const firstDay = Math.floor(win.start / DAY_MS);
  const lastDay = Math.ceil(win.end / DAY_MS) - 1;
  const span = lastDay - firstDay + 1;
  const step = span > MAX_DAY_COLUMNS ? 7 : 1;
  const columns: HeatColumn[] = [];
  for (let d = firstDay; d <= lastDay; d += step) columns.push({ firstDay: d, lastDay: Math.min(lastDay, d + step - 1) });
  const byOutlet = new Map<number, Int32Array>();
  const totals = new Map<number, number>();
  for (const r of rowsInDays(ix, filtered.rows, firstDay, lastDay)) {
    const o = ix.outletRow[r]!;
    if (o < 0) continue;
    let cells = byOutlet.get(o);
    if (!cells) byOutlet.set(o, (cells = new Int32Array(columns.length)));
    cells[Math.floor((ix.dayNumber[r]! - firstDay) / step)]!++;
    totals.set(o, (totals.get(o) ?? 0) + 1);
  }
  const rows = [...byOutlet.entries()]
    .map(([outlet, cells]) => ({ outlet, total: totals.get(outlet)!, cells }))
    .sort((a, b) => b.total - a.total || ix.outlets[a.outlet]!.name.localeCompare(ix.outlets[b.outlet]!.name));
  let max = 0;
  for (const r of rows) for (const c of r.cells) max = Math.max(max, c);
  return { columns, rows, max };
}
