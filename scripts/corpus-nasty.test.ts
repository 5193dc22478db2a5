/**
 * The builder against nasty input files, through the CLI: each either builds, keeping every well-formed
 * headline and naming each line it could not read, or stops with one clear line; never a partial output
 * (the target keeps its previous content, no temp file is left behind). Then the same promise, fuzzed.
 */
import fc from 'fast-check';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusSchema, type Corpus } from '../src/corpus/schema';
import { runCli, useScratchDir } from './corpus/cli-harness';
import { SEED_PATH, seedCorpus, seedText } from './corpus/testing';

const scratch = useScratchDir('corpus-nasty-');

let n = 0;
/** A fresh directory holding the page and an existing target. */
function setup(page: string | Uint8Array) {
  const d = join(scratch.dir(), `case-${n++}`);
  mkdirSync(d);
  const input = join(d, 'page.txt');
  writeFileSync(input, page);
  const target = join(d, 'corpus.json');
  writeFileSync(target, '{"previous":true}\n');
  return { d, input, target };
}

const seedLines = () => seedText().split('\n');
/** The seed page with extra lines inserted before its first headline (line 27). */
const withLines = (...extra: string[]) => [...seedLines().slice(0, 26), ...extra, ...seedLines().slice(26)].join('\n');
const key = (h: Corpus['headlines'][number]) => `${h.date}|${h.outletId}|${h.title}`;
const seedKeys = () => seedCorpus().headlines.map(key).sort();

describe('nasty pages that still build', () => {
  it.each([
    ['a headline dated February 30th', withLines('- Ceasefire holds - NPR - February 30th, 2025 [February 30th, 2025]'), [27]],
    ['lines with no date', withLines('- Ceasefire holds - NPR', '- Border talks - Dawn - yesterday', '- Talks resume - Reuters - October 2025 [October 2025]'), [27, 28, 29]],
    ['an impossible listed date', withLines('- Talks resume - Reuters - October 21st, 2025 [October 32nd, 2025]'), [27]],
    ['a list with no article', seedLines().slice(26).join('\n'), []],
    ['CRLF line ends, a BOM and tabs', `\uFEFF${seedText().replace(/\n/g, '\r\n').replace(/ - /g, '\t-\t')}`, []],
    // (Line 28 is blank once its odd spaces are trimmed: not an anomaly.)
    ['control characters, odd spaces and bidi overrides', withLines('Breaking\u0007 news\u000b', '\u00a0\u2003 \u200b', '- \u202E - \u202E - \u202E'), [27, 29]],
  ])('%s: every well-formed headline is kept, each bad line named', async (_name, page, badLines) => {
    const { input, target } = setup(page);
    const r = await runCli([input, '--out', target]);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([expect.stringMatching(/^corpus: 80 headlines, /) as unknown as string]);
    const corpus = corpusSchema.parse(JSON.parse(readFileSync(target, 'utf8')));
    expect(corpus.headlines.map(key).sort()).toEqual(seedKeys());
    for (const line of badLines) {
      expect(r.err).toContainEqual(expect.stringMatching(new RegExp(`^  line ${line}: not-a-headline: `)));
      expect(corpus.anomalies).toContainEqual(expect.objectContaining({ kind: 'not-a-headline', line }));
    }
  });
});

describe('nasty pages that stop with one line and leave the target untouched', () => {
  it.each([
    ['an empty file', '', /is empty/],
    ['whitespace only', '\r\n \t\n\u00a0\n', /the input is empty/],
    ['an article with no list', seedLines().slice(0, 25).join('\n'), /no headline list found/],
    ['only lines with no date', '- Ceasefire holds - NPR\n- Border talks - Dawn\n', /no headline list found/],
    ['only a February 30th headline', '- Ceasefire holds - NPR - February 30th, 2025 [February 30th, 2025]\n', /no headline list found/],
    ['a binary file (a PNG header)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), /looks binary \(NUL byte at offset 8\)/],
    // UTF-16 with its byte-order mark is read (here: "- ", no list); the other encodings are named.
    ['UTF-16 text with a BOM', new Uint8Array([0xff, 0xfe, 0x2d, 0x00, 0x20, 0x00]), /no headline list found/],
    ['UTF-16 text without a BOM', new Uint8Array(Buffer.from('- Talks - NPR - October 21st, 2025', 'utf16le')), /page\.txt looks like UTF-16LE text without a byte-order mark \(every other byte is zero\): save it as UTF-8/],
    ['UTF-32 text', new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x2d, 0x00, 0x00, 0x00]), /page\.txt is UTF-32 text/],
    ['Latin-1 text', new Uint8Array([0x2d, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x61, 0x6c, 0x6b, 0x73]), /page\.txt is not valid UTF-8 text: line 1, column 6 \(byte offset 5\) holds 0xE9 0x20 0x74 0x61: it reads as Latin-1 \/ Windows-1252/],
  ])('%s', async (_name, page, message) => {
    const { d, input, target } = setup(page);
    const r = await runCli([input, '--out', target]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^corpus: error: /);
    expect(r.err[0]).toMatch(message);
    expect(readFileSync(target, 'utf8')).toBe('{"previous":true}\n');
    expect(readdirSync(d).sort()).toEqual(['corpus.json', 'page.txt']);
  });

  it('a target that cannot be replaced (a directory): one line, no temp file left', async () => {
    const { d, input } = setup(seedText());
    const target = join(d, 'taken');
    mkdirSync(target);
    const r = await runCli([input, '--out', target]);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^corpus: error: /);
    expect(readdirSync(d).sort()).toEqual(['corpus.json', 'page.txt', 'taken']);
    expect(readdirSync(target)).toEqual([]);
  });
});

