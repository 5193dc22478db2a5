/**
 * CLI: `npm run corpus [-- PAGE.txt|FOLDER ...] [--background PAGE.txt] [--out FILE]`
 *
 * Reads aggregator pages (default: the single .txt under data/source/; a folder stands for the .txt pages in
 * it; UTF-8, or UTF-16 with its byte-order mark: see corpus/decode.ts), builds one corpus with the tables
 * under data/, validates it with corpusSchema and writes it (default public/corpus.json) through a staging
 * folder outside public/, swapped in whole (corpus/output.ts). The output is checked before the build: a
 * name the app loads, not a symlink, folder or device, not one of the inputs. Anomalies go to stderr, a
 * one-line summary to stdout. Any failure is one line, `corpus: error: …`, and exit code 1 (130, 143 or 129
 * when interrupted by SIGINT, SIGTERM or SIGHUP while writing); the target is then left untouched and no
 * temporary file is left.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusSchema, type Corpus } from '../src/corpus/schema';
import { splitByMonth } from '../src/corpus/split';
import { buildPages, CorpusInputError } from './corpus/build';
import { asciiJson } from './corpus/json';
import { loadTables, TableError } from './corpus/tables';
import type { EventReport } from './corpus/events';
import { decodePage, PageEncodingError, replacementCharacters, type PageEncoding } from './corpus/decode';
import { checkFileName, checkTarget, inputIds, OutputError, writeFiles, WriteInterrupted, type OutputFile, type WriteOptions } from './corpus/output';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_ANOMALY_LINES = 40;

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const consoleIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** An error whose message is shown as is. */
class UsageError extends Error {}

export interface Options {
  /** Pages and folders of pages, as given. */
  inputs: string[];
  /** The page whose article is the background. */
  background: string | null;
  out: string | null;
  data: string | null;
  /** `month`: write a manifest at --out and one chunk per month beside it. */
  split: 'month' | null;
  help: boolean;
}

const USAGE = 'usage: npm run corpus [-- PAGE.txt|FOLDER ...] [--background PAGE.txt] [--out FILE] [--data DIR] [--split month]';

export function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { inputs: [], background: null, out: null, data: null, split: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const valueOf = (name: string): string => {
      if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
      const v = argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value (${USAGE})`);
      return v;
    };
    if (arg === '-h' || arg === '--help') opts.help = true;
    else if (arg === '--out' || arg === '-o' || arg.startsWith('--out=')) opts.out = valueOf(arg.startsWith('-o') ? '-o' : '--out');
    else if (arg === '--data' || arg.startsWith('--data=')) opts.data = valueOf('--data');
    else if (arg === '--background' || arg.startsWith('--background=')) opts.background = valueOf('--background');
    else if (arg === '--split' || arg.startsWith('--split=')) {
      const v = valueOf('--split');
      if (v !== 'month') throw new UsageError(`--split takes "month" (${USAGE})`);
      opts.split = v;
    }
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg} (${USAGE})`);
    else opts.inputs.push(arg);
  }
  return opts;
}

function defaultInput(): string {
  const dir = join(ROOT, 'data', 'source');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  } catch {
    throw new UsageError(`no input given and ${relative(process.cwd(), dir) || dir} cannot be read`);
  }
  if (names.length !== 1) throw new UsageError(`no input given and data/source/ holds ${names.length} .txt files (expected exactly one)`);
  return join(dir, names[0] ?? '');
}

/** The page files the inputs name: a file as is, a folder as the .txt files in it (by name). */
export function pageFiles(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    const path = resolve(input);
    let dir: boolean;
    try {
      dir = statSync(path).isDirectory();
    } catch {
      return [path]; // reading it will say what is wrong
    }
    if (!dir) return [path];
    const names = readdirSync(path).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
    if (names.length === 0) throw new UsageError(`${input} holds no .txt page`);
    return names.map((n) => join(path, n));
  });
}

