/**
 * The corpus the app shows, whole or split by month. For a split corpus, the months the timeline's window
 * needs load first (TanStack Query caches each), then the others one at a time in the background, nearest
 * first, so a year of coverage never holds back the first paint; the index is rebuilt as months arrive.
 */
import { useMemo } from 'react';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { buildIndex, type CorpusIndex } from '../corpus/corpus-index';
import { DAY_MS, dayToUtcMs } from '../corpus/dates';
import { chunkQueryOptions, corpusQueryOptions, type CorpusSource } from '../corpus/query';
import type { Chunk, ChunkRef, Manifest } from '../corpus/schema';
import { joinChunks } from '../corpus/split';
import { useView } from '../store/store';
import type { TimeWindow } from '../store/view-state';
import { effectiveWindow } from '../store/window';

export interface CorpusData {
  readonly query: ReturnType<typeof useQuery<CorpusSource>>;
  readonly source: CorpusSource | undefined;
  readonly index: CorpusIndex | null;
  /** Every loaded part's schema check, settled together. */
  readonly validated: Promise<void> | undefined;
  /** All of the corpus is loaded (always true for a whole corpus). */
  readonly complete: boolean;
  readonly progress: { readonly loaded: number; readonly total: number } | null;
  readonly error: unknown;
  /** Load again after a failure: the corpus, and for a split one every month (a month may have been the failure). */
  readonly retry: () => void;
  /** A retry is under way. */
  readonly retrying: boolean;
}

/** Chunks in the order to load them: those the window overlaps (in time order), then by distance from it. */
export function chunkLoadOrder(chunks: readonly ChunkRef[], window: TimeWindow): { order: ChunkRef[]; visible: Set<string> } {
  const span = (c: ChunkRef) => [dayToUtcMs(c.start), dayToUtcMs(c.end) + DAY_MS] as const;
  const distance = (c: ChunkRef) => {
    const [s, e] = span(c);
    return e <= window.start ? window.start - e : s >= window.end ? s - window.end : 0;
  };
  const visible = new Set(chunks.filter((c) => distance(c) === 0).map((c) => c.id));
  const order = [...chunks].sort((a, b) => distance(a) - distance(b) || (a.id < b.id ? -1 : 1));
  return { order, visible };
}

/** A load plan as a string (equal plans, equal strings), and back. */
export function planToKey({ order, visible }: { order: readonly ChunkRef[]; visible: ReadonlySet<string> }): string {
  return order.map((c) => `${visible.has(c.id) ? '*' : ''}${c.id}`).join(' ');
}

export function keyToPlan(chunks: readonly ChunkRef[], key: string): { order: ChunkRef[]; visible: Set<string> } {
  const byId = new Map(chunks.map((c) => [c.id, c]));
  const ids = key === '' ? [] : key.split(' ');
  return {
    order: ids.flatMap((id) => byId.get(id.replace(/^\*/, '')) ?? []),
    visible: new Set(ids.filter((id) => id.startsWith('*')).map((id) => id.slice(1))),
  };
}

const built = new WeakMap<Manifest, { key: string; index: CorpusIndex }>();

// Each loaded chunk object gets a serial number, so a month fetched again (after a retry) counts as new.
const serials = new WeakMap<object, number>();
let nextSerial = 0;
function serial(o: object): number {
  let n = serials.get(o);
  if (n === undefined) serials.set(o, (n = nextSerial++));
  return n;
}
const chunksKey = (chunks: readonly Chunk[]) => chunks.map((c) => `${c.id}#${serial(c)}`).join(',');

/** The index of a manifest and the chunks loaded so far, rebuilt only when that set changes. */
function indexOf(manifest: Manifest, chunks: readonly Chunk[]): CorpusIndex {
  const key = chunksKey(chunks);
  const cached = built.get(manifest);
  if (cached?.key === key) return cached.index;
  const index = buildIndex(joinChunks(manifest, chunks));
  built.set(manifest, { key, index });
  return index;
}

export function useCorpusData(path: string | null): CorpusData {
  const query = useQuery(corpusQueryOptions(path));
  const source = query.data;
  const split = source?.kind === 'split' ? source : null;

  // Where the timeline looks decides which months come first (computed on the manifest alone). The store is
  // read through the plan's key, so a zoom or pan re-renders the app only when it changes which months
  // come first (never for a whole corpus).
  const skeleton = useMemo(() => (split ? buildIndex(joinChunks(split.manifest, [])) : null), [split]);
  const planKey = useView((s) => (split && skeleton ? planToKey(chunkLoadOrder(split.manifest.chunks, effectiveWindow(skeleton, s.window, s.day, null))) : ''));
  const plan = useMemo(() => (split ? keyToPlan(split.manifest.chunks, planKey) : null), [split, planKey]);

  // Background loading goes one month at a time: a month is requested when the window needs it, or once
  // the window's months and every month before it in the load order have arrived.
  const client = useQueryClient();
  const has = (ref: ChunkRef) => split !== null && client.getQueryData(chunkQueryOptions(split, ref, false).queryKey) !== undefined;
  const visibleLoaded = plan !== null && split !== null && split.manifest.chunks.filter((c) => plan.visible.has(c.id)).every(has);
  const firstMissing = plan?.order.findIndex((c) => !has(c)) ?? -1;
  const results = useQueries({
    queries:
      split && plan
        ? split.manifest.chunks.map((ref) => {
            const position = plan.order.findIndex((c) => c.id === ref.id);
            return chunkQueryOptions(split, ref, plan.visible.has(ref.id) || (visibleLoaded && position <= firstMissing));
          })
        : [],
  });

  const loaded = split ? results.flatMap((r) => (r.data ? [r.data] : [])) : [];
  const loadedKey = chunksKey(loaded.map((l) => l.chunk));
  // The first view waits for all of the window's months (drawing each as it lands would index and draw the
  // timeline twice); once shown, months that arrive later are added as they come.
  const shown = split !== null && (visibleLoaded || built.has(split.manifest));
  const index =
    source?.kind === 'whole' ? source.index : split && (split.manifest.chunks.length === 0 || (shown && loaded.length > 0)) ? indexOf(split.manifest, loaded.map((l) => l.chunk)) : null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the set of loaded months, not on the array's identity
  const validated = useMemo(() => (source ? Promise.all([source.validated, ...loaded.map((l) => l.validated)]).then(() => undefined) : undefined), [source, loadedKey]);
  const chunkError = results.find((r) => r.isError)?.error ?? null;
  const retry = () => {
    if (split) void client.resetQueries({ queryKey: ['corpus-chunk', split.url] });
    void query.refetch();
  };
  return {
    retry,
    retrying: query.isFetching || results.some((r) => r.isFetching),
    query,
    source,
    index,
    validated,
    complete: split ? loaded.length === split.manifest.chunks.length : source !== undefined,
    progress: split ? { loaded: loaded.length, total: split.manifest.chunks.length } : null,
    error: query.isError ? query.error : chunkError,
  };
}
