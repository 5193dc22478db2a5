/** The headline list and the detail panel as data: pure functions of the corpus index and a few ids. */
import type { CorpusIndex } from '../corpus/corpus-index';
import { cutLabel, displayTitle } from '../corpus/text';
import type { Actor, Headline, Outlet, Topic } from '../corpus/schema';

export const UNKNOWN_OUTLET = 'Unknown outlet';


export interface ListItem {
  readonly row: number;
  readonly id: string;
  readonly title: string;
  /** What a reader hears when the title was cut short ("title probably cut short"), or null. */
  readonly cut: string | null;
  readonly outletName: string;
  readonly date: string;
  /** The primary topic: its index (for the colour) and label. */
  readonly topicIndex: number;
  readonly topicLabel: string;
  /** First item of its day in the list: a day heading goes before it. */
  readonly firstOfDay: boolean;
}

export function outletName(ix: CorpusIndex, row: number): string {
  const o = ix.outletRow[row] ?? -1;
  return o >= 0 ? ix.outlets[o]!.name : UNKNOWN_OUTLET;
}

/** The list item at position `i` of `rows`: built on demand, so a virtualised list only builds what it shows. */
export function listItemAt(ix: CorpusIndex, rows: readonly number[], i: number): ListItem {
  const row = rows[i]!;
  const h = ix.headlines[row]!;
  const topicIndex = ix.topicRow[row] ?? 0;
  const prev = i > 0 ? ix.headlines[rows[i - 1]!] : undefined;
  return {
    row,
    id: h.id,
    title: displayTitle(h.title, h.truncated),
    cut: cutLabel(h.cut),
    outletName: outletName(ix, row),
    date: h.date,
    topicIndex,
    topicLabel: ix.topics[topicIndex]?.label ?? '',
    firstOfDay: prev === undefined || prev.date !== h.date,
  };
}

export function listItems(ix: CorpusIndex, rows: readonly number[]): ListItem[] {
  return rows.map((_, i) => listItemAt(ix, rows, i));
}

/** Position of `row` in ascending `rows` (binary search), or -1. */
export function positionOf(rows: readonly number[], row: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = rows[mid]!;
    if (v === row) return mid;
    if (v < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The scrollTop that brings an item into view inside a scrolling box with the least movement
 * (what `scrollIntoView({block: 'nearest'})` does, without scrolling the page around the box).
 * Positions are relative to the box's content (offsetTop-like); returns the current scrollTop when the item is in view.
 */
export function nearestScrollTop(scrollTop: number, viewHeight: number, itemTop: number, itemHeight: number): number {
  if (itemTop < scrollTop) return itemTop;
  if (itemTop + itemHeight > scrollTop + viewHeight) return Math.min(itemTop, itemTop + itemHeight - viewHeight);
  return scrollTop;
}

export interface StoryMate {
  readonly id: string;
  readonly title: string;
  /** As `ListItem.cut`. */
  readonly cut: string | null;
  readonly outletName: string;
  readonly date: string;
}

export interface HeadlineDetailData {
  readonly headline: Headline;
  readonly row: number;
  readonly title: string;
  readonly outlet: Outlet | null;
  readonly topics: readonly (Topic & { index: number })[];
  readonly actors: readonly Actor[];
  /** The story's other headlines, earliest first. */
  readonly others: readonly StoryMate[];
}

/** Everything the detail panel shows about one headline, or null when the corpus has no such headline. */
export function headlineDetail(ix: CorpusIndex, id: string | null): HeadlineDetailData | null {
  if (id === null) return null;
  const row = ix.rowById.get(id);
  if (row === undefined) return null;
  const headline = ix.headlines[row]!;
  const o = ix.outletRow[row] ?? -1;
  const topics = headline.topics.flatMap((t) => {
    const index = ix.topicIndex.get(t);
    return index === undefined ? [] : [{ ...ix.topics[index]!, index }];
  });
  const actors = ix.actorRows[row]!.map((a) => ix.actors[a]!);
  const storyRows = ix.storyRows[ix.storyRow[row] ?? -1] ?? [];
  const others = storyRows
    .filter((r) => r !== row)
    .map((r) => {
      const h = ix.headlines[r]!;
      return { id: h.id, title: displayTitle(h.title, h.truncated), cut: cutLabel(h.cut), outletName: outletName(ix, r), date: h.date };
    });
  return { headline, row, title: displayTitle(headline.title, headline.truncated), outlet: o >= 0 ? ix.outlets[o]! : null, topics, actors, others };
}
