/**
 * The deep-link codec: pure functions between the view state and a query string. Every view has one
 * canonical URL: parameters at their default are left out, the rest come in a fixed order, id lists sorted.
 *
 *   ?corpus=PATH&date=YYYY-MM-DD&from=YYYY-MM-DD&to=YYYY-MM-DD&h=ID&event=ID&origins=ID,ID&outlets=ID,ID
 *    &topics=ID,ID&actors=ID,ID&events=ID,ID&terms=ID,ID&q=TEXT&lanes=origin&bg=ID&coverage=days&embed=1
 *
 * (the order and each parameter's rules come from the one table in store/view-state.ts; README, Deep links).
 *
 * Decoding never throws: each bad part is dropped and named in `ignored`, the rest applies. It runs in two
 * steps: `decodeView` checks the syntax (no corpus needed: it decides which corpus to load), and
 * `checkAgainstCorpus` drops what the loaded corpus does not know (ids, dates outside it).
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import {
  canonicalIds,
  changedKeys,
  defaultViewState,
  PARAM_ORDER,
  VIEW_FIELDS,
  VIEW_KEYS,
  type CheckContext,
  type CorpusFacts,
  type DecodeContext,
  type ViewKey,
  type ViewState,
} from '../store/view-state';
import { impliedWindow } from '../store/window';

export { MAX_QUERY_LENGTH, PARAM_ORDER, windowDays, type CorpusFacts } from '../store/view-state';

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
 * A corpus path a link may name: a same-origin path ending in `.json`, inside the app's own folder. Refused:
 * any scheme (`https:`, `javascript:`, `data:`), protocol-relative `//host/…`, backslashes, anything resolving
 * to another origin, and anything climbing (`..` segments, also spelled `%2e%2e`) or resolving out of the
 * app's folder (`../../etc/passwd.json`: where sites share an origin, another site's files are not the app's
 * to load).
 */
export function isSafeCorpusPath(path: string, base: string): boolean {
  if (path.length === 0 || path.length > 300) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || /[\\\s]/.test(path) || /%2f|%5c|%2e/i.test(path)) return false;
  // No parent segments at all: a link names a file beside the app or below it, never by climbing.
  if (/(^|\/)\.\.(\/|$)/.test(path)) return false;
  try {
    const baseUrl = new URL(base);
    const url = new URL(path, baseUrl);
    const folder = new URL('./', baseUrl).pathname;
    return url.origin === baseUrl.origin && url.pathname.startsWith(folder) && url.pathname.toLowerCase().endsWith('.json') && url.search === '' && url.hash === '';
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
    if (!PARAM_ORDER.includes(key)) unknown.add(key);
    else if (first.has(key)) repeated.add(key);
    else first.set(key, value);
  }
  for (const key of repeated) ignored.push(`${quote(key)} appeared more than once: the first was used`);
  for (const key of unknown) ignored.push(`unknown parameter ${quote(key)}`);

  const ctx: DecodeContext = {
    param: (name) => first.get(name),
    ignore: (sentence) => ignored.push(sentence),
    quote: (value) => quote(value),
    id: (raw, what) => {
      if (ID.test(raw)) return raw;
      ignored.push(`${what} ${quote(raw)} is not a valid id`);
      return undefined;
    },
    ids: (raw, what) => parseIds(raw, what, ignored),
    safeCorpusPath: (raw) => isSafeCorpusPath(raw, base),
  };
  const view: Record<string, unknown> = { ...defaultViewState };
  for (const key of VIEW_KEYS) {
    const value = VIEW_FIELDS[key].decode(ctx);
    if (value !== undefined) view[key] = value;
  }
  // Every key of ViewState was set from its row (or its default) above.
  return { view: view as unknown as ViewState, ignored };
}

/** Drop the parts of a decoded view that the corpus does not know. */
export function checkAgainstCorpus(view: ViewState, facts: CorpusFacts): Decoded {
  const ignored: string[] = [];
  const ctx: CheckContext = { ignore: (sentence) => ignored.push(sentence), quote: (value) => quote(value) };
  const checked: Record<string, unknown> = { ...view };
  for (const key of VIEW_KEYS) {
    const check = VIEW_FIELDS[key].check as ((value: unknown, f: CorpusFacts, c: CheckContext) => unknown) | undefined;
    if (check) checked[key] = check(view[key], facts, ctx);
  }
  // The same keys as `view`, each checked by its own row.
  return { view: ignored.length === 0 ? view : (checked as unknown as ViewState), ignored };
}

/**
 * Encode a view canonically (without the leading `?`). `impliedWindow` is the window the rest of the view
 * implies (see store/window.ts): when the view's window rounds to the same days, `from`/`to` are left out.
 */
export function encodeView(view: ViewState, impliedWindow: ViewState['window'] = null): string {
  const parts: (readonly [string, string])[] = [];
  for (const key of VIEW_KEYS) {
    const encode = VIEW_FIELDS[key].encode as (value: unknown, ctx: { impliedWindow: ViewState['window'] }) => readonly (readonly [string, string])[];
    parts.push(...encode(view[key], { impliedWindow }));
  }
  // URLSearchParams encodes spaces as `+` and escapes the rest; commas and slashes are kept readable
  // (both are legal in a query string).
  return new URLSearchParams(parts.map(([k, v]) => [k, v])).toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
}

/** What a loaded corpus knows, for `checkAgainstCorpus`. */
export function corpusFacts(ix: CorpusIndex): CorpusFacts {
  return {
    outlets: new Set(ix.outlets.map((o) => o.id)),
    origins: new Set(ix.origins.map((o) => o.id)),
    topics: new Set(ix.topics.map((t) => t.id)),
    actors: new Set(ix.actors.map((a) => a.id)),
    headlines: ix.rowById,
    sections: new Set(ix.corpus.background?.sections.map((s) => s.id) ?? []),
    events: new Set(ix.events.map((e) => e.id)),
    framing: new Set(ix.corpus.framing?.terms.map((t) => t.id) ?? []),
    range: ix.corpus.headlines.length > 0 ? { start: ix.headlines[0]!.date, end: ix.headlines[ix.headlines.length - 1]!.date } : ix.corpus.range,
    extent: ix.extent,
  };
}

/** Canonical query string of a view for a corpus (with `?`, or '' for the default view). */
export function canonicalSearch(view: ViewState, ix: CorpusIndex | null): string {
  const q = encodeView(view, ix === null ? null : impliedWindow(ix, view));
  return q === '' ? '' : `?${q}`;
}

/** The canonical link of a view: the page's origin and path (from `base`) with the view's canonical query. */
export function canonicalLink(ix: CorpusIndex, view: ViewState, base: string): string {
  const url = new URL(base);
  return `${url.origin}${url.pathname}${canonicalSearch(view, ix)}`;
}

/**
 * What a change of view does to the browser history: `push` a new entry when a deliberate choice (a field
 * whose row says `push`) changed the link, `replace` the current entry for continuous changes (zoom, pan,
 * typing), `none` when the link stays the same.
 */
export function historyAction(previous: ViewState, next: ViewState, ix: CorpusIndex | null): 'push' | 'replace' | 'none' {
  const changed: ViewKey[] = changedKeys(previous, next);
  if (changed.length === 0) return 'none';
  const search = canonicalSearch(next, ix);
  if (changed.some((k) => VIEW_FIELDS[k].history === 'push') && search !== canonicalSearch(previous, ix)) return 'push';
  return 'replace';
}
