/**
 * The deep-link codec: pure functions between the view state and a query string. Every view has one
 * canonical URL: parameters at their default are left out, the rest come in a fixed order, id lists sorted.
 *
 *   ?corpus=PATH&date=YYYY-MM-DD&from=YYYY-MM-DD&to=YYYY-MM-DD&h=ID&outlets=ID,ID&topics=ID,ID&actors=ID,ID&q=TEXT&lanes=origin&bg=ID
 *
 * Decoding never throws: each bad part is dropped and named in `ignored`, the rest applies. It runs in two
 * steps: `decodeView` checks the syntax (no corpus needed: it decides which corpus to load), and
 * `checkAgainstCorpus` drops what the loaded corpus does not know (ids, dates outside it).
 */
import { DAY_MS, addDays, dayToUtcMs, isCalendarDate, utcMsToDay } from '../corpus/dates';
import { canonicalIds, defaultViewState, lanesModes, type LanesMode, type TimeWindow, type ViewState } from '../store/view-state';

export const PARAM_ORDER = ['corpus', 'date', 'from', 'to', 'h', 'outlets', 'topics', 'actors', 'q', 'lanes', 'bg'] as const;
export type Param = (typeof PARAM_ORDER)[number];

/** Longest search text a link may carry. */
export const MAX_QUERY_LENGTH = 200;
/** Most ids a list parameter may carry. */
export const MAX_IDS = 200;
const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

export interface Decoded {
  readonly view: ViewState;
  /** One plain sentence per ignored part, for the notice. */
  readonly ignored: readonly string[];
}

/** Quote untrusted text for a notice: shortened, control and bidi characters made visible as `?`. */
export function quote(value: string, max = 40): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
  return `“${clean.length > max ? `${clean.slice(0, max)}…` : clean}”`;
}

/**
 * A corpus path a link may name: a same-origin path ending in `.json`. Refused: any scheme (`https:`,
 * `javascript:`, `data:`), protocol-relative `//host/…`, backslashes, and anything resolving to another origin.
 */
export function isSafeCorpusPath(path: string, base: string): boolean {
  if (path.length === 0 || path.length > 300) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || /[\\\s]/.test(path) || /%2f|%5c/i.test(path)) return false;
  try {
    const baseUrl = new URL(base);
    const url = new URL(path, baseUrl);
    return url.origin === baseUrl.origin && url.pathname.toLowerCase().endsWith('.json') && url.search === '' && url.hash === '';
  } catch {
    return false;
  }
}

function parseIds(raw: string, what: string, ignored: string[]): string[] {
  const ids: string[] = [];
  for (const part of raw.split(',')) {
    const id = part.trim();
    if (id === '') continue;
    if (!ID.test(id)) ignored.push(`${what} ${quote(id)} is not a valid id`);
    else ids.push(id);
  }
  if (ids.length > MAX_IDS) {
    ignored.push(`only the first ${MAX_IDS} ${what}s were kept`);
    ids.length = MAX_IDS;
  }
  return canonicalIds(ids);
}

/** Decode a query string (with or without `?`). `base` is the page URL, for the corpus origin check. */
export function decodeView(search: string, base: string): Decoded {
  const ignored: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { view: defaultViewState, ignored: ['the link could not be read'] };
  }
  const first = new Map<string, string>();
  const repeated = new Set<string>();
  const unknown = new Set<string>();
  for (const [key, value] of params) {
    if (!(PARAM_ORDER as readonly string[]).includes(key)) unknown.add(key);
    else if (first.has(key)) repeated.add(key);
    else first.set(key, value);
  }
  for (const key of repeated) ignored.push(`${quote(key)} appeared more than once: the first was used`);
  for (const key of unknown) ignored.push(`unknown parameter ${quote(key)}`);

  const view: { -readonly [K in keyof ViewState]: ViewState[K] } = { ...defaultViewState };
  const get = (p: Param) => first.get(p);

  const corpus = get('corpus');
  if (corpus !== undefined) {
    if (isSafeCorpusPath(corpus, base)) view.corpusPath = corpus;
    else ignored.push(`corpus ${quote(corpus)} was refused: only a .json file on this site can be loaded, so the default corpus is shown`);
  }

  const date = get('date');
  if (date !== undefined) {
    if (isCalendarDate(date)) view.day = date;
    else ignored.push(`date ${quote(date)} is not a real date (YYYY-MM-DD)`);
  }

  const from = get('from');
  const to = get('to');
  const fromOk = from !== undefined && isCalendarDate(from);
  const toOk = to !== undefined && isCalendarDate(to);
  if (from !== undefined && !fromOk) ignored.push(`from ${quote(from)} is not a real date (YYYY-MM-DD)`);
  if (to !== undefined && !toOk) ignored.push(`to ${quote(to)} is not a real date (YYYY-MM-DD)`);
  if (fromOk && toOk) {
    if (from <= to) view.window = { start: dayToUtcMs(from), end: dayToUtcMs(to) + DAY_MS };
    else ignored.push(`the window from ${from} to ${to} ends before it starts`);
  } else if (fromOk !== toOk && (fromOk || toOk)) {
    ignored.push(`${fromOk ? 'from' : 'to'} needs ${fromOk ? 'to' : 'from'} as well`);
  }

  const h = get('h');
  if (h !== undefined) {
    if (ID.test(h)) view.headlineId = h;
    else ignored.push(`headline ${quote(h)} is not a valid id`);
  }

  const outlets = get('outlets');
  if (outlets !== undefined) view.outlets = parseIds(outlets, 'outlet', ignored);
  const topics = get('topics');
  if (topics !== undefined) view.topics = parseIds(topics, 'topic', ignored);
  const actors = get('actors');
  if (actors !== undefined) view.actors = parseIds(actors, 'actor', ignored);

  const q = get('q');
  if (q !== undefined) {
    if (q.length > MAX_QUERY_LENGTH) ignored.push(`the search text was longer than ${MAX_QUERY_LENGTH} characters`);
    else view.query = q;
  }

  const lanes = get('lanes');
  if (lanes !== undefined) {
    if ((lanesModes as readonly string[]).includes(lanes)) view.lanes = lanes as LanesMode;
    else ignored.push(`lanes ${quote(lanes)} is not one of ${lanesModes.join(', ')}`);
  }

  const bg = get('bg');
  if (bg !== undefined) {
    if (ID.test(bg)) view.bgSection = bg;
    else ignored.push(`background section ${quote(bg)} is not a valid id`);
  }
  return { view, ignored };
}

