/**
 * `npx tsx scripts/bench/gesture-profile.ts --dist DIR [--corpus bench/100000.json] [--steps 30] [--delta -100]`:
 * where the main thread's time goes during a continuous wheel over the plot (events sent every 16.7 ms through
 * CDP, as the benchmark sends them), from a Chrome trace with the devtools.timeline categories. Prints the
 * self time per trace event name on the renderer's main thread, grouped as script / style / layout / paint and
 * compositing, and the raster threads' time, plus the frame intervals. A diagnosis tool, not a benchmark: the
 * trace itself slows the page.
 */
import { launch } from './browser';
import { serveStatic } from './server';
import { percentile, median } from './stats';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const GROUPS: [string, RegExp][] = [
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|InvalidateLayout|ScheduleStyleRecalculation)$/],
  ['layout', /^(Layout|UpdateLayout|LayoutShift)$/],
  ['paint/composite', /^(PrePaint|Paint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|Commit|CompositeLayers|ScrollLayer|Decode.*|PaintSetup|RasterTask)$/],
  ['script', /^(FunctionCall|EvaluateScript|v8\..*|V8\..*|RunMicrotasks|FireAnimationFrame|TimerFire|EventDispatch|MajorGC|MinorGC|V8\.GC.*|ThreadControllerImpl::RunTask|HandlePostMessage|ProfileCall)$/],
];
const groupOf = (name: string) => GROUPS.find(([, re]) => re.test(name))?.[0] ?? 'other';

async function main(): Promise<void> {
  const dist = arg('--dist', '');
  if (!dist) throw new Error('--dist DIR (a built app with bench/ corpora) is required');
  const corpus = arg('--corpus', 'bench/100000.json');
  const steps = Number(arg('--steps', '30'));
  const delta = Number(arg('--delta', '-100'));
  const server = await serveStatic(dist);
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'en-GB', timezoneId: 'UTC' });
    // tsx wraps named functions in `__name(…)`: the page needs that helper (as in browser.ts).
    await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
    const page = await context.newPage();
    await page.goto(`${server.url}?corpus=${corpus}`);
    await page.waitForFunction(() => performance.getEntriesByName('timeline:ready', 'mark').length > 0, undefined, { timeout: 60_000 });
    await page.waitForTimeout(1500);
    const plot = page.getByRole('group', { name: /Timeline plot/ });
    const box = (await plot.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + Math.min(box.height / 2, 120);
    await page.mouse.move(x, y);
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => {
      for (const v of e.value) events.push(v as unknown as TraceEvent);
    });
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink,cc,gpu,viz', transferMode: 'ReportEvents' });
    await page.evaluate(() => {
      const w = window as Window & { __f?: number[] };
      w.__f = [];
      let last = -1;
      const tick = (t: number) => {
        if (last >= 0) w.__f!.push(t - last);
        last = t;
        if (w.__f!.length < 400) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const t0 = performance.now();
    const sent: Promise<unknown>[] = [];
    for (let i = 0; i < steps; i++) {
      await new Promise((r) => setTimeout(r, Math.max(0, t0 + i * (1000 / 60) - performance.now())));
      sent.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: 0, deltaY: delta }));
    }
    await Promise.all(sent);
    await page.waitForTimeout(400);
    const frames = await page.evaluate(() => (window as Window & { __f?: number[] }).__f!.splice(0));
    await cdp.send('Tracing.end');
    await done;

    const threadNames = new Map<string, string>();
    for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
    const byThread = new Map<string, TraceEvent[]>();
    for (const e of events) {
      if (e.ph !== 'X' || e.dur === undefined) continue;
      const k = `${e.pid}:${e.tid}`;
      (byThread.get(k) ?? byThread.set(k, []).get(k)!).push(e);
    }
    const selfByName = new Map<string, number>();
    let raster = 0;
    for (const [k, list] of byThread) {
      const tname = threadNames.get(k) ?? '';
      if (/Raster|CompositorTileWorker/i.test(tname)) {
        for (const e of list) if (e.name === 'RasterTask') raster += e.dur!;
        continue;
      }
      if (tname !== 'CrRendererMain') continue;
      list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
      const stack: { e: TraceEvent; child: number }[] = [];
      const pop = () => {
        const top = stack.pop()!;
        selfByName.set(top.e.name, (selfByName.get(top.e.name) ?? 0) + top.e.dur! - top.child);
        if (stack.length) stack[stack.length - 1]!.child += top.e.dur!;
      };
      for (const e of list) {
        while (stack.length && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= e.ts) pop();
        stack.push({ e, child: 0 });
      }
      while (stack.length) pop();
    }
    const groups = new Map<string, number>();
    for (const [name, us] of selfByName) groups.set(groupOf(name), (groups.get(groupOf(name)) ?? 0) + us);
    const ms = (us: number) => `${(us / 1000).toFixed(1)} ms`;
    process.stdout.write(`frames: ${frames.length}, median ${median(frames)?.toFixed(1)} / p95 ${percentile(frames, 95)?.toFixed(1)} ms, over 25 ms: ${frames.filter((f) => f > 25).length}\n`);
    process.stdout.write(`main thread self time by group: ${[...groups].sort((a, b) => b[1] - a[1]).map(([g, us]) => `${g} ${ms(us)}`).join(', ')}; raster threads ${ms(raster)}\n`);
    const top = [...selfByName].filter(([n]) => n !== 'RunTask' && n !== 'ThreadControllerImpl::RunTask').sort((a, b) => b[1] - a[1]).slice(0, 18);
    for (const [name, us] of top) process.stdout.write(`  ${name.padEnd(34)} ${ms(us).padStart(10)}  (${groupOf(name)})\n`);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
