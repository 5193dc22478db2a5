/**
 * Property tests: the parser never throws on arbitrary text, and never loses a well-formed headline line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusSchema } from '../../src/corpus/schema';
import { build, CorpusInputError } from './build';
import { parseListLine, splitPage } from './page';
import { seedTables } from './testing';
import { toLines } from './text';

const tables = seedTables();
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (d: number) => (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');
const pad = (n: number) => String(n).padStart(2, '0');

/** A valid date: day 1–28 in any month, so that it always exists. */
const dateArb = fc.record({ y: fc.integer({ min: 1990, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => ({
  text: `${MONTHS[m - 1] ?? 'January'} ${d}${ordinal(d)}, ${y}`,
  iso: `${y}-${pad(m)}-${pad(d)}`,
}));

/** A title word: letters/digits and some punctuation, never a separator nor a pipe. */
const wordArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9'’:?!,.()é]{0,11}$/);
/** Titles with ` - ` inside, not ending in an ellipsis, not ending with a lowercase word (no mid-word cut). */
const titleArb = fc
  .array(fc.oneof(wordArb, wordArb, fc.constant('-')), { minLength: 1, maxLength: 12 })
  .map((ws) => ws.join(' ').replace(/^- /, '').replace(/ -$/, ''))
  .filter((t) => /[A-Za-z0-9]/.test(t) && !t.startsWith('-') && !t.includes(' | ') && !/(\.\.\.|…)$/.test(t))
  .map((t) => `${t} Now`);

const knownOutletArb = fc.constantFrom('NPR', 'AP News', 'ABC News - Breaking News, Latest News and Videos', 'The Sentinel - of this Land, for its People', 'Times of India', 'The Times of India', 'Al Jazeera', 'emro.who.int', 'Dawn');
const unknownOutletArb = fc
  .array(fc.stringMatching(/^[A-Z][a-z]{2,8}$/), { minLength: 1, maxLength: 4 })
  .map((ws) => `Zq ${ws.join(' ')}`);

const headlineArb = fc.record({
  title: titleArb,
  outlet: fc.oneof(knownOutletArb, unknownOutletArb),
  date: dateArb,
  listed: dateArb,
});
type GenHeadline = typeof headlineArb extends fc.Arbitrary<infer T> ? T : never;
const render = (h: GenHeadline) => `- ${h.title} - ${h.outlet} - ${h.date.text} [${h.listed.text}]`;

/** Noise lines: arbitrary text (binary code units included), but never one that is itself a list line. */
const noiseArb = fc
  .oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('', 'Originally posted here:', '- ', '- broken - NPR - October 1st, 2025', '\t\t', '\uFEFF'))
  .map((s) => s.replace(/[\r\n]/g, ' '))
  .filter((s) => parseListLine(toLines(s)[0] ?? '') === null);

const runs = { numRuns: 200 };

describe('the parser never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 400 })), (text) => {
        expect(() => splitPage(toLines(text))).not.toThrow();
        try {
          const c = build(text, tables, 'x.txt');
          corpusSchema.parse(c);
        } catch (e) {
          // The only error allowed: a page that is empty or has no list.
          expect(e).toBeInstanceOf(CorpusInputError);
        }
      }),
      runs,
    );
  });
  it('on noise mixed with headline lines, and the corpus is always valid', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(noiseArb, headlineArb.map(render)), { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        try {
          corpusSchema.parse(build(text, tables, 'x.txt'));
        } catch (e) {
          expect(e).toBeInstanceOf(CorpusInputError);
        }
      }),
      runs,
    );
  });
});

describe('no well-formed headline line is ever lost', () => {
  it('each generated line appears once, with its dates, title and outlet', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ noise: fc.array(noiseArb, { maxLength: 3 }), headline: headlineArb }), { minLength: 1, maxLength: 25 }),
        fc.array(noiseArb, { maxLength: 5 }),
        (blocks, prefix) => {
          const lines = [...prefix];
          const expected: { line: number; h: GenHeadline }[] = [];
          for (const b of blocks) {
            lines.push(...b.noise);
            lines.push(render(b.headline));
            expected.push({ line: lines.length, h: b.headline });
          }
          const corpus = build(lines.join('\n'), tables, 'x.txt');
          for (const { line, h } of expected) {
            const got = corpus.headlines.find((x) => x.sourceLine === line);
            expect(got, render(h)).toBeDefined();
            if (!got) continue;
            expect(got.date).toBe(h.date.iso);
            expect(got.listedDate).toBe(h.listed.iso);
            expect(got.title).toBe(h.title);
            const outlet = corpus.outlets.find((o) => o.id === got.outletId);
            expect(outlet?.aliases).toContain(h.outlet);
            expect(got.truncated).toBe(false);
          }
          corpusSchema.parse(corpus);
        },
      ),
      runs,
    );
  });
});