/** What the loaded corpus knows, for `checkAgainstCorpus`. */
export interface CorpusFacts {
  readonly outlets: ReadonlySet<string>;
  readonly topics: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
  /** Null: not known yet (a split corpus still loading); headline ids are then kept as they are. */
  readonly headlines: { has(id: string): boolean } | null;
  readonly sections: ReadonlySet<string>;
  /** First and last headline day, inclusive. */
  readonly range: { readonly start: string; readonly end: string };
  /** The zoomable extent, `[start, end)` in ms. */
  readonly extent: readonly [number, number];
}

/** Drop the parts of a decoded view that the corpus does not know. */
export function checkAgainstCorpus(view: ViewState, facts: CorpusFacts): Decoded {
  const ignored: string[] = [];
  const keep = (ids: readonly string[], known: ReadonlySet<string>, what: string) => {
    const unknown = ids.filter((id) => !known.has(id));
    for (const id of unknown) ignored.push(`unknown ${what} ${quote(id)}`);
    return unknown.length === 0 ? ids : ids.filter((id) => known.has(id));
  };
  let day = view.day;
  if (day !== null && (day < facts.range.start || day > facts.range.end)) {
    ignored.push(`${day} is outside this corpus (${facts.range.start} to ${facts.range.end})`);
    day = null;
  }
  let window = view.window;
  if (window !== null && (window.end <= facts.extent[0] || window.start >= facts.extent[1])) {
    ignored.push(`the window ${utcMsToDay(window.start)} to ${utcMsToDay(window.end - DAY_MS)} is outside this corpus`);
    window = null;
  }
  let headlineId = view.headlineId;
  if (headlineId !== null && facts.headlines !== null && !facts.headlines.has(headlineId)) {
    ignored.push(`unknown headline ${quote(headlineId)}`);
    headlineId = null;
  }
  let bgSection = view.bgSection;
  if (bgSection !== null && !facts.sections.has(bgSection)) {
    ignored.push(`unknown background section ${quote(bgSection)}`);
    bgSection = null;
  }
  const checked: ViewState = {
    ...view,
    day,
    window,
    headlineId,
    bgSection,
    outlets: keep(view.outlets, facts.outlets, 'outlet'),
    topics: keep(view.topics, facts.topics, 'topic'),
    actors: keep(view.actors, facts.actors, 'actor'),
  };
  return { view: ignored.length === 0 ? view : checked, ignored };
}

/** The window a link shows as days: `from` the first day, `to` the last day (inclusive), rounded to whole days. */
export function windowDays(window: TimeWindow): { from: string; to: string } {
  const start = Math.round(window.start / DAY_MS);
  const end = Math.max(start + 1, Math.round(window.end / DAY_MS));
  return { from: utcMsToDay(start * DAY_MS), to: addDays(utcMsToDay(end * DAY_MS), -1) };
}

/**
 * Encode a view canonically (without the leading `?`). `impliedWindow` is the window the rest of the view
 * implies (see store/window.ts): when the view's window rounds to the same days, `from`/`to` are left out.
 */
export function encodeView(view: ViewState, impliedWindow: TimeWindow | null = null): string {
  const parts: [Param, string][] = [];
  if (view.corpusPath !== null) parts.push(['corpus', view.corpusPath]);
  if (view.day !== null) parts.push(['date', view.day]);
  if (view.window !== null) {
    const days = windowDays(view.window);
    const implied = impliedWindow === null ? null : windowDays(impliedWindow);
    if (implied === null || implied.from !== days.from || implied.to !== days.to) parts.push(['from', days.from], ['to', days.to]);
  }
  if (view.headlineId !== null) parts.push(['h', view.headlineId]);
  if (view.outlets.length) parts.push(['outlets', canonicalIds(view.outlets).join(',')]);
  if (view.topics.length) parts.push(['topics', canonicalIds(view.topics).join(',')]);
  if (view.actors.length) parts.push(['actors', canonicalIds(view.actors).join(',')]);
  if (view.query !== '') parts.push(['q', view.query]);
  if (view.lanes !== defaultViewState.lanes) parts.push(['lanes', view.lanes]);
  if (view.bgSection !== null) parts.push(['bg', view.bgSection]);
  // URLSearchParams encodes spaces as `+` and escapes the rest; commas and slashes are kept readable
  // (both are legal in a query string).
  return new URLSearchParams(parts).toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
}
