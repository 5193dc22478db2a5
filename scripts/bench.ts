/**
 * `npm run bench [-- --quick]`: the app against vis-timeline 8 on the same corpora, and the corpus builder.
 *
 * 1. Builds the app (`npx tsx scripts/corpus.ts`, `npx vite build`) into its own output directory (default
 *    node_modules/.cache/bench-dist/, not dist/: `vite build` empties its output directory, and the end-to-end
 *    tests build and serve dist/, so sharing it would break either run), generates corpora of 1,000, 10,000
 *    and 100,000 headlines into its bench/ with `npm run corpus:synthetic` (80 is the real corpus.json), and
 *    puts the vis-timeline page (scripts/bench/vis/) into its bench/vis/.
 * 2. Times the builder on generated pages of 1,000, 10,000 and 100,000 lines.
 * 3. Serves dist/ on 127.0.0.1 and, in headless Chromium, for each N runs the app and the vis page in turn
 *    (3 runs each), measuring readiness, zoom and pan frame times, search latency and JS heap (see
 *    scripts/bench/browser.ts for exactly how).
 * 4. Prints a markdown report and writes it with the raw JSON to scripts/bench/results/.
 *
 * N = 1,000,000 (`--n 1000000`, not run by default: generating it takes about 1.5 min and 3 GB) is a year of
 * coverage split by month only (`--span year --split month`): the app opens it from its manifest and holds only
 * the months its load plan allows, and after the usual phases pans across the whole year while the JS heap is
 * sampled (browser.ts, `yearPan`). The whole file and vis-timeline are not run at that size.
 *
 * Options: --quick (N = 1,000 and 10,000, 1 run, 20 wheel and 20 drag steps, builder once),
 * --runs K, --n 1000,10000, --dist DIR (build and serve there instead, e.g. `--dist dist`), --skip-build,
 * --reuse-corpora (keep generated corpora already in DIR/bench/: the generator's output for the same
 * arguments is byte-identical), --no-builder, --no-browser, --no-settle (do not wait for a quiet machine before
 * each measurement: see scripts/bench/settle.ts).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { launch, runOnce, type Impl, type RunResult } from './bench/browser';
import { timeBuilder, timeCommand, timeStartup } from './bench/builder';
import { appPayload, gzipPayload } from './bench/payload';
import { markdown, SPLIT_ONLY_FROM, type BenchResults, type BuilderRow, type Machine } from './bench/report';
import { serveStatic } from './bench/server';
import { settle } from './bench/settle';
import { median } from './bench/stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DIST = join(ROOT, 'node_modules', '.cache', 'bench-dist');
const RESULTS = join(ROOT, 'scripts', 'bench', 'results');
const VIS_SOURCE = join(ROOT, 'scripts', 'bench', 'vis');
const VIS_STANDALONE = join(ROOT, 'node_modules', 'vis-timeline', 'standalone', 'umd', 'vis-timeline-graph2d.min.js');
const BUILDER_LINES = [1_000, 10_000, 100_000];

interface Args {
  quick: boolean;
  runs: number;
  ns: number[];
  build: boolean;
  builder: boolean;
  browser: boolean;
  dist: string;
  /** Keep corpora already generated in DIST/bench/. */
  reuse: boolean;
  /** Wait for a quiet machine before each measurement. */
  settle: boolean;
}

const USAGE = 'usage: npm run bench [-- --quick] [--runs K] [--n 1000,10000] [--dist DIR] [--skip-build] [--reuse-corpora] [--no-builder] [--no-browser] [--no-settle]';

