/**
 * One benchmark run in headless Chromium: open the app or the vis-timeline page on a corpus, wait for
 * `timeline:ready`, then zoom, pan and (app only) search, measuring in the page.
 *
 * - ready: the `timeline:ready` mark's time (ms since navigation start), and the same minus the corpus
 *   response's `responseEnd` (Resource Timing), i.e. from the moment the corpus has arrived;
 * - frames: a requestAnimationFrame loop records the interval between consecutive frames while the gesture's
 *   events are sent on a fixed clock (one every 16.7 ms through CDP `Input.dispatchMouseEvent`, never waiting
 *   for the page, as a spun wheel, a trackpad or a dragging hand does); 300 ms after the last event the
 *   recording stops. "Dropped" frames are intervals over 25 ms (at least one display frame missed); a
 *   screenshot of the plot before and after the first half of the wheel proves the view moved;
 * - interactions (app, the seed corpus): input to next paint of clicks on a filter, a lane switch, a mark, a
 *   day and an event, from the Event Timing API (the INP measure: each interaction's longest event entry);
 * - first view: every script, style sheet and worker the page fetched before `timeline:ready` (Resource
 *   Timing), sized gzip from the served files by the caller;
 * - filter: in the page, t0, set the search box's value and dispatch `input`; a MutationObserver sees the
 *   "N of M headlines" summary change; t1 is the next animation frame; t1 − t0 per change;
 * - heap: CDP `Performance.getMetrics` JSHeapUsedSize (no forced garbage collection);
 * - the year (a corpus split by month that the app holds only in part, `yearPan`): the app opened on the last
 *   month, then panned one window at a time (a sideways wheel of one plot width, 10 events 16.7 ms apart) to
 *   the first month and back, waiting after each pan until the months the app holds have loaded; the heap is
 *   sampled every 250 ms throughout. Nothing forces a collection on the way to the first month (the target's
 *   figure: what V8 lets the heap grow to); on the way back a collection is forced once each pan has settled,
 *   which gives what is held (live) per pan. Each chunk fetched again is told apart by whether the HTTP cache
 *   served it (Resource Timing: no bytes transferred).
 * Every wait is bounded: a phase (ready, zoom, pan, search) stops after 60 s; a single step that does not
 * finish in 60 s ends the run.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Locator, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { median, percentile } from './stats';

/** The app on one corpus file, the app on the same corpus split by month, vis-timeline on the one file. */
export type Impl = 'app' | 'app-split' | 'vis';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser (as playwright.config.ts). */
export function systemChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p));
}

export function launch(): Promise<Browser> {
  const executablePath = systemChromium();
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: LAUNCH_ARGS });
}

export const PHASE_MS = 60_000;

/** An interval over this is a dropped frame: at least one display frame (16.7 ms) was missed. */
export const DROPPED_MS = 25;

export interface FramePhase {
  /** Steps asked for and steps done before the phase's 60 s ran out. */
  steps: number;
  stepsDone: number;
  timedOut: boolean;
  /** Frame intervals (ms), one decimal. */
  frames: number[];
  median: number | null;
  p95: number | null;
  /** Wall time of the phase (ms). */
  elapsed: number;
  /** A step was still running when the 60 s ran out: the page is busy, the run ends after this phase. */
  hung: boolean;
  /** Intervals over DROPPED_MS. */
  dropped?: number;
  /** The plot looked different after the phase than before it (a screenshot each). */
  moved?: boolean | null;
}

/** One measured interaction on the seed corpus: input to next paint (ms), null when it could not be done. */
export interface Interaction {
  name: string;
  inp: number | null;
}

