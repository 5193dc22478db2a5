/**
 * Semantic-zoom layout: pure functions from (corpus index, filtered rows, the plot's x scale) to positioned marks.
 * Zoomed out: one bar per day, stacked by topic. Zoomed in: one mark per story in lanes (by topic, outlet
 * origin or outlet), expanded into its headlines when it holds the selection. Marks in a lane are packed into
 * rows so none overlaps another (labels are clipped to their mark); past the row budget they are summarised
 * per day ("+N more"). Only what the window shows is laid out.
 */
import { bisector } from 'd3-array';
import type { CorpusIndex } from '../corpus/corpus-index';
import { DAY_MS } from '../corpus/dates';
import type { LanesMode } from '../store/view-state';
import type { DayBin, Filtered } from '../store/selectors';
import type { TimeScale } from './scales';
import { shownText } from '../ui/bounded-text';

export interface Lane {
  readonly key: string;
  readonly label: string;
  readonly top: number;
  readonly height: number;
  /** Filtered headlines of this lane in the window (its marks may hold more: stories are drawn whole). */
  readonly count: number;
}

export type MarkKind = 'story' | 'headline' | 'more';

export interface Mark {
  readonly kind: MarkKind;
  readonly key: string;
  readonly lane: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Story index (-1 for a summary). */
  readonly story: number;
  /** The headline rows the mark stands for, earliest first. */
  readonly rows: readonly number[];
  readonly label: string;
  /** First and last day (days since epoch). */
  readonly firstDay: number;
  readonly lastDay: number;
}

export interface StoryLayout {
  readonly lanes: readonly Lane[];
  readonly marks: readonly Mark[];
  readonly height: number;
}

/** A lane's label has a row of its own above its marks. */
export const LANE_HEADER = 20;
/** A mark holds two lines of its title and a line naming its outlet (or "N outlets"). */
export const ROW_HEIGHT = 58;
export const MARK_HEIGHT = 54;
const LANE_PAD = 6;
const GAP = 3;
/** Row budget shared by the lanes, so a dense window does not grow the timeline without bound. */
export const ROW_BUDGET = 14;
/** Rows a lane gets before the budget is shared out, and the most any lane may take. */
export const MIN_ROWS_PER_LANE = 2;
export const MAX_ROWS_PER_LANE = 40;
/** Target width of a single-day mark when a day is wide enough for several side by side (two lines of ~40 characters). */
export const SLOT_WIDTH = 240;
export const MAX_LANES = 12;

/** Where the rows (sorted by date) whose day falls in `[fromDay, toDay]` begin and end: two binary searches, not a scan. */
function daySpan(ix: CorpusIndex, rows: readonly number[], fromDay: number, toDay: number): [number, number] {
  const byDay = bisector<number, number>((r) => ix.dayNumber[r]!);
  return [byDay.left(rows, fromDay), byDay.right(rows, toDay)];
}

/** Rows (sorted by date) whose day falls in `[fromDay, toDay]`. */
export function rowsInDays(ix: CorpusIndex, rows: readonly number[], fromDay: number, toDay: number): readonly number[] {
  return rows.slice(...daySpan(ix, rows, fromDay, toDay));
}

/** How many of `rows` (sorted by date) fall in `[fromDay, toDay]`, nothing copied. */
export function countInDays(ix: CorpusIndex, rows: readonly number[], fromDay: number, toDay: number): number {
  const [lo, hi] = daySpan(ix, rows, fromDay, toDay);
  return Math.max(0, hi - lo);
}

/**
 * Level of detail for gestures: from this many filtered headlines in the window, a wheel, drag or pinch moves
 * and stretches what is drawn (a CSS transform) and the plot is laid out and drawn again only when the gesture
 * rests; below it (the seed corpus always) every frame is drawn afresh. Laying out and drawing a window's
 * stories costs time in proportion to its headlines; a few hundred fit in a frame on this project's machine.
 */
export const LIVE_GESTURE_MAX_HEADLINES = 400;

function laneOf(ix: CorpusIndex, mode: LanesMode, r: number): { key: string; order: number; label: string } {
  if (mode === 'topic') {
    const t = ix.storyTopic[ix.storyRow[r]!] ?? ix.topicRow[r]!;
    return { key: ix.topics[t]!.id, order: t, label: ix.topics[t]!.label };
  }
  if (mode === 'origin') {
    const o = ix.originRow[r]!;
    return o >= 0 ? { key: ix.origins[o]!.id, order: o, label: ix.origins[o]!.label } : { key: 'none', order: 1e6, label: 'Unknown origin' };
  }
  const o = ix.outletRow[r]!;
  return o >= 0 ? { key: ix.outlets[o]!.id, order: 0, label: ix.outlets[o]!.name } : { key: 'none', order: 0, label: 'Unknown outlet' };
}