/** Read a page: its text (decoded as corpus/decode.ts says) and its encoding; refuse what is not a text page. */
export function readPage(path: string): { text: string; encoding: PageEncoding } {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`${path} is a directory, not a page`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? 'error'})`);
  }
  if (bytes.length === 0) throw new UsageError(`${path} is empty`);
  return decodePage(bytes, path);
}

function validate(corpus: Corpus): void {
  const r = corpusSchema.safeParse(corpus);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`the built corpus is invalid: ${i ? `${i.path.map(String).join('.') || '(root)'}: ${i.message}` : 'unknown issue'}`);
  }
}

/** The files of a corpus, the manifest or whole corpus last: one file, or a manifest and its monthly chunks. */
export function corpusFiles(corpus: Corpus, name: string, split: 'month' | null): OutputFile[] {
  if (split === null) return [{ name, text: `${asciiJson(corpus)}\n` }];
  const { manifest, chunks } = splitByMonth(corpus, name);
  return [...chunks.map(({ path, chunk }) => ({ name: path, text: `${asciiJson(chunk)}\n` })), { name, text: `${asciiJson(manifest)}\n` }];
}

/**
 * Write the corpus as one file, or split by month, through a staging folder swapped in whole
 * (corpus/output.ts). Returns the number of files written.
 */
export async function writeCorpus(corpus: Corpus, out: string, split: 'month' | null, options: WriteOptions = {}): Promise<number> {
  const files = corpusFiles(corpus, basename(out), split);
  await writeFiles(dirname(out), files, { publicDir: join(ROOT, 'public'), ...options });
  return files.length;
}

/** The table files the build reads (none of them may be the output). */
function tableFiles(dataDir: string): string[] {
  try {
    return readdirSync(dataDir).filter((n) => n.endsWith('.json')).map((n) => join(dataDir, n));
  } catch {
    return [];
  }
}

/** The exit code of a process ended by a signal. */
const SIGNAL_CODES: Readonly<Record<string, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/** Abort `controller` on SIGINT, SIGTERM and SIGHUP while `run` runs (the default, dying at once, would leave the staging folder). */
async function onInterrupt<T>(controller: AbortController, run: () => Promise<T>): Promise<T> {
  const handlers = Object.keys(SIGNAL_CODES).map((sig) => {
    const handler = () => controller.abort(sig);
    process.on(sig, handler);
    return () => process.off(sig, handler);
  });
  try {
    return await run();
  } finally {
    handlers.forEach((off) => off());
  }
}

/** Test hooks of `main`. */
export interface MainHooks {
  /** Aborts the write as a signal would (its reason: the signal's name). */
  signal?: AbortSignal;
  /** Called when the files are staged, before the swap. */
  beforeSwap?: (signal?: AbortSignal) => Promise<void>;
}

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** Run the CLI; resolves to the exit code. Never rejects. */
export async function main(argv: readonly string[], io: Io = consoleIo, hooks: MainHooks = {}): Promise<number> {
  try {
    const opts = parseArgs(argv);
    if (opts.help) {
      io.out(USAGE);
      return 0;
    }
    const inputs = opts.inputs.length > 0 ? pageFiles(opts.inputs) : [defaultInput()];
    const out = opts.out !== null ? resolve(opts.out) : join(ROOT, 'public', 'corpus.json');
    const dataDir = opts.data !== null ? resolve(opts.data) : join(ROOT, 'data');
    // The output is checked before anything is read or built: a bad --out fails at once, naming the cause.
    const readFiles = [...inputs, ...tableFiles(dataDir)];
    checkTarget(out, inputIds(readFiles));
    checkFileName(basename(out));
    const read = inputs.map((path) => ({ path, ...readPage(path) }));
    for (const p of read) {
      const damaged = replacementCharacters(p.text);
      if (damaged > 0) io.err(`  ${basename(p.path)}: ${damaged} replacement character${damaged === 1 ? '' : 's'} (U+FFFD) in the page itself: its text was damaged before it reached the builder; kept as it is`);
    }
    const pages = read.map((p) => ({ name: basename(p.path), text: p.text }));
    const tables = loadTables(dataDir);
    let report: EventReport = { unreported: [], unmatched: [] };
    let backgroundPage: string | null = null;
    const corpus = buildPages(pages, tables, {
      onEvents: (r) => (report = r),
      onBackground: (page) => (backgroundPage = page),
      ...(opts.background !== null ? { background: basename(opts.background) } : {}),
    });
    validate(corpus);
    // Compact JSON: a 100,000-headline corpus is a third smaller and faster to write and to load.
    const controller = new AbortController();
    hooks.signal?.addEventListener('abort', () => controller.abort(hooks.signal?.reason), { once: true });
    const written = await onInterrupt(controller, () =>
      writeCorpus(corpus, out, opts.split, { signal: controller.signal, inputs: readFiles, ...(hooks.beforeSwap ? { beforeSwap: hooks.beforeSwap } : holdFromEnv()) }),
    );

    const shown = corpus.anomalies.slice(0, MAX_ANOMALY_LINES);
    for (const a of shown) io.err(`  ${a.page !== undefined ? `${a.page} ` : ''}line ${a.line}: ${a.kind}: ${oneLine(a.message)}`);
    if (corpus.anomalies.length > shown.length) io.err(`  … and ${corpus.anomalies.length - shown.length} more anomalies`);
    if (corpus.events.length > 0) {
      const reported = corpus.events.length - report.unreported.length;
      const joined = new Set(corpus.events.flatMap((e) => e.headlineIds)).size;
      io.err(`  events: ${reported} of ${corpus.events.length} reported by ${joined} headline${joined === 1 ? '' : 's'} of ${pages.length === 1 ? 'this page' : 'these pages'}`);
      if (report.unreported.length > 0) io.err(`  events no headline reports: ${report.unreported.join(', ')}`);
      for (const line of report.unmatched.slice(0, MAX_ANOMALY_LINES)) io.err(`  ${oneLine(line)}`);
    }
    const where = relative(process.cwd(), out) || out;
    if (pages.length > 1) {
      const found = corpus.headlines.reduce((n, h) => n + (h.sources?.length ?? 1), 0);
      io.err(`  pages: ${pages.length}; ${found} headline lines, ${found - corpus.headlines.length} of them copies of a headline on another line; background from ${backgroundPage ?? 'no page'}`);
    }
    io.out(
      `corpus: ${corpus.headlines.length} headlines, ${corpus.outlets.length} outlets, ${corpus.stories.length} stories, ` +
        `${corpus.anomalies.length} anomalies → ${where}${written > 1 ? ` (a manifest and ${written - 1} monthly chunk${written === 2 ? '' : 's'})` : ''}`,
    );
    return 0;
  } catch (e) {
    if (e instanceof WriteInterrupted) {
      io.err(`corpus: error: ${e.message}`);
      return SIGNAL_CODES[e.reason] ?? 1;
    }
    const known = e instanceof UsageError || e instanceof CorpusInputError || e instanceof TableError || e instanceof PageEncodingError || e instanceof OutputError;
    const message = e instanceof Error ? e.message : String(e);
    io.err(`corpus: error: ${oneLine(known ? message : `internal error: ${message}`)}`);
    return 1;
  }
}

/**
 * `CORPUS_TEST_HOLD_MS`: wait that long with the files staged, before the swap, so that a test can interrupt
 * the builder there (scripts/corpus-output.test.ts). Unset in normal use.
 */
function holdFromEnv(): { beforeSwap?: (signal?: AbortSignal) => Promise<void> } {
  const ms = Number(process.env.CORPUS_TEST_HOLD_MS ?? '');
  if (!Number.isFinite(ms) || ms <= 0) return {};
  return {
    beforeSwap: (signal) =>
      new Promise((done) => {
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', () => (clearTimeout(timer), done()), { once: true });
      }),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
