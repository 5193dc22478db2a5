/**
 * Finding actors (countries, groups, people, organisations, places) in text with the gazetteer.
 *
 * - On word boundaries (no letter or digit on either side), with an optional possessive/plural suffix
 *   (`'s`, `’s`, `s`: the pages drop apostrophes, "Kabuls", "WHOs", "Islamic States").
 * - An alias is matched case-sensitively when it is written like an acronym (no lowercase letter, or two
 *   capitals in a row: IS, US, U.S., UN, WHO, EU, TTP, CARs), so "is", "us", "who" never match; every
 *   other alias case-insensitively.
 * - Longest alias first and non-overlapping: "Tehreek-e-Taliban Pakistan" is the TTP, not the Taliban and
 *   Pakistan; "Afghan Taliban" is the Taliban.
 * Two regular expressions (one per case mode) are compiled once per gazetteer.
 */
import type { ActorEntry } from './table-schemas';
import { WORD_CHARS } from './text';

export interface Mention {
  start: number;
  end: number;
  actorId: string;
}

export interface ActorMatcher {
  /** Mentions in `text`, sorted by position, non-overlapping. Spans include the possessive/plural suffix. */
  mentions(text: string): Mention[];
  /** Distinct actor ids of `text`, in order of first mention. */
  actorIds(text: string): string[];
}

/** Written like an acronym: no lowercase letter, or two capital letters in a row. */
export function isCaseSensitiveAlias(alias: string): boolean {
  return !/\p{Ll}/u.test(alias) || /\p{Lu}\p{Lu}/u.test(alias);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source of one alias: literal, but any apostrophe matches either apostrophe. */
const aliasSource = (alias: string): string => escape(alias).replace(/['’]/g, "['’]");

/** Lookup key of a matched alias text. */
const keyOf = (text: string, sensitive: boolean) => {
  const k = text.replace(/’/g, "'").replace(/\s+/g, ' ');
  return sensitive ? k : k.toLowerCase();
};

function compileGroup(entries: { alias: string; id: string }[], sensitive: boolean) {
  if (entries.length === 0) return null;
  // Longest first: the alternation prefers the first alternative that matches at a position.
  const sorted = [...entries].sort((a, b) => b.alias.length - a.alias.length || (a.alias < b.alias ? -1 : 1));
  const byKey = new Map<string, string>();
  for (const e of sorted) {
    const key = keyOf(e.alias, sensitive);
    const prev = byKey.get(key);
    if (prev !== undefined && prev !== e.id) throw new Error(`alias "${e.alias}" names both "${prev}" and "${e.id}"`);
    byKey.set(key, e.id);
  }
  // Not a Unicode-mode regex: several times faster, and WORD_CHARS stands in for \p{L}\p{N}.
  const source = `(?<![${WORD_CHARS}])(${sorted.map((e) => aliasSource(e.alias)).join('|')})(?:['’]s|s)?(?![${WORD_CHARS}])`;
  return { re: new RegExp(source, sensitive ? 'g' : 'gi'), byKey, sensitive };
}

export function compileActors(actors: readonly ActorEntry[]): ActorMatcher {
  const sensitive: { alias: string; id: string }[] = [];
  const insensitive: { alias: string; id: string }[] = [];
  const seen = new Set<string>();
  for (const a of actors) {
    // The name is an alias too, without a leading article ("the Taliban" → "Taliban").
    for (const alias of [a.name.replace(/^the /i, ''), ...a.aliases]) {
      const trimmed = alias.trim();
      const tag = `${a.id}\u0000${trimmed}`;
      if (trimmed === '' || seen.has(tag)) continue;
      seen.add(tag);
      (isCaseSensitiveAlias(trimmed) ? sensitive : insensitive).push({ alias: trimmed, id: a.id });
    }
  }
  const groups = [compileGroup(sensitive, true), compileGroup(insensitive, false)].filter((g) => g !== null);

  const mentions = (text: string): Mention[] => {
    const found: Mention[] = [];
    for (const g of groups) {
      g.re.lastIndex = 0;
      for (let m = g.re.exec(text); m !== null; m = g.re.exec(text)) {
        const id = g.byKey.get(keyOf(m[1] ?? '', g.sensitive));
        if (id !== undefined) found.push({ start: m.index, end: m.index + m[0].length, actorId: id });
      }
    }
    if (groups.length > 1) found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Mention[] = [];
    let last = 0;
    for (const f of found) {
      if (f.start >= last) {
        out.push(f);
        last = f.end;
      }
    }
    return out;
  };
  const actorIds = (text: string): string[] => [...new Set(mentions(text).map((m) => m.actorId))];
  return { mentions, actorIds };
}
