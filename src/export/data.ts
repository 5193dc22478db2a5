/**
 * The data export of a view: one record per headline the view shows (the headline list's rows: every filter
 * and the selected day, read through the store's selectors, never filtered again here), as CSV and as JSON
 * (the same records, plus the key events and phases in the timeline's window, with their sources).
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import type { CorpusEvent, Phase, Source } from '../corpus/schema';
import { selectFiltered, selectListRows, selectViewWindow } from '../store/selectors';
import { windowDays, type ViewState } from '../store/view-state';
import { toCsv, type CsvValue } from './csv';

/** One exported headline. */
export interface HeadlineRecord {
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  readonly outletId: string | null;
  readonly outletCountry: string;
  readonly outletOrigin: string;
  /** The day the aggregator listed it (the day the app shows it on). */
  readonly listedDate: string;
  readonly topics: readonly string[];
  readonly actors: readonly string[];
  readonly storyId: string;
  readonly events: readonly string[];
  /** Every place the headline was found: page file name and 1-based line. */
  readonly sources: readonly { readonly page: string; readonly line: number }[];
}

/** The rows a view shows, in list order: the store's memoized selectors, as the headline list uses them. */
export function viewRows(ix: CorpusIndex, view: ViewState): readonly number[] {
  return selectListRows(ix, selectFiltered(ix, view), view.day);
}

export function headlineRecord(ix: CorpusIndex, row: number): HeadlineRecord {
  const h = ix.headlines[row]!;
  const o = ix.outletRow[row]!;
  const outlet = o >= 0 ? ix.outlets[o]! : null;
  const origin = ix.origins[ix.originRow[row]!];
  return {
    id: h.id,
    title: h.title,
    outlet: outlet?.name ?? '',
    outletId: outlet?.id ?? null,
    outletCountry: outlet?.country ?? '',
    outletOrigin: outlet === null ? '' : (origin?.label ?? ''),
    listedDate: h.date,
    topics: h.topics.map((id) => ix.topics[ix.topicIndex.get(id) ?? -1]?.label ?? id),
    actors: h.actors.map((id) => ix.actors[ix.actorIndex.get(id) ?? -1]?.name ?? id),
    storyId: h.storyId,
    events: ix.rowEvents[row]!.map((k) => ix.events[k]!.id),
    sources: h.sources ?? [{ page: ix.corpus.source, line: h.sourceLine }],
  };
}

export const CSV_HEADER = [
  'id',
  'title',
  'outlet',
  'outlet_id',
  'outlet_country',
  'outlet_origin',
  'listed_date',
  'topics',
  'actors',
  'story_id',
  'events',
  'source_page',
  'source_line',
] as const;

/** Several values in one cell. */
export const LIST_SEPARATOR = '; ';

/** A record as a CSV row (its first source place in `source_page`/`source_line`; the JSON has them all). */
export function csvRow(r: HeadlineRecord): CsvValue[] {
  const first = r.sources[0];
  return [
    r.id,
    r.title,
    r.outlet,
    r.outletId ?? '',
    r.outletCountry,
    r.outletOrigin,
    r.listedDate,
    r.topics.join(LIST_SEPARATOR),
    r.actors.join(LIST_SEPARATOR),
    r.storyId,
    r.events.join(LIST_SEPARATOR),
    first?.page ?? '',
    first?.line ?? '',
  ];
}

export function headlinesCsv(ix: CorpusIndex, rows: readonly number[]): string {
  return toCsv(CSV_HEADER, rows.map((r) => csvRow(headlineRecord(ix, r))));
}

/** Events and phases overlapping the window `[from, to]` (calendar days, both included). */
export function inWindow<T extends { start: string; end: string }>(items: readonly T[], from: string, to: string): T[] {
  return items.filter((x) => x.start <= to && x.end >= from);
}

export interface ExportContext {
  /** The canonical link of the view. */
  readonly link: string;
  /** The UTC calendar day of the export. */
  readonly accessed: string;
  /** The corpus's fingerprint (see citation.ts). */
  readonly build: string;
}

