/**
 * Text helpers shared by the corpus modules: line splitting and cleaning, folding for comparison,
 * slugs and stable short hashes. All pure.
 */
import { MAX_ID_LENGTH } from '../../src/corpus/ids';

/**
 * Split a page into lines (LF, CRLF or lone CR) after dropping a UTF-8 BOM. Each line is cleaned with
 * `cleanLine`, so line numbers stay those of the input (`cat -n`).
 */
export function toLines(raw: string): string[] {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return text.split(/\r\n|\n|\r/).map(cleanLine);
}

const HORIZONTAL_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
// C0/C1 controls (tab excluded: turned into a space first), zero-width characters and stray BOMs.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g;

/** Tabs and other spaces become one space, invisible characters go, the line is trimmed. */
export function cleanLine(line: string): string {
  return line.replace(HORIZONTAL_SPACE, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
}

/** Lowercase with accents and other combining marks removed (NFKD). */
export function fold(text: string): string {
  // Fast path: plain ASCII has no marks to strip.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').toLowerCase().replace(/\p{M}+/gu, '');
}
// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

/**
 * A comparison key for titles and short lines: folded, apostrophes dropped (the aggregator drops them:
 * "Russia’s" = "Russia's" = "Russias"), every other run of non-letters/digits one space.
 */
export function normKey(text: string): string {
  return fold(text)
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The id slug of a name: lowercase, diacritics stripped (NFKD), each run of characters other than
 * a-z0-9 becomes `-`, trimmed of `-` ("AP News" → "ap-news", "Türkiye" → "turkiye"). May be empty. At most
 * MAX_ID_LENGTH characters.
 */
export function slug(text: string): string {
  const s = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // An id a link can carry (src/corpus/ids.ts): a longer slug keeps its start and ends in a hash of the whole,
  // so two long names that share a beginning stay apart.
  if (s.length <= MAX_ID_LENGTH) return s;
  return `${s.slice(0, MAX_ID_LENGTH - 9).replace(/-+$/, '')}-${shortHash(s)}`;
}

/**
 * Characters that count as part of a word for boundaries, as a character-class body usable WITHOUT the
 * `u` flag (Unicode-mode case-insensitive regexes are several times slower, and they run on every title):
 * ASCII letters and digits and everything from U+00C0 up, except the General Punctuation block
 * (curly quotes, dashes, ellipsis) — a close, cheap stand-in for \p{L}\p{N}\p{M} on headlines.
 */
export const WORD_CHARS = 'A-Za-z0-9\\u00c0-\\u1fff\\u2070-\\uffff';

const ASCII_WORDS = /[a-z0-9]+/g;
const UNICODE_WORDS = /[\p{L}\p{N}]+/gu;

/** Words (letters/digits runs) of a text, folded. */
export function words(text: string): string[] {
  const f = fold(text);
  return (ASCII.test(f) ? f.match(ASCII_WORDS) : f.match(UNICODE_WORDS)) ?? [];
}

/** cyrb53: a fast, well-mixed 53-bit string hash (public domain). Deterministic across platforms. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const BASE36_8 = 36 ** 8;

/** 8 base-36 characters of `hash53(text)`: short, URL-safe, a valid slug id. */
export function shortHash(text: string): string {
  let v = hash53(text) % BASE36_8;
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = DIGITS36[v % 36] + out;
    v = Math.floor(v / 36);
  }
  return out;
}
const DIGITS36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Plain code-unit comparison (no locale): stable everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
