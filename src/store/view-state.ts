/**
 * The view state: everything that decides what the screen shows and that a link can carry, described by one
 * table (`VIEW_FIELDS`). Each row says a field's default, its URL parameters (the row order is the canonical
 * parameter order), whether a change of it is a deliberate choice (a history entry of its own) or a continuous
 * one (it replaces the current entry), and how it is encoded, decoded and checked against a corpus. The store's
 * defaults, `pickView`, the URL codec and the URL sync are all derived from it: adding a parameter is one row,
 * and the compiler demands every column.
 *
 * The store holds the state (with actions); the URL codec runs the table; the table itself knows nothing of
 * `location` or `history`: what it needs of the URL layer (quoting, id lists, the corpus-path check) comes in
 * through the contexts.
 */
import { DAY_MS, dayToUtcMs, isCalendarDate, utcMsToDay, type TimeWindow } from '../corpus/dates';

export const lanesModes = ['topic', 'origin', 'outlet'] as const;
export type LanesMode = (typeof lanesModes)[number];

/** The Coverage region's rows: key events or listing days. */
export const coverageModes = ['events', 'days'] as const;
export type CoverageMode = (typeof coverageModes)[number];

export type { TimeWindow };

export interface ViewState {
  /** Same-origin path of another corpus; null for the default one. */
  readonly corpusPath: string | null;
  /** Selected calendar day `YYYY-MM-DD`. */
  readonly day: string | null;
  /** Null: the window the rest of the view implies (see store/window.ts). */
  readonly window: TimeWindow | null;
  readonly headlineId: string | null;
  /** The selected key event: its panel open, the window fitted to it. */
  readonly eventId: string | null;
  /** Outlet-origin ids (Pakistani, Afghan, Indian…); empty means every origin. */
  readonly origins: readonly string[];
  /** Outlet ids; empty means every outlet. Kept sorted, without duplicates. */
  readonly outlets: readonly string[];
  readonly topics: readonly string[];
  readonly actors: readonly string[];
  /** Event filter: the headlines that report any of these events. */
  readonly events: readonly string[];
  /** Framing-word filter: the headlines whose titles use any of these terms (data/framing.json). */
  readonly framing: readonly string[];
  /** Free-text search over titles and outlet names. */
  readonly query: string;
  readonly lanes: LanesMode;
  /** Section of the background article scrolled to. */
  readonly bgSection: string | null;
  /** The Coverage region, open with events or days as its rows; null: closed. */
  readonly coverage: CoverageMode | null;
  /** The compact view for an `<iframe>` on another site (`embed=1`): timeline, key events and details only. */
  readonly embed: boolean;
}

export type ViewKey = keyof ViewState;

/** Sorted, de-duplicated copy of a list of ids: one canonical form per set. */
export function canonicalIds(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort();
}

/** What the loaded corpus knows, for checking a decoded view against it. */
export interface CorpusFacts {
  readonly outlets: ReadonlySet<string>;
  readonly origins: ReadonlySet<string>;
  readonly topics: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
  /** Null: not known yet (a split corpus still loading); headline ids are then kept as they are. */
  readonly headlines: { has(id: string): boolean } | null;
  readonly sections: ReadonlySet<string>;
  readonly events: ReadonlySet<string>;
  /** Framing terms of the corpus's lexicon. */
  readonly framing: ReadonlySet<string>;
  /** First and last headline day, inclusive. */
  readonly range: { readonly start: string; readonly end: string };
  /** The zoomable extent, `[start, end)` in ms. */
  readonly extent: readonly [number, number];
}

/** What decoding needs from the URL layer. Every helper that rejects a value says why through `ignore`. */
export interface DecodeContext {
  /** The first value of a parameter, or undefined when absent. */
  param(name: string): string | undefined;
  /** Name an ignored part of the link (one plain sentence). */
  ignore(sentence: string): void;
  /** Quote untrusted text for a sentence. */
  quote(value: string): string;
  /** One id, or undefined (and a sentence) when it is not a valid id. */
  id(raw: string, what: string): string | undefined;
  /** A comma-separated id list, canonical, bad ids named. */
  ids(raw: string, what: string): string[];
  /** Whether a corpus path may be loaded (same origin, `.json`). */
  safeCorpusPath(raw: string): boolean;
}

export interface EncodeContext {
  /** The window the rest of the view implies: a window that rounds to the same days is left out. */
  readonly impliedWindow: TimeWindow | null;
}

export interface CheckContext {
  ignore(sentence: string): void;
  quote(value: string): string;
}

