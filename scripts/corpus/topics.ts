/**
 * Topic rules (data/topics.json): topics, each with weighted regular-expression patterns matched on word
 * boundaries (no letter or digit on either side; see WORD_CHARS). Patterns are case-insensitive, except those
 * written in capitals only (WHO, UN, U\.S\.: escapes such as \s do not count), which are case-sensitive so that
 * "who" or "us" never match.
 *
 * The primary topic is the one with the strongest evidence, not the first rule that matches:
 * - a pattern may end with its weight, written ` ×N` (a space, the multiplication sign U+00D7, a positive
 *   number: `"cease-?fires? ×3"`); without one it weighs 1. The weight is not part of the regular expression.
 * - a pattern that matches adds its weight to its topic once, however many times it matches; a topic with
 *   `requires` counts only when one of those matches too (they add nothing themselves).
 * - a match inside a subordinate clause — from "after", "amid", "over" (not "over 200"), "following",
 *   "despite", "that", "which" or "while" to the next , : ; ? ! or . — is the circumstance, not the news, and
 *   counts CONTEXT_FACTOR of its weight (the pattern counts at its best match).
 * - the topics that scored come strongest first; equal scores keep the table's order, which is only the
 *   tie-break now. A headline no pattern matches gets the fallback topic.
 * Each topic's patterns are compiled once (see compileScoring).
 */
import type { TopicsFile } from './table-schemas';
import { WORD_CHARS } from './text';

export interface TopicScore {
  id: string;
  score: number;
}

export interface TopicClassifier {
  /** The headline's topics, primary first (see the module comment); the fallback topic alone when none scores. */
  classify(title: string): string[];
  /** The evidence behind `classify`: every topic that scored, in the same order (empty when none did). */
  scores(title: string): TopicScore[];
}

/** What a match inside a subordinate clause ("after deadly clashes") counts for. */
export const CONTEXT_FACTOR = 0.5;

/** A pattern written in capitals only (ignoring escapes like `\s`, `\p{L}`) is matched case-sensitively. */
export function isCaseSensitivePattern(pattern: string): boolean {
  return !/\p{Ll}/u.test(pattern.replace(/\\[pP]\{[^}]*\}|\\[a-zA-Z]/g, ''));
}

const WEIGHT_MARK = '×';
const WEIGHT_SUFFIX = / ×(\d+(?:\.\d+)?)$/;

/** A pattern of topics.json split into its regular expression and its weight (1 unless it ends in ` ×N`). */
export function parseWeightedPattern(pattern: string): { source: string; weight: number } {
  const m = WEIGHT_SUFFIX.exec(pattern);
  const source = m ? pattern.slice(0, m.index) : pattern;
  const weight = m ? Number(m[1]) : 1;
  if (source.includes(WEIGHT_MARK) || source.trim() === '' || !(weight > 0))
    throw new Error(`bad weighted pattern "${pattern}": write the regular expression, then optionally " ×N" with N > 0`);
  return { source, weight };
}

// Not Unicode-mode regexes (see WORD_CHARS): patterns are plain JavaScript regex syntax without \p{…}.
const wrap = (patterns: readonly string[]) =>
  `(?<![${WORD_CHARS}])(?:${patterns.map((p) => `(?:${p})`).join('|')})(?![${WORD_CHARS}])`;

/** One matcher for a list of (unweighted) patterns: true when any matches. */
export function compilePatterns(patterns: readonly string[]): (text: string) => boolean {
  const sensitive = patterns.filter(isCaseSensitivePattern);
  const insensitive = patterns.filter((p) => !isCaseSensitivePattern(p));
  const res = [
    ...(sensitive.length > 0 ? [new RegExp(wrap(sensitive))] : []),
    ...(insensitive.length > 0 ? [new RegExp(wrap(insensitive), 'i')] : []),
  ];
  return (text) => res.some((re) => re.test(text));
}

const SUBORDINATE = new RegExp(`(?<![${WORD_CHARS}])(?:after|amid|over(?!\\s+\\d)|following|despite|that|which|while)(?![${WORD_CHARS}])[^,:;?!.]*`, 'gi');

/** The [start, end) spans of a title that are subordinate clauses (see the module comment). */
export function subordinateSpans(title: string): [number, number][] {
  return Array.from(title.matchAll(SUBORDINATE), (m) => [m.index, m.index + m[0].length]);
}

/** How many capture groups a regular expression source has. */
const groupCount = (source: string, flags: string) => new RegExp(`(?:${source})|`, flags).exec('')!.length - 1;

