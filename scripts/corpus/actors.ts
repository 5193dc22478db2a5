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
 * - A mention inside one of its actor's `exclude` phrases ("Model United Nations", "Indian border") is dropped.
 * - `implies`: a mention also names other actors (Kabul → Afghanistan; "Afghanistan Taliban" → Afghanistan),
 *   for `actorIds` only: mentions are spans of what the text says, and an implied actor has none.
 * Two regular expressions (one per case mode) are compiled once per gazetteer, and one per phrase list.
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
  /** Distinct actor ids of `text`, in order of first mention, each followed by the actors it implies. */
  actorIds(text: string): string[];
}

/** A mention with the alias it matched (its lookup key). */
interface Found extends Mention {
  key: string;
}

/** A phrase list compiled to one case-insensitive regex, on word boundaries; null when empty. */
function phrases(list: readonly string[] | undefined): RegExp | null {
  const items = (list ?? []).map((p) => p.trim()).filter((p) => p !== '');
  if (items.length === 0) return null;
  const sorted = [...items].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![${WORD_CHARS}])(?:${sorted.map(aliasSource).join('|')})(?![${WORD_CHARS}])`, 'gi');
}

/** Does a match of `re` in `text` cover the span [start, end)? */
function inside(re: RegExp, text: string, start: number, end: number): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index <= start && m.index + m[0].length >= end) return true;
    if (m.index > start) return false;
  }
  return false;
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
  const known = new Set(actors.map((a) => a.id));
  const excludeOf = new Map<string, RegExp>();
  const impliesOf = new Map<string, { actor: string; via: Set<string> | null; unless: RegExp | null }[]>();
  for (const a of actors) {
    // The name is an alias too, without a leading article ("the Taliban" → "Taliban").
    const names = [a.name.replace(/^the /i, ''), ...a.aliases].map((n) => n.trim());
    for (const alias of names) {
      const tag = `${a.id}\u0000${alias}`;
      if (alias === '' || seen.has(tag)) continue;
      seen.add(tag);
      (isCaseSensitiveAlias(alias) ? sensitive : insensitive).push({ alias, id: a.id });
    }
    const ex = phrases(a.exclude);
    if (ex) excludeOf.set(a.id, ex);
    for (const im of a.implies ?? []) {
      if (!known.has(im.actor)) throw new Error(`actor "${a.id}" implies unknown actor "${im.actor}"`);
      if (im.actor === a.id) throw new Error(`actor "${a.id}" implies itself`);
      for (const v of im.via ?? []) if (!names.includes(v.trim())) throw new Error(`actor "${a.id}" implies "${im.actor}" via "${v}", which is not one of its names`);
      const via = im.via ? new Set(im.via.map((v) => keyOf(v.trim(), isCaseSensitiveAlias(v.trim())))) : null;
      impliesOf.set(a.id, [...(impliesOf.get(a.id) ?? []), { actor: im.actor, via, unless: phrases(im.unless) }]);
    }
  }
  const groups = [compileGroup(sensitive, true), compileGroup(insensitive, false)].filter((g) => g !== null);

  const found = (text: string): Found[] => {
    const all: Found[] = [];
    for (const g of groups) {
      g.re.lastIndex = 0;
      for (let m = g.re.exec(text); m !== null; m = g.re.exec(text)) {
        const key = keyOf(m[1] ?? '', g.sensitive);
        const id = g.byKey.get(key);
        if (id === undefined) continue;
        const start = m.index;
        const end = m.index + m[0].length;
        const ex = excludeOf.get(id);
        if (ex && inside(ex, text, start, end)) continue;
        all.push({ start, end, actorId: id, key });
      }
    }
    if (groups.length > 1) all.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Found[] = [];
    let last = 0;
    for (const f of all) {
      if (f.start >= last) {
        out.push(f);
        last = f.end;
      }
    }
    return out;
  };
  const mentions = (text: string): Mention[] => found(text).map(({ start, end, actorId }) => ({ start, end, actorId }));
  const actorIds = (text: string): string[] => {
    const ids = new Set<string>();
    for (const f of found(text)) {
      ids.add(f.actorId);
      for (const im of impliesOf.get(f.actorId) ?? []) {
        if (im.via && !im.via.has(f.key)) continue;
        if (im.unless && inside(im.unless, text, f.start, f.end)) continue;
        ids.add(im.actor);
      }
    }
    return [...ids];
  };
  return { mentions, actorIds };
}