export interface FieldSpec<V> {
  /** Its URL parameters, in canonical order. */
  readonly params: readonly string[];
  readonly default: V;
  /** `push`: a change is a deliberate choice, its own history entry. `replace`: it updates the current entry. */
  readonly history: 'push' | 'replace';
  /** The parameters of a value other than the default (an empty list leaves them out). */
  readonly encode: (value: V, ctx: EncodeContext) => readonly (readonly [string, string])[];
  /** The value the link carries, or undefined when it carries none (or a bad one, named through the context). */
  readonly decode: (ctx: DecodeContext) => V | undefined;
  /** Drop what a loaded corpus does not know (named through the context); identity when all is known. */
  readonly check?: (value: V, facts: CorpusFacts, ctx: CheckContext) => V;
}

export type ViewFields = { readonly [K in ViewKey]: FieldSpec<ViewState[K]> };

/** Longest search text a link may carry. */
export const MAX_QUERY_LENGTH = 200;

/**
 * The window as whole days: `from` the first day it shows any of, `to` the last (inclusive), as the toolbar
 * names them, so a link reopens on the same days (a zoom leaves the window at fractions of a day).
 */
export function windowDays(w: TimeWindow): { from: string; to: string } {
  const start = Math.floor(w.start / DAY_MS + 1e-6);
  const end = Math.max(start + 1, Math.ceil(w.end / DAY_MS - 1e-6));
  return { from: utcMsToDay(start * DAY_MS), to: utcMsToDay((end - 1) * DAY_MS) };
}

/** A list filter's row: a comma-separated, sorted list of ids that the corpus must know. */
function idListField(param: string, what: string, known: (facts: CorpusFacts) => ReadonlySet<string>): FieldSpec<readonly string[]> {
  return {
    params: [param],
    default: [],
    history: 'push',
    encode: (ids) => (ids.length ? [[param, canonicalIds(ids).join(',')]] : []),
    decode: (ctx) => {
      const raw = ctx.param(param);
      return raw === undefined ? undefined : ctx.ids(raw, what);
    },
    check: (ids, facts, ctx) => {
      const set = known(facts);
      const unknown = ids.filter((id) => !set.has(id));
      for (const id of unknown) ctx.ignore(`unknown ${what} ${ctx.quote(id)}`);
      return unknown.length === 0 ? ids : ids.filter((id) => set.has(id));
    },
  };
}

/** A single-id row (`h`, `bg`). */
function idField(param: string, what: string, known: (facts: CorpusFacts, id: string) => boolean | null): FieldSpec<string | null> {
  return {
    params: [param],
    default: null,
    history: 'push',
    encode: (id) => (id === null ? [] : [[param, id]]),
    decode: (ctx) => {
      const raw = ctx.param(param);
      return raw === undefined ? undefined : ctx.id(raw, what);
    },
    check: (id, facts, ctx) => {
      // null from `known`: the corpus cannot tell yet (a split corpus still loading), so the id stays.
      if (id === null || known(facts, id) !== false) return id;
      ctx.ignore(`unknown ${what} ${ctx.quote(id)}`);
      return null;
    },
  };
}

