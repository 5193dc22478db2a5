/**
 * The load plan of a corpus split by month (pure, no React): which months to fetch first for a window, the
 * plan as a string key (so a zoom that does not change the plan re-renders nothing), and the index of a
 * manifest with the months loaded so far, cached per set of loaded months.
 */
import { buildIndex, type CorpusIndex } from './corpus-index';
import { DAY_MS, dayToUtcMs, type TimeWindow } from './dates';
import type { Chunk, ChunkRef, Manifest } from './schema';
import { joinChunks } from './split';

export interface LoadPlan {
  readonly order: ChunkRef[];
  readonly visible: Set<string>;
}

/** Chunks in the order to load them: those the window overlaps (in time order), then by distance from it. */
export function chunkLoadOrder(chunks: readonly ChunkRef[], win: TimeWindow): LoadPlan {
  const span = (c: ChunkRef) => [dayToUtcMs(c.start), dayToUtcMs(c.end) + DAY_MS] as const;
  const distance = (c: ChunkRef) => {
    const [s, e] = span(c);
    return e <= win.start ? win.start - e : s >= win.end ? s - win.end : 0;
  };
  const visible = new Set(chunks.filter((c) => distance(c) === 0).map((c) => c.id));
  const order = [...chunks].sort((a, b) => distance(a) - distance(b) || (a.id < b.id ? -1 : 1));
  return { order, visible };
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

const built = new WeakMap<Manifest, { key: string; ix: CorpusIndex }>();

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
  const key = chunksKey(chunks);
  const cached = built.get(manifest);
  if (cached?.key === key) return cached.ix;
  const ix = buildIndex(joinChunks(manifest, chunks), { headlineDays: manifestDays(manifest) });
  built.set(manifest, { key, ix });
  return ix;
}

/** Whether a manifest's index has been built once (its first view is shown). */
export function hasBuilt(manifest: Manifest): boolean {
  return built.has(manifest);
}

/** The days a split corpus holds headlines on, from its manifest: the axis of every partial index is the whole one. */
export function manifestDays(manifest: Manifest): string[] {
  return manifest.dayCounts.map(([day]) => day);
}