/** Headlines drawn as one mark: a story (or, for the expanded story, one headline). */
interface Group {
  story: number;
  rows: number[];
  firstDay: number;
  lastDay: number;
  expanded: boolean;
}

interface LaneGroups {
  key: string;
  label: string;
  order: number;
  /** Filtered headlines of the lane inside the window. */
  count: number;
  /** Headlines of the expanded story in this lane (its headline marks sort where the story would). */
  expandedSize: number;
  groups: Map<string, Group>;
}

/** The days a window shows and how wide a day is drawn, read off the plot's scale. */
interface Frame {
  readonly x: TimeScale;
  readonly width: number;
  readonly fromDay: number;
  readonly toDay: number;
  /** Single-day marks side by side in one day (wide days fill across, then down), and their width. */
  readonly slots: number;
  readonly slotWidth: number;
}

function frameOf(x: TimeScale): Frame {
  const { start, end } = x.window;
  const width = x.width;
  const dayWidth = x.dayPx;
  const slots = Math.max(1, Math.floor(dayWidth / SLOT_WIDTH));
  return { x, width, fromDay: Math.floor(start / DAY_MS), toDay: Math.ceil(end / DAY_MS) - 1, slots, slotWidth: dayWidth / slots };
}

/** Merge headlines into a lane's group (a new group when the key is new). The one merge step of the layout. */
function addToGroup(groups: Map<string, Group>, key: string, part: Group): void {
  const g = groups.get(key);
  if (!g) {
    groups.set(key, { ...part, rows: [...part.rows] });
    return;
  }
  // One at a time: a story may hold more rows than a call takes arguments.
  for (const r of part.rows) g.rows.push(r);
  g.firstDay = Math.min(g.firstDay, part.firstDay);
  g.lastDay = Math.max(g.lastDay, part.lastDay);
}

/** Step 1: the filtered rows of every story with a headline in the window (stories are drawn whole). */
function storyRowsInView(ix: CorpusIndex, filtered: Filtered, f: Frame): number[] {
  const stories = new Set<number>();
  for (const r of rowsInDays(ix, filtered.rows, f.fromDay, f.toDay)) stories.add(ix.storyRow[r]!);
  const out: number[] = [];
  for (const s of [...stories].sort((a, b) => a - b)) for (const r of ix.storyRows[s]!) if (filtered.mask[r]) out.push(r);
  return out;
}

/** Step 2: rows into lanes, and into groups within a lane (one per story, one per headline of the expanded story). */
function groupIntoLanes(ix: CorpusIndex, rows: readonly number[], mode: LanesMode, expandedStory: number, f: Frame): LaneGroups[] {
  const lanes = new Map<string, LaneGroups>();
  for (const r of rows) {
    const lane = laneOf(ix, mode, r);
    let l = lanes.get(lane.key);
    if (!l) lanes.set(lane.key, (l = { ...lane, count: 0, expandedSize: 0, groups: new Map() }));
    const story = ix.storyRow[r]!;
    const expanded = story === expandedStory;
    if (expanded) l.expandedSize++;
    const day = ix.dayNumber[r]!;
    if (day >= f.fromDay && day <= f.toDay) l.count++;
    addToGroup(l.groups, expanded ? `h${r}` : `s${story}`, { story, rows: [r], firstDay: day, lastDay: day, expanded });
  }
  return [...lanes.values()];
}

/** Step 3: lanes in display order (outlets by count); past MAX_LANES the quietest are folded into one. */
function orderLanes(lanes: LaneGroups[], mode: LanesMode): LaneGroups[] {
  const ordered = [...lanes].sort((a, b) => (mode === 'outlet' ? b.count - a.count || a.label.localeCompare(b.label) : a.order - b.order));
  if (ordered.length <= MAX_LANES) return ordered;
  const rest = ordered.slice(MAX_LANES - 1);
  const other: LaneGroups = { key: 'other', label: `${rest.length} other ${mode === 'outlet' ? 'outlets' : 'lanes'}`, order: 1e9, count: 0, expandedSize: 0, groups: new Map() };
  for (const l of rest) {
    other.count += l.count;
    other.expandedSize += l.expandedSize;
    for (const [k, g] of l.groups) addToGroup(other.groups, k, g);
  }
  return [...ordered.slice(0, MAX_LANES - 1), other];
}

