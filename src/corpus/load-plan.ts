/**
 * The load plan of a corpus split by month (pure, no React): which months to hold in memory for a window and
 * in which order to fetch them, the plan as a string key (so a zoom that does not change the plan re-renders
 * nothing), and the index of a manifest with the months loaded so far, cached per set of loaded months.
 *
 * A year of coverage does not fit in a tab: the months held are bounded by a headline budget. The window's
 * months come first, then their neighbours outward, month by month, until the budget is spent; months outside
 * the plan are not fetched, and dropped if held (corpus/use-corpus-data.ts). The plan changes only when the
 * window crosses into a month whose neighbourhood is not held (hysteresis), not on every small pan.
 */
import { buildIndex, type CorpusIndex } from './corpus-index';
import { DAY_MS, dayToUtcMs, type TimeWindow } from './dates';
import type { Chunk, ChunkRef, Manifest } from './schema';
import { joinChunks } from './split';

export { HEADLINE_BUDGET } from './budget';

export interface LoadPlan {
  /** The months to hold, in the order to fetch them: the window's (in time order), then outward. No other month is held. */
  readonly order: ChunkRef[];
  /** The held months the window overlaps: the first view waits for them. */
  readonly visible: Set<string>;
}

/**
 * The months to hold for a window, within `budget` headlines, in the order to load them.
 * - The window's months (those whose headlines' days it overlaps) come first, starting from the month of the
 *   window's centre; at least that month is always held, whatever its size.
 * - Then the months around them, one step outward on each side at a time (the earlier side first), while
 *   the budget lasts: the held months are always a run of consecutive chunks.
 * - `previous` (the months held now) is kept as long as it holds the window's months and one month beyond
 *   them on each side (or the corpus ends there): a pan or zoom within that neighbourhood changes nothing.
 * A plan depends on the window only through the months it overlaps and the month of its centre, so a zoom or
 * pan inside one month gives the same plan.
 */