/** The table. Its key order is the canonical parameter order. */
export const VIEW_FIELDS: ViewFields = {
  corpusPath: {
    params: ['corpus'],
    default: null,
    history: 'push',
    encode: (path) => (path === null ? [] : [['corpus', path]]),
    decode: (ctx) => {
      const raw = ctx.param('corpus');
      if (raw === undefined) return undefined;
      if (ctx.safeCorpusPath(raw)) return raw;
      ctx.ignore(`corpus ${ctx.quote(raw)} was refused: only a .json file on this site can be loaded, so the default corpus is shown`);
      return undefined;
    },
  },
  day: {
    params: ['date'],
    default: null,
    history: 'push',
    encode: (day) => (day === null ? [] : [['date', day]]),
    decode: (ctx) => {
      const raw = ctx.param('date');
      if (raw === undefined) return undefined;
      if (isCalendarDate(raw)) return raw;
      ctx.ignore(`date ${ctx.quote(raw)} is not a real date (YYYY-MM-DD)`);
      return undefined;
    },
    check: (day, facts, ctx) => {
      if (day === null || (day >= facts.range.start && day <= facts.range.end)) return day;
      ctx.ignore(`${day} is outside this corpus (${facts.range.start} to ${facts.range.end})`);
      return null;
    },
  },
  window: {
    params: ['from', 'to'],
    default: null,
    history: 'replace',
    encode: (w, { impliedWindow }) => {
      if (w === null) return [];
      const days = windowDays(w);
      const implied = impliedWindow === null ? null : windowDays(impliedWindow);
      return implied !== null && implied.from === days.from && implied.to === days.to ? [] : [['from', days.from], ['to', days.to]];
    },
    decode: (ctx) => {
      const from = ctx.param('from');
      const to = ctx.param('to');
      const fromOk = from !== undefined && isCalendarDate(from);
      const toOk = to !== undefined && isCalendarDate(to);
      if (from !== undefined && !fromOk) ctx.ignore(`from ${ctx.quote(from)} is not a real date (YYYY-MM-DD)`);
      if (to !== undefined && !toOk) ctx.ignore(`to ${ctx.quote(to)} is not a real date (YYYY-MM-DD)`);
      if (fromOk && toOk) {
        if (from <= to) return { start: dayToUtcMs(from), end: dayToUtcMs(to) + DAY_MS };
        ctx.ignore(`the window from ${from} to ${to} ends before it starts`);
      } else if (fromOk !== toOk && (fromOk || toOk)) {
        ctx.ignore(`${fromOk ? 'from' : 'to'} needs ${fromOk ? 'to' : 'from'} as well`);
      }
      return undefined;
    },
    check: (w, facts, ctx) => {
      if (w === null || (w.end > facts.extent[0] && w.start < facts.extent[1])) return w;
      ctx.ignore(`the window ${utcMsToDay(w.start)} to ${utcMsToDay(w.end - DAY_MS)} is outside this corpus`);
      return null;
    },
  },
  headlineId: idField('h', 'headline', (facts, id) => (facts.headlines === null ? null : facts.headlines.has(id))),
  eventId: idField('event', 'event', (facts, id) => facts.events.has(id)),
  origins: idListField('origins', 'origin', (f) => f.origins),
  outlets: idListField('outlets', 'outlet', (f) => f.outlets),
  topics: idListField('topics', 'topic', (f) => f.topics),
  actors: idListField('actors', 'actor', (f) => f.actors),
  events: idListField('events', 'event', (f) => f.events),
  framing: idListField('terms', 'framing term', (f) => f.framing),
  query: {
    params: ['q'],
    default: '',
    history: 'replace',
    encode: (q) => (q === '' ? [] : [['q', q]]),
    decode: (ctx) => {
      const raw = ctx.param('q');
      if (raw === undefined) return undefined;
      if (raw.length <= MAX_QUERY_LENGTH) return raw;
      ctx.ignore(`the search text was longer than ${MAX_QUERY_LENGTH} characters`);
      return undefined;
    },
  },
  lanes: {
    params: ['lanes'],
    default: 'topic',
    history: 'push',
    encode: (lanes) => (lanes === 'topic' ? [] : [['lanes', lanes]]),
    decode: (ctx) => {
      const raw = ctx.param('lanes');
      if (raw === undefined) return undefined;
      if ((lanesModes as readonly string[]).includes(raw)) return raw as LanesMode;
      ctx.ignore(`lanes ${ctx.quote(raw)} is not one of ${lanesModes.join(', ')}`);
      return undefined;
    },
  },
  bgSection: idField('bg', 'background section', (facts, id) => facts.sections.has(id)),
  coverage: {
    params: ['coverage'],
    default: null,
    history: 'push',
    encode: (mode) => (mode === null ? [] : [['coverage', mode]]),
    decode: (ctx) => {
      const raw = ctx.param('coverage');
      if (raw === undefined) return undefined;
      if ((coverageModes as readonly string[]).includes(raw)) return raw as CoverageMode;
      ctx.ignore(`coverage ${ctx.quote(raw)} is not one of ${coverageModes.join(', ')}`);
      return undefined;
    },
  },
  // How the view is shown, not what it shows: the page that frames the app sets it, a reader never toggles it,
  // so it never makes a history entry of its own (and the links inside the frame keep it).
  embed: {
    params: ['embed'],
    default: false,
    history: 'replace',
    encode: (embed) => (embed ? [['embed', '1']] : []),
    decode: (ctx) => {
      const raw = ctx.param('embed');
      if (raw === undefined) return undefined;
      if (raw === '1' || raw === '0') return raw === '1';
      ctx.ignore(`embed ${ctx.quote(raw)} is not 1 or 0`);
      return undefined;
    },
  },
};

/** The view-state keys, in canonical order. */
export const VIEW_KEYS = Object.keys(VIEW_FIELDS) as ViewKey[];

/** Every URL parameter, in canonical order. */
export const PARAM_ORDER: readonly string[] = VIEW_KEYS.flatMap((k) => VIEW_FIELDS[k].params);

// Object.fromEntries loses the key-to-type pairing; the table is keyed by ViewState, so every key is there.
export const defaultViewState: ViewState = Object.fromEntries(VIEW_KEYS.map((k) => [k, VIEW_FIELDS[k].default])) as unknown as ViewState;

/** The view-state fields of any object holding them (the store's state), in a fresh object. */
export function pickView(s: ViewState): ViewState {
  // As for the defaults: one entry per key of the table.
  return Object.fromEntries(VIEW_KEYS.map((k) => [k, s[k]])) as unknown as ViewState;
}

/** The fields that differ (by identity) between two views. */
export function changedKeys(a: ViewState, b: ViewState): ViewKey[] {
  return VIEW_KEYS.filter((k) => !Object.is(a[k], b[k]));
}
