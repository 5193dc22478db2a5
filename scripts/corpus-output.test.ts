/**
 * The builder writes safely (scripts/corpus/output.ts): it refuses an output that is an input, a symbolic
 * link, a folder or a device, or a name the app would refuse; it stages outside the output folder (and
 * outside public/, which Vite copies whole) and swaps a whole or split corpus in whole, undoing a failed
 * swap; it leaves no staging folder on success, error, abort or SIGINT/SIGTERM, and clears those of killed runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusSchema, manifestSchema } from '../src/corpus/schema';
import { runCli, useScratchDir } from './corpus/cli-harness';
import { isAppFileName, stagingRoot, suggestName } from './corpus/output';
import { DATA_DIR, ROOT, SEED_PATH, seedText } from './corpus/testing';

const scratch = useScratchDir('corpus-output-');
const OLD = '{"previous":true}\n';

let n = 0;
/** A fresh folder `case-N/out/` holding the page (`page.txt`) and an old target (`out/corpus.json`). */
function setup(pageName = 'page.txt') {
  const d = join(scratch.dir(), `case-${n++}`);
  const out = join(d, 'out');
  mkdirSync(out, { recursive: true });
  const input = join(d, pageName);
  writeFileSync(input, seedText());
  const target = join(out, 'corpus.json');
  writeFileSync(target, OLD);
  return { d, out, input, target };
}
/** Staging folders in `dir`. */
const staging = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.corpus-staging-'));
const refused = async (argv: string[], message: RegExp) => {
  const r = await runCli(argv);
  expect(r.code).toBe(1);
  expect(r.out).toEqual([]);
  expect(r.err).toEqual([expect.stringMatching(message) as unknown as string]);
};

describe('--out that must not be written', () => {
  it('the input page itself, under any spelling or through a hard link: refused, the page intact', async () => {
    const { d, input } = setup();
    await refused([input, '--out', input], /^corpus: error: .*page\.txt is an input of the build \(.*page\.txt\): writing the corpus there would destroy it$/);
    await refused([input, '--out', join(d, 'out', '..', 'page.txt')], /is an input of the build/);
    const json = join(d, 'page.json');
    writeFileSync(json, seedText());
    await refused([json, '--out', json], /page\.json is an input of the build/);
    linkSync(input, join(d, 'out', 'linked.json'));
    await refused([input, '--out', join(d, 'out', 'linked.json')], /linked\.json is the same file as an input of the build \(.*page\.txt\)/);
    // One of several inputs, given as a folder.
    await refused([d, '--out', input], /page\.txt is an input of the build/);
    expect(readFileSync(input, 'utf8')).toBe(seedText());
  });

  it('a table the build reads: refused', async () => {
    const { input } = setup();
    await refused([input, '--out', join(DATA_DIR, 'outlets.json')], /outlets\.json is an input of the build/);
  });

  it('a symbolic link (to a file, or dangling): refused, the link and its file intact', async () => {
    const { out, input, target } = setup();
    const link = join(out, 'link.json');
    symlinkSync(target, link);
    await refused([input, '--out', link], /link\.json is a symbolic link: the builder replaces only regular files/);
    symlinkSync(join(out, 'nowhere.json'), join(out, 'dangling.json'));
    await refused([input, '--out', join(out, 'dangling.json')], /dangling\.json is a symbolic link/);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(out).sort()).toEqual(['corpus.json', 'dangling.json', 'link.json']);
  });

  it('a folder, a device: refused, naming what it is', async () => {
    const { out, input } = setup();
    mkdirSync(join(out, 'taken.json'));
    await refused([input, '--out', join(out, 'taken.json')], /taken\.json is a folder, not a regular file/);
    await refused([input, '--out', '/dev/null'], /^corpus: error: \/dev\/null is a character device, not a regular file/);
    expect(readdirSync(join(out, 'taken.json'))).toEqual([]);
  });

  it.each([
    ['ñews.json', 'it holds characters other than ASCII letters, digits, ".", "_" and "-"', 'news.json'],
    ['my corpus.json', 'it holds characters other than ASCII letters, digits, ".", "_" and "-"', 'my-corpus.json'],
    ['corpus.txt', 'it does not end in .json', 'corpus.txt.json'],
    ['.corpus.json', 'a hidden file', 'corpus.json'],
  ])('a name the app refuses to load (%s): refused with a name to use', async (name, why, suggestion) => {
    const { out, input } = setup();
    const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await refused([input, '--out', join(out, name), '--split', 'month'], new RegExp(`--out "${escaped(name)}" is a name the app refuses to load \\(${escaped(why)}\\): use a name like "${escaped(suggestion)}"$`));
    expect(readdirSync(out)).toEqual(['corpus.json']);
  });

  it('names: the app rule and the suggestions', () => {
    expect(['corpus.json', 'c.2025-10.json', 'My_Corpus-2.json'].every(isAppFileName)).toBe(true);
    expect(['ñews.json', 'my corpus.json', 'a/b.json', 'x.JSON5', '.x.json', 'x.json?'].some(isAppFileName)).toBe(false);
    expect(suggestName('Ünïcödé news (2025).json')).toBe('Unicode-news-2025.json');
    expect(isAppFileName(suggestName('   .json'))).toBe(true);
    expect(isAppFileName(`${'a'.repeat(195)}.json`)).toBe(true);
    expect(isAppFileName(`${'a'.repeat(196)}.json`)).toBe(false);
    expect(isAppFileName(suggestName(`${'a'.repeat(400)}.json`))).toBe(true);
  });
});

