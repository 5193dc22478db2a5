/**
 * Title details of a list line: a trailing ` | Section`, and truncation (an ellipsis, or a mid-word cut).
 */
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
 * title that ends with a rare word. A last word is CUT when it is lowercase, never a word anywhere else on
 * the page (the article, other titles; a title's own last word does not count for itself, nor does the same
 * last word of another copy of the same title), and a proper prefix of a word that is.
 */
export class PageVocabulary {
  private readonly words = new Set<string>();
  /** Possible fragment → the one title (folded) ending with it, or `true` once two different titles do. */
  private readonly endings = new Map<string, string | true>();
  private sorted: string[] | null = null;

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
    if (f === null || this.words.has(f)) return null;
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
