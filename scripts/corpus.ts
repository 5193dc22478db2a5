/**
 * CLI: `npm run corpus [-- PAGE.txt|FOLDER ...] [--background PAGE.txt] [--out FILE]`
 *
 * Reads aggregator pages (default: the single .txt under data/source/; a folder stands for the .txt pages in
 * it), builds one corpus with the tables under data/, validates it with corpusSchema and writes it atomically
 * (a temp file next to the target, then rename; default public/corpus.json). Anomalies go to stderr, a
 * one-line summary to stdout. Any failure is one line, `corpus: error: …`, and exit code 1; the target is
 * then left untouched.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusSchema, type Corpus } from '../src/corpus/schema';
import { splitByMonth } from '../src/corpus/split';
import { buildPages, CorpusInputError } from './corpus/build';
import { asciiJson } from './corpus/json';
import { loadTables, TableError } from './corpus/tables';
import type { EventReport } from './corpus/events';

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

/** Read a page as UTF-8 text; refuse what is not a text page. */
export function readPage(path: string): string {
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
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new UsageError(`${path} looks binary (NUL byte at offset ${nul}), expected a UTF-8 text page`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${path} is not valid UTF-8 text`);
  }
}

/** Write `text` to `target` atomically: a temp file in the same directory, then rename over the target. */
export function writeAtomic(target: string, text: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

function validate(corpus: Corpus): void {
  const r = corpusSchema.safeParse(corpus);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`the built corpus is invalid: ${i ? `${i.path.map(String).join('.') || '(root)'}: ${i.message}` : 'unknown issue'}`);
  }
}

/**
 * Write the corpus as one file, or split by month: the chunks first, the manifest last, each atomically, so
 * a reader never finds a manifest naming a chunk that is not there yet. Returns the number of files written.
 */
export function writeCorpus(corpus: Corpus, out: string, split: 'month' | null): number {
  if (split === null) {
    writeAtomic(out, `${asciiJson(corpus)}\n`);
    return 1;
  }
  const { manifest, chunks } = splitByMonth(corpus, basename(out));
  for (const { path, chunk } of chunks) writeAtomic(join(dirname(out), path), `${asciiJson(chunk)}\n`);
  writeAtomic(out, `${asciiJson(manifest)}\n`);
  return chunks.length + 1;
}

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** Run the CLI; returns the exit code. Never throws. */
export function main(argv: readonly string[], io: Io = consoleIo): number {
  try {
    const opts = parseArgs(argv);
    if (opts.help) {
      io.out(USAGE);
      return 0;
    }
    const inputs = opts.inputs.length > 0 ? pageFiles(opts.inputs) : [defaultInput()];
    const out = opts.out !== null ? resolve(opts.out) : join(ROOT, 'public', 'corpus.json');
    const pages = inputs.map((path) => ({ name: basename(path), text: readPage(path) }));
    const tables = loadTables(opts.data !== null ? resolve(opts.data) : join(ROOT, 'data'));
    let report: EventReport = { unreported: [], unmatched: [] };
    let backgroundPage: string | null = null;
    const corpus = buildPages(pages, tables, {
      onEvents: (r) => (report = r),
      onBackground: (page) => (backgroundPage = page),
      ...(opts.background !== null ? { background: basename(opts.background) } : {}),
    });
    validate(corpus);
    // Compact JSON: a 100,000-headline corpus is a third smaller and faster to write and to load.
    const written = writeCorpus(corpus, out, opts.split);

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
    const known = e instanceof UsageError || e instanceof CorpusInputError || e instanceof TableError;
    const message = e instanceof Error ? e.message : String(e);
    io.err(`corpus: error: ${oneLine(known ? message : `internal error: ${message}`)}`);
    return 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
