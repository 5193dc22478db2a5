/**
 * Corpus text bounded for display. The data keeps every character; what the browser is asked to shape is
 * capped, because its text shaping grows badly on pathological input (one letter with 100,000 combining marks
 * took 28.5 s to first show, a 5 MB title blocked the main thread for 4.2 s):
 *
 * - runs of combining marks are cut to MAX_MARKS_PER_BASE after their base character (no script needs more:
 *   Vietnamese stacks two, Hebrew with cantillation or Tibetan four or five);
 * - a text longer than its kind's limit is cut at a character boundary, and says so (`cut`), so the view can
 *   mark the cut and offer the whole text on demand.
 *
 * Pure and linear in the input: one native regular-expression pass and one slice.
 */

/** Combining marks kept after a base character (UAX #15's stream-safe format allows 30; scripts need far fewer). */
export const MAX_MARKS_PER_BASE = 8;

/** Display limits, in UTF-16 code units of the mark-capped text. */
export const TEXT_LIMITS = {
  /** A name in a list or a checkbox: an outlet, a country, a topic, an actor, a section. */
  label: 120,
  /** A headline's title, a story's label, an event's title, a heading. */
  title: 300,
  /** A paragraph of the background article, a bio, a summary: long on purpose, but not megabytes. */
  paragraph: 20_000,
} as const;

export type TextKind = keyof typeof TEXT_LIMITS;

export interface BoundedText {
  /** What to draw. */
  readonly text: string;
  /** True when characters were left out at the end (not when only marks were capped). */
  readonly cut: boolean;
}

const MARK = /\p{M}/u;
const LONG_MARK_RUN = new RegExp(`(\\p{M}{${MAX_MARKS_PER_BASE}})\\p{M}+`, 'gu');

/** The text with every run of combining marks cut to MAX_MARKS_PER_BASE. Unchanged text is returned as is. */
export function capCombiningMarks(text: string): string {
  LONG_MARK_RUN.lastIndex = 0;
  return LONG_MARK_RUN.test(text) ? text.replace(LONG_MARK_RUN, '$1') : text;
}

/** True for the second half of a surrogate pair: a cut before it would split a character. */
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isMarkAt = (text: string, i: number) => MARK.test(String.fromCodePoint(text.codePointAt(i)!));

/**
 * `text` bounded to `limit` code units (after capping its marks): cut before a character boundary, never
 * inside a surrogate pair nor between a base and its marks, trailing spaces dropped.
 */
export function boundText(text: string, limit: number): BoundedText {
  // A long text is sliced before the regular expression runs (with room for a capped run of marks in the
  // kept part): the work grows with the limit, not with the text, once the text is long.
  const slack = limit + 1 + MAX_MARKS_PER_BASE;
  const head = text.length > slack * 4 ? text.slice(0, slack * 4) : text;
  let capped = capCombiningMarks(head);
  // A run of marks so long that the capped head lost everything after it: cap the whole text (linear).
  if (head !== text && capped.length <= limit) capped = capCombiningMarks(text);
  if (capped.length <= limit) return capped === text ? { text, cut: false } : { text: capped, cut: false };
  let end = limit;
  // At most one run of MAX_MARKS_PER_BASE marks (each perhaps a surrogate pair) to step back over.
  while (end > 0 && (isLowSurrogate(capped.charCodeAt(end)) || isMarkAt(capped, end))) end--;
  // A text made of one base and marks only, or a cut that backed off to nothing: keep the limit as is.
  if (end === 0) end = isLowSurrogate(capped.charCodeAt(limit)) ? limit - 1 : limit;
  return { text: capped.slice(0, end).trimEnd(), cut: true };
}

/** Recent results by kind, so a view that re-renders does not read a long text again. */
const recent: Record<TextKind, Map<string, BoundedText>> = { label: new Map(), title: new Map(), paragraph: new Map() };
const RECENT_MAX = 4000;

/** Text of a kind, bounded for display (see TEXT_LIMITS). */
export function displayText(text: string, kind: TextKind = 'title'): BoundedText {
  // Short text with no mark at all (nearly every title): nothing to bound, nothing to remember.
  if (text.length <= TEXT_LIMITS.label && !MARK.test(text)) return { text, cut: false };
  // Keyed by the string itself: V8 keeps a string's hash with it, so a long text is hashed once.
  const seen = recent[kind];
  let b = seen.get(text);
  if (b === undefined) {
    if (seen.size >= RECENT_MAX) seen.clear();
    seen.set(text, (b = boundText(text, TEXT_LIMITS[kind])));
  }
  return b;
}

/** Shorthand: the string to draw, with "…" after it when it was cut. For names and labels that offer no disclosure. */
export function shownText(text: string, kind: TextKind = 'label'): string {
  const b = displayText(text, kind);
  return b.cut ? `${b.text}…` : b.text;
}