/**
 * Step 4: a lane's groups in packing order: by first day, then the larger story, then the earlier headline. The
 * expanded story keeps its place (it opens in place: the marks before it never move); a part of a story wholly
 * outside the window is not drawn.
 */
function packingOrder(lane: LaneGroups, f: Frame): Group[] {
  for (const g of lane.groups.values()) g.rows.sort((a, b) => a - b);
  const size = (g: Group) => (g.expanded ? lane.expandedSize : g.rows.length);
  return [...lane.groups.values()]
    .filter((g) => g.lastDay >= f.fromDay && g.firstDay <= f.toDay)
    .sort((a, b) => a.firstDay - b.firstDay || size(b) - size(a) || a.rows[0]! - b.rows[0]!);
}

interface Packed {
  /** Right edge (px) of the last mark in each row. */
  rowEnds: number[];
  /** Day → rows that found no place, summarised as "+N more". */
  overflow: Map<number, number[]>;
  placed: { g: Group; row: number; x0: number; x1: number }[];
}

/**
 * Step 5, first fit: each group goes into the first row with room, at the first free slot of its day
 * (multi-day marks take their whole span, clipped to the window so their label shows). What finds no row
 * within `maxRows` overflows.
 */
function packLane(groups: readonly Group[], maxRows: number, f: Frame): Packed {
  const { x, width, slots, slotWidth } = f;
  const rowEnds: number[] = [];
  const overflow = new Map<number, number[]>();
  const placed: Packed['placed'] = [];
  for (const g of groups) {
    const dayStart = x(g.firstDay * DAY_MS);
    const span = g.lastDay - g.firstDay + 1;
    let row = -1;
    let x0 = Math.max(dayStart, 0) + GAP;
    let x1 = Math.min(x((g.lastDay + 1) * DAY_MS), width) - GAP;
    for (let r = 0; r < maxRows && row === -1; r++) {
      const end = r < rowEnds.length ? rowEnds[r]! : -Infinity;
      if (span > 1 || slots === 1) {
        if (end <= x0) row = r;
        continue;
      }
      const k = Math.max(0, Math.ceil((end - dayStart - GAP) / slotWidth - 1e-6));
      if (k < slots) {
        row = r;
        x0 = dayStart + k * slotWidth + GAP;
        x1 = dayStart + (k + 1) * slotWidth - GAP;
      }
    }
    if (row === -1) {
      const bucket = overflow.get(g.firstDay) ?? [];
      for (const r of g.rows) bucket.push(r);
      overflow.set(g.firstDay, bucket);
      continue;
    }
    while (rowEnds.length <= row) rowEnds.push(-Infinity);
    rowEnds[row] = x1 + GAP;
    placed.push({ g, row, x0, x1 });
  }
  return { rowEnds, overflow, placed };
}

/** Step 6: one lane's marks (placed groups, then a "+N more" per overflowing day) at its vertical offset. */
function laneMarks(ix: CorpusIndex, lane: LaneGroups, laneIndex: number, top: number, packed: Packed, f: Frame): Mark[] {
  const rowY = (row: number) => top + LANE_HEADER + row * ROW_HEIGHT;
  const marks: Mark[] = packed.placed.map(({ g, row, x0, x1 }) => {
    const first = g.rows[0]!;
    return {
      kind: g.expanded ? 'headline' : 'story',
      key: `${lane.key}:${g.expanded ? `h${first}` : `s${g.story}`}`,
      lane: laneIndex,
      x: x0,
      y: rowY(row),
      width: Math.max(1, x1 - x0),
      height: MARK_HEIGHT,
      story: g.story,
      rows: g.rows,
      // Bounded for display: a megabyte title or a run of 100,000 combining marks never reaches the text shaper.
      label: shownText(g.rows.length === 1 || g.expanded ? ix.headlines[first]!.title : ix.stories[g.story]!.label, 'title'),
      firstDay: g.firstDay,
      lastDay: g.lastDay,
    };
  });
  for (const [day, rs] of [...packed.overflow.entries()].sort((a, b) => a[0] - b[0])) {
    const x0 = f.x(day * DAY_MS) + GAP;
    const x1 = f.x((day + 1) * DAY_MS) - GAP;
    rs.sort((a, b) => a - b);
    marks.push({
      kind: 'more',
      key: `${lane.key}:more${day}`,
      lane: laneIndex,
      x: x0,
      y: rowY(packed.rowEnds.length),
      width: Math.max(1, x1 - x0),
      height: MARK_HEIGHT,
      story: -1,
      rows: rs,
      label: `+${rs.length} more`,
      firstDay: day,
      lastDay: day,
    });
  }
  return marks;
}

