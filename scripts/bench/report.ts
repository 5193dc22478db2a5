/**
 * The benchmark's results: their shape (also the raw JSON), per-N summaries (medians over runs) and the
 * markdown report. Pure.
 */
import type { FramePhase, Impl, RunResult } from './browser';
import type { Payload } from './payload';
import { median, ratio } from './stats';

/** From this size up the benchmark runs only the app on the corpus split by month (a year held in part). */
export const SPLIT_ONLY_FROM = 1_000_000;

export interface Machine {
  cores: number;
  memoryBytes: number;
  cpu: string;
  chromium: string;
  node: string;
  os: string;
  commit: string;
  /** The working tree had uncommitted changes to tracked files when the app was built. */
  dirty: boolean;
  /** 1-minute load average at the start and at the end (other processes compete for the 2 cores). */
  loadStart: number;
  loadEnd: number;
}

export interface BuilderRow {
  lines: number;
  /** Wall time of each `npx tsx scripts/corpus.ts PAGE --out FILE` (ms). */
  runs: number[];
  median: number;
  /** The builder's own summary line. */
  summary: string;
  /** How busy the CPUs were just before each run (0–1; null: not sampled). */
  busyBefore: (number | null)[];
}

export interface BenchResults {
  date: string;
  quick: boolean;
  machine: Machine;
  /** app: what index.html references (the entry); firstView: every script, style and worker fetched before `timeline:ready` on the seed corpus. */
  payload: { app: Payload; vis: Payload; firstView?: Payload | null };
  builder: { startupRuns: number[]; startup: number | null; rows: BuilderRow[] };
  browser: { ns: number[]; runs: number; zoomSteps: number; panSteps: number; results: RunResult[] };
}

/** Medians over the runs of one implementation at one N. Infinity: most runs timed out (> 60 s). */
export interface Summary {
  runs: number;
  readyFromCorpus: number | null;
  readyFromNavigation: number | null;
  /** App: every headline counted (ms from navigation). */
  complete: number | null;
  zoomMedian: number | null;
  zoomP95: number | null;
  /** Some run's zoom phase hit its 60 s budget before all its steps. */
  zoomCut: boolean;
  /** Dropped frames (intervals over 25 ms) and frames, medians over the runs. */
  zoomDropped: number | null;
  zoomFrames: number | null;
  panDropped: number | null;
  panFrames: number | null;
  panMedian: number | null;
  panP95: number | null;
  panCut: boolean;
  filterMedian: number | null;
  filterMax: number | null;
  heapReady: number | null;
  heapAfter: number | null;
  /** The largest JS heap sampled while panning the year (split corpora held in part), and whether a pan did not settle. */
  yearHeapMax: number | null;
  yearCut: boolean;
}

export function summarise(results: readonly RunResult[], impl: Impl, n: number): Summary | null {
  const rs = results.filter((r) => r.impl === impl && r.n === n);
  if (rs.length === 0) return null;
  const readyOr = (f: (x: NonNullable<RunResult['ready']>) => number | null) => (r: RunResult) =>
    r.readyTimedOut ? Infinity : r.ready ? f(r.ready) : null;
  const of = (f: (r: RunResult) => number | null) => median(rs.map(f));
  const phase = (f: (r: RunResult) => FramePhase | null, g: (p: FramePhase) => number | null) => of((r) => {
    const p = f(r);
    return p ? g(p) : null;
  });
  return {
    runs: rs.length,
    readyFromCorpus: of(readyOr((x) => x.fromResponseEnd)),
    readyFromNavigation: of(readyOr((x) => x.fromNavigation)),
    complete: of((r) => (r.readyTimedOut ? Infinity : r.complete)),
    zoomMedian: phase((r) => r.zoom, (p) => p.median),
    zoomP95: phase((r) => r.zoom, (p) => p.p95),
    zoomCut: rs.some((r) => r.zoom?.timedOut),
    zoomDropped: phase((r) => r.zoom, (p) => p.dropped ?? null),
    zoomFrames: phase((r) => r.zoom, (p) => p.frames.length),
    panDropped: phase((r) => r.pan, (p) => p.dropped ?? null),
    panFrames: phase((r) => r.pan, (p) => p.frames.length),
    panMedian: phase((r) => r.pan, (p) => p.median),
    panP95: phase((r) => r.pan, (p) => p.p95),
    panCut: rs.some((r) => r.pan?.timedOut),
    filterMedian: of((r) => r.filter?.median ?? null),
    filterMax: of((r) => r.filter?.max ?? null),
    heapReady: of((r) => r.heap.ready),
    heapAfter: of((r) => r.heap.afterGestures),
    yearHeapMax: of((r) => r.yearPan?.maxHeap ?? null),
    yearCut: rs.some((r) => r.yearPan?.timedOut),
  };
}

