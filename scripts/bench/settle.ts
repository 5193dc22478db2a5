/**
 * Waiting for a quiet machine. On a shared 2-core machine another test run doubles every time measured here,
 * so before each measurement the benchmark samples how busy the CPUs are (Linux: /proc/stat over 2 s; elsewhere
 * the 1-minute load average) and waits, up to a limit, until they are mostly idle.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

function cpuTimes(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    if (v.length < 5 || v.some((x) => !Number.isFinite(x))) return null;
    const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = (v[3] ?? 0) + (v[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** Fraction (0–1) of all CPUs busy over `ms` (the load average per core where /proc/stat is missing). */
export async function cpuBusy(ms = 2_000): Promise<number> {
  const a = cpuTimes();
  await new Promise((r) => setTimeout(r, ms));
  const b = cpuTimes();
  if (a === null || b === null || b.total <= a.total) return Math.min(1, (loadavg()[0] ?? 0) / cpus().length);
  return (b.busy - a.busy) / (b.total - a.total);
}

/** Wait until the CPUs are less than `threshold` busy, at most `maxMs`; returns the last sample. */
export async function settle(maxMs: number, threshold = 0.3, log: (line: string) => void = () => {}): Promise<number> {
  const started = Date.now();
  let busy = await cpuBusy();
  let told = false;
  while (busy >= threshold && Date.now() - started < maxMs) {
    if (!told) log(`  waiting for a quieter machine (CPUs ${Math.round(busy * 100)}% busy)`);
    told = true;
    busy = await cpuBusy();
  }
  if (busy >= threshold) log(`  going ahead with the CPUs ${Math.round(busy * 100)}% busy`);
  return busy;
}
