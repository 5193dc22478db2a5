/**
 * The corpus the app shows, whole or split by month. For a split corpus, the months the timeline's window
 * needs load first (TanStack Query caches each), then the months around them one at a time in the
 * background, nearest first, so a year of coverage never holds back the first paint. Only the months of the
 * load plan are held (a headline budget, corpus/load-plan.ts): a month the plan drops is no longer observed,
 * and its query, with a zero gcTime, leaves the cache at once; the index is rebuilt over the months held.
 */
import { useMemo } from 'react';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CorpusIndex } from './corpus-index';
import type { TimeWindow } from './dates';
import { HEADLINE_BUDGET } from './budget';
import { chunkQueryOptions, chunkQueryScope, corpusQueryOptions, type CorpusSource } from './query';
import type { ChunkRef } from './schema';

/** The months of a split corpus in the index now. */
export interface MonthsHeld {
  /** Month ids (`YYYY-MM`) whose headlines the index holds. */
  readonly held: readonly string[];
  /** Months in the corpus. */
  readonly total: number;
  /** The load plan holds only some of the months (the budget): the others load when the window comes near them. */
  readonly bounded: boolean;
}

export interface CorpusData {
  readonly query: ReturnType<typeof useQuery<CorpusSource>>;
  readonly source: CorpusSource | undefined;
  readonly ix: CorpusIndex | null;
  /** All of the corpus is loaded (always true for a whole corpus). */
  readonly complete: boolean;
  /** Months of the load plan that have arrived, of the months it holds (null for a whole corpus). */
  readonly progress: { readonly loaded: number; readonly total: number } | null;
  /** Which months the counts, the list and search cover (null for a whole corpus). */
  readonly months: MonthsHeld | null;
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

export function useCorpusData(path: string | null, usePlanKey: UsePlanKey, budget = HEADLINE_BUDGET): CorpusData {
  const query = useQuery(corpusQueryOptions(path));
  const source = query.data;
  const split = source?.kind === 'split' ? source : null;

  // Where the timeline looks decides which months are held and which come first (computed on the manifest
  // alone). The store is read through the plan's key, so a zoom or pan re-renders the app only when it changes
  // the plan (never for a whole corpus).
  const skeleton = useMemo(() => (split ? split.planner.skeletonOf(split.manifest) : null), [split]);
  const planKey = usePlanKey(split ? skeleton : null, (win) => (split ? split.planner.planKeyFor(split.manifest, win, budget) : ''));
  const plan = useMemo(() => (split ? split.planner.keyToPlan(split.manifest.chunks, planKey) : null), [split, planKey]);

  // Background loading goes one month at a time: a month is requested when the window needs it, or once
  // the window's months and every month before it in the load order have arrived. Only the plan's months
  // are observed: the others are dropped (query.ts gives chunk queries a zero gcTime).
  const client = useQueryClient();
  const has = (ref: ChunkRef) => split !== null && client.getQueryData(chunkQueryOptions(split, ref, false).queryKey) !== undefined;
  const visibleLoaded = plan !== null && plan.order.filter((c) => plan.visible.has(c.id)).every(has);
  const firstMissing = plan?.order.findIndex((c) => !has(c)) ?? -1;
  const results = useQueries({
    queries: split && plan ? plan.order.map((ref, position) => chunkQueryOptions(split, ref, plan.visible.has(ref.id) || (visibleLoaded && position <= firstMissing))) : [],
  });

  const loaded = split ? results.flatMap((r) => (r.data ? [r.data] : [])) : [];
  const chunkError = results.find((r) => r.isError)?.error ?? null;
  // The first view waits for all of the window's months (drawing each as it lands would index and draw the
  // timeline twice); once shown, the index follows the plan: the window's months as soon as they are in, the
  // months around them together (load-plan.ts, indexStep). Months the plan drops leave with the next index.
  const last = split ? split.planner.lastBuilt(split.manifest) : null;
  let ix: CorpusIndex | null = source?.kind === 'whole' ? source.ix : null;
  if (split && plan) {
    const step = split.manifest.chunks.length === 0 ? 'build' : split.planner.indexStep(plan, new Set(loaded.map((c) => c.id)), last ? new Set(last.months) : null, chunkError !== null);
    ix = step === 'build' ? split.planner.indexOf(split.manifest, loaded) : (last?.ix ?? null);
  }
  const heldMonths = split ? (split.planner.lastBuilt(split.manifest)?.months ?? []) : [];
  const retry = () => {
    if (split) void client.resetQueries({ queryKey: chunkQueryScope(split) });
    void query.refetch();
  };
  const total = split?.manifest.chunks.length ?? 0;
  return {
    retry,
    retrying: query.isFetching || results.some((r) => r.isFetching),
    query,
    source,
    ix,
    complete: split ? heldMonths.length === total : source !== undefined,
    progress: split && plan ? { loaded: loaded.length, total: plan.order.length } : null,
    months: split && plan ? { held: heldMonths, total, bounded: plan.order.length < total } : null,
    error: query.isError ? query.error : chunkError,
  };
}