describe('staging and swapping', () => {
  it('a whole corpus: staged beside the output folder, not in it; one rename; nothing left', async () => {
    const { d, out, input, target } = setup();
    let during: { out: string[]; staged: string[][] } | null = null;
    const r = await runCli([input, '--out', target], {
      beforeSwap: async () => {
        during = { out: readdirSync(out), staged: staging(d).map((s) => readdirSync(join(d, s))) };
      },
    });
    expect(r.code).toBe(0);
    expect(during).toEqual({ out: ['corpus.json'], staged: [['corpus.json']] });
    expect(corpusSchema.parse(JSON.parse(readFileSync(target, 'utf8'))).headlines).toHaveLength(80);
    expect(readdirSync(out)).toEqual(['corpus.json']);
    expect(staging(d)).toEqual([]);
  });

  it('the staging folder is never inside public/ (Vite copies all of it, hidden files too), nor in the output folder', () => {
    const pub = join(ROOT, 'public');
    expect(stagingRoot(pub, pub)).toBe(ROOT);
    mkdirSync(join(scratch.dir(), 'site', 'public', 'data'), { recursive: true });
    const sitePublic = join(scratch.dir(), 'site', 'public');
    expect(stagingRoot(join(sitePublic, 'data'), sitePublic)).toBe(join(scratch.dir(), 'site'));
    expect(stagingRoot(join(sitePublic, 'data'), null)).toBe(sitePublic);
  });

  it('a split corpus replaces an old one whole: the old manifest and every chunk it named go, other files stay', async () => {
    const { d, out, input } = setup();
    const manifest = join(out, 'c.json');
    writeFileSync(manifest, JSON.stringify({ format: 'split', chunks: [{ path: 'c.2025-09.json' }, { path: 'c.2025-10.json' }, { path: '../escape.json' }] }));
    writeFileSync(join(out, 'c.2025-09.json'), 'old september');
    writeFileSync(join(out, 'c.2025-10.json'), 'old october');
    writeFileSync(join(d, 'escape.json'), 'not ours');
    let during: string[] = [];
    const r = await runCli([input, '--out', manifest, '--split', 'month'], {
      beforeSwap: async () => {
        during = readdirSync(out).sort();
      },
    });
    expect(r.code).toBe(0);
    // While staged, the old set was whole; after, the new set is, and nothing of the old one is left.
    expect(during).toEqual(['c.2025-09.json', 'c.2025-10.json', 'c.json', 'corpus.json']);
    expect(readdirSync(out).sort()).toEqual(['c.2025-10.json', 'c.json', 'corpus.json']);
    const m = manifestSchema.parse(JSON.parse(readFileSync(manifest, 'utf8')));
    expect(m.chunks.map((c) => c.path)).toEqual(['c.2025-10.json']);
    expect(readFileSync(join(out, 'c.2025-10.json'), 'utf8')).toMatch(/^\{"schemaVersion":1,"format":"chunk","id":"2025-10"/);
    expect(readFileSync(join(d, 'escape.json'), 'utf8')).toBe('not ours');
    expect(staging(d)).toEqual([]);
  });

  it('a whole corpus over a split one: the old chunks go too', async () => {
    const { out, input } = setup();
    const manifest = join(out, 'c.json');
    expect((await runCli([input, '--out', manifest, '--split', 'month'])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['c.2025-10.json', 'c.json', 'corpus.json']);
    expect((await runCli([input, '--out', manifest])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['c.json', 'corpus.json']);
    expect(corpusSchema.parse(JSON.parse(readFileSync(manifest, 'utf8'))).headlines).toHaveLength(80);
  });

  it('a swap that fails half-way is undone: the old manifest and chunks are back, nothing new is left', async () => {
    const { d, out, input } = setup();
    const manifest = join(out, 'c.json');
    writeFileSync(manifest, JSON.stringify({ format: 'split', chunks: [{ path: 'c.2025-09.json' }] }));
    writeFileSync(join(out, 'c.2025-09.json'), 'old september');
    const r = await runCli([input, '--out', manifest, '--split', 'month'], {
      // A folder (not empty) where the new chunk must go: the rename of the chunk fails, after the old set has left.
      beforeSwap: async () => {
        mkdirSync(join(out, 'c.2025-10.json', 'x'), { recursive: true });
      },
    });
    expect(r.code).toBe(1);
    expect(r.err).toEqual([expect.stringMatching(/^corpus: error: the corpus could not be moved into .*out \((EISDIR|ENOTEMPTY|EEXIST)\): the folder is as it was$/) as unknown as string]);
    expect(readdirSync(out).sort()).toEqual(['c.2025-09.json', 'c.2025-10.json', 'c.json', 'corpus.json']);
    expect(readFileSync(manifest, 'utf8')).toBe(JSON.stringify({ format: 'split', chunks: [{ path: 'c.2025-09.json' }] }));
    expect(readFileSync(join(out, 'c.2025-09.json'), 'utf8')).toBe('old september');
    expect(staging(d)).toEqual([]);
  });

  it('aborted while staged (as on SIGINT): exit 130, one line, the target untouched, nothing left', async () => {
    const { d, out, input, target } = setup();
    const controller = new AbortController();
    const r = await runCli([input, '--out', target], {
      signal: controller.signal,
      beforeSwap: async () => {
        controller.abort('SIGINT');
        await new Promise(() => undefined); // held until the abort ends the wait
      },
    });
    expect(r).toMatchObject({ code: 130, out: [], err: ['corpus: error: interrupted (SIGINT) while writing the corpus: nothing was changed and no temporary file is left'] });
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(out)).toEqual(['corpus.json']);
    expect(staging(d)).toEqual([]);
  });

  it('a staging folder left by a killed builder (its process gone) is removed by the next run', async () => {
    const { d, input, target } = setup();
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    mkdirSync(join(d, `.corpus-staging-${gone}-AbCdEf`, '.previous'), { recursive: true });
    writeFileSync(join(d, `.corpus-staging-${gone}-AbCdEf`, 'corpus.json'), 'half');
    const alive = `.corpus-staging-${process.pid}-keep`;
    mkdirSync(join(d, alive));
    expect((await runCli([input, '--out', target])).code).toBe(0);
    expect(staging(d)).toEqual([alive]);
  });
});

describe('interrupts of the real process', () => {
  const run = (args: string[], env: Record<string, string>) =>
    spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'corpus.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s while the files are staged: exit %i, the target untouched, no staging folder left', async (sig, code) => {
    const { d, out, target } = setup();
    const child = run([SEED_PATH, '--out', target, '--split', 'month'], { CORPUS_TEST_HOLD_MS: '60000' });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    // Wait until both files are staged (the hold then keeps the builder there).
    const deadline = Date.now() + 60_000;
    for (;;) {
      const s = staging(d);
      if (s.length === 1 && readdirSync(join(d, s[0]!)).filter((f) => f.endsWith('.json')).length === 2) break;
      if (Date.now() > deadline) throw new Error(`never staged: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill(sig);
    expect(await exited).toBe(code);
    expect(stderr.trim().split('\n').pop()).toBe(`corpus: error: interrupted (${sig}) while writing the corpus: nothing was changed and no temporary file is left`);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(out)).toEqual(['corpus.json']);
    expect(staging(d)).toEqual([]);
  }, 90_000);

});
