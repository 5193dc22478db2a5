/**
 * Splitting `TITLE - OUTLET` and naming the outlet.
 *
 * The outlet is the LONGEST ` - `-separated suffix of the rest that is a known alias (compared by slug,
 * so case and punctuation do not matter): `... - ABC News - Breaking News, Latest News and Videos` is ABC
 * News, not an outlet called "Breaking News, Latest News and Videos". When no suffix is known, the last
 * segment is taken as an unknown outlet, unless
 *   - there is no ` - ` at all, or
 *   - the last segment ends with an ellipsis (`...`/`…`: a cut title, not an outlet), or
 *   - it does not look like a name: no letter or digit, more than 8 words or more than 80 characters;
 * then the line has no outlet.
 */
import type { OutletEntry } from './table-schemas';
import { slug } from './text';

export type OutletResolution =
  | { kind: 'known'; title: string; raw: string; outlet: OutletEntry }
  | { kind: 'unknown'; title: string; raw: string; id: string }
  | { kind: 'none'; title: string };

const SEPARATOR = ' - ';

// Outlet strings repeat on every page: their slugs are remembered (bounded; long strings are titles).
const slugs = new Map<string, string>();
function slugOf(raw: string): string {
  let s = slugs.get(raw);
  if (s === undefined) {
    s = slug(raw);
    if (raw.length <= 80 && slugs.size < 50_000) slugs.set(raw, s);
  }
  return s;
}
const ELLIPSIS = /(\.\.\.|…)$/;

export function resolveOutlet(rest: string, byAlias: ReadonlyMap<string, OutletEntry>): OutletResolution {
  // Separator positions, left to right.
  const cuts: number[] = [];
  for (let at = rest.indexOf(SEPARATOR); at >= 0; at = rest.indexOf(SEPARATOR, at + 1)) cuts.push(at);
  if (cuts.length === 0) return { kind: 'none', title: rest };
  // Longest suffix first (the first cut leaves a one-segment title).
  for (const at of cuts) {
    const raw = rest.slice(at + SEPARATOR.length).trim();
    const outlet = byAlias.get(slugOf(raw));
    if (outlet !== undefined) {
      const title = rest.slice(0, at).trim();
      if (title !== '') return { kind: 'known', title, raw, outlet };
    }
  }
  const lastCut = cuts[cuts.length - 1] ?? 0;
  const raw = rest.slice(lastCut + SEPARATOR.length).trim();
  const id = slugOf(raw);
  const title = rest.slice(0, lastCut).trim();
  if (id === '' || title === '' || ELLIPSIS.test(raw) || raw.length > 80 || raw.split(' ').length > 8) {
    return { kind: 'none', title: rest };
  }
  return { kind: 'unknown', title, raw, id };
}
