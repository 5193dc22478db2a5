/**
 * The timeline as a picture: an SVG tree of the window as the screen shows it, built from the same pure layouts
 * the timeline draws with (timeline/layout.ts, event-layout.ts, scales.ts, ticks.ts) at the plot's width on
 * screen, so every mark in the window is in it, also those the screen draws only on demand (nothing depends
 * on scrolling or hovering). Text stays text, in system fonts; colours are explicit values of the current theme
 * (a Palette), never CSS classes or variables. A title, the window's dates, a legend and a caption line (the
 * citation) frame it.
 *
 * Not in the picture: tooltips (hover only), the overview brush and the coverage strip below the plot. A busy
 * day's "+N more" summary is drawn as on screen (its headlines are in the data export).
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import { DAY_MS } from '../corpus/dates';
import type { EventKind } from '../corpus/schema';
import { windowBreaks } from '../corpus/time-axis';
import { selectDayBins, selectFiltered, selectListedDays, selectViewWindow } from '../store/selectors';
import type { ViewState } from '../store/view-state';
import { layoutDays, layoutStories, type StoryLayout, type DayMark } from '../timeline/layout';
import { layoutEventTrack, layoutPhases, EVENT_ROW_HEIGHT } from '../timeline/event-layout';
import { pxPerDay, STORY_MODE_PX_PER_DAY, windowScale } from '../timeline/scales';
import { dayTicks } from '../timeline/ticks';
import { markOutlets } from '../timeline/describe';
import { daysIn } from '../timeline/days';
import { eventKindLabels, eventKindShapes } from '../ui/event-kinds';
import { el, type SvgElement, type SvgNode } from './svg-tree';

// The timeline's own dimensions (Timeline.tsx, PhaseBands.tsx, Axis.tsx), so the picture matches the screen.
const DAY_PLOT_HEIGHT = 200;
const MIN_STORY_HEIGHT = 150;
const PHASE_STRIP = 18;
const AXIS_HEIGHT = 30;
const HATCH_ID = 'border-timeline-unlisted';

export interface Palette {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly gridMinor: string;
  readonly gridMajor: string;
  readonly markFill: string;
  readonly markBorder: string;
  readonly moreFill: string;
  readonly selected: string;
  readonly selectedDay: string;
  readonly spanBar: string;
  /** The hatching of days the source never lists, and the shade of the years between periods. */
  readonly hatch: string;
  readonly breakFill: string;
  readonly phaseTints: readonly [string, string];
  /** Topic colours by topic index (cycled). */
  readonly topics: readonly string[];
}

/** Okabe–Ito, as index.css defines `--color-topic-*`. */
export const TOPIC_COLOURS = ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#b59b00', '#6b7280'];

/** Tailwind's stone, blue, amber and sky values the timeline uses, as plain sRGB. */
export const LIGHT: Palette = {
  background: '#ffffff',
  text: '#1c1917',
  muted: '#57534e',
  border: '#d6d3d1',
  gridMinor: '#e7e5e4',
  gridMajor: '#a8a29e',
  markFill: '#ffffff',
  markBorder: '#d6d3d1',
  moreFill: '#f5f5f4',
  selected: '#2563eb',
  selectedDay: '#dbeafe',
  spanBar: '#a8a29e',
  hatch: '#e7e5e4',
  breakFill: '#e7e5e4',
  phaseTints: ['#fef3c7', '#e0f2fe'],
  topics: TOPIC_COLOURS,
};

export const DARK: Palette = {
  background: '#1c1917',
  text: '#f5f5f4',
  muted: '#d6d3d1',
  border: '#44403c',
  gridMinor: '#292524',
  gridMajor: '#78716c',
  markFill: '#292524',
  markBorder: '#57534e',
  moreFill: '#292524',
  selected: '#93c5fd',
  selectedDay: '#172554',
  spanBar: '#78716c',
  hatch: '#44403c',
  breakFill: '#292524',
  phaseTints: ['#3b2a12', '#10304a'],
  topics: TOPIC_COLOURS,
};

export const FONT = 'ui-sans-serif, system-ui, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Arial, sans-serif';

export interface PictureOptions {
  /** The plot's width on screen (px). */
  readonly width: number;
  readonly palette: Palette;
  /** The heading: what the view shows (citation.ts `describeView`). */
  readonly title: string;
  /** The line under the picture: the citation. */
  readonly caption: string;
  /** Locale of the axis labels (the reader's). */
  readonly locale?: string;
}

/** Approximate advance of a character (px) at a font size: generous, so wrapped lines stay inside their box. */
const charPx = (size: number) => size * 0.56;