/**
 * Lay out stories in lanes for the window of the plot's scale `x`. A story with a headline in the window is
 * drawn whole (all its filtered headlines, its full span, clipped to the window), so its count is its coverage,
 * not what the window happens to cut. `expandedStory` is the story index shown headline by headline (-1 for none).
 */
export function layoutStories(ix: CorpusIndex, filtered: Filtered, x: TimeScale, mode: LanesMode, expandedStory: number): StoryLayout {
  const f = frameOf(x);
  const lanes = orderLanes(groupIntoLanes(ix, storyRowsInView(ix, filtered, f), mode, expandedStory, f), mode);
  const groups = lanes.map((l) => packingOrder(l, f));
  // Rows are shared out by need: each lane packed without limit says how many it would use.
  const caps = allocateRows(groups.map((g) => packLane(g, MAX_ROWS_PER_LANE, f).rowEnds.length), ROW_BUDGET);

  const outLanes: Lane[] = [];
  const marks: Mark[] = [];
  let top = 0;
  lanes.forEach((lane, i) => {
    const packed = packLane(groups[i]!, caps[i]!, f);
    for (const m of laneMarks(ix, lane, i, top, packed, f)) marks.push(m);
    const rowsUsed = packed.rowEnds.length + (packed.overflow.size > 0 ? 1 : 0);
    const height = LANE_HEADER + Math.max(1, rowsUsed) * ROW_HEIGHT + LANE_PAD;
    outLanes.push({ key: lane.key, label: shownText(lane.label), top, height, count: lane.count });
    top += height;
  });
  return { lanes: outLanes, marks, height: top };
}

/**
 * Share a row budget among lanes by need: a lane that needs few rows gets them all; when the needs exceed
 * the budget, each lane keeps at least MIN_ROWS_PER_LANE and the rest goes, a row at a time, to the lane
 * with the most left unplaced (ties to the upper lane). Deterministic.
 */
export function allocateRows(needs: readonly number[], budget: number): number[] {
  const total = needs.reduce((a, b) => a + b, 0);
  if (total <= budget) return [...needs];
  const caps = needs.map((n) => Math.min(n, MIN_ROWS_PER_LANE));
  let left = budget - caps.reduce((a, b) => a + b, 0);
  while (left > 0) {
    let best = -1;
    for (let i = 0; i < needs.length; i++) if (needs[i]! - caps[i]! > 0 && (best === -1 || needs[i]! - caps[i]! > needs[best]! - caps[best]!)) best = i;
    if (best === -1) break;
    caps[best]!++;
    left--;
  }
  return caps;
}

export interface DayMark {
  readonly day: number;
  readonly x: number;
  readonly width: number;
  readonly total: number;
  /** Stacked segments bottom-up: topic index, count, y offset from the bottom and height (px). */
  readonly segments: readonly { topic: number; count: number; y0: number; h: number }[];
  readonly height: number;
}

/** One bar per day in the window, its height the day's count (on a scale shared by all days), stacked by topic. */
export function layoutDays(bins: readonly DayBin[], x: TimeScale, plotHeight: number): DayMark[] {
  const f = frameOf(x);
  const max = bins.reduce((m, b) => Math.max(m, b.total), 0);
  const fromDay = f.fromDay - 1;
  const toDay = f.toDay + 1;
  const out: DayMark[] = [];
  for (const b of bins) {
    if (b.day < fromDay || b.day > toDay) continue;
    const x0 = x(b.day * DAY_MS);
    const x1 = x((b.day + 1) * DAY_MS);
    const gap = Math.min(GAP, (x1 - x0) / 6);
    const height = max > 0 ? Math.max(2, (b.total / max) * plotHeight) : 0;
    const segments: { topic: number; count: number; y0: number; h: number }[] = [];
    let y0 = 0;
    b.byTopic.forEach((count, topic) => {
      if (count === 0) return;
      const h = (count / b.total) * height;
      segments.push({ topic, count, y0, h });
      y0 += h;
    });
    out.push({ day: b.day, x: x0 + gap, width: Math.max(1, x1 - x0 - 2 * gap), total: b.total, segments, height });
  }
  return out;
}
