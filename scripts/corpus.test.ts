import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkAgainstManifest, corpusSchema, manifestSchema } from '../src/corpus/schema';
import { joinChunks } from '../src/corpus/split';
import { parseArgs } from './corpus';
import { runCli, useScratchDir } from './corpus/cli-harness';
import { DATA_DIR, ROOT, SEED_PATH, seedText } from './corpus/testing';

const { dir, write } = useScratchDir('corpus-cli-');

describe('corpus CLI', () => {
  it('builds the seed page: summary on stdout, anomalies on stderr, valid JSON written', async () => {
    const target = join(dir(), 'out', 'corpus.json');
    const r = await runCli([SEED_PATH, '--out', target]);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).toMatch(/^corpus: 80 headlines, 52 outlets, 62 stories, 5 anomalies → .*corpus\.json$/);
    expect(r.err.slice(0, 5)).toEqual([
      '  line 34: no-outlet: the line names no outlet: there is no " - " between a title and an outlet',
      '  line 34: truncated-title: the title ends with an ellipsis: cut short by the aggregator',
      '  line 88: truncated-title: the title ends with an ellipsis: cut short by the aggregator',
      '  line 98: truncated-title: the title is probably cut mid-word: "t" is no English word, and begins "tactical"',
      '  line 106: truncated-title: the title is probably cut mid-word: "minist" is no English word, and begins "minister"',
    ]);
    // Then the key events: how many this page's headlines report, and those none does.
    expect(r.err[5]).toMatch(/^ {2}events: \d+ of \d+ reported by \d+ headlines of this page$/);
    expect(r.err[6]).toMatch(/^ {2}events no headline reports: .*istanbul-talks-end/);
    const json = readFileSync(target, 'utf8');
    const corpus = corpusSchema.parse(JSON.parse(json));
    expect(corpus.headlines).toHaveLength(80);
    expect(readdirSync(join(dir(), 'out'))).toEqual(['corpus.json']);
    // Byte-identical on a second run.
    expect((await runCli([SEED_PATH, `--out=${target}`])).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(json);
  });

  it('--split month writes the chunks and a manifest that joins back to the whole corpus', async () => {
    const outDir = join(dir(), 'split');
    const r = await runCli([SEED_PATH, '--out', join(outDir, 'c.json'), '--split', 'month']);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/→ .*c\.json \(a manifest and 1 monthly chunk\)$/);
    expect(readdirSync(outDir).sort()).toEqual(['c.2025-10.json', 'c.json']);
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(outDir, 'c.json'), 'utf8')));
    const chunk = chunkAgainstManifest(manifest).parse(JSON.parse(readFileSync(join(outDir, manifest.chunks[0]!.path), 'utf8')));
    const whole = corpusSchema.parse(JSON.parse(readFileSync(join(dir(), 'out', 'corpus.json'), 'utf8')));
    const joined = joinChunks(manifest, [chunk]);
    expect(joined.headlines.map((h) => h.id).sort()).toEqual(whole.headlines.map((h) => h.id).sort());
    expect(manifest.headlineCount).toBe(80);
    expect((await runCli([SEED_PATH, '--split', 'week'])).code).toBe(1);
  });

  it('accepts CRLF, a BOM and tabs', async () => {
    const page = write('crlf.txt', `\uFEFF${seedText().replace(/\n/g, '\r\n').replace(/ - /g, '\t-\t')}`);
    const target = join(dir(), 'crlf.json');
    const r = await runCli([page, '--out', target]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^corpus: 80 headlines/);
  });

  describe.each([
    ['an empty file', () => write('empty.txt', ''), /is empty/],
    ['a blank file', () => write('blank.txt', ' \n\r\n\t\n'), /the input is empty/],
    ['a binary file', () => write('binary.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])), /looks binary \(NUL byte at offset 4\)/],
    ['a file of invalid UTF-8', () => write('latin1.txt', new Uint8Array([0x2d, 0x20, 0xe9, 0x74, 0xe9, 0x0a])), /not valid UTF-8/],
    ['a page without list', () => write('nolist.txt', seedText().split('\n').slice(0, 26).join('\n')), /no headline list found/],
    ['a missing file', () => join(dir(), 'missing.txt'), /no such file/],
    ['a folder with no page', () => mkdtempSync(join(dir(), 'empty-')), /holds no \.txt page/],
  ])('%s', (_name, makeInput, message) => {
    it('exits 1 with one line and leaves an existing target untouched', async () => {
      const target = write('existing.json', '{"keep":true}\n');
      const r = await runCli([makeInput(), '--out', target]);
      expect(r.code).toBe(1);
      expect(r.out).toEqual([]);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(/^corpus: error: /);
      expect(r.err[0]).toMatch(message);
      expect(r.err[0]).not.toMatch(/\n| {4}at /);
      expect(readFileSync(target, 'utf8')).toBe('{"keep":true}\n');
    });
    it('exits 1 and creates no target', async () => {
      const target = join(dir(), 'fresh', 'never.json');
      const r = await runCli([makeInput(), '--out', target]);
      expect(r.code).toBe(1);
      expect(existsSync(target)).toBe(false);
    });
  });

  it('rejects bad arguments and broken tables in one line', async () => {
    expect((await runCli(['--bogus'])).err[0]).toMatch(/^corpus: error: unknown option --bogus/);
    expect((await runCli(['a.txt', 'b.txt'])).code).toBe(1);
    expect((await runCli([SEED_PATH, '--out'])).err[0]).toMatch(/--out needs a value/);
    const data = join(dir(), 'data');
    mkdirSync(data, { recursive: true });
    cpSync(DATA_DIR, data, { recursive: true });
    writeFileSync(join(data, 'topics.json'), '{"fallback": "other", "topics": [{"id": "x", "label": "X", "patterns": ["("]}]}');
    const r = await runCli([SEED_PATH, '--data', data, '--out', join(dir(), 'x.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^corpus: error: topics\.json: topic "x": bad pattern/);
    writeFileSync(join(data, 'topics.json'), '{ not json');
    expect((await runCli([SEED_PATH, '--data', data, '--out', join(dir(), 'x.json')])).err[0]).toMatch(/topics\.json is not valid JSON/);
    expect(existsSync(join(dir(), 'x.json'))).toBe(false);
  });

  it('parses its arguments', async () => {
    expect(parseArgs([])).toEqual({ inputs: [], background: null, out: null, data: null, split: null, help: false });
    expect(parseArgs(['p.txt', '--out=o.json', '--data', 'd', '--split=month'])).toEqual({ inputs: ['p.txt'], background: null, out: 'o.json', data: 'd', split: 'month', help: false });
    expect(parseArgs(['a.txt', 'pages/', '--background', 'b.txt', 'c.txt'])).toMatchObject({ inputs: ['a.txt', 'pages/', 'c.txt'], background: 'b.txt' });
    expect(parseArgs(['-o', 'o.json', '--help'])).toMatchObject({ out: 'o.json', help: true });
    expect(await runCli(['--help'])).toMatchObject({ code: 0, out: [expect.stringMatching(/^usage: /) as unknown as string] });
  });
});

describe('many pages', () => {
  it('two pages in two encodings (UTF-8, and UTF-16LE with its BOM): the same headlines, read alike and merged', async () => {
    const folder = join(dir(), 'two-encodings');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), seedText());
    writeFileSync(join(folder, 'b.txt'), Buffer.from(`\uFEFF${seedText()}`, 'utf16le'));
    const target = join(dir(), 'two-encodings.json');
    const r = await runCli([folder, '--out', target]);
    expect(r.code).toBe(0);
    const corpus = corpusSchema.parse(JSON.parse(readFileSync(target, 'utf8')));
    expect(corpus.headlines).toHaveLength(80);
    expect(corpus.headlines.every((h) => h.sources?.map((x) => x.page).join() === 'a.txt,b.txt')).toBe(true);
    expect(JSON.stringify(corpus)).not.toMatch(/\\ufffd/i);
  });

  it('a page of Latin-1 among UTF-8 pages: refused, naming that page, the line and the bytes', async () => {
    const folder = join(dir(), 'latin1');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), seedText());
    writeFileSync(join(folder, 'b.txt'), Buffer.from(seedText().replace('Pakistan and Afghanistan agree', 'Pakistan and Afghanistan agr\u00e9e'), 'latin1'));
    const r = await runCli([folder, '--out', join(dir(), 'latin1.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([expect.stringMatching(/^corpus: error: .*latin1\/b\.txt is not valid UTF-8 text: line 27, column \d+ \(byte offset \d+\) holds 0xE9 0x65 0x20 0x74: it reads as Latin-1 \/ Windows-1252 text/) as unknown as string]);
    expect(existsSync(join(dir(), 'latin1.json'))).toBe(false);
  });

  it('a page with U+FFFD already in it: built, and the damage reported on stderr', async () => {
    const page = write('fffd.txt', seedText().replace('Pakistan and Afghanistan agree', 'Pakistan and Afghanistan \uFFFDgree'));
    const r = await runCli([page, '--out', join(dir(), 'fffd.json')]);
    expect(r.code).toBe(0);
    expect(r.err[0]).toBe('  fffd.txt: 1 replacement character (U+FFFD) in the page itself: its text was damaged before it reached the builder; kept as it is');
  });

  it('one page given 1,000 times: builds, each headline once with its 1,000 places', async () => {
    const folder = join(dir(), 'thousand');
    mkdirSync(folder);
    const page = [
      'A test article about the border – Example Review',
      'The first paragraph of the article, long enough to be a paragraph and not a heading of any kind at all.',
      '- Envoys meet in Doha for talks on the border - Reuters - October 18th, 2025 [October 18th, 2025]',
      '- Both sides accept an immediate ceasefire - AP News - October 19th, 2025 [October 19th, 2025]',
      '- Markets react to the ceasefire in the bor... - Dawn - October 20th, 2025 [October 20th, 2025]',
    ].join('\n');
    for (let i = 0; i < 1000; i++) writeFileSync(join(folder, `p${String(i).padStart(4, '0')}.txt`), page);
    const target = join(dir(), 'thousand.json');
    const t0 = performance.now();
    const r = await runCli([folder, '--out', target]);
    console.log(`1,000 copies of a page: built in ${Math.round(performance.now() - t0)} ms`);
    expect(r.code).toBe(0);
    expect(r.err).toContain('  pages: 1000; 3000 headline lines, 2997 of them copies of a headline on another line; background from p0000.txt');
    const corpus = corpusSchema.parse(JSON.parse(readFileSync(target, 'utf8')));
    expect(corpus.headlines.map((h) => h.sources?.length)).toEqual([1000, 1000, 1000]);
  }, 60_000);
});

describe('corpus CLI as a process', () => {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const exec = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(tsx, [join(ROOT, 'scripts', 'corpus.ts'), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      });
    });
  it('exits 0 on the seed and 1 with one line on a binary file, without a stack trace', async () => {
    const ok = await exec([SEED_PATH, '--out', join(dir(), 'proc.json')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^corpus: 80 headlines, 52 outlets, 62 stories, 5 anomalies → /);
    const bad = await exec([write('proc.bin', new Uint8Array([0, 1, 2, 3])), '--out', join(dir(), 'proc-bad.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^corpus: error: .*looks binary/) as unknown as string]);
    expect(existsSync(join(dir(), 'proc-bad.json'))).toBe(false);
  }, 60_000);
});
