/**
 * The vis-timeline side of `npm run bench` (a browser script; the benchmark transpiles it to page.js).
 *
 * Loads the corpus named by `?corpus=` (a path under the server root, as the app takes it), makes one
 * vis item per headline (content = title, start = publication day, group = primary topic, like the app's
 * topic lanes) and a vis.Timeline with vis's defaults (it fits its window to the items on the first draw,
 * which is about the window the app opens on). The items are set after the timeline exists, so that the
 * `changed` events of the first redraws can be heard: `timeline:ready` is marked at the first `changed`
 * (vis emits it once a redraw has completed and the item sizes are stable) whose window shows the whole
 * corpus range, i.e. the first complete draw of all the items in the fitted window.
 *
 * (Not vis's `onInitialDrawComplete` option: with a given start and end it waits for a `rangechanged` event
 * that an unchanged window never sends, and without them it fires on the draw before the fit.)
 * Written against the `vis` global of the standalone UMD build, so it imports nothing.
 */

interface VisTimeline {
  on(event: string, callback: () => void): void;
  setItems(items: unknown): void;
  getWindow(): { start: Date; end: Date };
}

interface VisGlobal {
  DataSet: new <T>(items: T[]) => unknown;
  Timeline: new (container: HTMLElement, items: unknown, groups: unknown, options: Record<string, unknown>) => VisTimeline;
}

interface CorpusLike {
  range: { start: string; end: string };
  topics: { id: string; label: string }[];
  headlines: { id: string; title: string; date: string; topics: string[] }[];
}

/** The page's globals, typed here only (no `declare global`: this file shares the project's type check). */
const page = window as Window & { vis?: VisGlobal; visTimeline?: VisTimeline };

const DAY_MS = 86_400_000;
const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

async function main(): Promise<void> {
  const status = document.getElementById('status')!;
  const vis = page.vis;
  if (!vis) throw new Error('vis-timeline did not load');
  const path = new URLSearchParams(location.search).get('corpus') ?? 'corpus.json';
  const response = await fetch(new URL(path, `${location.origin}/`));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const corpus = (await response.json()) as CorpusLike;
  performance.mark('vis:parsed');

  const groups = new vis.DataSet(corpus.topics.map((t) => ({ id: t.id, content: t.label })));
  const items = new vis.DataSet(
    corpus.headlines.map((h) => ({ id: h.id, content: h.title, start: h.date, group: h.topics[0] ?? 'other' })),
  );
  const timeline = new vis.Timeline(document.getElementById('timeline')!, null, groups, { height: '640px' });
  page.visTimeline = timeline;
  const first = utc(corpus.range.start);
  const last = utc(corpus.range.end);
  let ready = false;
  timeline.on('changed', () => {
    if (ready) return;
    const w = timeline.getWindow();
    if (w.start.getTime() > first + DAY_MS || w.end.getTime() < last) return;
    ready = true;
    performance.mark('timeline:ready');
    status.textContent = `${corpus.headlines.length} headlines`;
  });
  performance.mark('vis:items');
  timeline.setItems(items);
}

main().catch((e: unknown) => {
  document.getElementById('status')!.textContent = `Error: ${e instanceof Error ? e.message : String(e)}`;
  console.error(e);
});

export {};
