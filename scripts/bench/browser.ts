/**
 * One benchmark run in headless Chromium: open the app or the vis-timeline page on a corpus, wait for
 * `timeline:ready`, then zoom, pan and (app only) search, measuring in the page.
 *
 * - ready: the `timeline:ready` mark's time (ms since navigation start), and the same minus the corpus
 *   response's `responseEnd` (Resource Timing), i.e. from the moment the corpus has arrived;
 * - frames: a requestAnimationFrame loop records the interval between consecutive frames while Playwright
 *   sends the gesture steps (each step: one wheel event or mouse move, then two animation frames);
 * - filter: in the page, t0, set the search box's value and dispatch `input`; a MutationObserver sees the
 *   "N of M headlines" summary change; t1 is the next animation frame; t1 − t0 per change;
 * - heap: CDP `Performance.getMetrics` JSHeapUsedSize (no forced garbage collection).
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
  /** How busy the CPUs were just before the run (0–1; null: not sampled). */
  busyBefore: number | null;
  /** Page errors, console errors, and why a run stopped early. */
  notes: string[];
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

/**
 * Run `steps` gesture steps while recording frame intervals, collected after each step (so a step that never
 * finishes does not take the others with it). The phase stops after 60 s: between two steps, or in the middle
 * of one, which then counts as one frame as long as it had run (a lower bound) and leaves the page `hung`.
 */
async function measureFrames(page: Page, steps: number, step: (i: number) => Promise<void>): Promise<FramePhase> {
  const started = performance.now();
  const frames: number[] = [];
  let done = 0;
  let timedOut = false;
  let hung = false;
  const phase = (): FramePhase => {
    const f = frames.map(round1);
    return { steps, stepsDone: done, timedOut, hung, frames: f, median: median(f), p95: percentile(f, 95), elapsed: Math.round(performance.now() - started) };
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
  if (!begun.ok) {
    timedOut = hung = true;
    return phase();
  }
  // After a step: two animation frames (anything the step scheduled has been drawn), then the intervals so far.
  const collect = () =>
    page.evaluate(
      () =>
        new Promise<number[]>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as BenchWindow).__benchFrames!.frames.splice(0)))),
        ),
    );
  for (let i = 0; i < steps; i++) {
    const left = PHASE_MS - (performance.now() - started);
    if (left <= 0) {
      timedOut = true;
      break;
    }
    const stepStarted = performance.now();
    const r = await within(
      (async () => {
        await step(i);
        return collect();
      })(),
      left,
    ).catch((): Outcome<never> => ({ ok: false }));
    if (!r.ok) {
      frames.push(performance.now() - stepStarted);
      timedOut = hung = true;
      return phase();
    }
    frames.push(...r.value);
    done++;
  }
  await within(
    page.evaluate(() => {
      (window as BenchWindow).__benchFrames!.running = false;
    }),
    10_000,
  ).catch(() => {});
  return phase();
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

/** Wait until the app's summary ("N of M headlines") counts all `n` headlines; ms from navigation, or null. */
async function waitComplete(page: Page, n: number, ms: number): Promise<number | null> {
  const done = await within(
    page.waitForFunction(
      (total) =>
        [...document.querySelectorAll('[role="status"]')].some((e) => {
          const m = /of ([\d,.\s\u00a0\u202f]+) headlines/.exec(e.textContent ?? '');
          return m !== null && Number(m[1]!.replace(/\D/g, '')) === total;
        }),
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
    busyBefore: spec.busyBefore ?? null,
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

  // Zoom in (half the steps), pan while zoomed in, zoom back out: zoom frames are both halves together.
  // A phase that leaves the page hung ends the run (what it measured is kept).
  const mouse = async (f: () => Promise<void>) => (await within(f(), 30_000).catch((): Outcome<never> => ({ ok: false }))).ok;
  const half = Math.floor(spec.zoomSteps / 2);
  const zoomIn = await measureFrames(page, half, () => page.mouse.wheel(0, -100));
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
    };
  };
  const stop = (what: string): boolean => {
    result.notes.push(`${what} did not finish within 60 s: the run ends there`);
    return true;
  };
  if (zoomIn.hung) {
    result.zoom = zoomPhase(null);
    return stop('a zoom step');
  }
  const panHalf = Math.floor(spec.panSteps / 2);
  if (!(await mouse(async () => (await page.mouse.move(x, y), await page.mouse.down())))) {
    result.zoom = zoomPhase(null);
    return stop('pressing the mouse for the pan');
  }
  result.pan = await measureFrames(page, spec.panSteps, (i) => page.mouse.move(x - 8 * (i < panHalf ? i + 1 : spec.panSteps - i - 1), y));
  if (result.pan.hung) {
    result.zoom = zoomPhase(null);
    return stop('a pan step');
  }
  if (!(await mouse(async () => (await page.mouse.up(), await page.mouse.move(x, y))))) {
    result.zoom = zoomPhase(null);
    return stop('releasing the mouse after the pan');
  }
  const zoomOut = await measureFrames(page, spec.zoomSteps - half, () => page.mouse.wheel(0, 100));
  result.zoom = zoomPhase(zoomOut);
  if (zoomOut.hung) return stop('a zoom step');
  log(
    `zoom median ${round1(result.zoom.median ?? NaN)} / p95 ${round1(result.zoom.p95 ?? NaN)} ms${result.zoom.timedOut ? ` (cut at 60 s after ${result.zoom.stepsDone} steps)` : ''}, ` +
      `pan median ${round1(result.pan.median ?? NaN)} / p95 ${round1(result.pan.p95 ?? NaN)} ms${result.pan.timedOut ? ` (cut after ${result.pan.stepsDone} steps)` : ''}`,
  );
  result.heap.afterGestures = await heapUsed(cdp);

  if (spec.impl !== 'vis') {
    result.filter = await measureFilter(page);
    if (result.filter === null) result.notes.push('the search box could not be focused');
    else log(`filter median ${round1(result.filter.median ?? NaN)} ms (${result.filter.latencies.join(', ')})`);
  }
  return true;
}