function parseArgs(argv: readonly string[]): Args | null {
  const quick = argv.includes('--quick');
  const args: Args = { quick, runs: quick ? 1 : 3, ns: quick ? [1_000, 10_000] : [80, 1_000, 10_000, 100_000], build: true, builder: true, browser: true, dist: DEFAULT_DIST, reuse: false, settle: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') continue;
    else if (a === '-h' || a === '--help') return null;
    else if (a === '--runs') args.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--n') args.ns = (argv[++i] ?? '').split(',').map((x) => Number(x.replace(/_/g, ''))).filter((x) => Number.isInteger(x) && x > 0);
    else if (a === '--dist') args.dist = resolve(argv[++i] ?? DEFAULT_DIST);
    else if (a === '--skip-build') args.build = false;
    else if (a === '--reuse-corpora') args.reuse = true;
    else if (a === '--no-settle') args.settle = false;
    else if (a === '--no-builder') args.builder = false;
    else if (a === '--no-browser') args.browser = false;
    else throw new Error(`unknown argument ${a} (${USAGE})`);
  }
  return args;
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

function run(command: string, args: readonly string[]): string {
  const r = timeCommand(command, args, ROOT);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stderr.trim() || r.stdout.trim()}`);
  return r.stdout;
}

function git(args: string[]): string {
  const r = timeCommand('git', args, ROOT);
  return r.status === 0 ? r.stdout.trim() : '';
}

/** The corpus path under the served directory for N headlines (the manifest of the split form). */
const corpusPath = (n: number, split = false) => (n === 80 ? 'corpus.json' : `bench/${n}${split ? '-split' : ''}.json`);
/** Corpora also split by month (and opened so by the app) from this size up. */
const SPLIT_FROM = 10_000;

function prepareVis(dist: string): void {
  const out = join(dist, 'bench', 'vis');
  mkdirSync(out, { recursive: true });
  copyFileSync(join(VIS_SOURCE, 'index.html'), join(out, 'index.html'));
  copyFileSync(VIS_STANDALONE, join(out, 'vis-timeline-graph2d.min.js'));
  const js = ts.transpileModule(readFileSync(join(VIS_SOURCE, 'page.ts'), 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  writeFileSync(join(out, 'page.js'), js);
}

function machine(chromium: string, loadStart: number): Machine {
  return {
    loadStart,
    loadEnd: loadavg()[0] ?? 0,
    cores: cpus().length,
    memoryBytes: totalmem(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    chromium,
    node: process.versions.node,
    os: `${platform()} ${release()}`,
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain', '--untracked-files=no']) !== '',
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args === null) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const started = Date.now();
  const date = new Date().toISOString();
  const quiet = (): Promise<number | null> => (args.settle ? settle(90_000, 0.3, log) : Promise.resolve(null));
  const loadStart = loadavg()[0] ?? 0;
  if (loadStart > cpus().length) log(`warning: load average ${loadStart.toFixed(1)} on ${cpus().length} cores: other processes will slow the measurements`);

  const DIST = args.dist;
  if (args.build) {
    log(`building the seed corpus and the app into ${relative(ROOT, DIST) || '.'}/`);
    run('npx', ['tsx', 'scripts/corpus.ts']);
    run('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn']);
  }
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'corpus.json'))) throw new Error(`${relative(ROOT, DIST)}/ has no built app: run without --skip-build`);
  mkdirSync(join(DIST, 'bench'), { recursive: true });
  const generate = (file: string, ...extra: string[]) => {
    if (args.reuse && existsSync(file)) return log(`reusing ${relative(ROOT, file)}`);
    log(`generating ${relative(ROOT, file)}`);
    run('npx', ['tsx', 'scripts/synthetic.ts', '--out', file, ...extra]);
  };
  for (const n of args.ns.filter((x) => x !== 80)) {
    if (n < SPLIT_ONLY_FROM) generate(join(DIST, corpusPath(n)), '--n', String(n));
    if (n >= SPLIT_ONLY_FROM) generate(join(DIST, corpusPath(n, true)), '--n', String(n), '--span', 'year', '--split', 'month');
    else if (n >= SPLIT_FROM) generate(join(DIST, corpusPath(n, true)), '--n', String(n), '--split', 'month');
  }
  prepareVis(DIST);
  const payload = { app: appPayload(join(DIST, 'index.html')), vis: gzipPayload([VIS_STANDALONE]) };

  // The builder.
  const builderRows: BuilderRow[] = [];
  let startupRuns: number[] = [];
  if (args.builder) {
    const runs = args.quick ? 1 : 3;
    const tmp = mkdtempSync(join(tmpdir(), 'bench-builder-'));
    try {
      startupRuns = await timeStartup(ROOT, runs, quiet);
      for (const lines of BUILDER_LINES) {
        const page = join(tmp, `page-${lines}.txt`);
        run('npx', ['tsx', 'scripts/synthetic.ts', '--n', String(lines), '--page', '--out', page]);
        log(`builder on ${lines} lines`);
        const row = await timeBuilder(ROOT, page, join(tmp, `corpus-${lines}.json`), lines, runs, quiet);
        log(`  ${row.runs.join(', ')} ms`);
        builderRows.push(row);
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  // The browser.
  const results: RunResult[] = [];
  let chromiumVersion = 'not run';
  const zoomSteps = args.quick ? 20 : 60;
  const panSteps = args.quick ? 20 : 60;
  if (args.browser) {
    const server = await serveStatic(DIST);
    let browser = await launch();
    chromiumVersion = browser.version();
    log(`serving ${relative(ROOT, DIST)}/ at ${server.url}; Chromium ${chromiumVersion}`);
    try {
      for (const n of args.ns) {
        const headlines = n === 80 ? (JSON.parse(readFileSync(join(DIST, 'corpus.json'), 'utf8')) as { headlines: unknown[] }).headlines.length : n;
        const impls: Impl[] = n >= SPLIT_ONLY_FROM ? ['app-split'] : n >= SPLIT_FROM ? ['app', 'app-split', 'vis'] : ['app', 'vis'];
        // The months of a year held in part, to pan across.
        const yearPan =
          n >= SPLIT_ONLY_FROM ? (JSON.parse(readFileSync(join(DIST, corpusPath(n, true)), 'utf8')) as { chunks: { id: string }[] }).chunks.map((c) => c.id) : null;
        for (let k = 1; k <= args.runs; k++) {
          for (const impl of impls) {
            log(`N = ${headlines}, ${impl}, run ${k} of ${args.runs} (load ${loadavg()[0]?.toFixed(1)}, free memory ${Math.round(freemem() / 2 ** 20)} MB)`);
            // Every run in a Chromium of its own, so what the run before left behind (vis-timeline's 400 MB
            // heap at 100,000, caches) cannot slow the next one: app runs after a vis-timeline run drew later.
            await browser.close().catch(() => {});
            browser = await launch();
            const busyBefore = await quiet();
            const { result } = await runOnce(browser, {
              busyBefore,
              impl,
              n,
              headlines,
              run: k,
              base: server.url,
              corpus: corpusPath(n, impl === 'app-split'),
              zoomSteps,
              panSteps,
              yearPan: impl === 'app-split' ? yearPan : null,
              log: (line) => log(`  ${line}`),
            });
            for (const note of result.notes) log(`  note: ${note}`);
            results.push(result);
          }
        }
      }
    } finally {
      await browser.close().catch(() => {});
      await server.close();
    }
  }

  // The first view as the browser fetched it: every script, style sheet and worker before `timeline:ready`
  // in the app's runs on the smallest corpus (the same files at every size), sized gzip from dist/.
  const firstRun = results.filter((x) => x.impl === 'app' && x.firstView.length > 0).sort((a, b) => a.n - b.n)[0];
  const firstView = firstRun ? gzipPayload([...new Set(firstRun.firstView)].filter((p) => existsSync(join(DIST, p))).map((p) => join(DIST, p))) : null;
  const report: BenchResults = {
    date,
    quick: args.quick,
    machine: machine(chromiumVersion, loadStart),
    payload: { ...payload, firstView },
    builder: { startupRuns, startup: median(startupRuns), rows: builderRows },
    browser: { ns: args.browser ? args.ns : [], runs: args.runs, zoomSteps, panSteps, results },
  };
  const md = markdown(report);
  mkdirSync(RESULTS, { recursive: true });
  const stamp = date.replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS, 'latest.md'), md);
  writeFileSync(join(RESULTS, `${stamp}${args.quick ? '-quick' : ''}.json`), `${JSON.stringify(report, null, 1)}\n`);
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(report, null, 1)}\n`);
  process.stdout.write(`\n${md}`);
  log(`done in ${Math.round((Date.now() - started) / 1000)} s; results in ${relative(ROOT, RESULTS)}/ (latest.md, ${stamp}${args.quick ? '-quick' : ''}.json)`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`bench: error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
