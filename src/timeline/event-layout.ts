/**
 * The key-events track and the phase bands: pure layout from (events, phases, the plot's x scale) to boxes.
 *
 * Each event is a symbol at its first day with its title beside it, and a thin bar over its days when it lasts
 * longer than one. Labels never overlap: events are packed (the selected one first, then those starting in the
 * window, then those going on from before it, each in time order) into the first label row with room;
 * one that finds none keeps its symbol on the last row (a compact marker, its title in its name and tooltip);
 * markers that would touch a neighbour are summarised as "+N" with it. So every event is on the track at every
 * zoom level, from the whole period (mostly markers) to a single day (every title whole).
 */
import { DAY_MS, dayToUtcMs } from '../corpus/dates';
import type { CorpusEvent, Phase } from '../corpus/schema';
import type { TimeScale } from './scales';

export const EVENT_ROW_HEIGHT = 24;
/** Rows with titles; one more row holds the markers of events whose titles did not fit. */
export const EVENT_LABEL_ROWS = 3;
const SYMBOL = 16;
const PAD = 6;
/** Estimated width of a title character at the track's 12px font (generous: titles must read whole). */
const CHAR_PX = 6.6;

export interface EventBox {
  readonly kind: 'event';
  readonly key: string;
  /** Index into the (time-ordered) events. */
  readonly index: number;
  readonly row: number;
  /** Left edge of the box (the symbol), its width (symbol and title, or the symbol alone). */
  readonly x: number;
  readonly width: number;
  /** Whether the title is drawn (else the event is a compact marker). */
  readonly labelled: boolean;
  /** The event's days as a bar (px), clipped to the plot; null for a one-day event. */
  readonly span: { readonly x0: number; readonly x1: number } | null;
}

export interface EventCluster {
  readonly kind: 'cluster';
  readonly key: string;
  /** Indexes of the events summarised, in time order. */
  readonly indexes: readonly number[];
  readonly row: number;
  readonly x: number;
  readonly width: number;
}

export type TrackItem = EventBox | EventCluster;

export interface EventTrack {
  readonly items: readonly TrackItem[];
  /** Rows used (0 when no event is in view). */
  readonly rows: number;
  readonly height: number;
}

export function labelWidth(title: string): number {
  return Math.ceil(title.length * CHAR_PX) + SYMBOL + PAD + 4;
}

const dayStart = (day: string) => dayToUtcMs(day);
const dayEnd = (day: string) => dayToUtcMs(day) + DAY_MS;