const int = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const one = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function ms(v: number | null, cut = false): string {
  if (v === null) return '—';
  if (v === Infinity) return '> 60 s';
  return `${v < 100 ? one.format(v) : int.format(v)} ms${cut ? ' †' : ''}`;
}
const mb = (v: number | null) => (v === null ? '—' : `${one.format(v / 2 ** 20)} MB`);
const kb = (v: number) => `${one.format(v / 1000)} kB`;
const times = (v: number | null, lowerBound = false) =>
  v === null || !Number.isFinite(v) ? '—' : `${lowerBound ? '> ' : ''}${v < 10 ? one.format(v) : int.format(v)}×`;

/** vis/app, or a lower bound when vis timed out (60 s / app). */
function visOverApp(vis: number | null, app: number | null): string {
  if (vis === Infinity && app !== null && Number.isFinite(app) && app > 0) return times(60_000 / app, true);
  return times(ratio(vis, app));
}

export function markdown(r: BenchResults): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(
    `Measured ${r.date.slice(0, 10)} on ${m.cores} cores (${m.cpu}), ${one.format(m.memoryBytes / 2 ** 30)} GB RAM, ${m.os}, ` +
      `Node ${m.node}, headless Chromium ${m.chromium}; app at ${m.commit}${m.dirty ? ' (with uncommitted changes)' : ''}` +
      `${r.quick ? '; **--quick** (1 run, fewer steps)' : ''}. Load average (1 min) ${one.format(m.loadStart)} at the start, ${one.format(m.loadEnd)} at the end.`,
  );
  const busy = [...r.browser.results.map((x) => x.busyBefore), ...r.builder.rows.flatMap((x) => x.busyBefore)].filter((x): x is number => x !== null);
  if (busy.length > 0) {
    const pct = (v: number) => `${Math.round(v * 100)}%`;
    out.push('');
    out.push(
      `Other processes kept the CPUs ${pct(median(busy) ?? 0)} busy (median; at most ${pct(Math.max(...busy))}) in the 2 s before a run ` +
        '(the benchmark waits up to 90 s for them to drop below 30%).',
    );
  }
  out.push('');
  out.push(
    `Browser: median of ${r.browser.runs} run${r.browser.runs === 1 ? '' : 's'} each, app and vis-timeline alternating; ` +
      `${r.browser.zoomSteps} wheel events (deltaY ±100, half in, half out) and ${r.browser.panSteps} drag moves, each stream sent one event every 16.7 ms ` +
      'without waiting for the page; frame intervals recorded in the page by requestAnimationFrame; dropped = intervals over 25 ms. ' +
      '† = the phase hit its 60 s budget before its last event.',
  );
  out.push('');
  out.push(
    '| Headlines | | Ready (from corpus) | Ready (from navigation) | All loaded (from navigation) | Zoom median / p95 | Zoom dropped / frames | Pan median / p95 | Pan dropped / frames | Filter median / max | JS heap ready / after gestures | First view (gzip) |',
  );
  out.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const firstView = r.payload.firstView ?? r.payload.app;
  const count = (v: number | null) => (v === null ? '—' : int.format(v));
  const labels: Record<Impl, string> = { app: 'app', 'app-split': 'app, split by month', vis: 'vis-timeline' };
  for (const n of r.browser.ns) {
    const a = summarise(r.browser.results, 'app', n);
    const v = summarise(r.browser.results, 'vis', n);
    for (const impl of ['app', 'app-split', 'vis'] as const) {
      const s = summarise(r.browser.results, impl, n);
      const payload = impl === 'vis' ? r.payload.vis : firstView;
      if (s === null) {
        if (impl !== 'app-split') out.push(`| ${int.format(n)} | ${labels[impl]} | ${n >= SPLIT_ONLY_FROM ? 'n/a (split by month only at this size)' : 'not run'} | | | | | | | | | ${kb(payload.gzip)} |`);
        continue;
      }
      out.push(
        `| ${int.format(n)} | ${labels[impl]} | ${ms(s.readyFromCorpus)} | ${ms(s.readyFromNavigation)} | ${impl === 'vis' ? 'n/a' : ms(s.complete)} | ` +
          `${ms(s.zoomMedian, s.zoomCut)} / ${ms(s.zoomP95, s.zoomCut)} | ${count(s.zoomDropped)} / ${count(s.zoomFrames)} | ${ms(s.panMedian, s.panCut)} / ${ms(s.panP95, s.panCut)} | ${count(s.panDropped)} / ${count(s.panFrames)} | ` +
          `${impl === 'vis' ? 'n/a' : `${ms(s.filterMedian)} / ${ms(s.filterMax)}`} | ${mb(s.heapReady)} / ${mb(s.heapAfter)} | ${kb(payload.gzip)} |`,
      );
    }
    if (a && v) {
      out.push(
        `| | *vis/app* | ${visOverApp(v.readyFromCorpus, a.readyFromCorpus)} | ${visOverApp(v.readyFromNavigation, a.readyFromNavigation)} | | ` +
          `${times(ratio(v.zoomMedian, a.zoomMedian))} / ${times(ratio(v.zoomP95, a.zoomP95))} | | ${times(ratio(v.panMedian, a.panMedian))} / ` +
          `${times(ratio(v.panP95, a.panP95))} | | | ${times(ratio(v.heapReady, a.heapReady))} / ${times(ratio(v.heapAfter, a.heapAfter))} | ` +
          `${times(ratio(r.payload.vis.gzip, firstView.gzip))} |`,
      );
    }
  }
  const years = r.browser.results.filter((x) => x.yearPan);
  if (years.length > 0) {
    out.push('');
    out.push(
      'A year held in part (app, split by month): opened on the last month, then panned one window at a time to the first month and back ' +
        '(each pan a sideways wheel of one plot width), waiting after each pan until the months the app holds have loaded; JS heap sampled every 250 ms throughout. ' +
        'On the way to the first month nothing forces a collection (the target’s figure: what V8 lets the heap grow to); on the way back a collection is forced once each pan has settled, ' +
        'which gives the heap held (live) after each pan. "Fetched again" counts chunk files requested during the pans, and how many the HTTP cache served.',
    );
    out.push('');
    out.push('| Headlines | Run | Pans | JS heap max, no forced collection | JS heap max, a collection after each pan | Held after each pan (min / max) | Settle per pan (median / max) | Fetched again / from the HTTP cache |');
    out.push('|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const x of years) {
      const y = x.yearPan!;
      const live = y.steps.map((t) => t.live).filter((v): v is number => v !== null);
      const settles = y.steps.map((t) => t.settle).filter((v): v is number => v !== null);
      out.push(
        `| ${int.format(x.n)} | ${x.run} | ${y.steps.length}${y.timedOut ? ' †' : ''} | ${mb(y.maxHeap)} | ${mb(y.maxHeapCollected)} | ${live.length ? `${mb(Math.min(...live))} / ${mb(Math.max(...live))}` : '—'} | ` +
          `${settles.length ? `${ms(median(settles))} / ${ms(Math.max(...settles))}` : '—'} | ${y.chunkRequests} / ${y.fromCache} |`,
      );
    }
    const first = years[0]!.yearPan!;
    if (first.steps.length > 0) {
      out.push('');
      out.push(`Run ${years[0]!.run}, pan by pan: ${first.steps.map((t) => `${t.window} (${t.months || 'every month held'}; ${mb(t.heap)}${t.live === null ? '' : `, ${mb(t.live)} held`})`).join(' → ')}.`);
    }
  }
  out.push('');
  out.push(
    `First view: app = every script, style sheet and worker fetched before \`timeline:ready\` on the seed corpus: ` +
      `${firstView.files.map((f) => `${f.path.split('/').pop()} ${kb(f.gzip)}`).join(', ')} (${kb(firstView.gzip)} gzip, ${kb(firstView.bytes)} raw; ` +
      `of which the entry, what index.html references, ${kb(r.payload.app.gzip)}); ` +
      `vis-timeline = ${r.payload.vis.files.map((f) => f.path.split('/').pop()).join(', ')} (${kb(r.payload.vis.bytes)} raw; its CSS is inside the JS).`,
  );
  out.push('');
  const inter = interactionSummary(r.browser.results);
  if (inter.length > 0) {
    out.push('Interactions on the seed corpus (Playwright clicks; input to next paint from the Event Timing API, the longest entry of each interaction; ≤ 16 ms is reported as 16), median of the runs:');
    out.push('');
    out.push('| Interaction | Input to next paint |');
    out.push('|---|---:|');
    for (const i of inter) out.push(`| ${i.name} | ${ms(i.inp)} |`);
    out.push('');
  }

  const b = r.builder;
  out.push(
    `Builder: \`npx tsx scripts/corpus.ts PAGE --out FILE\`, end to end, median of ${b.rows[0]?.runs.length ?? 0}. ` +
      `Process start-up alone (\`--help\`): ${ms(b.startup)}. The marginal cost is the extra time per 1,000 extra lines from the row above: ` +
      'constant if the builder is linear.',
  );
  out.push('');
  out.push('| Lines | Time | Per 1,000 lines | Marginal per 1,000 lines | Builder output |');
  out.push('|---:|---:|---:|---:|---|');
  b.rows.forEach((row, i) => {
    const prev = b.rows[i - 1];
    const marginal = prev ? ((row.median - prev.median) / (row.lines - prev.lines)) * 1000 : null;
    out.push(`| ${int.format(row.lines)} | ${ms(row.median)} | ${ms((row.median / row.lines) * 1000)} | ${ms(marginal)} | ${row.summary.replace(/\|/g, '\\|')} |`);
  });
  out.push('');
  out.push('| Target | Measured | |');
  out.push('|---|---|---|');
  for (const t of targets(r)) out.push(`| ${t.target} | ${t.measured} | ${t.status} |`);
  return `${out.join('\n')}\n`;
}

