/**
 * The line grammar of an aggregator page, and its split into an article part and a headline list.
 *
 * A list line reads `- TITLE - OUTLET - October 21st, 2025 [October 21st, 2025]`. Titles and outlets may
 * themselves contain ` - `, so a line is read from the right: the two dates are certain, what is left is
 * `TITLE - OUTLET` (split later by `outlets.ts`, which knows the outlet aliases).
 */
import { isCalendarDate } from '../../src/corpus/dates';

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may', 'may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, i) => names.map((n): [string, number] => [n, i + 1])),
);

// `October 21st, 2025`: the ordinal suffix and the comma are accepted whatever they are (a wrong suffix
// such as `21th` does not make the date less certain); the date itself must exist.
const DATE = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i;
/** A list bullet at the start of a line. */
const BULLET = /^[-–—•*] ?/;
/** Something worth calling a title: a letter or a digit. */
const HAS_WORD = /[A-Za-z0-9\u00c0-\u1fff\u2070-\uffff]/;

export interface ListLine {
  /** `TITLE - OUTLET` (or just the title), trimmed, bullet and dates removed. */
  rest: string;
  date: string;
  listedDate: string;
}

/** `October 21st, 2025` → `2025-10-21`, or null. */
export function parseListDate(text: string): string | null {
  // Pages repeat a few dates thousands of times: remember them (bounded).
  const known = dateCache.get(text);
  if (known !== undefined) return known;
  const iso = parseDateUncached(text);
  if (dateCache.size < 20_000) dateCache.set(text, iso);
  return iso;
}
const dateCache = new Map<string, string | null>();

function parseDateUncached(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const month = MONTHS.get((m[1] ?? '').toLowerCase());
  if (month === undefined) return null;
  const iso = `${m[3] ?? ''}-${String(month).padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

/** Does the line start like a list item (`- `, `• `, ...)? */
export function isBulleted(line: string): boolean {
  return /^[-–—•*] /.test(line);
}

/**
 * Parse one cleaned line as a list line, or null. Never throws. Read from the right, with string search
 * rather than one big regex (this runs on every line of the page): `]` last, the bracketed date after the
 * last `[`, the publication date after the last ` - ` (or ` – `, ` — `) before it. The bullet is optional
 * (a line that ends with the two dates is a headline either way); the rest must hold a letter or digit.
 */
export function parseListLine(line: string): ListLine | null {
  if (line.length < 20 || line.charCodeAt(line.length - 1) !== 93 /* ] */) return null;
  const open = line.lastIndexOf('[');
  if (open < 0) return null;
  const listedDate = parseListDate(line.slice(open + 1, -1).trim());
  if (listedDate === null) return null;
  const before = line.slice(0, open).trimEnd();
  const sep = Math.max(before.lastIndexOf(' - '), before.lastIndexOf(' – '), before.lastIndexOf(' — '));
  if (sep < 0) return null;
  const date = parseListDate(before.slice(sep + 3));
  if (date === null) return null;
  const rest = before.slice(0, sep).replace(BULLET, '').trim();
  if (rest === '' || !HAS_WORD.test(rest)) return null;
  return { rest, date, listedDate };
}

/** The marker line between the article and the list on aggregator pages. */
export const MARKER = /^originally (posted|published) (here|at|on|by)\b.*:?$/i;

export interface PageLine {
  /** 1-based line number in the input. */
  line: number;
  text: string;
}

export interface PageParts {
  /** Non-blank lines of the article part (before the marker or the list), in order. */
  article: PageLine[];
  /** The line repeating the article title after the marker, if any. */
  repeatedTitle: PageLine | null;
  /** Parsed list lines. */
  list: (PageLine & ListLine)[];
  /** Non-blank lines in the list part that are not list lines. */
  rejected: PageLine[];
}

/**
 * Split cleaned lines into the article, the list and the rejects. Never throws.
 *
 * - Every line that parses as a list line is a headline, wherever it is: none is ever lost.
 * - The list part starts at the first headline, moved back over the bulleted lines just before it (a
 *   damaged first item), or right after the `Originally posted here:` marker and the repeated title
 *   when the marker comes first. The article is everything before that (and before the marker).
 * - A non-blank line in the list part that is not a list line is rejected (`not-a-headline`).
 */
export function splitPage(lines: readonly string[]): PageParts {
  const parsed = lines.map(parseListLine);
  const first = parsed.findIndex((p) => p !== null);
  const end = first < 0 ? lines.length : first;
  let marker = -1;
  for (let i = 0; i < end; i++) {
    if (MARKER.test(lines[i] ?? '')) {
      marker = i;
      break;
    }
  }
  let listStart: number;
  let articleEnd: number;
  let repeatedTitle: PageLine | null = null;
  if (marker >= 0) {
    articleEnd = marker;
    listStart = marker + 1;
    let next = listStart;
    while (next < lines.length && lines[next] === '') next++;
    const candidate = lines[next];
    if (candidate !== undefined && parsed[next] === null && !isBulleted(candidate)) {
      repeatedTitle = { line: next + 1, text: candidate };
      listStart = next + 1;
    }
  } else if (first >= 0) {
    listStart = first;
    while (listStart > 0 && isBulleted(lines[listStart - 1] ?? '')) listStart--;
    articleEnd = listStart;
  } else {
    listStart = lines.length;
    articleEnd = lines.length;
  }
  const article: PageLine[] = [];
  for (let i = 0; i < articleEnd; i++) {
    const text = lines[i] ?? '';
    if (text !== '') article.push({ line: i + 1, text });
  }
  const list: (PageLine & ListLine)[] = [];
  const rejected: PageLine[] = [];
  for (let i = listStart; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const p = parsed[i];
    if (p) list.push({ line: i + 1, text, rest: p.rest, date: p.date, listedDate: p.listedDate });
    else if (text !== '') rejected.push({ line: i + 1, text });
  }
  return { article, repeatedTitle, list, rejected };
}
