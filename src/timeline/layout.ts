/**
 * Semantic-zoom layout: pure functions from (corpus index, filtered rows, window, width) to positioned marks.
 * Zoomed out: one bar per day, stacked by topic. Zoomed in: one mark per story in lanes (by topic, outlet
 * origin or outlet), expanded into its headlines when it holds the selection. Marks in a lane are packed into
 * rows so none overlaps another (labels are clipped to their mark); past the row budget they are summarised
 * per day ("+N more"). Only what the window shows is laid out.
 */
import { bisector } from 'd3-array';
import type { CorpusIndex } from '../corpus/corpus-index';
import { DAY_MS } from '../corpus/dates';
import type { LanesMode, TimeWindow } from '../store/view-state';
import type { DayBin, Filtered } from '../store/selectors';
import { windowScale } from './scales';

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

export const LANE_HEADER = 18;
export const ROW_HEIGHT = 30;
export const MARK_HEIGHT = 26;
const LANE_PAD = 6;
const GAP = 3;
/** Row budget shared by the lanes, so a dense window does not grow the timeline without bound. */
export const ROW_BUDGET = 24;
/** Rows a lane gets before the budget is shared out, and the most any lane may take. */
export const MIN_ROWS_PER_LANE = 2;
export const MAX_ROWS_PER_LANE = 40;
/** Target width of a single-day mark when a day is wide enough for several side by side. */
export const SLOT_WIDTH = 190;
export const MAX_LANES = 12;

/** Rows (sorted by date) whose day falls in `[fromDay, toDay]`: two binary searches, not a scan. */
export function rowsInDays(ix: CorpusIndex, rows: readonly number[], fromDay: number, toDay: number): readonly number[] {
  const byDay = bisector<number, number>((r) => ix.dayNumber[r]!);
  return rows.slice(byDay.left(rows, fromDay), byDay.right(rows, toDay));
}

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

interface Group {
  story: number;
  rows: number[];
  firstDay: number;
  lastDay: number;
  expanded: boolean;
}

/**
 * Lay out stories in lanes for a window. A story with a headline in the window is drawn whole (all its
 * filtered headlines, its full span, clipped to the window), so its count is its coverage, not what the
 * window happens to cut. `expandedStory` is the story index shown headline by headline (-1 for none).
 */