/** Lay out the events the window of `x` shows (those overlapping it) on the track. */
export function layoutEventTrack(events: readonly CorpusEvent[], x: TimeScale, selected: number = -1): EventTrack {
  const { start: d0, end: d1 } = x.window;
  const width = x.width;
  const rowEnds: number[] = Array.from({ length: EVENT_LABEL_ROWS }, () => -Infinity);
  const labelled: EventBox[] = [];
  const unlabelled: number[] = [];
  const symbolX = (e: CorpusEvent) => Math.min(Math.max(0, x(dayStart(e.start)) + 2), Math.max(0, width - SYMBOL));

  // Packing order: the selected event first, so its title always shows; then the events that start in the
  // window, in time order; then those going on from before it (their titles would all crowd the left edge).
  const rank = (i: number) => (i === selected ? 0 : dayStart(events[i]!.start) >= d0 ? 1 : 2);
  const order = events
    .map((_, i) => i)
    .filter((i) => dayEnd(events[i]!.end) > d0 && dayStart(events[i]!.start) < d1)
    .sort((a, b) => rank(a) - rank(b) || a - b);
  for (const i of order) {
    const e = events[i]!;
    const sx = symbolX(e);
    const span = e.end > e.start ? { x0: sx, x1: Math.max(sx + SYMBOL, Math.min(width, x(dayEnd(e.end)) - 2)) } : null;
    const w = labelWidth(e.title);
    const row = rowEnds.findIndex((end) => end + PAD <= sx);
    if (row >= 0 && sx + w <= width + 1) {
      labelled.push({ kind: 'event', key: e.id, index: i, row, x: sx, width: w, labelled: true, span });
      rowEnds[row] = Math.max(sx + w, span?.x1 ?? 0);
    } else unlabelled.push(i);
  }

  // The events without room for a title keep a marker on the row under the titles; touching ones share a "+N".
  const markerRow = rowEnds.filter((end) => end > -Infinity).length;
  // A stack of groups left to right; a group pulled left to fit the plot, or touching its neighbour, merges into it.
  const groups: { indexes: number[]; x: number }[] = [];
  const groupWidth = (n: number) => (n === 1 ? SYMBOL : clusterWidth(n));
  const place = (g: { indexes: number[]; x: number }) => {
    g.x = Math.max(0, Math.min(g.x, width - groupWidth(g.indexes.length)));
    const prev = groups[groups.length - 1];
    if (prev && g.x < prev.x + groupWidth(prev.indexes.length) + 2) {
      groups.pop();
      place({ indexes: [...prev.indexes, ...g.indexes], x: prev.x });
    } else groups.push(g);
  };
  for (const i of unlabelled.sort((a, b) => a - b)) place({ indexes: [i], x: symbolX(events[i]!) });
  const markers: TrackItem[] = groups.map((g) =>
    g.indexes.length === 1
      ? { kind: 'event', key: events[g.indexes[0]!]!.id, index: g.indexes[0]!, row: markerRow, x: g.x, width: SYMBOL, labelled: false, span: null }
      : { kind: 'cluster', key: `cluster:${events[g.indexes[0]!]!.id}`, indexes: g.indexes, row: markerRow, x: g.x, width: clusterWidth(g.indexes.length) },
  );
  const rows = markerRow + (markers.length > 0 ? 1 : 0);
  return { items: [...labelled, ...markers], rows, height: rows === 0 ? 0 : rows * EVENT_ROW_HEIGHT + 4 };
}

/** Width of a "+N" summary: a symbol and the count. */
function clusterWidth(n: number): number {
  return SYMBOL + 8 + Math.ceil(CHAR_PX * (1 + String(n).length));
}

export interface PhaseBand {
  readonly key: string;
  readonly index: number;
  readonly x0: number;
  readonly x1: number;
  readonly label: string;
  /** The row of its name in the phases' strip (phases may overlap by a day: their names never do). */
  readonly row: number;
  /** Where its name starts and how wide it may be drawn (px). */
  readonly labelX: number;
  readonly labelWidth: number;
}

/** Rows of phase names at most: a name that finds no room is left to its band's accessible name. */
export const PHASE_ROWS = 2;
const PHASE_CHAR_PX = 7.2;

/** Phase bands in view, clipped to the plot, their names packed into rows so none overlaps another. */
export function layoutPhases(phases: readonly Phase[], x: TimeScale): { bands: PhaseBand[]; rows: number } {
  const { start: d0, end: d1 } = x.window;
  const width = x.width;
  const rowEnds = Array.from({ length: PHASE_ROWS }, () => -Infinity);
  const bands = phases.flatMap((p, index) => {
    const s = dayStart(p.start);
    const e = dayEnd(p.end);
    if (e <= d0 || s >= d1) return [];
    const x0 = Math.max(0, x(s));
    const x1 = Math.min(width, x(e));
    const wanted = Math.ceil(p.label.length * PHASE_CHAR_PX) + 8;
    // A name starts at its band (or the plot's edge) and may run past a narrow band, never into another name.
    let row = rowEnds.findIndex((end) => end + 4 <= x0);
    if (row < 0) row = rowEnds.reduce((best, end, i) => (end < rowEnds[best]! ? i : best), 0);
    const labelX = Math.max(x0, rowEnds[row]! + 4);
    const labelWidth = Math.max(0, Math.min(wanted, width - labelX));
    rowEnds[row] = labelX + labelWidth;
    return [{ key: p.id, index, x0, x1, label: p.label, row, labelX, labelWidth }];
  });
  return { bands, rows: bands.reduce((n, b) => Math.max(n, b.row + 1), 0) };
}
