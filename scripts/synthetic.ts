/**
 * CLI: `npm run corpus:synthetic -- --n N --out FILE [--seed S] [--span month|year] [--split month] [--page] [--no-background]`
 *
 * Writes a synthetic corpus of exactly N headlines (see scripts/synthetic/generate.ts for what it looks like),
 * validated with corpusSchema: one file, or with `--split month` a manifest at FILE and one chunk per month
 * beside it (as `npm run corpus -- --split month` writes them). With `--page`, writes instead the aggregator
 * page of the same headlines (the seed article, then one `- TITLE - OUTLET - DATE [DATE]` line each), for
 * benchmarking the builder. Same arguments, byte-identical output. Files are written atomically.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chunkAgainstManifest, corpusSchema, manifestSchema } from '../src/corpus/schema';
import { splitByMonth } from '../src/corpus/split';
import { writeCorpus } from './corpus';
import { writeFiles } from './corpus/output';
import { loadTables } from './corpus/tables';
import { generate, MAX_N, seedArticle, sourceName, toCorpus, toPage, type Span } from './synthetic/generate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE =
  'usage: npm run corpus:synthetic -- --n N --out FILE [--seed S] [--span month|year] [--split month] [--page] [--no-background]';

export interface SyntheticArgs {
  n: number;
  out: string;
  seed: string;
  span: Span | null;
  split: 'month' | null;
  page: boolean;
  background: boolean;
  help: boolean;
}

class UsageError extends Error {}

export function parseSyntheticArgs(argv: readonly string[]): SyntheticArgs {
  let n: number | null = null;
  let out: string | null = null;
  const args: Omit<SyntheticArgs, 'n' | 'out'> = { seed: '1', span: null, split: null, page: false, background: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value (${USAGE})`);
      return v;
    };
    if (name === '-h' || name === '--help') args.help = true;
    else if (name === '--n') {
      const v = value().replace(/[_,]/g, '');
      n = /^\d+$/.test(v) ? Number(v) : NaN;
      if (!Number.isInteger(n) || n < 1 || n > MAX_N) throw new UsageError(`--n takes a whole number from 1 to ${MAX_N}`);
    } else if (name === '--out' || name === '-o') out = value();
    else if (name === '--seed') args.seed = value();
    else if (name === '--span') {
      const v = value();
      if (v !== 'month' && v !== 'year') throw new UsageError(`--span takes "month" or "year" (${USAGE})`);
      args.span = v;
    } else if (name === '--split') {
      if (value() !== 'month') throw new UsageError(`--split takes "month" (${USAGE})`);
      args.split = 'month';
    } else if (name === '--page') args.page = true;
    else if (name === '--no-background') args.background = false;
    else throw new UsageError(`unknown argument ${arg} (${USAGE})`);
  }
  if (args.help) return { ...args, n: n ?? 0, out: out ?? '' };
  if (n === null) throw new UsageError(`--n is required (${USAGE})`);
  if (out === null) throw new UsageError(`--out is required (${USAGE})`);
  if (args.page && args.split !== null) throw new UsageError('--page writes one page: it cannot be --split');
  return { ...args, n, out };
}

function seedPage(): { name: string; text: string } {
  const dir = join(ROOT, 'data', 'source');
  const name = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0];
  if (name === undefined) throw new Error('data/source/ holds no seed page');
  return { name, text: readFileSync(join(dir, name), 'utf8') };
}

function firstIssue(r: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }): string {
  const i = r.error?.issues[0];
  return i ? `${i.path.map(String).join('.') || '(root)'}: ${i.message}` : 'unknown issue';
}

export async function runSynthetic(argv: readonly string[]): Promise<number> {
  try {
    const args = parseSyntheticArgs(argv);
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const started = performance.now();
    const tables = loadTables(join(ROOT, 'data'));
    const seed = seedPage();
    const article = args.background ? seedArticle(seed.text, tables, seed.name) : null;
    const s = generate({ n: args.n, seed: args.seed, ...(args.span ? { span: args.span } : {}) }, tables, article);
    const out = resolve(args.out);
    const where = relative(process.cwd(), out) || out;
    const ms = () => Math.round(performance.now() - started);
    if (args.page) {
      await writeFiles(dirname(out), [{ name: basename(out), text: toPage(s) }], { appNames: false });
      process.stdout.write(`corpus:synthetic: page of ${s.headlines.length} headlines (${s.span}, seed ${s.seed}) → ${where} in ${ms()} ms\n`);
      return 0;
    }
    const corpus = toCorpus(s, tables, sourceName(s));
    const checked = corpusSchema.safeParse(corpus);
    if (!checked.success) throw new Error(`the generated corpus is invalid: ${firstIssue(checked)}`);
    if (args.split) {
      // Each file as the app will load it: the manifest, and every chunk against the manifest.
      const { manifest, chunks } = splitByMonth(corpus, 'check.json');
      const m = manifestSchema.safeParse(manifest);
      if (!m.success) throw new Error(`the generated manifest is invalid: ${firstIssue(m)}`);
      const chunkCheck = chunkAgainstManifest(m.data);
      for (const { chunk } of chunks) {
        const c = chunkCheck.safeParse(chunk);
        if (!c.success) throw new Error(`the generated chunk ${chunk.id} is invalid: ${firstIssue(c)}`);
      }
    }
    const files = await writeCorpus(corpus, out, args.split);
    process.stdout.write(
      `corpus:synthetic: ${corpus.headlines.length} headlines, ${corpus.outlets.length} outlets, ${corpus.stories.length} stories ` +
        `(${s.span}, seed ${s.seed}) → ${where}${files > 1 ? ` (a manifest and ${files - 1} monthly chunks)` : ''} in ${ms()} ms\n`,
    );
    return 0;
  } catch (e) {
    process.stderr.write(`corpus:synthetic: error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void runSynthetic(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