export function layoutStories(
  ix: CorpusIndex,
  filtered: Filtered,
  window: TimeWindow,
  width: number,
  mode: LanesMode,
  expandedStory: number,
): StoryLayout {
  const x = windowScale(window, width);
  const fromDay = Math.floor(window.start / DAY_MS);
  const toDay = Math.ceil(window.end / DAY_MS) - 1;
  const visible = rowsInDays(ix, filtered.rows, fromDay, toDay);
  const stories = new Set<number>();
  for (const r of visible) stories.add(ix.storyRow[r]!);
  const storyRows: number[] = [];
  for (const s of [...stories].sort((a, b) => a - b)) for (const r of ix.storyRows[s]!) if (filtered.mask[r]) storyRows.push(r);
  // Wide days hold several single-day marks side by side (slots), so a zoomed-in day fills across, then down.
  const dayWidth = x(DAY_MS) - x(0);
  const slots = Math.max(1, Math.floor(dayWidth / SLOT_WIDTH));
  const slotWidth = dayWidth / slots;

  // Group rows by lane, then by story (or one group per headline for the expanded story).
  const lanes = new Map<string, { key: string; label: string; order: number; count: number; groups: Map<string, Group> }>();
  for (const r of storyRows) {
    const lane = laneOf(ix, mode, r);
    let l = lanes.get(lane.key);
    if (!l) lanes.set(lane.key, (l = { ...lane, count: 0, groups: new Map() }));
    const story = ix.storyRow[r]!;
    const expanded = story === expandedStory;
    const gkey = expanded ? `h${r}` : `s${story}`;
    const day = ix.dayNumber[r]!;
    if (day >= fromDay && day <= toDay) l.count++;
    const g = l.groups.get(gkey);
    if (g) {
      g.rows.push(r);
      g.firstDay = Math.min(g.firstDay, day);
      g.lastDay = Math.max(g.lastDay, day);
    } else {
      l.groups.set(gkey, { story, rows: [r], firstDay: day, lastDay: day, expanded });
    }
  }

  let ordered = [...lanes.values()].sort((a, b) =>
    mode === 'outlet' ? b.count - a.count || a.label.localeCompare(b.label) : a.order - b.order,
  );
  // Too many lanes (hundreds of outlets): keep the busiest, fold the rest into one.
  if (ordered.length > MAX_LANES) {
    const rest = ordered.slice(MAX_LANES - 1);
    const other = { key: 'other', label: `${rest.length} other ${mode === 'outlet' ? 'outlets' : 'lanes'}`, order: 1e9, count: 0, groups: new Map<string, Group>() };
    for (const l of rest) {
      other.count += l.count;
      for (const [k, g] of l.groups) {
        const existing = other.groups.get(k);
        if (existing) {
          existing.rows.push(...g.rows);
          existing.rows.sort((a, b) => a - b);
          existing.firstDay = Math.min(existing.firstDay, g.firstDay);
          existing.lastDay = Math.max(existing.lastDay, g.lastDay);
        } else other.groups.set(k, { ...g, rows: [...g.rows] });
      }
    }
    ordered = [...ordered.slice(0, MAX_LANES - 1), other];
  }

  // First fit: the first row with room, at the first free slot of the day (multi-day marks take the whole
  // span, clipped to the window so their label shows). What finds no row within `maxRows` overflows.
  const pack = (groups: readonly Group[], maxRows: number) => {
    const rowEnds: number[] = [];
    const overflow = new Map<number, number[]>();
    const placed: { g: Group; row: number; x0: number; x1: number }[] = [];
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
        bucket.push(...g.rows);
        overflow.set(g.firstDay, bucket);
        continue;
      }
      while (rowEnds.length <= row) rowEnds.push(-Infinity);
      rowEnds[row] = x1 + GAP;
      placed.push({ g, row, x0, x1 });
    }
    return { rowEnds, overflow, placed };
  };

  const laneGroups = ordered.map((l) => {
    for (const g of l.groups.values()) g.rows.sort((a, b) => a - b);
    // The expanded story goes first, so its headlines take the top rows and are never summarised away.
    // A part of a story wholly outside the window (an expanded headline, a lane's share) is not drawn.
    return [...l.groups.values()]
      .filter((g) => g.lastDay >= fromDay && g.firstDay <= toDay)
      .sort((a, b) => Number(b.expanded) - Number(a.expanded) || a.firstDay - b.firstDay || b.rows.length - a.rows.length || a.rows[0]! - b.rows[0]!);
  });
  const caps = allocateRows(laneGroups.map((groups) => pack(groups, MAX_ROWS_PER_LANE).rowEnds.length), ROW_BUDGET);

  const outLanes: Lane[] = [];
  const marks: Mark[] = [];
  let top = 0;
  ordered.forEach((l, laneIndex) => {
    const { rowEnds, overflow, placed } = pack(laneGroups[laneIndex]!, caps[laneIndex]!);
    const rowsUsed = rowEnds.length + (overflow.size > 0 ? 1 : 0);
    const laneTop = top;
    const rowY = (row: number) => laneTop + LANE_HEADER + row * ROW_HEIGHT;
    for (const { g, row, x0, x1 } of placed) {
      const first = g.rows[0]!;
      const single = g.rows.length === 1;
      marks.push({
        kind: g.expanded ? 'headline' : 'story',
        key: `${l.key}:${g.expanded ? `h${first}` : `s${g.story}`}`,
        lane: laneIndex,
        x: x0,
        y: rowY(row),
        width: Math.max(1, x1 - x0),
        height: MARK_HEIGHT,
        story: g.story,
        rows: g.rows,
        label: single || g.expanded ? ix.headlines[first]!.title : ix.stories[g.story]!.label,
        firstDay: g.firstDay,
        lastDay: g.lastDay,
      });
    }
    for (const [day, rs] of [...overflow.entries()].sort((a, b) => a[0] - b[0])) {
      const x0 = x(day * DAY_MS) + GAP;
      const x1 = x((day + 1) * DAY_MS) - GAP;
      rs.sort((a, b) => a - b);
      marks.push({
        kind: 'more',
        key: `${l.key}:more${day}`,
        lane: laneIndex,
        x: x0,
        y: rowY(rowEnds.length),
        width: Math.max(1, x1 - x0),
        height: MARK_HEIGHT,
        story: -1,
        rows: rs,
        label: `+${rs.length} more`,
        firstDay: day,
        lastDay: day,
      });
    }
    const height = LANE_HEADER + Math.max(1, rowsUsed) * ROW_HEIGHT + LANE_PAD;
    outLanes.push({ key: l.key, label: l.label, top: laneTop, height, count: l.count });
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
export function layoutDays(bins: readonly DayBin[], window: TimeWindow, width: number, plotHeight: number): DayMark[] {
  const x = windowScale(window, width);
  const max = bins.reduce((m, b) => Math.max(m, b.total), 0);
  const fromDay = Math.floor(window.start / DAY_MS) - 1;
  const toDay = Math.ceil(window.end / DAY_MS);
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
