/**
 * The coverage matrix: key events (or listing days) down, outlet origins across, each cell the headlines of
 * this corpus that an origin's outlets listed on that event (or day). A headline belongs to an event when the
 * event layer joined it (the event's rule, `CorpusEvent.headlineIds`, indexed as `eventRows`); a headline of no
 * outlet counts under the corpus's unknown origin, as everywhere else in the app. Every number keeps the rows
 * behind it, so the view can show the headlines a count stands for.
 *
 * Pure: plain data in, plain data out; no React.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import { addDays } from '../corpus/dates';

import type { CoverageMode } from '../store/view-state';

export type { CoverageMode };

/** What the matrix reads of the corpus index. */
export type MatrixIndex = Pick<CorpusIndex, 'headlines' | 'originRow' | 'origins' | 'events' | 'eventRows'>;

export interface MatrixCell {
  /** Rows (headline positions in the index) of this event or day and origin, in row order. */
  readonly rows: readonly number[];
  /** How many of them attribute what they report (`attributedBy` not empty). */
  readonly attributed: number;
  /** How many of them the builder classified (`attributedBy` present). */
  readonly classified: number;
}

export interface MatrixRow {
  /** The event id, or the day `YYYY-MM-DD`. */
  readonly key: string;
  readonly kind: 'event' | 'day';
  /** The event's title, or the day. */
  readonly label: string;
  /** The event's days (a day: itself). */
  readonly start: string;
  readonly end: string;
  /** One cell per column, in column order. */
  readonly cells: readonly MatrixCell[];
  /** Every row of the event or day, all origins together. */
  readonly total: MatrixCell;
}

export interface CoverageMatrix {
  readonly mode: CoverageMode;
  /** The corpus's origins, in its order. */
  readonly columns: readonly { readonly id: string; readonly label: string }[];
  readonly rows: readonly MatrixRow[];
  /** Per column, over every headline of the corpus (not only those of a row: a headline may report no event). */
  readonly columnTotals: readonly MatrixCell[];
  /** Events of the headlines' period that no headline of this corpus reports (events mode; empty for days). */
  readonly unreported: readonly { readonly id: string; readonly title: string }[];
}

/** Events that ended at most this many days before the first headline still belong to its period. */
export const PERIOD_LEAD_DAYS = 7;

function cellOf(ix: MatrixIndex, rows: readonly number[]): MatrixCell {
  let attributed = 0;
  let classified = 0;
  for (const r of rows) {
    const by = ix.headlines[r]!.attributedBy;
    if (by !== undefined) {
      classified++;
      if (by.length > 0) attributed++;
    }
  }
  return { rows, attributed, classified };
}

/** Split rows by origin column (the index's `originRow`), keeping row order. */
function byColumn(ix: MatrixIndex, rows: Iterable<number>): number[][] {
  const out: number[][] = ix.origins.map(() => []);
  for (const r of rows) out[ix.originRow[r]!]?.push(r);
  return out;
}

export function buildMatrix(ix: MatrixIndex, mode: CoverageMode): CoverageMatrix {
  const columns = ix.origins.map(({ id, label }) => ({ id, label }));
  const all = ix.headlines.map((_, r) => r);
  const columnTotals = byColumn(ix, all).map((rows) => cellOf(ix, rows));
  const row = (key: string, kind: MatrixRow['kind'], label: string, start: string, end: string, rows: readonly number[]): MatrixRow => ({
    key,
    kind,
    label,
    start,
    end,
    cells: byColumn(ix, rows).map((c) => cellOf(ix, c)),
    total: cellOf(ix, rows),
  });

  if (mode === 'days') {
    const byDay = new Map<string, number[]>();
    for (const r of all) {
      const d = ix.headlines[r]!.date;
      const list = byDay.get(d);
      if (list) list.push(r);
      else byDay.set(d, [r]);
    }
    const days = [...byDay.keys()].sort();
    return { mode, columns, columnTotals, unreported: [], rows: days.map((d) => row(d, 'day', d, d, d, byDay.get(d)!)) };
  }

  const dates = ix.headlines.map((h) => h.date);
  const first = dates.reduce((m, d) => (d < m ? d : m), dates[0] ?? '');
  const last = dates.reduce((m, d) => (d > m ? d : m), dates[0] ?? '');
  const rows: MatrixRow[] = [];
  const unreported: { id: string; title: string }[] = [];
  ix.events.forEach((e, k) => {
    const rs = ix.eventRows[k] ?? [];
    if (rs.length > 0) rows.push(row(e.id, 'event', e.title, e.start, e.end, rs));
    else if (first !== '' && e.start <= last && e.end >= addDays(first, -PERIOD_LEAD_DAYS)) unreported.push({ id: e.id, title: e.title });
  });
  return { mode, columns, columnTotals, rows, unreported };
}

/**
 * An origin's label as an adjective before "outlet": the corpus's labels are adjectives ("Pakistani",
 * "Western") or a list of places ("Gulf, Türkiye and Iran"), which reads as "outlet from …".
 */
export function outletsOf(label: string): { one: string; many: string } {
  return /[, ]/.test(label.trim()) ? { one: `outlet from ${label}`, many: `outlets from ${label}` } : { one: `${label} outlet`, many: `${label} outlets` };
}

/** The sentence of an empty cell: what this corpus does not hold, never a claim about the outlets' whole output. */
export function blindspotText(originLabel: string, row: Pick<MatrixRow, 'kind' | 'label'>, dayLabel: (day: string) => string): string {
  const what = row.kind === 'event' ? `on “${row.label}”` : `on ${dayLabel(row.label)}`;
  return `No ${outletsOf(originLabel).one} in this corpus listed a headline ${what}`;
}
