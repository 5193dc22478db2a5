/**
 * The corpus the app shows, whole or split by month. For a split corpus, the months the timeline's window
 * needs load first (TanStack Query caches each), then the others one at a time in the background, nearest
 * first, so a year of coverage never holds back the first paint; the index is rebuilt as months arrive.
 */
import { useMemo } from 'react';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { buildIndex, type CorpusIndex } from './corpus-index';
import type { TimeWindow } from './dates';
import { chunkLoadOrder, hasBuilt, indexOf, keyToPlan, manifestDays, planToKey } from './load-plan';
import { chunkQueryOptions, chunkQueryScope, corpusQueryOptions, type CorpusSource } from './query';
import type { ChunkRef } from './schema';
import { joinChunks } from './split';

export interface CorpusData {
  readonly query: ReturnType<typeof useQuery<CorpusSource>>;
  readonly source: CorpusSource | undefined;
  readonly ix: CorpusIndex | null;
  /** All of the corpus is loaded (always true for a whole corpus). */
  readonly complete: boolean;
  readonly progress: { readonly loaded: number; readonly total: number } | null;
  readonly error: unknown;
  /** Load again after a failure: the corpus, and for a split one every month (a month may have been the failure). */
  readonly retry: () => void;
  /** A retry is under way. */
  readonly retrying: boolean;
}

/**
 * Where the timeline looks, as a load-plan key: `keyOf` turns the visible window of `skeleton` (the index of a
 * split corpus's manifest, null for a whole corpus) into the key. A hook, so the caller can read its view
 * state through it and re-render only when the key changes.
 */
export type UsePlanKey = (skeleton: CorpusIndex | null, keyOf: (win: TimeWindow) => string) => string;

export function useCorpusData(path: string | null, usePlanKey: UsePlanKey): CorpusData {
  const query = useQuery(corpusQueryOptions(path));
  const source = query.data;
  const split = source?.kind === 'split' ? source : null;

  // Where the timeline looks decides which months come first (computed on the manifest alone). The store is
  // read through the plan's key, so a zoom or pan re-renders the app only when it changes which months
  // come first (never for a whole corpus).
  const skeleton = useMemo(() => (split ? buildIndex(joinChunks(split.manifest, []), { headlineDays: manifestDays(split.manifest) }) : null), [split]);
  const planKey = usePlanKey(split ? skeleton : null, (win) => (split ? planToKey(chunkLoadOrder(split.manifest.chunks, win)) : ''));
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
  // The first view waits for all of the window's months (drawing each as it lands would index and draw the
  // timeline twice); once shown, months that arrive later are added as they come.
  const shown = split !== null && (visibleLoaded || hasBuilt(split.manifest));
  const ix =
    source?.kind === 'whole' ? source.ix : split && (split.manifest.chunks.length === 0 || (shown && loaded.length > 0)) ? indexOf(split.manifest, loaded) : null;
  const chunkError = results.find((r) => r.isError)?.error ?? null;
  const retry = () => {
    if (split) void client.resetQueries({ queryKey: chunkQueryScope(split) });
    void query.refetch();
  };
  return {
    retry,
    retrying: query.isFetching || results.some((r) => r.isFetching),
    query,
    source,
    ix,
    complete: split ? loaded.length === split.manifest.chunks.length : source !== undefined,
    progress: split ? { loaded: loaded.length, total: split.manifest.chunks.length } : null,
    error: query.isError ? query.error : chunkError,
  };
}
