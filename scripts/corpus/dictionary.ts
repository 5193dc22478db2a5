/**
 * English words, to tell a complete last word from one the aggregator cut mid-word (headline.ts). The list is
 * the `word-list` package's (274,000 lowercase words, MIT), read once, on first use: only a title ending with
 * a lowercase word found nowhere else on the page needs it.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | null = null;

/** Is `word` (lowercase, folded) an English word? The one-letter words "a" and "i" are; other letters are not. */
export function isEnglishWord(word: string): boolean {
  if (word.length === 1) return word === 'a' || word === 'i';
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word);
}
