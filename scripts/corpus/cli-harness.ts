/**
 * Shared by the builder CLI's tests (scripts/corpus.test.ts, scripts/corpus-nasty.test.ts): a scratch
 * directory per test file, and the CLI run in-process with its output lines captured.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { main, type MainHooks } from '../corpus';

export interface CliRun {
  /** The exit code. */
  code: number;
  /** Lines written to stdout. */
  out: string[];
  /** Lines written to stderr. */
  err: string[];
}

/** Run the builder CLI (`main` of scripts/corpus.ts) on `argv`, capturing what it writes. */
export async function runCli(argv: readonly string[], hooks: MainHooks = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, hooks);
  return { code, out, err };
}

export interface ScratchDir {
  /** The directory's path (there from the file's first test on). */
  dir(): string;
  /** Write `content` to the file `name` in the directory; returns its path. */
  write(name: string, content: string | Uint8Array): string;
}

/**
 * A fresh temporary directory (named `prefix…`) for the calling test file: made before its tests, removed
 * with all it holds after them. Call it at the top level of the file.
 */
export function useScratchDir(prefix: string): ScratchDir {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir: () => dir,
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}
