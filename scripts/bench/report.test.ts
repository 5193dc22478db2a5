import { describe, expect, it } from 'vitest';
import type { FramePhase, RunResult } from './browser';
import { markdown, ms, summarise, targets, type BenchResults } from './report';

const phase = (p95: number, timedOut = false): FramePhase => ({ steps: 60, stepsDone: 60, timedOut, hung: false, frames: [16.7, p95], median: 16.7, p95, elapsed: 2_000 });

function run(impl: 'app' | 'app-split' | 'vis', n: number, k: number, ready: number | null, p95 = 16.7): RunResult {
  return {
    impl,
    n,
    run: k,
    url: 'http://127.0.0.1/',
    ready: ready === null ? null : { fromNavigation: ready + 500, fromResponseEnd: ready, responseEnd: 500, corpusBytes: 1 },
    readyTimedOut: ready === null,
    complete: ready === null ? null : ready + 600,
    zoom: ready === null ? null : phase(p95),
    pan: ready === null ? null : phase(p95),
    filter: impl === 'app' ? { queries: ['a', ''], latencies: [20, 30], median: 25, max: 30, timedOut: false } : null,
    heap: { ready: 100 * 2 ** 20, afterGestures: 120 * 2 ** 20 },
    firstView: [],
    interactions: null,
    busyBefore: 0.1,
    notes: [],
  };
}

const payload = (gzip: number) => ({ files: [{ path: '/x/a.js', bytes: gzip * 3, gzip }], bytes: gzip * 3, gzip });

const results: BenchResults = {
  date: '2025-11-01T00:00:00.000Z',
  quick: false,
  machine: { cores: 2, memoryBytes: 8 * 2 ** 30, cpu: 'CPU', chromium: '1.0', node: '20', os: 'linux', commit: 'abc', dirty: false, loadStart: 0.5, loadEnd: 0.7 },
  payload: { app: payload(90_000), vis: payload(157_000) },
  builder: {
    startupRuns: [500],
    startup: 500,
    rows: [
      { lines: 1_000, runs: [600], median: 600, summary: 'corpus: 1000 headlines', busyBefore: [0.05] },
      { lines: 10_000, runs: [1_400], median: 1_400, summary: 'corpus: 10000 headlines', busyBefore: [0.05] },
      { lines: 100_000, runs: [9_000], median: 9_000, summary: 'corpus: 100000 headlines', busyBefore: [0.05] },
    ],
  },
  browser: {
    ns: [100_000],
    runs: 3,
    zoomSteps: 60,
    panSteps: 60,
    results: [
      run('app', 100_000, 1, 1_000, 33.3),
      run('vis', 100_000, 1, null),
      run('app', 100_000, 2, 1_400, 33.3),
      run('vis', 100_000, 2, null),
      run('app', 100_000, 3, 1_200, 50),
      run('vis', 100_000, 3, 30_000),
    ],
  },
};

describe('summarise', () => {
  it('takes medians over runs, counting a timed-out run as slower than any', () => {
    const app = summarise(results.browser.results, 'app', 100_000)!;
    expect(app.readyFromCorpus).toBe(1_200);
    expect(app.zoomP95).toBe(33.3);
    const vis = summarise(results.browser.results, 'vis', 100_000)!;
    expect(vis.readyFromCorpus).toBe(Infinity);
    expect(summarise(results.browser.results, 'app', 5)).toBeNull();
  });
});