/**
 * One case mode (case-sensitive or not) of a topic's patterns, compiled to find every pattern that matches and
 * where: `tail[k]` is the alternation of patterns k… (each in a capture group), on word boundaries; tail[0],
 * global, finds the next position where any pattern starts and which is the first there; tail[k], sticky at
 * that position, which of the later ones match there too. A few regex calls per match, however many patterns.
 */
function compileMode(members: readonly { source: string; k: number }[], flags: string) {
  const inner = members.map((m) => groupCount(m.source, flags));
  const tails = members.map((_, k) => {
    const alts = members.slice(k);
    /** The group of the alternative `k + i` in this tail. */
    const groupOf: number[] = [];
    let g = 1;
    alts.forEach((_a, i) => {
      groupOf.push(g);
      g += 1 + inner[k + i]!;
    });
    const body = `(?<![${WORD_CHARS}])(?:${alts.map((m) => `(${m.source})`).join('|')})(?![${WORD_CHARS}])`;
    return { re: new RegExp(body, `${k === 0 ? 'g' : 'y'}${flags}`), groupOf };
  });
  /** Calls `found(k, at)` for every member index k and position `at` where its pattern matches. */
  return (title: string, found: (member: number, at: number) => void) => {
    const first = tails[0]!;
    first.re.lastIndex = 0;
    for (let m = first.re.exec(title); m !== null; m = first.re.exec(title)) {
      const at = m.index;
      let tail = first;
      let from = 0;
      for (let hit: RegExpExecArray | null = m; hit !== null; ) {
        let i = 0;
        while (hit[tail.groupOf[i]!] === undefined) i++;
        found(from + i, at);
        from += i + 1;
        if (from >= tails.length) break;
        tail = tails[from]!;
        tail.re.lastIndex = at;
        hit = tail.re.exec(title);
      }
      first.re.lastIndex = at + 1;
    }
  };
}

/**
 * A topic's weighted patterns compiled for scoring: each pattern's weight times its best factor over its
 * matches (1 in the main clause, CONTEXT_FACTOR in a subordinate one), summed; null when no pattern matches
 * (a quick test of all of them at once, before finding which match where).
 */
function compileScoring(weighted: readonly { source: string; weight: number }[]) {
  const modes = (['', 'i'] as const).flatMap((flags) => {
    const members = weighted.flatMap((w, k) => (isCaseSensitivePattern(w.source) === (flags === '') ? [{ source: w.source, k }] : []));
    return members.length === 0 ? [] : [{ members, scan: compileMode(members, flags) }];
  });
  const any = compilePatterns(weighted.map((w) => w.source));
  return (title: string, spans: () => readonly [number, number][]): number | null => {
    if (!any(title)) return null;
    const best = weighted.map(() => 0);
    for (const { members, scan } of modes)
      scan(title, (i, at) => {
        const k = members[i]!.k;
        const factor = spans().some(([s, e]) => at >= s && at < e) ? CONTEXT_FACTOR : 1;
        if (factor > best[k]!) best[k] = factor;
      });
    return best.reduce((sum, f, k) => sum + f * weighted[k]!.weight, 0);
  };
}

export function compileTopics(file: TopicsFile): TopicClassifier {
  const rules = file.topics
    .filter((t) => t.patterns.length > 0)
    .map((t) => {
      const weighted = t.patterns.map((p) => {
        try {
          return parseWeightedPattern(p);
        } catch (e) {
          throw new Error(`topics.json: topic "${t.id}": ${e instanceof Error ? e.message : String(e)}`, { cause: e });
        }
      });
      return { id: t.id, score: compileScoring(weighted), requires: t.requires && t.requires.length > 0 ? compilePatterns(t.requires) : null };
    });
  const scores = (title: string): TopicScore[] => {
    let cached: [number, number][] | null = null;
    const spans = () => (cached ??= subordinateSpans(title));
    const out: (TopicScore & { order: number })[] = [];
    rules.forEach((r, order) => {
      const score = r.score(title, spans);
      if (score !== null && score > 0 && (r.requires === null || r.requires(title))) out.push({ id: r.id, score, order });
    });
    out.sort((a, b) => b.score - a.score || a.order - b.order);
    return out.map(({ id, score }) => ({ id, score }));
  };
  return {
    scores,
    classify(title: string): string[] {
      const ids = scores(title).map((s) => s.id);
      return ids.length > 0 ? ids : [file.fallback];
    },
  };
}
