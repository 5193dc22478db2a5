/** What a mark says: its accessible name and its tooltip lines, from the corpus (plain text, never HTML). */
import type { CorpusIndex } from '../corpus/corpus-index';
import { utcMsToDay, DAY_MS } from '../corpus/dates';
import { formatDay, plural } from '../ui/format';
import type { DayMark, Mark } from './layout';
import { shownText } from '../ui/bounded-text';

export const dayOf = (dayNumber: number) => utcMsToDay(dayNumber * DAY_MS);

/** The outlet's name, bounded for display. */
export function outletName(ix: CorpusIndex, row: number): string {
  const o = ix.outletRow[row]!;
  return o >= 0 ? shownText(ix.outlets[o]!.name) : 'Unknown outlet';
}

function dayRangeText(first: number, last: number): string {
  return first === last ? formatDay(dayOf(first), 'long') : `${formatDay(dayOf(first), 'short')} – ${formatDay(dayOf(last))}`;
}

/** Dates on marks are the days the aggregator listed the headlines, and say so. */
const listed = (first: number, last: number) => `listed ${dayRangeText(first, last)}`;

function outletList(ix: CorpusIndex, rows: readonly number[], max = 3): string {
  const names = [...new Set(rows.map((r) => outletName(ix, r)))];
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

export interface MarkText {
  /** The accessible name. */
  readonly name: string;
  /** Tooltip lines: a title, then details. */
  readonly lines: readonly string[];
}

export function describeMark(ix: CorpusIndex, mark: Mark, laneLabel: string): MarkText {
  const dates = dayRangeText(mark.firstDay, mark.lastDay);
  if (mark.kind === 'more') {
    return {
      name: `${plural(mark.rows.length, 'more headline')} in ${laneLabel} listed on ${dates}. Show that day.`,
      lines: [`${plural(mark.rows.length, 'more headline')} listed on ${dates}`, outletList(ix, mark.rows), 'Select to show that day'],
    };
  }
  const first = mark.rows[0]!;
  if (mark.rows.length === 1) {
    const h = ix.headlines[first]!;
    const title = shownText(h.title, 'title');
    return { name: `${title}. ${outletName(ix, first)}, listed ${formatDay(h.date, 'long')}.`, lines: [title, outletName(ix, first), `Listed ${formatDay(h.date, 'long')}`] };
  }
  return {
    name: `Story: ${mark.label}. ${plural(mark.rows.length, 'headline')} from ${outletList(ix, mark.rows, 6)}, ${listed(mark.firstDay, mark.lastDay)}.`,
    lines: [mark.label, `${plural(mark.rows.length, 'headline')}: ${outletList(ix, mark.rows)}`, listed(mark.firstDay, mark.lastDay)],
  };
}

export function describeDay(ix: CorpusIndex, mark: DayMark): MarkText {
  const date = formatDay(dayOf(mark.day), 'long');
  const parts = mark.segments.map((s) => `${shownText(ix.topics[s.topic]!.label)} ${s.count}`);
  return {
    name: `${date}: ${plural(mark.total, 'headline')} listed${parts.length ? ` (${parts.join(', ')})` : ''}.`,
    lines: [date, `${plural(mark.total, 'headline')} listed`, ...parts],
  };
}

/** Who carried a mark's headlines: the outlet's name, or "N outlets". */
export function markOutlets(ix: CorpusIndex, mark: Mark): string {
  const names = new Set(mark.rows.map((r) => outletName(ix, r)));
  return names.size === 1 ? [...names][0]! : `${names.size} outlets`;
}
