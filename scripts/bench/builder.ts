/** Timing the corpus builder end to end, as a user runs it. */
import { spawnSync } from 'node:child_process';
import type { BuilderRow } from './report';
import { median } from './stats';

export interface Timed {
  ms: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run a command to completion and time it (wall clock). */
export function timeCommand(command: string, args: readonly string[], cwd: string): Timed {
  const t0 = performance.now();
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const ms = performance.now() - t0;
  return { ms, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/**
 * `npx tsx scripts/corpus.ts PAGE --out OUT`, `runs` times, each after `before()` (which waits for a quiet
 * machine and says how busy it was); throws when the builder fails.
 */
export async function timeBuilder(root: string, page: string, out: string, lines: number, runs: number, before: () => Promise<number | null>): Promise<BuilderRow> {
  const times: number[] = [];
  const busyBefore: (number | null)[] = [];
  let summary = '';
  for (let i = 0; i < runs; i++) {
    busyBefore.push(await before());
    const r = timeCommand('npx', ['tsx', 'scripts/corpus.ts', page, '--out', out], root);
    if (r.status !== 0) throw new Error(`the builder failed on ${page}: ${r.stderr.trim().split('\n').pop() ?? ''}`);
    times.push(Math.round(r.ms));
    summary = r.stdout.trim().split('\n').pop()?.replace(/ → .*$/, '') ?? '';
  }
  return { lines, runs: times, median: median(times) ?? NaN, summary, busyBefore };
}

/** The builder's process start-up alone: `npx tsx scripts/corpus.ts --help`. */
export async function timeStartup(root: string, runs: number, before: () => Promise<number | null>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before();
    out.push(Math.round(timeCommand('npx', ['tsx', 'scripts/corpus.ts', '--help'], root).ms));
  }
  return out;
}