export interface ViewExport {
  readonly format: 'border-timeline-export';
  readonly version: 1;
  readonly link: string;
  readonly accessed: string;
  readonly corpus: { readonly source: string; readonly build: string; readonly range: { readonly start: string; readonly end: string } };
  readonly window: { readonly from: string; readonly to: string };
  readonly filters: {
    readonly outlets: readonly string[];
    readonly origins: readonly string[];
    readonly topics: readonly string[];
    readonly actors: readonly string[];
    readonly events: readonly string[];
    readonly query: string;
    readonly day: string | null;
  };
  readonly headlines: readonly HeadlineRecord[];
  readonly events: readonly Pick<CorpusEvent, 'id' | 'title' | 'kind' | 'start' | 'end' | 'time' | 'summary' | 'places' | 'actors' | 'sources' | 'claims' | 'disputes'>[];
  readonly phases: readonly { readonly id: string; readonly label: string; readonly start: string; readonly end: string; readonly sources: readonly Source[] }[];
}

/** The whole view as one JSON-ready object. */
export function viewExport(ix: CorpusIndex, view: ViewState, ctx: ExportContext): ViewExport {
  const win = windowDays(selectViewWindow(ix, view));
  const event = (e: CorpusEvent) => ({
    id: e.id,
    title: e.title,
    kind: e.kind,
    start: e.start,
    end: e.end,
    time: e.time,
    summary: e.summary,
    places: e.places,
    actors: e.actors,
    sources: e.sources,
    claims: e.claims,
    disputes: e.disputes,
  });
  const phase = (p: Phase) => ({ id: p.id, label: p.label, start: p.start, end: p.end, sources: p.sources });
  return {
    format: 'border-timeline-export',
    version: 1,
    link: ctx.link,
    accessed: ctx.accessed,
    corpus: { source: ix.corpus.source, build: ctx.build, range: ix.corpus.range },
    window: win,
    filters: { outlets: view.outlets, origins: view.origins, topics: view.topics, actors: view.actors, events: view.events, query: view.query, day: view.day },
    headlines: viewRows(ix, view).map((r) => headlineRecord(ix, r)),
    events: inWindow(ix.events, win.from, win.to).map(event),
    phases: inWindow(ix.phases, win.from, win.to).map(phase),
  };
}

/** ASCII slug: accents dropped, anything else but letters and digits a hyphen. */
export function slug(text: string, max = 32): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '');
}

/** Longest file name stem we write (most file systems allow 255 bytes). */
const MAX_STEM = 120;

/**
 * A file name that says what and when: `border-timeline_FROM_TO_FILTERS.EXT`. FROM and TO are the first and
 * last listing day of the headlines in the file (the window's days when there is none); FILTERS names the
 * active filters by id (`ap-news`, `ap-news_ceasefire`, `q-durand-line`, `day-2025-10-17`), or `all`. ASCII only.
 */
export function exportFileName(ix: CorpusIndex, view: ViewState, rows: readonly number[], ext: 'csv' | 'json' | 'svg' | 'png'): string {
  let from: string;
  let to: string;
  if (rows.length > 0) {
    from = ix.headlines[rows[0]!]!.date;
    to = from;
    for (const r of rows) {
      const d = ix.headlines[r]!.date;
      if (d < from) from = d;
      if (d > to) to = d;
    }
  } else ({ from, to } = windowDays(selectViewWindow(ix, view)));
  const parts = [
    ...(view.day !== null ? [`day-${view.day}`] : []),
    ...view.outlets,
    ...view.origins,
    ...view.topics,
    ...view.actors,
    ...view.events,
    ...(slug(view.query) !== '' ? [`q-${slug(view.query)}`] : []),
  ].map((p) => slug(p, 60));
  let filters = parts.filter((p) => p !== '').join('_') || 'all';
  const head = `border-timeline_${from}_${to}_`;
  if (head.length + filters.length > MAX_STEM) filters = `${filters.slice(0, MAX_STEM - head.length - 4).replace(/[-_]+$/, '')}_etc`;
  return `${head}${filters}.${ext}`;
}

/** The window's first and last day (as the toolbar names them). */
export function windowLabelDays(ix: CorpusIndex, view: ViewState): { from: string; to: string } {
  return windowDays(selectViewWindow(ix, view));
}