export interface RunResult {
  impl: Impl;
  n: number;
  run: number;
  url: string;
  ready: { fromNavigation: number; fromResponseEnd: number | null; responseEnd: number | null; corpusBytes: number | null } | null;
  readyTimedOut: boolean;
  /** App: when the summary first counted every headline (ms from navigation; a split corpus loads its months after ready). */
  complete: number | null;
  zoom: FramePhase | null;
  pan: FramePhase | null;
  filter: { queries: string[]; latencies: (number | null)[]; median: number | null; max: number | null; timedOut: boolean } | null;
  heap: { ready: number | null; afterGestures: number | null };
  /** Paths (under the server root) of the scripts, styles and workers fetched before `timeline:ready`. */
  firstView: string[];
  /** App on the seed corpus: interactions, input to next paint. */
  interactions: Interaction[] | null;
  /** How busy the CPUs were just before the run (0–1; null: not sampled). */
  busyBefore: number | null;
  /** App on a split corpus held in part: panning across the whole year (null: not run). */
  yearPan?: YearPan | null;
  /** Page errors, console errors, and why a run stopped early. */
  notes: string[];
}

/** One pan of the year: where the window went, what the app said it holds, the heap once settled. */
export interface YearStep {
  /** The timeline's window label after the pan. */
  window: string;
  /** The app's status of the months it holds ("Counts and search cover …"). */
  months: string;
  /** From the first pan event until the months held had loaded (ms). */
  settle: number | null;
  heap: number | null;
  /** The heap after a forced collection once the pan had settled (return leg only; null on the first leg). */
  live: number | null;
}

export interface YearPan {
  steps: YearStep[];
  /**
   * The largest JS heap sampled (every 250 ms) on the first leg (last month to first), where nothing forces a
   * collection: what V8 lets the heap grow to. And how many samples.
   */
  maxHeap: number | null;
  samples: number;
  /** The largest sample on the return leg, where a collection is forced once each pan has settled. */
  maxHeapCollected: number | null;
  /** Chunk files requested during the pans, and how many of them the HTTP cache served. */
  chunkRequests: number;
  fromCache: number;
  /** Some step did not settle within its time, or the phase's budget ran out. */
  timedOut: boolean;
}

export interface RunSpec {
  impl: Impl;
  /** The nominal size (the table's row). */
  n: number;
  /** Headlines in the corpus (what the app's summary counts when everything is loaded). */
  headlines: number;
  run: number;
  /** Server base URL, ending with `/`. */
  base: string;
  /** Corpus path under the server root (`bench/10000.json`, `corpus.json`); for `app-split`, the manifest. */
  corpus: string;
  /** Wheel steps (half in, half out) and drag steps (half left, half right). */
  zoomSteps: number;
  panSteps: number;
  busyBefore?: number | null;
  /**
   * Pan across the corpus's months (ids `YYYY-MM`, in order) after the other phases: for a split corpus the app
   * holds only in part.
   */
  yearPan?: readonly string[] | null;
  log?: (line: string) => void;
}

type Outcome<T> = { ok: true; value: T } | { ok: false };

