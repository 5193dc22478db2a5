/**
 * Topic rules (data/topics.json): an ordered list of topics, each with regular-expression patterns matched
 * on word boundaries (no letter or digit on either side; see WORD_CHARS). Patterns are case-insensitive, except those
 * written in capitals only (WHO, UN, U\.S\.: escapes such as \s do not count), which are case-sensitive
 * so that "who" or "us" never match. A headline gets every topic with a matching pattern (and, when the
 * rule has `requires`, a matching required pattern too), in table order, so its first topic is its
 * primary one; a headline no rule matches gets the fallback topic.
 * Each topic's patterns are compiled once into at most two regular expressions.
 */
import type { TopicsFile } from './table-schemas';
import { WORD_CHARS } from './text';

export interface TopicClassifier {
  classify(title: string): string[];
}

/** A pattern written in capitals only (ignoring escapes like `\s`, `\p{L}`) is matched case-sensitively. */
export function isCaseSensitivePattern(pattern: string): boolean {
  return !/\p{Ll}/u.test(pattern.replace(/\\[pP]\{[^}]*\}|\\[a-zA-Z]/g, ''));
}

// Not Unicode-mode regexes (see WORD_CHARS): patterns are plain JavaScript regex syntax without \p{…}.
const wrap = (patterns: readonly string[]) =>
  `(?<![${WORD_CHARS}])(?:${patterns.map((p) => `(?:${p})`).join('|')})(?![${WORD_CHARS}])`;

/** One matcher for a list of patterns: true when any matches. */
export function compilePatterns(patterns: readonly string[]): (text: string) => boolean {
  const sensitive = patterns.filter(isCaseSensitivePattern);
  const insensitive = patterns.filter((p) => !isCaseSensitivePattern(p));
  const res = [
    ...(sensitive.length > 0 ? [new RegExp(wrap(sensitive))] : []),
    ...(insensitive.length > 0 ? [new RegExp(wrap(insensitive), 'i')] : []),
  ];
  return (text) => res.some((re) => re.test(text));
}

export function compileTopics(file: TopicsFile): TopicClassifier {
  const rules = file.topics
    .filter((t) => t.patterns.length > 0)
    .map((t) => ({ id: t.id, any: compilePatterns(t.patterns), requires: t.requires && t.requires.length > 0 ? compilePatterns(t.requires) : null }));
  return {
    classify(title: string): string[] {
      const out: string[] = [];
      for (const r of rules) if (r.any(title) && (r.requires === null || r.requires(title))) out.push(r.id);
      return out.length > 0 ? out : [file.fallback];
    },
  };
}
