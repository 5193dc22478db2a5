/**
 * The linear rewrites (growth.test.ts) decide exactly as the quadratic code they replaced: each is compared,
 * on many small random inputs over an alphabet of the characters that matter, with that code kept here as
 * the reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayTitle } from '../../src/corpus/text';
import { splitSentences, splitTitleLine } from './article';
import { mergeCopies } from './build';
import { compareStrings, normKey } from './text';

/** Strings of up to `max` pieces drawn from `pieces`. */
const over = (pieces: readonly string[], max = 24) => fc.array(fc.constantFrom(...pieces), { maxLength: max }).map((p) => p.join(''));

/** Before: one regex per separator kind, quadratic in the separators of a line. */
function splitTitleLineBefore(line: string): { title: string; outlet: string | null } {
  for (const sep of [/ [–—|] (?!.* [–—|] )/, / - (?!.* - )/]) {
    const m = sep.exec(line);
    if (m) {
      const title = line.slice(0, m.index).trim();
      const outlet = line.slice(m.index + m[0].length).trim();
      if (title !== '' && /[\p{L}\p{N}]/u.test(outlet)) return { title, outlet };
    }
  }
  return { title: line, outlet: null };
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st gen lt col capt sgt maj gov sen rep rev jr sr no nos vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec approx est fig pp op'.split(' '),
);
/** Before: a regex over the text since the last sentence end, at every candidate end (quadratic). */
function splitSentencesBefore(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?…]+["'’”)\]]*(?=\s+["'‘“([]?[\p{Lu}\p{N}])/gu)) {
    if (m[0].startsWith('.') && !m[0].startsWith('...')) {
      const before = /([\p{L}.]+)$/u.exec(text.slice(start, m.index))?.[1] ?? '';
      if (before.length === 1 || before.includes('.') || ABBREVIATIONS.has(before.toLowerCase())) continue;
    }
    const end = m.index + m[0].length;
    const s = text.slice(start, end).trim();
    if (s !== '') out.push(s);
    start = end;
  }
  const last = text.slice(start).trim();
  if (last !== '') out.push(last);
  return out;
}

interface D {
  page: string;
  line: number;
  title: string;
  outletId: string | null;
  date: string;
  truncated: boolean;
}
/** Before: each draft scanned every earlier entry of its outlet and day (quadratic). */
function mergeCopiesBefore(drafts: readonly D[]): { drafts: D[]; sources: { page: string; line: number }[][] } {
  const key = (d: D) => `${d.date}\u0000${d.outletId ?? ''}`;
  const text = (d: D) => normKey(d.truncated ? displayTitle(d.title, true) : d.title);
  const groups = new Map<string, { draft: D; text: string; sources: { page: string; line: number }[] }[]>();
  const order = drafts.map((d, i) => ({ d, i })).sort((a, b) => Number(a.d.truncated) - Number(b.d.truncated) || a.i - b.i);
  const merged: { draft: D; text: string; sources: { page: string; line: number }[]; first: number }[] = [];
  for (const { d, i } of order) {
    const k = key(d);
    const t = text(d);
    const same = groups.get(k) ?? [];
    const found = same.find((g) => g.text === t || (d.truncated && t.length >= 12 && g.text.startsWith(t)));
    if (found) {
      found.sources.push({ page: d.page, line: d.line });
      continue;
    }
    const entry = { draft: d, text: t, sources: [{ page: d.page, line: d.line }], first: i };
    same.push(entry);
    groups.set(k, same);
    merged.push(entry);
  }
  merged.sort((a, b) => a.first - b.first);
  const byPlace = (a: { page: string; line: number }, b: { page: string; line: number }) => compareStrings(a.page, b.page) || a.line - b.line;
  return { drafts: merged.map((m) => m.draft), sources: merged.map((m) => m.sources.sort(byPlace)) };
}

describe('the linear rewrites decide as the code they replaced', () => {
  it('splitTitleLine: the last separator, shared spaces (" – – ") included', () => {
    fc.assert(
      fc.property(over([' ', ' ', '-', '–', '—', '|', 'a', 'B', '7', '.', ' - ', ' – ', ' | ']), (line) => {
        expect(splitTitleLine(line)).toEqual(splitTitleLineBefore(line));
      }),
      { numRuns: 3000 },
    );
    expect(splitTitleLine('Russia’s renewed interest – The Express Tribune')).toEqual({ title: 'Russia’s renewed interest', outlet: 'The Express Tribune' });
    expect(splitTitleLine('a – – b')).toEqual(splitTitleLineBefore('a – – b'));
  });

  it('splitSentences: abbreviations, initials, acronyms, runs of end marks, closing quotes', () => {
    fc.assert(
      fc.property(over([' ', ' ', '.', '.', '...', '!', '?', '…', '"', '”', ')', 'A', 'B', 'u', 's', 'Mr', 'U.S.', 'etc', '7', 'é', '𝐀', 'Word', 'word']), (text) => {
        expect(splitSentences(text)).toEqual(splitSentencesBefore(text));
      }),
      { numRuns: 3000 },
    );
    expect(splitSentences('Mr. Smith met A. B. Jones in the U.S. on Friday. Then he left... And 2015 came.')).toEqual([
      'Mr. Smith met A. B. Jones in the U.S. on Friday.',
      'Then he left...',
      'And 2015 came.',
    ]);
  });

  it('mergeCopies: the same entries, the same places, with whole and cut titles of one outlet and day', () => {
    const words = ['Border', 'talks', 'resume', 'at', 'the', 'crossing', 'after', 'ceasefire'];
    const draft = fc.record({
      page: fc.constantFrom('a.txt', 'b.txt'),
      line: fc.integer({ min: 1, max: 99 }),
      title: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 7 }).chain((ws) =>
        fc.constantFrom(ws.join(' '), `${ws.join(' ')}...`, `${ws.join(' ').slice(0, -2)}`),
      ),
      outletId: fc.constantFrom('dawn', 'npr', null),
      date: fc.constantFrom('2025-10-21', '2025-10-22'),
      truncated: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(draft, { maxLength: 40 }), (drafts) => {
        expect(mergeCopies(drafts)).toEqual(mergeCopiesBefore(drafts));
      }),
      { numRuns: 1500 },
    );
  });
});