describe('50 MB pages', () => {
  it('50 MB of text with a headline every thousand lines: all of them kept, a whole valid output', async () => {
    const lines: string[] = [];
    const headlines = new Map<number, string>();
    let size = 0;
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const d = (i / 1000) % 28 + 1;
      const line =
        i % 1000 === 0
          ? `- Border crossing ${i} reopens after talks - Dawn - October ${d}th, 2025 [October ${d}th, 2025]`
          : `Lorem ipsum dolor sit amet ${i}, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore.`;
      if (i % 1000 === 0) headlines.set(i + 1, `Border crossing ${i} reopens after talks`);
      lines.push(line);
      size += line.length + 1;
    }
    const { d, input, target } = setup(lines.join('\n'));
    const r = await runCli([input, '--out', target]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(new RegExp(`^corpus: ${headlines.size} headlines, 1 outlets, `));
    // The anomalies are summarised on stderr, not printed one by one.
    const anomalyLines = r.err.filter((l) => !/^ {2}events?\b/.test(l));
    expect(anomalyLines.length).toBeLessThanOrEqual(41);
    expect(anomalyLines[anomalyLines.length - 1]).toMatch(/^ {2}… and \d+ more anomalies$/);
    const corpus = corpusSchema.parse(JSON.parse(readFileSync(target, 'utf8')));
    expect(new Map(corpus.headlines.map((h) => [h.sourceLine, h.title]))).toEqual(headlines);
    expect(readdirSync(d).sort()).toEqual(['corpus.json', 'page.txt']);
  }, 120_000);

  it('50 MB of binary: refused, the target untouched', async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    bytes[bytes.length - 1] = 0;
    const { input, target } = setup(bytes);
    const r = await runCli([input, '--out', target]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([expect.stringMatching(new RegExp(`^corpus: error: .*looks binary \\(NUL byte at offset ${bytes.length - 1}\\)`)) as unknown as string]);
    expect(readFileSync(target, 'utf8')).toBe('{"previous":true}\n');
  }, 60_000);
});

describe('fuzzed pages through the CLI', () => {
  const listLine = fc
    .record({
      title: fc.stringMatching(/^[A-Z][a-z]{2,10}( [a-z]{2,8}){1,5}$/),
      outlet: fc.constantFrom('NPR', 'AP News', 'Dawn', 'Reuters', 'Al Jazeera'),
      day: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ title, outlet, day }) => `- ${title} Now - ${outlet} - October ${day}th, 2025 [October ${day}th, 2025]`);
  const page = fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc.string({ unit: 'binary', maxLength: 2000 }),
    fc.array(fc.oneof(listLine, fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 })), { maxLength: 40 }).chain((ls) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => ls.join(eol))),
  );

  it('exit 0 with a valid corpus, or exit 1 with one line and the target untouched; never a temp file', async () => {
    await fc.assert(
      fc.asyncProperty(page, async (content) => {
        const { d, input, target } = setup(content);
        const r = await runCli([input, '--out', target]);
        expect(readdirSync(d).sort()).toEqual(['corpus.json', 'page.txt']);
        // The staging folder (beside the output's folder) is gone too.
        expect(readdirSync(scratch.dir()).filter((f) => f.startsWith('.corpus-staging-'))).toEqual([]);
        if (r.code === 0) {
          expect(r.out).toHaveLength(1);
          corpusSchema.parse(JSON.parse(readFileSync(target, 'utf8')));
        } else {
          expect(r.code).toBe(1);
          expect(r.err).toHaveLength(1);
          expect(r.err[0]).toMatch(/^corpus: error: [^\n]+$/);
          expect(r.err[0]).not.toMatch(/internal error/);
          expect(readFileSync(target, 'utf8')).toBe('{"previous":true}\n');
        }
        // Every well-formed list line of the page is in the corpus, on its line, with its title and date.
        if (typeof content === 'string' && !content.includes('\0') && r.code === 0) {
          const corpus = JSON.parse(readFileSync(target, 'utf8')) as Corpus;
          const lines = content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
          lines.forEach((l, i) => {
            const m = /^- ([A-Z][a-z]+(?: [a-z]+)+ Now) - [A-Za-z ]+ - October (\d+)th, 2025 \[October \d+th, 2025\]$/.exec(l);
            if (!m) return;
            const h = corpus.headlines.find((x) => x.sourceLine === i + 1);
            expect(h, l).toMatchObject({ title: m[1], date: `2025-10-${m[2]!.padStart(2, '0')}` });
          });
        }
        rmSync(d, { recursive: true, force: true });
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('keeps its promise on the seed page itself', async () => {
    const { target } = setup('');
    expect((await runCli([SEED_PATH, '--out', target])).code).toBe(0);
    expect(corpusSchema.parse(JSON.parse(readFileSync(target, 'utf8'))).headlines).toHaveLength(80);
  });
});