describe('markdown', () => {
  it('shows timeouts as "> 60 s" and the vis/app ratio as a lower bound', () => {
    const md = markdown(results);
    expect(md).toContain('| 100,000 | vis-timeline | > 60 s |');
    expect(md).toContain('| | *vis/app* | > 50× |');
    expect(md).toContain('Other processes kept the CPUs 10% busy (median; at most 10%)');
    expect(md).toContain('| 100,000 | app | 1,200 ms | 1,700 ms | 1,800 ms |');
    // Marginal builder cost: (9,000 − 1,400) / 90 per 1,000 lines.
    expect(md).toContain('| 100,000 | 9,000 ms | 90.0 ms | 84.4 ms |');
    expect(ms(12.345)).toBe('12.3 ms');
    expect(ms(null)).toBe('—');
  });

  it('counts dropped frames and the slowest interaction on the seed corpus', () => {
    const seedRun = (dropped: number, inp: number | null): RunResult => ({
      ...run('app', 80, 1, 200),
      zoom: { ...phase(16.7), dropped },
      pan: { ...phase(16.7), dropped: 0 },
      interactions: [
        { name: 'check an outlet filter', inp: 40 },
        { name: 'select a story mark', inp },
      ],
    });
    const withSeed = (r: RunResult) => ({ ...results, browser: { ...results.browser, ns: [80], results: [r] } });
    const status = (r: RunResult, prefix: string) => targets(withSeed(r)).find((t) => t.target.startsWith(prefix))?.status;
    expect(status(seedRun(0, 90), 'App, seed corpus: 0 dropped')).toBe('met');
    expect(status(seedRun(2, 90), 'App, seed corpus: 0 dropped')).toBe('not met');
    expect(status(seedRun(0, 90), 'App, seed corpus: every interaction')).toBe('met');
    expect(status(seedRun(0, 140), 'App, seed corpus: every interaction')).toBe('not met');
    expect(status(seedRun(0, null), 'App, seed corpus: every interaction')).toBe('not measured');
    expect(markdown(withSeed(seedRun(2, 140)))).toContain('| select a story mark | 140 ms |');
  });

  it('checks the targets, frames with half a millisecond of slack', () => {
    const byTarget = new Map(targets(results).map((t) => [t.target, t.status]));
    expect(byTarget.get('Builder: 100,000 lines in under 10 s')).toBe('met');
    // 84.4 ms against 88.9 ms per 1,000 lines.
    expect(byTarget.get('Builder: near-linear from 1,000 to 100,000 lines')).toBe('met');
    expect(byTarget.get('App, 100,000 split by month: `timeline:ready` within 1.5 s of the manifest arriving')).toBe('not measured');
    const noisy = { ...results, builder: { ...results.builder, rows: results.builder.rows.map((row) => (row.lines === 10_000 ? { ...row, median: 500 } : row)) } };
    expect(targets(noisy).find((t) => t.target.startsWith('Builder: near-linear'))?.status).toBe('not measured');
    expect(byTarget.get('App, 100,000: `timeline:ready` within 1.5 s of the corpus arriving')).toBe('met');
    expect(byTarget.get('App, 100,000: zoom frame p95 ≤ 33 ms')).toBe('met');
    expect(byTarget.get('App, 10,000: zoom frame p95 ≤ 16.7 ms')).toBe('not measured');
    // The first view counts every script, style and worker fetched before ready, not the entry alone.
    expect(byTarget.get('App first view (every script, style and worker before `timeline:ready`, gzip) ≤ 130 kB')).toBe('not measured');
    const heavy = { ...results, payload: { ...results.payload, firstView: payload(179_000) } };
    expect(targets(heavy).find((t) => t.target.startsWith('App first view'))?.status).toBe('not met');
    expect(targets({ ...results, payload: { ...results.payload, firstView: payload(120_000) } }).find((t) => t.target.startsWith('App first view'))?.status).toBe('met');
    expect(byTarget.get('App, 100,000: JS heap under 300 MB')).toBe('met');
  });

  it('reports a year held in part: the whole file and vis-timeline n/a, the heap while panning, its three targets', () => {
    const step = (window: string, heap: number) => ({ window, months: 'Counts and search cover 2 of 12 months (Nov–Dec 2025); pan to load others', settle: 900, heap: heap * 2 ** 20, live: (heap - 100) * 2 ** 20 });
    const yearRun = (maxHeap: number, ready = 1_800): RunResult => ({
      ...run('app-split', 1_000_000, 1, ready, 33.3),
      yearPan: { steps: [step('1 Nov – 1 Dec 2025', 180), step('2 Oct – 1 Nov 2025', 300)], maxHeap: maxHeap * 2 ** 20, samples: 40, maxHeapCollected: 320 * 2 ** 20, chunkRequests: 5, fromCache: 2, timedOut: false },
    });
    const withYear = (r: RunResult) => ({ ...results, browser: { ...results.browser, ns: [1_000_000], results: [r] } });
    const md = markdown(withYear(yearRun(350)));
    expect(md).toContain('| 1,000,000 | app | n/a (split by month only at this size) |');
    expect(md).toContain('| 1,000,000 | vis-timeline | n/a (split by month only at this size) |');
    expect(md).toContain('| 1,000,000 | app, split by month | 1,800 ms |');
    expect(md).toContain('| 1,000,000 | 1 | 2 | 350.0 MB | 320.0 MB | 80.0 MB / 200.0 MB | 900 ms / 900 ms | 5 / 2 |');
    const byTarget = (r: RunResult) => new Map(targets(withYear(r)).map((t) => [t.target, t]));
    const met = byTarget(yearRun(350));
    expect(met.get('App, 1,000,000 split by month: `timeline:ready` within 2 s of the manifest arriving')?.status).toBe('met');
    expect(met.get('App, 1,000,000 split by month: zoom and pan frame p95 ≤ 33 ms')?.status).toBe('met');
    expect(met.get('App, 1,000,000 split by month: JS heap under 400 MB while panning the year')).toEqual({
      target: 'App, 1,000,000 split by month: JS heap under 400 MB while panning the year',
      measured: '350.0 MB (the largest sample, no forced collection)',
      status: 'met',
    });
    const heavy = byTarget(yearRun(420, 2_500));
    expect(heavy.get('App, 1,000,000 split by month: JS heap under 400 MB while panning the year')?.status).toBe('not met');
    expect(heavy.get('App, 1,000,000 split by month: `timeline:ready` within 2 s of the manifest arriving')?.status).toBe('not met');
    expect(byTarget(run('app', 100_000, 1, 1_000)).get('App, 1,000,000 split by month: JS heap under 400 MB while panning the year')?.status).toBe('not measured');
  });
});

