/**
 * "Cite this view": the view's canonical link, what it shows, the corpus it was read from (its source page and
 * a build fingerprint) and the day it was accessed (UTC), in three styles. Pure; English like the interface.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import type { ViewState } from '../store/view-state';
import { windowDays } from '../store/view-state';
import { selectViewWindow } from '../store/selectors';
import { canonicalLink } from '../url/codec';

export const WORK_AUTHOR = 'Border Timeline';
export const WORK_TITLE = 'Pakistan–Afghanistan border clashes';
export const WORK_KIND = 'Interactive timeline';

export interface CitationInput {
  /** What the view shows: "AP News; 6 October – 8 November 2025". */
  readonly description: string;
  /** The canonical link that reopens the view. */
  readonly url: string;
  /** The corpus's source page (file name). */
  readonly source: string;
  /** The corpus's build fingerprint. */
  readonly build: string;
  /** The day accessed, `YYYY-MM-DD` (UTC). */
  readonly accessed: string;
}

const fingerprints = new WeakMap<CorpusIndex, string>();

/**
 * The corpus build: a fingerprint (53-bit FNV-style hash, 10 hex digits) of its source, its headline ids (each
 * a hash of its line's content) and its events and phases. The builder's output is byte-identical for the same
 * pages, so the same pages give the same build, and any change of content a different one.
 */
export function corpusBuild(ix: CorpusIndex): string {
  let fp = fingerprints.get(ix);
  if (fp !== undefined) return fp;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ 10, 2654435761);
    h2 = Math.imul(h2 ^ 10, 1597334677);
  };
  feed(ix.corpus.source);
  for (const h of ix.headlines) feed(`${h.id} ${h.date} ${h.outletId ?? ''} ${h.storyId}`);
  for (const e of ix.events) feed(`${e.id} ${e.start} ${e.end} ${e.headlineIds.length}`);
  for (const p of ix.phases) feed(`${p.id} ${p.start} ${p.end}`);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  fp = n.toString(16).padStart(14, '0').slice(-10);
  fingerprints.set(ix, fp);
  return fp;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const dayParts = (day: string) => ({ y: Number(day.slice(0, 4)), m: MONTHS[Number(day.slice(5, 7)) - 1]!, d: Number(day.slice(8, 10)) });

/** "3 December 2026" (a UTC calendar day, English, the same in every locale and engine). */
export function longDay(day: string): string {
  const { y, m, d } = dayParts(day);
  return `${d} ${m} ${y}`;
}

/** "13–21 October 2025", "30 September – 2 October 2025", "30 December 2025 – 2 January 2026". */
export function daySpan(from: string, to: string): string {
  if (from === to) return longDay(from);
  const a = dayParts(from);
  const b = dayParts(to);
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${b.m} ${b.y}`;
  if (a.y === b.y) return `${a.d} ${a.m} – ${b.d} ${b.m} ${b.y}`;
  return `${longDay(from)} – ${longDay(to)}`;
}

const named = <T extends { id: string }>(rows: readonly T[], ids: readonly string[], name: (r: T) => string) =>
  ids.map((id) => {
    const r = rows.find((x) => x.id === id);
    return r ? name(r) : id;
  });

/** What a view shows, in words: its selection, its filters and its window. */
export function describeView(ix: CorpusIndex, view: ViewState): string {
  const parts: string[] = [];
  const row = view.headlineId === null ? undefined : ix.rowById.get(view.headlineId);
  if (row !== undefined) parts.push(`“${ix.headlines[row]!.title}”`);
  const event = view.eventId === null ? undefined : ix.events[ix.eventIndex.get(view.eventId) ?? -1];
  if (event) parts.push(event.title);
  const lists = [
    named(ix.outlets, view.outlets, (o) => o.name),
    named(ix.origins, view.origins, (o) => `${o.label} outlets`),
    named(ix.topics, view.topics, (t) => t.label),
    named(ix.actors, view.actors, (a) => a.name),
    named(ix.events, view.events, (e) => `reports of ${e.title}`),
  ].filter((l) => l.length > 0);
  for (const l of lists) parts.push(l.join(', '));
  const q = view.query.trim();
  if (q !== '') parts.push(`search “${q.length > 60 ? `${q.slice(0, 59)}…` : q}”`);
  if (view.day !== null) parts.push(`listed ${longDay(view.day)}`);
  const win = windowDays(selectViewWindow(ix, view));
  parts.push(daySpan(win.from, win.to));
  return parts.join('; ');
}

export function citationInput(ix: CorpusIndex, view: ViewState, base: string, accessed: string): CitationInput {
  return { description: describeView(ix, view), url: canonicalLink(ix, view, base), source: ix.corpus.source, build: corpusBuild(ix), accessed };
}

/** Plain text: `Border Timeline. “…: AP News; 13–21 October 2025.” Interactive timeline; corpus …, build …. URL. Accessed 3 December 2026.` */
export function plainCitation(c: CitationInput): string {
  return `${WORK_AUTHOR}. “${WORK_TITLE}: ${c.description}.” ${WORK_KIND}; corpus ${c.source}, build ${c.build}. ${c.url}. Accessed ${longDay(c.accessed)}.`;
}

/** Today as a UTC calendar day. */
export function todayUtc(now = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}