/** Lines of at most `maxChars` characters, broken at spaces where possible, the last one cut with "…". */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    const w = words[i]!;
    const next = line === '' ? w : `${line} ${w}`;
    if ([...next].length <= limit) {
      line = next;
      i++;
    } else if (line === '') {
      // A word longer than a line: cut it.
      const chars = [...w];
      lines.push(chars.slice(0, limit).join(''));
      words[i] = chars.slice(limit).join('');
    } else {
      lines.push(line);
      line = '';
    }
  }
  if (line !== '' && lines.length < maxLines) lines.push(line);
  if (i < words.length || lines.length > maxLines) {
    const last = [...(lines[maxLines - 1] ?? '')];
    lines.length = Math.min(lines.length, maxLines);
    lines[lines.length - 1] = `${last.slice(0, Math.max(0, limit - 1)).join('').trimEnd()}…`;
  }
  return lines;
}

const text = (x: number, y: number, s: string, attrs: Record<string, string | number | undefined> = {}) => el('text', { x, y, ...attrs }, [s]);

function symbol(kind: EventKind, x: number, y: number, size: number, colour: string): SvgElement {
  const shape = eventKindShapes[kind];
  return el('path', {
    d: shape.d,
    transform: `translate(${x} ${y}) scale(${size / 16})`,
    fill: shape.fill ? colour : 'none',
    stroke: colour,
    'stroke-width': shape.fill ? 1 : 1.8,
    'stroke-linejoin': 'round',
    'stroke-linecap': 'round',
  });
}

