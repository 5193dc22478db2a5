/** Shared by the tests: the seed page and the project's tables. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus, Headline } from '../../src/corpus/schema';
import { build } from './build';
import { loadTables, parseTables, TableError, type RawTables, type Tables } from './tables';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = join(ROOT, 'data');
const SOURCE_DIR = join(DATA_DIR, 'source');

/** File name of the seed page (the single .txt under data/source/). */
export const SEED_NAME = readdirSync(SOURCE_DIR).filter((n) => n.endsWith('.txt'))[0] ?? '';
export const SEED_PATH = join(SOURCE_DIR, SEED_NAME);

let cachedText: string | null = null;
let cachedTables: Tables | null = null;

export function seedText(): string {
  cachedText ??= readFileSync(SEED_PATH, 'utf8');
  return cachedText;
}

export function seedTables(): Tables {
  cachedTables ??= loadTables(DATA_DIR);
  return cachedTables;
}

/** The seed page's lines (1-based access: `seedLine(27)`). */
export function seedLine(n: number): string {
  return seedText().split('\n')[n - 1] ?? '';
}

let cachedCorpus: Corpus | null = null;

/** The corpus of the seed page (built once per test file). */
export function seedCorpus(): Corpus {
  cachedCorpus ??= build(seedText(), seedTables(), SEED_NAME);
  return cachedCorpus;
}

/** The seed headline on a given source line. */
export function headlineAt(line: number): Headline {
  const h = seedCorpus().headlines.find((x) => x.sourceLine === line);
  if (!h) throw new Error(`no headline on line ${line}`);
  return h;
}

/** The project's tables as raw JSON, to edit in a test (events included). */
export function rawTables(): RawTables {
  const read = (n: string): unknown => JSON.parse(readFileSync(join(DATA_DIR, `${n}.json`), 'utf8'));
  return {
    outlets: read('outlets'),
    origins: read('origins'),
    topics: read('topics'),
    actors: read('actors'),
    articles: read('articles'),
    events: read('events'),
    eventSources: read('event-sources'),
    attribution: read('attribution'),
  };
}

/** The message of the TableError that `raw` raises ("no error" when the tables are accepted; anything else is thrown). */
export function tableError(raw: RawTables): string {
  try {
    parseTables(raw);
  } catch (e) {
    if (e instanceof TableError) return e.message;
    throw e;
  }
  return 'no error';
}