async function within<T>(promise: Promise<T>, ms: number): Promise<Outcome<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Outcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false }), ms);
  });
  try {
    return await Promise.race([promise.then((value): Outcome<T> => ({ ok: true, value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;

async function heapUsed(cdp: CDPSession): Promise<number | null> {
  const r = await within(cdp.send('Performance.getMetrics'), 10_000).catch((): Outcome<never> => ({ ok: false }));
  if (!r.ok) return null;
  return r.value.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
}

/** Wait for `timeline:ready`; its time from navigation start and from the corpus response's end. */
async function waitReady(page: Page, corpus: string, ms: number): Promise<RunResult['ready']> {
  const marked = await within(
    page.waitForFunction(() => performance.getEntriesByName('timeline:ready', 'mark').length > 0, undefined, { timeout: ms, polling: 50 }),
    ms + 2_000,
  ).catch((): Outcome<never> => ({ ok: false }));
  if (!marked.ok) return null;
  return page.evaluate((path) => {
    const mark = performance.getEntriesByName('timeline:ready', 'mark')[0]!;
    const res = performance
      .getEntriesByType('resource')
      .find((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming && new URL(e.name).pathname.endsWith(`/${path}`));
    return {
      fromNavigation: mark.startTime,
      fromResponseEnd: res ? mark.startTime - res.responseEnd : null,
      responseEnd: res ? res.responseEnd : null,
      corpusBytes: res ? res.decodedBodySize || null : null,
    };
  }, corpus);
}

interface FrameLoop {
  frames: number[];
  last: number;
  running: boolean;
}
type BenchWindow = Window & { __benchFrames?: FrameLoop };

const FRAME_MS = 1000 / 60;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

/** CDP mouse events (wheel, press, move, release) at page coordinates. */
export type MouseEventParams = { type: 'mouseWheel' | 'mousePressed' | 'mouseMoved' | 'mouseReleased'; x: number; y: number; deltaX?: number; deltaY?: number; button?: 'left' | 'none'; buttons?: number; clickCount?: number };

/**
 * Send `events` one every 16.7 ms on the benchmark's own clock (never waiting for the page: the browser queues
 * and coalesces them as it does a person's), recording frame intervals in the page from the first event until
 * 300 ms after the last.
 */
async function streamFrames(page: Page, cdp: CDPSession, events: readonly MouseEventParams[]): Promise<FramePhase> {
  const started = performance.now();
  const phase = (frames: number[], done: number, hung: boolean): FramePhase => {
    const f = frames.map(round1);
    return { steps: events.length, stepsDone: done, timedOut: hung, hung, frames: f, median: median(f), p95: percentile(f, 95), elapsed: Math.round(performance.now() - started), dropped: f.filter((x) => x > DROPPED_MS).length };
  };
  const begun = await within(
    page.evaluate(() => {
      const loop: FrameLoop = { frames: [], last: -1, running: true };
      (window as BenchWindow).__benchFrames = loop;
      const tick = (t: number) => {
        if (loop.last >= 0) loop.frames.push(t - loop.last);
        loop.last = t;
        if (loop.running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }),
    PHASE_MS,
  ).catch((): Outcome<never> => ({ ok: false }));
  if (!begun.ok) return phase([], 0, true);
  let acked = 0;
  const sent: Promise<unknown>[] = [];
  const t0 = performance.now();
  for (const [i, e] of events.entries()) {
    await sleep(t0 + i * FRAME_MS - performance.now());
    sent.push(cdp.send('Input.dispatchMouseEvent', e).then(() => acked++, () => undefined));
  }
  await sleep(300);
  const all = await within(Promise.all(sent), PHASE_MS).catch((): Outcome<never> => ({ ok: false }));
  const frames = await within(
    page.evaluate(() => {
      const loop = (window as BenchWindow).__benchFrames!;
      loop.running = false;
      return loop.frames.splice(0);
    }),
    PHASE_MS,
  ).catch((): Outcome<never> => ({ ok: false }));
  return phase(frames.ok ? frames.value : [], acked, !all.ok || !frames.ok);
}

/** A picture of the plot (to tell whether a gesture moved the view), or null. */
async function plotShot(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<Buffer | null> {
  return page.screenshot({ clip: box, timeout: 20_000 }).catch(() => null);
}

/**
 * Input to next paint of one click (Playwright's trusted click), from the Event Timing API: the longest
 * `event` entry of the interaction (the INP measure). Under 16 ms the API reports nothing (threshold 16), so
 * the figure is then ≤ 16 ms, reported as 16.
 */
async function interactionToPaint(page: Page, act: () => Promise<void>): Promise<number | null> {
  await page.evaluate(() => {
    const w = window as Window & { __benchEvents?: PerformanceEventTiming[]; __benchObserver?: PerformanceObserver };
    w.__benchObserver?.disconnect();
    w.__benchEvents = [];
    w.__benchObserver = new PerformanceObserver((list) => w.__benchEvents!.push(...(list.getEntries() as PerformanceEventTiming[])));
    w.__benchObserver.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  const done = await within(act(), 20_000).catch((): Outcome<never> => ({ ok: false }));
  if (!done.ok) return null;
  // Entries are delivered after the next paint; give them a few frames.
  await page.waitForTimeout(250);
  return page.evaluate(() => {
    const w = window as Window & { __benchEvents?: PerformanceEventTiming[] };
    const entries = (w.__benchEvents ?? []).filter((e) => e.interactionId > 0 || /^(pointer|mouse|click|key)/.test(e.name));
    return entries.length === 0 ? 16 : Math.max(16, ...entries.map((e) => e.duration));
  });
}

/** The interactions a reader makes on the seed corpus, each measured input to next paint. */
async function measureInteractions(page: Page): Promise<Interaction[]> {
  const out: Interaction[] = [];
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const tryOne = async (name: string, act: () => Promise<void>) => {
    out.push({ name, inp: await interactionToPaint(page, act).catch(() => null) });
  };
  const outlets = page.getByRole('group', { name: 'Outlets' }).getByRole('checkbox');
  await tryOne('check an outlet filter', () => outlets.first().click({ timeout: 10_000 }));
  await tryOne('uncheck it', () => outlets.first().click({ timeout: 10_000 }));
  await tryOne('select a day on the axis', () => timeline.getByRole('toolbar', { name: 'Days' }).getByRole('button', { name: /19 October 2025/ }).first().click({ timeout: 10_000 }));
  await tryOne('switch lanes to origin', () => page.getByRole('radio', { name: 'Origin' }).check({ force: true, timeout: 10_000 }));
  await tryOne('select a story mark', () => timeline.getByRole('group', { name: 'Stories' }).getByRole('button').first().click({ timeout: 10_000 }));
  await tryOne('select a key event', () => timeline.getByRole('list', { name: 'Key events' }).getByRole('button').first().click({ timeout: 10_000 }));
  await tryOne('switch lanes to topic', () => page.getByRole('radio', { name: 'Topic' }).check({ force: true, timeout: 10_000 }));
  return out;
}

const SEARCHES = ['ceasefire', '', 'taliban', '', 'kabul talks', ''];

/** Search-box latency per change: value set and `input` dispatched → the frame after the summary changes. */
async function measureFilter(page: Page): Promise<RunResult['filter']> {
  const box = page.getByRole('searchbox', { name: 'Search headlines' });
  const focused = await within(box.focus({ timeout: 10_000 }), 15_000).catch((): Outcome<never> => ({ ok: false }));
  if (!focused.ok) return null;
  const latencies: (number | null)[] = [];
  const started = performance.now();
  let timedOut = false;
  for (const q of SEARCHES) {
    const left = PHASE_MS - (performance.now() - started);
    if (left <= 0) {
      timedOut = true;
      break;
    }
    const r = await within(
      page.evaluate(
        ({ q, limit }) =>
          new Promise<number | null>((resolve) => {
            const SUMMARY = /\d[\d,.]* of [\d,.]+ headlines/;
            const summary = () => [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '').find((t) => SUMMARY.test(t)) ?? null;
            const input = document.activeElement;
            if (!(input instanceof HTMLInputElement)) return resolve(null);
            const before = summary();
            const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
            let settled = false;
            const observer = new MutationObserver(() => {
              if (settled || summary() === before) return;
              settled = true;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            const t0 = performance.now();
            setValue.call(input, q);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            setTimeout(() => {
              if (settled) return;
              settled = true;
              observer.disconnect();
              resolve(null);
            }, limit);
          }),
        { q, limit: Math.max(left, 1_000) },
      ),
      Math.max(left, 1_000) + 2_000,
    ).catch((): Outcome<never> => ({ ok: false }));
    if (!r.ok) {
      timedOut = true;
      break;
    }
    latencies.push(r.value === null ? null : round1(r.value));
    // Let the list and the URL sync settle before the next change.
    await page.waitForTimeout(150);
  }
  const ok = latencies.filter((x): x is number => x !== null);
  return { queries: SEARCHES, latencies, median: median(ok), max: ok.length ? Math.max(...ok) : null, timedOut: timedOut || ok.length < latencies.length };
}

export function pageUrl(spec: Pick<RunSpec, 'impl' | 'base' | 'corpus'>): string {
  return spec.impl === 'vis' ? `${spec.base}bench/vis/index.html?corpus=${spec.corpus}` : `${spec.base}?corpus=${spec.corpus}`;
}

/**
 * Wait until the app's summary ("N of M headlines") counts all `n` headlines, or, for a split corpus the app
 * holds only in part, until the months it holds have loaded (no "Loading months" status, and the status
 * naming the months held); ms from navigation, or null.
 */
async function waitComplete(page: Page, n: number, ms: number): Promise<number | null> {
  const done = await within(
    page.waitForFunction(
      (total) => {
        const statuses = [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '');
        const all = statuses.some((t) => {
          const m = /of ([\d,.\s\u00a0\u202f]+) headlines/.exec(t);
          return m !== null && Number(m[1]!.replace(/\D/g, '')) === total;
        });
        const held = statuses.some((t) => t.startsWith('Counts and search cover')) && !statuses.some((t) => t.startsWith('Loading months'));
        return all || held;
      },
      n,
      { timeout: ms, polling: 100 },
    ),
    ms + 2_000,
  ).catch((): Outcome<never> => ({ ok: false }));
  return done.ok ? page.evaluate(() => performance.now()) : null;
}

/** One run in a fresh context (no cache, no storage), always closed. `browserHealthy` false: relaunch. */
export async function runOnce(browser: Browser, spec: RunSpec): Promise<{ result: RunResult; browserHealthy: boolean }> {
  const url = pageUrl(spec);
  const result: RunResult = {
    impl: spec.impl,
    n: spec.n,
    run: spec.run,
    url,
    ready: null,
    readyTimedOut: false,
    complete: null,
    zoom: null,
    pan: null,
    filter: null,
    heap: { ready: null, afterGestures: null },
    firstView: [],
    interactions: null,
    busyBefore: spec.busyBefore ?? null,
    yearPan: null,
    notes: [],
  };
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  // tsx (esbuild, keepNames) wraps named functions in `__name(…)`: the functions this file evaluates in the
  // page need that helper there too.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  let healthy = true;
  try {
    healthy = await measure(context, spec, result);
  } catch (e) {
    result.notes.push(`error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  } finally {
    const closed = await within(context.close(), 20_000).catch((): Outcome<never> => ({ ok: false }));
    if (!closed.ok) {
      result.notes.push('the browser context did not close');
      healthy = false;
    }
  }
  return { result, browserHealthy: healthy };
}

/** The measurements of one run, written into `result`. False when the browser should be relaunched. */
async function measure(context: BrowserContext, spec: RunSpec, result: RunResult): Promise<boolean> {
  const log = spec.log ?? (() => {});
  const page = await context.newPage();
  page.on('pageerror', (e) => result.notes.length < 20 && result.notes.push(`pageerror: ${e.message.slice(0, 300)}`));
  page.on('console', (m) => m.type() === 'error' && result.notes.length < 20 && result.notes.push(`console: ${m.text().slice(0, 300)}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(result.url, { waitUntil: 'commit', timeout: PHASE_MS });
  result.ready = await waitReady(page, spec.corpus, PHASE_MS);
  if (result.ready === null) {
    result.readyTimedOut = true;
    result.notes.push('timeline:ready did not come within 60 s');
    return true;
  }
  // Every script, style sheet and worker fetched before the first view was ready (paths under the server root).
  result.firstView = await page.evaluate((base) => {
    const ready = performance.getEntriesByName('timeline:ready', 'mark')[0]?.startTime ?? Infinity;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= ready && /\.(m?js|css)(\?|$)/.test(new URL(e.name).pathname))
      .map((e) => new URL(e.name).pathname.slice(new URL(base).pathname.length));
  }, spec.base);
  const fromCorpus = result.ready.fromResponseEnd;
  log(`ready ${Math.round(result.ready.fromNavigation)} ms from navigation, ${fromCorpus === null ? '?' : Math.round(fromCorpus)} ms from the corpus`);
  if (spec.impl !== 'vis') {
    // Gestures and searches run on the whole corpus: a split one first loads its other months.
    result.complete = await waitComplete(page, spec.headlines, PHASE_MS);
    if (result.complete === null) result.notes.push(`the summary did not count all ${spec.headlines} headlines within 60 s`);
    else if (spec.impl === 'app-split') log(`all months loaded ${Math.round(result.complete)} ms from navigation`);
  }
  await page.waitForTimeout(300);
  result.heap.ready = await heapUsed(cdp);

  const plot: Locator =
    spec.impl === 'vis' ? page.locator('.vis-timeline .vis-panel.vis-center').first() : page.getByRole('group', { name: /Timeline plot/ });
  const box = await plot.boundingBox({ timeout: 10_000 }).catch(async (e: unknown) => {
    result.notes.push(`the plot was not found (${await plot.count().catch(() => -1)} matches): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return null;
  });
  if (box === null) {
    result.notes.push('the plot has no bounding box');
    return true;
  }
  // The middle of the plot: each timeline zooms into the middle of the window it opened on.
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 120);
  await page.mouse.move(x, y);

  // Zoom in (half the wheel events), pan while zoomed in, zoom back out: zoom frames are both halves
  // together. Each is a stream of events on a fixed 16.7 ms clock. A phase that leaves the page hung ends the run.
  const half = Math.floor(spec.zoomSteps / 2);
  const wheel = (deltaY: number): MouseEventParams => ({ type: 'mouseWheel', x, y, deltaX: 0, deltaY });
  const shotBefore = await plotShot(page, box);
  const zoomIn = await streamFrames(page, cdp, Array.from({ length: half }, () => wheel(-100)));
  const shotZoomed = await plotShot(page, box);
  zoomIn.moved = shotBefore && shotZoomed ? !shotBefore.equals(shotZoomed) : null;
  const zoomPhase = (out: FramePhase | null): FramePhase => {
    const frames = [...zoomIn.frames, ...(out?.frames ?? [])];
    return {
      steps: spec.zoomSteps,
      stepsDone: zoomIn.stepsDone + (out?.stepsDone ?? 0),
      timedOut: zoomIn.timedOut || out === null || out.timedOut,
      hung: zoomIn.hung || (out?.hung ?? false),
      frames,
      median: median(frames),
      p95: percentile(frames, 95),
      elapsed: zoomIn.elapsed + (out?.elapsed ?? 0),
      dropped: (zoomIn.dropped ?? 0) + (out?.dropped ?? 0),
      moved: zoomIn.moved,
    };
  };
  const stop = (what: string): boolean => {
    result.notes.push(`${what} did not finish within 60 s: the run ends there`);
    return true;
  };
  if (zoomIn.hung) {
    result.zoom = zoomPhase(null);
    return stop('the zoom-in stream');
  }
  if (zoomIn.moved === false) result.notes.push('the wheel did not change the plot');
  const panHalf = Math.floor(spec.panSteps / 2);
  const dragX = (i: number) => x - 8 * (i < panHalf ? i + 1 : spec.panSteps - i - 1);
  const drag: MouseEventParams[] = [
    { type: 'mousePressed', x, y, button: 'left', buttons: 1, clickCount: 1 },
    ...Array.from({ length: spec.panSteps }, (_, i): MouseEventParams => ({ type: 'mouseMoved', x: i === spec.panSteps - 1 ? x - 8 * panHalf : dragX(i), y, button: 'left', buttons: 1 })),
    { type: 'mouseReleased', x: x - 8 * panHalf, y, button: 'left', buttons: 0, clickCount: 1 },
  ];
  result.pan = await streamFrames(page, cdp, drag);
  const shotPanned = await plotShot(page, box);
  result.pan.moved = shotZoomed && shotPanned ? !shotZoomed.equals(shotPanned) : null;
  if (result.pan.hung) {
    result.zoom = zoomPhase(null);
    return stop('the drag stream');
  }
  if (result.pan.moved === false) result.notes.push('the drag did not change the plot');
  await page.mouse.move(x, y);
  const zoomOut = await streamFrames(page, cdp, Array.from({ length: spec.zoomSteps - half }, () => wheel(100)));
  result.zoom = zoomPhase(zoomOut);
  if (zoomOut.hung) return stop('the zoom-out stream');
  log(
    `zoom median ${round1(result.zoom.median ?? NaN)} / p95 ${round1(result.zoom.p95 ?? NaN)} ms, ${result.zoom.dropped} dropped of ${result.zoom.frames.length} frames${result.zoom.moved ? '' : ' (did not move?)'}; ` +
      `pan median ${round1(result.pan.median ?? NaN)} / p95 ${round1(result.pan.p95 ?? NaN)} ms, ${result.pan.dropped} dropped of ${result.pan.frames.length}`,
  );
  result.heap.afterGestures = await heapUsed(cdp);

  if (spec.impl === 'app' && spec.corpus === 'corpus.json') {
    // The seed corpus: the clicks a reader makes, in story view (a window of three days around the 19th).
    await page.goto(`${spec.base}?from=2025-10-18&to=2025-10-20`, { waitUntil: 'load', timeout: PHASE_MS });
    await page.getByRole('group', { name: 'Stories' }).first().waitFor({ timeout: 20_000 }).catch(() => {});
    result.interactions = await measureInteractions(page);
    log(`interactions: ${result.interactions.map((i) => `${i.name} ${i.inp === null ? '—' : Math.round(i.inp)} ms`).join(', ')}`);
    await page.goto(result.url, { waitUntil: 'load', timeout: PHASE_MS });
    await page.getByRole('searchbox', { name: 'Search headlines' }).waitFor({ timeout: 20_000 }).catch(() => {});
  }
  if (spec.impl !== 'vis') {
    result.filter = await measureFilter(page);
    if (result.filter === null) result.notes.push('the search box could not be focused');
    else log(`filter median ${round1(result.filter.median ?? NaN)} ms (${result.filter.latencies.join(', ')})`);
  }
  if (spec.yearPan && spec.yearPan.length > 1) {
    result.yearPan = await panTheYear(page, cdp, spec, spec.yearPan, log);
    const y = result.yearPan;
    log(`year: max heap ${y.maxHeap === null ? '?' : Math.round(y.maxHeap / 2 ** 20)} MB (no forced collection), ${y.maxHeapCollected === null ? '?' : Math.round(y.maxHeapCollected / 2 ** 20)} MB (a collection after each pan) over ${y.samples} samples; ${y.chunkRequests} chunk requests, ${y.fromCache} from the HTTP cache${y.timedOut ? '; timed out' : ''}`);
  }
  return true;
}

/** The last day of a month `YYYY-MM`. */
const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** Wait until the app holds the months its plan asks for: no "Loading months" status (ms waited, or null). */
async function waitMonths(page: Page, ms: number): Promise<number | null> {
  const t0 = performance.now();
  const done = await within(
    page.waitForFunction(
      () => {
        const statuses = [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '');
        return statuses.some((t) => / of [\d,.\s\u00a0\u202f]+ headlines/.test(t)) && !statuses.some((t) => t.startsWith('Loading months'));
      },
      undefined,
      { timeout: ms, polling: 100 },
    ),
    ms + 2_000,
  ).catch((): Outcome<never> => ({ ok: false }));
  return done.ok ? performance.now() - t0 : null;
}

/**
 * Pan across a split corpus's months: open on the last month, pan one window at a time to the first and back,
 * each pan a sideways wheel of one plot width (10 events, 16.7 ms apart), waiting after each until the months
 * held have loaded; the JS heap sampled every 250 ms throughout.
 */
async function panTheYear(page: Page, cdp: CDPSession, spec: RunSpec, months: readonly string[], log: (line: string) => void): Promise<YearPan> {
  const STEP_MS = 60_000;
  const out: YearPan = { steps: [], maxHeap: null, samples: 0, maxHeapCollected: null, chunkRequests: 0, fromCache: 0, timedOut: false };
  const last = months[months.length - 1]!;
  const url = `${pageUrl(spec)}&from=${last}-01&to=${lastDay(last)}`;
  await page.goto(url, { waitUntil: 'commit', timeout: PHASE_MS });
  if ((await waitReady(page, spec.corpus, PHASE_MS)) === null || (await waitMonths(page, STEP_MS)) === null) {
    out.timedOut = true;
    return out;
  }
  const plot = page.getByRole('group', { name: /Timeline plot/ });
  const box = await plot.boundingBox({ timeout: 10_000 }).catch(() => null);
  if (box === null) {
    out.timedOut = true;
    return out;
  }
  const label = () =>
    page
      .getByRole('region', { name: 'Timeline' })
      .getByText(/^\d{1,2} [A-Z][a-z]{2}( \d{4})?( – \d{1,2} [A-Z][a-z]{2})? \d{4}$/)
      .first()
      .textContent({ timeout: 5_000 })
      .then((t) => t ?? '?')
      .catch(() => '?');
  const monthsHeld = () =>
    page
      .getByRole('status')
      .filter({ hasText: /^(Counts and search cover|Loading months)/ })
      .allTextContents()
      .then((t) => t.join('; '))
      .catch(() => '?');
  // Chunk files fetched from here on (a month dropped and needed again is fetched again).
  const before = await page.evaluate(() => {
    performance.setResourceTimingBufferSize(2_000);
    return performance.getEntriesByType('resource').length;
  });
  let sampling = true;
  let returning = false;
  const sampler = (async () => {
    while (sampling) {
      const h = await heapUsed(cdp);
      if (h !== null) {
        out.samples++;
        if (returning) out.maxHeapCollected = Math.max(out.maxHeapCollected ?? 0, h);
        else out.maxHeap = Math.max(out.maxHeap ?? 0, h);
      }
      await sleep(250);
    }
  })();
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 120);
  await page.mouse.move(x, y);
  const n = months.length - 1;
  const started = performance.now();
  try {
    for (const [i, direction] of [...Array<number>(n).fill(-1), ...Array<number>(n).fill(1)].entries()) {
      if (performance.now() - started > 10 * PHASE_MS) {
        out.timedOut = true;
        break;
      }
      returning = i >= n;
      const t0 = performance.now();
      const wheel = Array.from({ length: 10 }, (): MouseEventParams => ({ type: 'mouseWheel', x, y, deltaX: (direction * box.width) / 10, deltaY: 0 }));
      await streamFrames(page, cdp, wheel);
      const waited = await waitMonths(page, STEP_MS);
      const settle = waited === null ? null : Math.round(performance.now() - t0);
      if (waited === null) out.timedOut = true;
      await page.waitForTimeout(200);
      const step: YearStep = { window: await label(), months: await monthsHeld(), settle, heap: await heapUsed(cdp), live: null };
      if (returning) {
        // What is held, without the garbage V8 has not collected yet.
        const collected = await within(cdp.send('HeapProfiler.collectGarbage'), 20_000).catch((): Outcome<never> => ({ ok: false }));
        if (collected.ok) step.live = await heapUsed(cdp);
      }
      out.steps.push(step);
      const mbOf = (v: number | null) => (v === null ? '?' : Math.round(v / 2 ** 20));
      log(`year ${i + 1}/${2 * n}: ${step.window}; ${step.months}; settled in ${settle ?? '?'} ms; heap ${mbOf(step.heap)} MB${returning ? `, ${mbOf(step.live)} MB after a collection` : ''}`);
    }
  } finally {
    sampling = false;
    await sampler;
  }
  const chunks = await page.evaluate((from) => {
    return performance
      .getEntriesByType('resource')
      .slice(from)
      .filter((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming && /\.\d{4}-\d{2}\.json$/.test(new URL(e.name).pathname))
      .map((e) => ({ transfer: e.transferSize, body: e.decodedBodySize }));
  }, before);
  out.chunkRequests = chunks.length;
  out.fromCache = chunks.filter((c) => c.transfer === 0 && c.body > 0).length;
  return out;
}