/** The picture of a view. */
export function timelinePicture(ix: CorpusIndex, view: ViewState, opts: PictureOptions): SvgElement {
  const p = opts.palette;
  const width = Math.max(320, Math.round(opts.width));
  const filtered = selectFiltered(ix, view);
  const win = selectViewWindow(ix, view);
  const x = windowScale(win, width, ix.axis);
  const ticks = dayTicks(x, 56, opts.locale);
  const storyMode = pxPerDay(win, width, ix.axis) >= STORY_MODE_PX_PER_DAY;
  const selectedRow = view.headlineId === null ? -1 : (ix.rowById.get(view.headlineId) ?? -1);
  const expandedStory = selectedRow >= 0 ? ix.storyRow[selectedRow]! : -1;
  const bins = selectDayBins(ix, filtered);
  const stories: StoryLayout | null = storyMode ? layoutStories(ix, filtered, x, view.lanes, expandedStory) : null;
  const days: DayMark[] | null = storyMode ? null : layoutDays(bins, x, DAY_PLOT_HEIGHT - 24);
  const plotHeight = stories ? Math.max(MIN_STORY_HEIGHT, stories.height) : DAY_PLOT_HEIGHT;
  const selectedEvent = view.eventId === null ? -1 : (ix.eventIndex.get(view.eventId) ?? -1);
  const track = layoutEventTrack(ix.events, x, selectedEvent);
  const { bands, rows: phaseRows } = layoutPhases(ix.phases, x);
  const phaseStrip = phaseRows * PHASE_STRIP;
  const marksTop = phaseStrip + track.height;
  const aboveAxis = marksTop + plotHeight;

  const M = 16;
  const titleLines = wrapText(opts.title, (width - 0) / charPx(15), 3);
  const headerHeight = titleLines.length * 20 + 22;
  const plotTop = M + headerHeight;
  const plot: SvgNode[] = [];

  // Phases behind everything, their names in the strip at the top.
  for (const b of bands) {
    plot.push(el('rect', { x: b.x0, y: 0, width: Math.max(0, b.x1 - b.x0), height: aboveAxis, fill: p.phaseTints[b.index % 2] }));
  }
  if (view.day !== null) {
    const d = Date.UTC(Number(view.day.slice(0, 4)), Number(view.day.slice(5, 7)) - 1, Number(view.day.slice(8, 10)));
    plot.push(el('rect', { x: x(d), y: 0, width: x(d + DAY_MS) - x(d), height: aboveAxis, fill: p.selectedDay }));
  }
  // Days the source never lists are hatched under the key events (not days without news); breaks are shaded.
  const listed = selectListedDays(ix);
  const unlisted = daysIn(x.axis, win).filter((n) => !listed.has(n));
  if (unlisted.length > 0) {
    const d = unlisted.map((n) => `M${x(n * DAY_MS)} ${marksTop}H${x((n + 1) * DAY_MS)}V${aboveAxis}H${x(n * DAY_MS)}Z`).join('');
    plot.push(el('path', { d, fill: `url(#${HATCH_ID})` }));
  }
  for (const b of windowBreaks(x.axis, win)) {
    const x0 = Math.max(0, x(b.start));
    const x1 = Math.min(width, x(b.end));
    plot.push(el('rect', { x: x0, y: 0, width: Math.max(0, x1 - x0), height: aboveAxis, fill: p.breakFill }));
    plot.push(el('path', { d: `M${x0} 0V${aboveAxis}M${x1} 0V${aboveAxis}`, stroke: p.gridMajor, 'stroke-dasharray': '4 3' }));
  }
  if (x.dayPx >= 8) {
    const d = daysIn(x.axis, win, true).map((n) => `M${x(n * DAY_MS)} 0V${aboveAxis}`).join('');
    if (d !== '') plot.push(el('path', { d, stroke: p.gridMinor, 'stroke-width': 1 }));
  }
  for (const t of ticks) plot.push(el('line', { x1: x(t.ms), x2: x(t.ms), y1: 0, y2: aboveAxis, stroke: t.major ? p.gridMajor : p.gridMinor, 'stroke-width': 1 }));
  for (const b of bands) {
    const phase = ix.phases[b.index]!;
    const label = wrapText(phase.label.toUpperCase(), (b.labelWidth - 8) / charPx(11), 1)[0] ?? '';
    plot.push(text(b.labelX + 4, b.row * PHASE_STRIP + 13, label, { 'font-size': 11, 'font-weight': 600, fill: p.muted, 'letter-spacing': 0.3 }));
  }

  // Key events.
  const events: SvgNode[] = [el('line', { x1: 0, x2: width, y1: track.height - 0.5, y2: track.height - 0.5, stroke: p.border })];
  const kinds = new Set<EventKind>();
  for (const item of track.items) {
    const top = item.row * EVENT_ROW_HEIGHT + 2;
    const e = item.kind === 'event' ? ix.events[item.index]! : ix.events[item.indexes[0]!]!;
    const isSelected = item.kind === 'event' && item.index === selectedEvent;
    kinds.add(e.kind);
    if (item.kind === 'event' && item.span) {
      events.push(el('rect', { x: item.span.x0, y: top + EVENT_ROW_HEIGHT - 6, width: Math.max(0, item.span.x1 - item.span.x0), height: 4, rx: 2, fill: isSelected ? p.selected : p.spanBar }));
    }
    if (isSelected) events.push(el('rect', { x: item.x, y: top, width: item.width, height: EVENT_ROW_HEIGHT - 6, rx: 3, fill: 'none', stroke: p.selected, 'stroke-width': 2 }));
    events.push(symbol(e.kind, item.x + 2, top + 2, 14, p.text));
    const label = item.kind === 'cluster' ? `+${item.indexes.length}` : item.labelled ? e.title : '';
    if (label !== '') events.push(text(item.x + 20, top + 13, label, { 'font-size': 12, 'font-weight': 500, fill: p.text }));
  }

  // Marks: stories in lanes, or a bar per day.
  const marks: SvgNode[] = [];
  const topicsShown = new Set<number>();
  if (stories) {
    for (const lane of stories.lanes) {
      marks.push(el('line', { x1: 0, x2: width, y1: lane.top + 0.5, y2: lane.top + 0.5, stroke: p.border }));
      marks.push(text(6, lane.top + 14, `${lane.label} · ${lane.count}`, { 'font-size': 11, 'font-weight': 500, fill: p.muted }));
    }
    const selectedStory = selectedRow >= 0 ? ix.storyRow[selectedRow]! : -1;
    for (const m of stories.marks) {
      const selected = selectedRow >= 0 && m.rows.includes(selectedRow) && (m.kind !== 'headline' || m.rows[0] === selectedRow);
      if (m.kind === 'more') {
        marks.push(el('rect', { x: m.x, y: m.y, width: m.width, height: m.height, rx: 4, fill: p.moreFill, stroke: p.gridMajor, 'stroke-dasharray': '4 3' }));
        marks.push(text(m.x + 6, m.y + m.height / 2 + 4, wrapText(m.label, (m.width - 12) / charPx(12), 1)[0] ?? '', { 'font-size': 12, fill: p.text }));
        continue;
      }
      const topic = m.story >= 0 ? ix.storyTopic[m.story]! : 0;
      topicsShown.add(topic);
      const inStory = selectedStory >= 0 && m.story === selectedStory;
      marks.push(
        el('rect', {
          x: m.x + 0.5,
          y: m.y + 0.5,
          width: Math.max(0, m.width - 1),
          height: Math.max(0, m.height - 1),
          rx: 4,
          fill: p.markFill,
          stroke: selected || inStory ? p.selected : p.markBorder,
          'stroke-width': selected ? 2.5 : 1,
        }),
      );
      marks.push(el('rect', { x: m.x + 1, y: m.y + 1, width: 6, height: Math.max(0, m.height - 2), fill: p.topics[topic % p.topics.length] }));
      const chars = (m.width - 18) / charPx(12);
      wrapText(m.label, chars, 2).forEach((line, i) => marks.push(text(m.x + 12, m.y + 15 + i * 14, line, { 'font-size': 12, fill: p.text })));
      const who = `${m.kind === 'story' && m.rows.length > 1 ? `${m.rows.length} · ` : ''}${markOutlets(ix, m)}`;
      marks.push(text(m.x + 12, m.y + m.height - 7, wrapText(who, (m.width - 18) / charPx(11), 1)[0] ?? '', { 'font-size': 11, fill: p.muted }));
    }
  } else if (days) {
    for (const m of days) {
      for (const s of m.segments) {
        topicsShown.add(s.topic);
        marks.push(el('rect', { x: m.x, y: plotHeight - s.y0 - s.h, width: m.width, height: s.h, fill: p.topics[s.topic % p.topics.length], stroke: p.background, 'stroke-width': 0.5 }));
      }
      if (m.width >= String(m.total).length * 7 + 4) {
        marks.push(text(m.x + m.width / 2, plotHeight - m.height - 6, String(m.total), { 'font-size': 11, 'font-weight': 600, fill: p.text, 'text-anchor': 'middle' }));
      }
    }
  }

  // The axis.
  const axis: SvgNode[] = [el('line', { x1: 0, x2: width, y1: 0.5, y2: 0.5, stroke: p.gridMajor })];
  for (const t of ticks) {
    axis.push(el('line', { x1: x(t.ms), x2: x(t.ms), y1: 0, y2: t.major ? 8 : 5, stroke: p.muted }));
    axis.push(text(x(t.ms) + 3, 21, t.label, { 'font-size': 11, 'font-weight': t.major ? 600 : undefined, fill: p.text }));
  }

  // The legend: the topics and the kinds of key events the picture shows.
  const legendItems: { swatch: SvgNode; label: string }[] = [
    ...[...topicsShown].sort((a, b) => a - b).map((t) => ({ swatch: el('rect', { x: 0, y: -9, width: 10, height: 10, fill: p.topics[t % p.topics.length] }), label: ix.topics[t]?.label ?? '' })),
    ...[...kinds].map((k) => ({ swatch: symbol(k, -1, -10, 12, p.text), label: eventKindLabels[k] })),
    ...(unlisted.length > 0 ? [{ swatch: el('rect', { x: 0, y: -9, width: 10, height: 10, fill: `url(#${HATCH_ID})`, stroke: p.gridMajor, 'stroke-width': 0.5 }), label: 'Not listed by the source' }] : []),
  ];
  const legend: SvgNode[] = [];
  let lx = 0;
  let ly = 12;
  for (const item of legendItems) {
    const w = 16 + item.label.length * charPx(11) + 14;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      ly += 18;
    }
    legend.push(el('g', { transform: `translate(${lx} ${ly})` }, [item.swatch, text(15, 0, item.label, { 'font-size': 11, fill: p.text })]));
    lx += w;
  }
  const legendHeight = legendItems.length > 0 ? ly + 8 : 0;

  const captionLines = wrapText(opts.caption, width / charPx(11), 6);
  const legendTop = plotTop + aboveAxis + AXIS_HEIGHT + 8;
  const captionTop = legendTop + legendHeight + 10;
  const height = captionTop + captionLines.length * 15 + M;
  const total = width + 2 * M;

  return el('svg', { width: total, height, viewBox: `0 0 ${total} ${height}`, 'font-family': FONT, role: 'img', 'aria-label': opts.title }, [
    el('title', {}, [opts.title]),
    el('defs', {}, [
      el('clipPath', { id: 'border-timeline-plot' }, [el('rect', { x: 0, y: 0, width, height: aboveAxis + AXIS_HEIGHT })]),
      el('pattern', { id: HATCH_ID, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: p.hatch, 'stroke-width': 2 })]),
    ]),
    el('rect', { x: 0, y: 0, width: total, height, fill: p.background }),
    el('g', { transform: `translate(${M} ${M})` }, [
      ...titleLines.map((line, i) => text(0, 15 + i * 20, line, { 'font-size': 15, 'font-weight': 600, fill: p.text })),
      text(0, titleLines.length * 20 + 12, `${filtered.rows.length} of ${ix.headlines.length} headlines · lanes by ${view.lanes} · dates are the days the aggregator listed them (UTC)`, {
        'font-size': 11,
        fill: p.muted,
      }),
    ]),
    el('g', { transform: `translate(${M} ${plotTop})`, 'clip-path': 'url(#border-timeline-plot)' }, [
      el('g', {}, plot),
      el('g', { transform: `translate(0 ${phaseStrip})` }, events),
      el('g', { transform: `translate(0 ${marksTop})` }, marks),
      el('g', { transform: `translate(0 ${aboveAxis})` }, axis),
    ]),
    el('g', { transform: `translate(${M} ${legendTop})` }, legend),
    el('g', { transform: `translate(${M} ${captionTop})` }, captionLines.map((line, i) => text(0, 11 + i * 15, line, { 'font-size': 11, fill: p.muted }))),
  ]);
}
