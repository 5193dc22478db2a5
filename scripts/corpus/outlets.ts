/**
 * Splitting `TITLE - OUTLET` and naming the outlet.
 *
 * The outlet is the LONGEST ` - `-separated suffix of the rest that is a known alias (compared by slug,
 * so case and punctuation do not matter): `... - ABC News - Breaking News, Latest News and Videos` is ABC
 * News, not an outlet called "Breaking News, Latest News and Videos". No alias is longer than
 * `MAX_ALIAS_LENGTH`, so only the suffixes up to that length are tried: a line of many separators costs
 * what its length costs, not its length squared.
 *
 * When no suffix is known, the last segment is taken as an unknown outlet if it reads as a name:
 *   - up to 8 words and 80 characters, holding a letter or digit, not ending with an ellipsis; or
 *   - longer (up to 24 words and 160 characters), an organisation's full name ("Ministry of Foreign
 *     Affairs of the Islamic Republic of Pakistan"): capitalised words joined only by small words (of, the,
 *     and…), naming an organisation (one of `organisationWords` in data/outlets.json: Ministry, University,
 *     Office…), after a title that is not itself written in title case (else the two cannot be told apart).
 * Otherwise the line has no outlet, and `why` says why in words a person checking the page can act on.
 */
import { MAX_ALIAS_LENGTH, type OutletEntry } from './table-schemas';
import { slug } from './text';

export type OutletResolution =
  | { kind: 'known'; title: string; raw: string; outlet: OutletEntry }
  | { kind: 'unknown'; title: string; raw: string; id: string }
  | { kind: 'none'; title: string; why: string };

/** What resolving needs of the tables: the aliases by slug, and the words that mark an organisation's name (lowercase). */
export interface OutletLookup {
  readonly outletByAlias: ReadonlyMap<string, OutletEntry>;
  readonly organisationWords: ReadonlySet<string>;
}

const SHORT_NAME = { words: 8, chars: 80 };
const LONG_NAME = { words: 24, chars: 160 };
const SEPARATOR = ' - ';
const ELLIPSIS = /(\.\.\.|…)$/;
/** Words an organisation's name may hold in lower case. */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'de', 'del', 'der', 'des', 'di', 'du', 'e', 'el', 'for', 'in', 'la', 'le', 'of', 'on', 'the', 'to', 'und', 'van', 'von', 'y', '&']);

// Outlet strings repeat on every page: their slugs are remembered (bounded; long strings are titles).
const slugs = new Map<string, string>();
function slugOf(raw: string): string {
  let s = slugs.get(raw);
  if (s === undefined) {
    s = slug(raw);
    if (raw.length <= SHORT_NAME.chars && slugs.size < 50_000) slugs.set(raw, s);
  }
  return s;
}

const wordsOf = (text: string): string[] => text.split(' ').filter((w) => w !== '');
/** Capitalised ("Ministry", "(OCHA)", "2025", "al-Jazeera"'s "Al") or a small word. */
const nameWord = (w: string): boolean => SMALL_WORDS.has(w.toLowerCase()) ? true : /^[("'“‘]?[\p{Lu}\p{N}]/u.test(w);
/** Written in title case: no word in lower case but the small ones. */
const titleCased = (words: readonly string[]): boolean => words.every((w) => SMALL_WORDS.has(w.toLowerCase()) || !/^[("'“‘]?\p{Ll}/u.test(w));

function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function resolveOutlet(rest: string, lookup: OutletLookup): OutletResolution {
  // Separator positions, left to right.
  const cuts: number[] = [];
  for (let at = rest.indexOf(SEPARATOR); at >= 0; at = rest.indexOf(SEPARATOR, at + 1)) cuts.push(at);
  if (cuts.length === 0) return { kind: 'none', title: rest, why: 'the line names no outlet: there is no " - " between a title and an outlet' };
  // Longest suffix first (the first cut leaves a one-segment title); none longer than an alias can be.
  const shortest = rest.length - SEPARATOR.length - MAX_ALIAS_LENGTH - 2; // trimmed spaces
  for (const at of cuts) {
    if (at < shortest) continue;
    const raw = rest.slice(at + SEPARATOR.length).trim();
    const outlet = lookup.outletByAlias.get(slugOf(raw));
    if (outlet !== undefined) {
      const title = rest.slice(0, at).trim();
      if (title !== '') return { kind: 'known', title, raw, outlet };
    }
  }
  const lastCut = cuts[cuts.length - 1] ?? 0;
  const raw = rest.slice(lastCut + SEPARATOR.length).trim();
  const title = rest.slice(0, lastCut).trim();
  const none = (why: string): OutletResolution => ({ kind: 'none', title: rest, why: `the line names no outlet: ${why}` });
  if (title === '') return none('nothing stands before its last " - "');
  if (ELLIPSIS.test(raw)) return none(`its last " - " part, "${clip(raw)}", ends with an ellipsis: a cut title, not an outlet`);
  const id = slugOf(raw);
  if (id === '') return none(`its last " - " part, "${clip(raw)}", has no letter or digit`);
  const words = wordsOf(raw);
  if (words.length <= SHORT_NAME.words && raw.length <= SHORT_NAME.chars) return { kind: 'unknown', title, raw, id };

  const ambiguous = (because: string): OutletResolution => ({
    kind: 'none',
    title: rest,
    why: `ambiguous: the last " - " part, "${clip(raw)}" (${words.length} words), could be an outlet or the end of the title; ${because}, so it stays in the title`,
  });
  const organisation = words.some((w) => lookup.organisationWords.has(w.replace(/^\(|\)$/g, '').toLowerCase()));
  if (words.length > LONG_NAME.words || raw.length > LONG_NAME.chars || !words.every(nameWord) || !organisation || /[?!.:]$/.test(raw)) {
    return ambiguous('it does not read as the name of an organisation');
  }
  if (titleCased(wordsOf(title))) return ambiguous('it reads as a name, but the title is in title case too and cannot be told from it');
  return { kind: 'unknown', title, raw, id };
}
