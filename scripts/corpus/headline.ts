/**
 * Title details of a list line: a trailing ` | Section`, and truncation (an ellipsis, or a mid-word cut).
 */
import { isEnglishWord } from './dictionary';
import { fold, words } from './text';

const SECTION = /^(.*\S) \| ([^|]+)$/;

/**
 * A trailing ` | Section` of at most 4 words and 40 characters, holding a letter and not ending like a
 * sentence or a cut (`?`, `!`, `.`, `…`), is the section ("| Latest News India", "| World News").
 */
export function splitSection(title: string): { title: string; section: string | null } {
  if (!title.includes(' | ')) return { title, section: null };
  const m = SECTION.exec(title);
  const head = m?.[1];
  const section = m?.[2]?.trim();
  if (head === undefined || section === undefined) return { title, section: null };
  if (section.length > 40 || section.split(' ').length > 4 || !/\p{L}/u.test(section) || /[?!.…]$/.test(section)) {
    return { title, section: null };
  }
  return { title: head.trim(), section };
}

export const ELLIPSIS_END = /(\.\.\.|…)["'’”)\]]*$/;
const ELLIPSIS_TAIL = /(?:\.\.\.|…)(["'’”)\]]*)$/;

/**
 * Is the title cut short by an ellipsis at its end? Not when the ellipsis is a quotation's own: closed by a
 * quotation mark (or bracket) that closes one opened earlier in the title (`warns: "we have other options..."`).
 * An ellipsis inside a quotation never closed (`says "we will not...`) is the aggregator's cut.
 */
export function endsCutByEllipsis(title: string): boolean {
  const m = ELLIPSIS_TAIL.exec(title);
  if (m === null) return false;
  const closer = m[1]?.[0];
  if (closer === undefined) return true;
  const before = title.slice(0, m.index);
  switch (closer) {
    case '"':
      return (before.split('"').length - 1) % 2 === 0; // no straight quote left open
    case '”':
      return !before.includes('“');
    case '’':
      return !before.includes('‘') && !/(?:^|[\s(:])'/.test(before);
    case "'":
      return !/(?:^|[\s(:])['‘]/.test(before); // an opening quote starts a word; an apostrophe does not
    case ')':
      return !before.includes('(');
    default:
      return !before.includes('[');
  }
}

/** A word character for boundaries, as `WORD_CHARS` (text.ts): ASCII letters/digits, U+00C0 up, except U+2000–U+206F. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && (c < 0x2000 || c > 0x206f));
}

/** The last word of a title when it ends with a lowercase word (a possible mid-word cut), folded; else null. */
export function trailingLowerWord(title: string): string | null {
  let i = title.length;
  while (i > 0 && isWordCode(title.charCodeAt(i - 1))) i--;
  if (i === title.length) return null;
  const word = title.slice(i);
  // Lowercase letters only: no digit, no capital, and at least one cased letter.
  if (/[0-9]/.test(word) || word.toLowerCase() !== word || word.toUpperCase() === word) return null;
  return fold(word);
}

/**
 * The words of a page, to tell a mid-word cut ("... facilitating t", "... Afghan foreign minist") from a
 * title that ends with a complete word. A last word is CUT when it is lowercase, not an English word (the
 * word list of `dictionary.ts`: "meet" is complete though "meeting" is on the page), never a word anywhere
 * else on the page (the article, other titles; a title's own last word does not count for itself, nor does
 * the same last word of another copy of the same title), and a proper prefix of a word that is. This is an
 * inference, so such a cut is reported as probable; an ellipsis at the end is certain.
 */
export class PageVocabulary {
  private readonly words = new Set<string>();
  /** Possible fragment → the one title (folded) ending with it, or `true` once two different titles do. */
  private readonly endings = new Map<string, string | true>();
  private sorted: string[] | null = null;

  /** `isWord`: is this lowercase, folded word a complete word of the language (by default, English)? */
  constructor(private readonly isWord: (word: string) => boolean = isEnglishWord) {}

  addText(text: string): void {
    for (const w of words(text)) this.words.add(w);
    this.sorted = null;
  }

  /**
   * Add a title: all its words, the last one only as a possible fragment when it is lowercase.
   * Returns the title's words (folded), for reuse.
   */
  addTitle(title: string): string[] {
    const all = words(title);
    const last = ELLIPSIS_END.test(title) ? null : trailingLowerWord(title);
    const n = all.length;
    const ending = last !== null && all[n - 1] === last;
    // A possible fragment at the end counts only as an ending, not as a word.
    for (let i = 0; i < (ending ? n - 1 : n); i++) this.words.add(all[i] ?? '');
    this.sorted = null;
    if (!ending || last === null) return all;
    const key = fold(title);
    const prev = this.endings.get(last);
    if (prev === undefined) this.endings.set(last, key);
    else if (prev !== true && prev !== key) this.endings.set(last, true);
    return all;
  }

  /** Is the lowercase last word of `title` a mid-word cut? Returns the completing word found, or null. */
  cutWord(title: string): { fragment: string; completion: string } | null {
    if (ELLIPSIS_END.test(title)) return null;
    const f = trailingLowerWord(title);
    if (f === null || this.words.has(f) || this.isWord(f)) return null;
    const other = this.endings.get(f);
    if (other === true || (other !== undefined && other !== fold(title))) return null;
    this.sorted ??= [...new Set([...this.words, ...this.endings.keys()])].sort();
    const arr = this.sorted;
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((arr[mid] ?? '') < f) lo = mid + 1;
      else hi = mid;
    }
    if (arr[lo] === f) lo++;
    const next = arr[lo];
    return next !== undefined && next.startsWith(f) ? { fragment: f, completion: next } : null;
  }
}