/** Each interaction of the app runs on the seed corpus, its median over the runs. */
export function interactionSummary(results: readonly RunResult[]): { name: string; inp: number | null }[] {
  const byName = new Map<string, (number | null)[]>();
  for (const r of results) for (const i of r.interactions ?? []) byName.set(i.name, [...(byName.get(i.name) ?? []), i.inp]);
  return [...byName].map(([name, v]) => ({ name, inp: median(v) }));
}

export interface TargetCheck {
  target: string;
  measured: string;
  status: 'met' | 'not met' | 'not measured';
}

export function targets(r: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const check = (target: string, value: number | null, limit: number, show: (v: number | null) => string, strictlyBelow = false) =>
    checks.push({
      target,
      measured: show(value),
      status: value === null ? 'not measured' : (strictlyBelow ? value < limit : value <= limit) ? 'met' : 'not met',
    });
  // Frame intervals come in whole display frames (16.7, 33.3, 50 ms …) give or take a few tenths: a p95 of
  // 16.8 ms is one frame, not a missed target.
  const FRAME_SLACK = 0.5;
  const b100 = r.builder.rows.find((x) => x.lines === 100_000);
  check('Builder: 100,000 lines in under 10 s', b100?.median ?? null, 10_000, (v) => ms(v), true);
  const [r1, r10, r100] = [1_000, 10_000, 100_000].map((lines) => r.builder.rows.find((x) => x.lines === lines));
  const marginal = (a: BuilderRow | undefined, b: BuilderRow | undefined) => (a && b ? (b.median - a.median) / (b.lines - a.lines) : null);
  const [m1, m2] = [marginal(r1, r10), marginal(r10, r100)];
  const growth = m1 !== null && m2 !== null && m1 > 0 && m2 > 0 ? m2 / m1 : null;
  checks.push({
    target: 'Builder: near-linear from 1,000 to 100,000 lines',
    measured:
      m1 === null || m2 === null
        ? '—'
        : growth === null
          ? 'inconclusive: the timings are too noisy (a marginal cost is not positive)'
          : `marginal time per line from 10,000 to 100,000 is ${one.format(growth)}× that from 1,000 to 10,000`,
    status: growth === null ? 'not measured' : growth <= 1.5 ? 'met' : 'not met',
  });
  const app = (n: number) => summarise(r.browser.results, 'app', n);
  check('App, 100,000: `timeline:ready` within 1.5 s of the corpus arriving', app(100_000)?.readyFromCorpus ?? null, 1_500, (v) => ms(v));
  check(
    'App, 100,000 split by month: `timeline:ready` within 1.5 s of the manifest arriving',
    summarise(r.browser.results, 'app-split', 100_000)?.readyFromCorpus ?? null,
    1_500,
    (v) => ms(v),
  );
  const seed = app(80);
  checks.push({
    target: 'App, seed corpus: 0 dropped frames under a continuous wheel and a continuous drag',
    measured: seed && seed.zoomDropped !== null && seed.panDropped !== null ? `${seed.zoomDropped} of ${seed.zoomFrames} (wheel), ${seed.panDropped} of ${seed.panFrames} (drag)` : '—',
    status: seed === null || seed.zoomDropped === null || seed.panDropped === null ? 'not measured' : seed.zoomDropped + seed.panDropped === 0 ? 'met' : 'not met',
  });
  check('App, seed corpus: navigation to `timeline:ready` ≤ 350 ms', seed?.readyFromNavigation ?? null, 350, (v) => ms(v));
  const inter = interactionSummary(r.browser.results);
  const worst = inter.length === 0 || inter.some((i) => i.inp === null) ? null : Math.max(...inter.map((i) => i.inp ?? 0));
  check('App, seed corpus: every interaction paints within 100 ms (the slowest)', worst, 100, (v) => ms(v));
  for (const [n, limit] of [[10_000, 16.7], [100_000, 33]] as const) {
    const s = app(n);
    check(`App, ${int.format(n)}: zoom frame p95 ≤ ${limit} ms`, s?.zoomP95 ?? null, limit + FRAME_SLACK, (v) => ms(v, s?.zoomCut));
    check(`App, ${int.format(n)}: pan frame p95 ≤ ${limit} ms`, s?.panP95 ?? null, limit + FRAME_SLACK, (v) => ms(v, s?.panCut));
  }
  for (const n of [10_000, 100_000]) {
    const s = app(n);
    check(`App, ${int.format(n)}: a search change shows within 50 ms (slowest of the changes)`, s?.filterMax ?? null, 50, (v) => ms(v));
  }
  const year = summarise(r.browser.results, 'app-split', SPLIT_ONLY_FROM);
  check('App, 1,000,000 split by month: `timeline:ready` within 2 s of the manifest arriving', year?.readyFromCorpus ?? null, 2_000, (v) => ms(v));
  const yearFrames = year && year.zoomP95 !== null && year.panP95 !== null ? Math.max(year.zoomP95, year.panP95) : null;
  checks.push({
    target: 'App, 1,000,000 split by month: zoom and pan frame p95 ≤ 33 ms',
    measured: year && yearFrames !== null ? `zoom ${ms(year.zoomP95, year.zoomCut)}, pan ${ms(year.panP95, year.panCut)}` : '—',
    status: yearFrames === null ? 'not measured' : yearFrames <= 33 + FRAME_SLACK ? 'met' : 'not met',
  });
  checks.push({
    target: 'App, 1,000,000 split by month: JS heap under 400 MB while panning the year',
    measured: year?.yearHeapMax == null ? '—' : `${mb(year.yearHeapMax)} (the largest sample, no forced collection)${year.yearCut ? ', † a pan did not settle within 60 s' : ''}`,
    status: year?.yearHeapMax == null ? 'not measured' : year.yearHeapMax < 400 * 2 ** 20 ? 'met' : 'not met',
  });
  const s100 = app(100_000);
  const heap = s100 && (s100.heapReady !== null || s100.heapAfter !== null) ? Math.max(s100.heapReady ?? 0, s100.heapAfter ?? 0) : null;
  check('App, 100,000: JS heap under 300 MB', heap, 300 * 2 ** 20, mb, true);
  check('App first view (every script, style and worker before `timeline:ready`, gzip) ≤ 130 kB', r.payload.firstView?.gzip ?? null, 130_000, (v) => (v === null ? '—' : kb(v)));
  return checks;
}
