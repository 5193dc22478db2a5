/**
 * Wire copies: the same or nearly the same title carried by several outlets (AP's ceasefire headline under
 * ABC News, the Toronto Star and The Independent). Within each story (stories.ts already groups near copies
 * with everything else on the same news), headlines are linked when their title words are nearly the same set
 * (Jaccard at least `COPY_JACCARD`, or one title holding nearly all of a shorter one's words: a cut copy);
 * linked headlines of at least two outlets are one copy. A copy is marked as an agency's when a wire outlet
 * (kind `wire` in outlets.json) carried it, else when a title of it names an agency (a wire outlet's name or
 * alias, or data/attribution.json `agencies`), else when an outlet's name as seen on the page does.
 *
 * Pure: the same headlines and names always give the same copies, in the same order.
 */
import type { Headline, Outlet, WireCopy } from '../../src/corpus/schema';
import { compareStrings, normKey } from './text';

/** Two titles are copies when their word sets' Jaccard similarity reaches this (one changed word in ~8). */
export const COPY_JACCARD = 0.75;
/** …or when the shorter title's words are this share of the words both hold (a copy cut or extended). */
export const COPY_CONTAINMENT = 0.9;
/**
 * Containment only counts for titles of at least this many words (short titles are too alike: "Pakistan and
 * Afghanistan agree to a ceasefire" sits inside many longer ones), and a longer title at most this many times
 * as long.
 */
export const MIN_CONTAINED_WORDS = 8;
export const MAX_CONTAINED_RATIO = 1.5;

/** An agency's name and how a title or an outlet name can spell it. */
export interface AgencyName {
  readonly name: string;
  /** The agency's outlet id when it is an outlet of the table, else null. */
  readonly outletId: string | null;
  readonly aliases: readonly string[];
}

/** The words of a title for copy matching: a trailing `| Section` dropped, folded, apostrophes dropped. */
export function copyWords(title: string): Set<string> {
  const bar = title.lastIndexOf(' | ');
  const body = bar > 0 && title.slice(bar + 3).split(/\s+/).length <= 6 ? title.slice(0, bar) : title;
  const key = normKey(body.replace(/(\.\.\.|…)\s*$/, ''));
  return new Set(key === '' ? [] : key.split(' '));
}

/** Whether two titles' word sets are copies of each other (see the module comment). */
export function isCopy(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  const union = a.size + b.size - both;
  if (both / union >= COPY_JACCARD) return true;
  const shorter = Math.min(a.size, b.size);
  const longer = Math.max(a.size, b.size);
  return shorter >= MIN_CONTAINED_WORDS && longer <= shorter * MAX_CONTAINED_RATIO && both / shorter >= COPY_CONTAINMENT;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for one spelling: on word boundaries; case-sensitive for an acronym ("AP", not "ap"). */
function spellingMatcher(alias: string): RegExp {
  const acronym = !/[a-z]/.test(alias) || /[A-Z]{2}/.test(alias);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(alias)}(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu');
}

/** `(text) → the first agency it names, or null`, agencies tried in the given order. */
export function agencyFinder(agencies: readonly AgencyName[]): (text: string) => AgencyName | null {
  const compiled = agencies.map((a) => ({ a, res: [a.name, ...a.aliases].filter((s) => s.trim() !== '').map(spellingMatcher) }));
  return (text) => compiled.find(({ res }) => res.some((re) => re.test(text)))?.a ?? null;
}

/**
 * The copies among `headlines`, by story. `outlets` are the corpus's (their `kind` and the names seen on the
 * page); `agencies` the names an agency goes by.
 */
export function wireCopies(headlines: readonly Headline[], outlets: readonly Outlet[], agencies: readonly AgencyName[]): WireCopy[] {
  const outletById = new Map(outlets.map((o) => [o.id, o]));
  const find = agencyFinder(agencies);
  const byStory = new Map<string, Headline[]>();
  for (const h of headlines) {
    const list = byStory.get(h.storyId);
    if (list) list.push(h);
    else byStory.set(h.storyId, [h]);
  }
  const order = (a: Headline, b: Headline) => compareStrings(a.date, b.date) || a.sourceLine - b.sourceLine || compareStrings(a.id, b.id);
  const copies: WireCopy[] = [];
  for (const [storyId, list] of byStory) {
    if (list.length < 2) continue;
    const rows = [...list].sort(order);
    const words = rows.map((h) => copyWords(h.title));
    // Union-find over the story's headlines: a story holds a few dozen at most, so all pairs are cheap.
    const parent = rows.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
    for (let i = 0; i < rows.length; i++)
      for (let j = i + 1; j < rows.length; j++) if (isCopy(words[i]!, words[j]!)) parent[root(j)] = root(i);
    const groups = new Map<number, Headline[]>();
    rows.forEach((h, i) => {
      const r = root(i);
      const g = groups.get(r);
      if (g) g.push(h);
      else groups.set(r, [h]);
    });
    for (const group of groups.values()) {
      const outletIds = [...new Set(group.flatMap((h) => (h.outletId === null ? [] : [h.outletId])))];
      if (outletIds.length < 2) continue;
      copies.push({
        id: `copy-${group[0]!.id}`,
        storyId,
        headlineIds: group.map((h) => h.id),
        outletIds,
        firstDate: group[0]!.date,
        agency: agencyOf(group, outletIds, outletById, agencies, find),
      });
    }
  }
  return copies.sort((a, b) => compareStrings(a.firstDate, b.firstDate) || compareStrings(a.id, b.id));
}

function agencyOf(
  group: readonly Headline[],
  outletIds: readonly string[],
  outletById: ReadonlyMap<string, Outlet>,
  agencies: readonly AgencyName[],
  find: (text: string) => AgencyName | null,
): WireCopy['agency'] {
  const wire = outletIds.map((id) => outletById.get(id)).find((o) => o?.kind === 'wire');
  if (wire) return { name: agencies.find((a) => a.outletId === wire.id)?.name ?? wire.name, outletId: wire.id, by: 'outlet' };
  for (const h of group) {
    const a = find(h.title);
    if (a) return { name: a.name, outletId: a.outletId, by: 'title' };
  }
  for (const id of outletIds) {
    const o = outletById.get(id);
    const a = o ? o.aliases.map(find).find((x) => x !== null) : undefined;
    if (a) return { name: a.name, outletId: a.outletId, by: 'alias' };
  }
  return null;
}