export function chunkLoadOrder(chunks: readonly ChunkRef[], win: TimeWindow, budget = Infinity, previous: ReadonlySet<string> | null = null): LoadPlan {
  const sorted = [...chunks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (sorted.length === 0) return { order: [], visible: new Set() };
  const span = (c: ChunkRef) => [dayToUtcMs(c.start), dayToUtcMs(c.end) + DAY_MS] as const;
  const distanceTo = (c: ChunkRef, start: number, end: number) => {
    const [s, e] = span(c);
    return e <= start ? start - e : s >= end ? s - end : 0;
  };
  const overlaps = sorted.map((c) => distanceTo(c, win.start, win.end) === 0);
  const nearest = (start: number, end: number) => {
    let best = 0;
    for (let i = 1; i < sorted.length; i++) if (distanceTo(sorted[i]!, start, end) < distanceTo(sorted[best]!, start, end)) best = i;
    return best;
  };
  let lo = overlaps.indexOf(true);
  let hi = overlaps.lastIndexOf(true);
  if (lo < 0) lo = hi = nearest(win.start, win.end);
  // The month of the window's centre: the overlapped month whose days hold it, else the nearest to it.
  const mid = (win.start + win.end) / 2;
  const centre = Math.min(Math.max(nearest(mid, mid), lo), hi);

  // The months inside the window's run, nearest the centre first, then the rings outside it.
  const inside: number[] = [];
  for (let d = 0; inside.length < hi - lo + 1; d++) for (const i of [centre - d, centre + d]) if (i >= lo && i <= hi && !inside.includes(i)) inside.push(i);
  const rings: number[][] = [];
  for (let d = 1; lo - d >= 0 || hi + d < sorted.length; d++) rings.push([lo - d, hi + d].filter((i) => i >= 0 && i < sorted.length));

  const held = new Set<number>();
  const keep = () => {
    const prev = previous ? new Set(sorted.flatMap((c, i) => (previous.has(c.id) ? [i] : []))) : null;
    const around = [lo - 1, hi + 1].filter((i) => i >= 0 && i < sorted.length);
    if (prev && inside.every((i) => prev.has(i)) && around.every((i) => prev.has(i))) return prev;
    let total = 0;
    const fits = (i: number) => held.size === 0 || total + sorted[i]!.headlineCount <= budget;
    for (const i of inside) {
      if (!fits(i)) return held;
      held.add(i);
      total += sorted[i]!.headlineCount;
    }
    for (const ring of rings) {
      let all = true;
      for (const i of ring) {
        if (fits(i)) {
          held.add(i);
          total += sorted[i]!.headlineCount;
        } else all = false;
      }
      if (!all) break;
    }
    return held;
  };
  const kept = keep();
  // Inside and the rings together list every month once.
  const order = [...inside.filter((i) => kept.has(i)).sort((a, b) => a - b), ...rings.flat().filter((i) => kept.has(i))];
  return { order: order.map((i) => sorted[i]!), visible: new Set(order.filter((i) => overlaps[i]).map((i) => sorted[i]!.id)) };
}

/** A load plan as a string (equal plans, equal strings), and back. */
export function planToKey({ order, visible }: { order: readonly ChunkRef[]; visible: ReadonlySet<string> }): string {
  return order.map((c) => `${visible.has(c.id) ? '*' : ''}${c.id}`).join(' ');
}

export function keyToPlan(chunks: readonly ChunkRef[], key: string): LoadPlan {
  const byId = new Map(chunks.map((c) => [c.id, c]));
  const ids = key === '' ? [] : key.split(' ');
  return {
    order: ids.flatMap((id) => byId.get(id.replace(/^\*/, '')) ?? []),
    visible: new Set(ids.filter((id) => id.startsWith('*')).map((id) => id.slice(1))),
  };
}

const heldMonths = new WeakMap<Manifest, ReadonlySet<string>>();

/**
 * The plan key of a split corpus for a window, within `budget` headlines, planned from the months the last
 * call chose (the plan's hysteresis, remembered per manifest). Asked again for the same window, it gives the
 * same key: a plan kept or made for a window is kept for it.
 */
export function planKeyFor(manifest: Manifest, win: TimeWindow, budget: number): string {
  const key = planToKey(chunkLoadOrder(manifest.chunks, win, budget, heldMonths.get(manifest) ?? null));
  heldMonths.set(manifest, keyMonths(key));
  return key;
}

/** The months a plan key holds (visible or not). */
export function keyMonths(key: string): Set<string> {
  return new Set(key === '' ? [] : key.split(' ').map((id) => id.replace(/^\*/, '')));
}

const built = new WeakMap<Manifest, { key: string; ix: CorpusIndex; months: readonly string[] }>();

// Each loaded chunk object gets a serial number, so a month fetched again (after a retry) counts as new.
const serials = new WeakMap<object, number>();
let nextSerial = 0;
function serial(o: object): number {
  let n = serials.get(o);
  if (n === undefined) serials.set(o, (n = nextSerial++));
  return n;
}
export const chunksKey = (chunks: readonly Chunk[]) => chunks.map((c) => `${c.id}#${serial(c)}`).join(',');

/** The index of a manifest and the chunks loaded so far, rebuilt only when that set changes. */
export function indexOf(manifest: Manifest, chunks: readonly Chunk[]): CorpusIndex {
  // The same months in another order are the same index.
  const sorted = [...chunks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const key = chunksKey(sorted);
  const cached = built.get(manifest);
  if (cached?.key === key) return cached.ix;
  // The index shown until now is garbage from here on: let it go before building the next.
  built.delete(manifest);
  const ix = buildIndex(joinChunks(manifest, sorted), { headlineDays: manifestDays(manifest) });
  built.set(manifest, { key, ix, months: sorted.map((c) => c.id) });
  return ix;
}

/** The index last built for a manifest and the months it holds (null before its first view). */
export function lastBuilt(manifest: Manifest): { readonly ix: CorpusIndex; readonly months: readonly string[] } | null {
  return built.get(manifest) ?? null;
}

/**
 * Whether to index the months loaded now ('build') or keep the index shown ('keep'), so that a plan's months
 * arriving one by one do not each rebuild it (each rebuild of a few hundred thousand headlines leaves as much
 * garbage behind):
 * - the first view waits for every month of the window (`shown` null);
 * - while a month of the window is on its way, the index shown stays (the status says which months it holds);
 * - once the window's months are in, they are shown at once if the index lacks one; the plan's other months
 *   are added together when the last of them arrives (or a month failed: what did arrive is shown).
 */
export function indexStep(plan: LoadPlan, loaded: ReadonlySet<string>, shown: ReadonlySet<string> | null, failed: boolean): 'build' | 'keep' {
  const visibleIn = [...plan.visible].every((id) => loaded.has(id));
  if (shown === null) return visibleIn && loaded.size > 0 ? 'build' : 'keep';
  if (failed || plan.order.every((c) => loaded.has(c.id))) return 'build';
  if (!visibleIn) return 'keep';
  return [...plan.visible].every((id) => shown.has(id)) ? 'keep' : 'build';
}

/** The index of a split corpus's manifest alone (no month loaded): its axis and tables, for the load plan. */
export function skeletonOf(manifest: Manifest): CorpusIndex {
  return buildIndex(joinChunks(manifest, []), { headlineDays: manifestDays(manifest) });
}

/** The days a split corpus holds headlines on, from its manifest: the axis of every partial index is the whole one. */
export function manifestDays(manifest: Manifest): string[] {
  return manifest.dayCounts.map(([day]) => day);
}
