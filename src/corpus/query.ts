/**
 * The corpus queries: keys, fetchers and options in one place. A corpus never changes once loaded.
 * A whole corpus is one query; a corpus split by month is a manifest query and one query per chunk,
 * each cached by TanStack Query (see corpus/use-corpus-data.ts for which chunks load when).
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchChunk, fetchCorpus } from './load';
import { buildIndex, type CorpusIndex } from './corpus-index';
import type { Chunk, ChunkRef, Manifest } from './schema';
import type * as LoadPlanModule from './load-plan';

/**
 * A loaded corpus file that has passed the full schema check: the queries resolve only after the worker's
 * check, so nothing unchecked is ever drawn (the index is built here while the worker checks).
 */
export type CorpusSource =
  | { readonly kind: 'whole'; readonly ix: CorpusIndex }
  | {
      readonly kind: 'split';
      readonly manifest: Manifest;
      readonly manifestText: string;
      readonly url: string;
      /** The load plan's code (corpus/load-plan.ts), fetched only when a corpus is split: a whole one never needs it. */
      readonly planner: Planner;
    };

export type Planner = typeof LoadPlanModule;

/** The corpus shipped with the app, relative to the page (works under any sub-path). */
export const DEFAULT_CORPUS_PATH = 'corpus.json';

export function corpusUrl(path: string | null): string {
  return new URL(path ?? DEFAULT_CORPUS_PATH, document.baseURI).href;
}

const forever = { staleTime: Infinity, gcTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false } as const;

export const corpusQueryOptions = (path: string | null) =>
  queryOptions({
    queryKey: ['corpus', path ?? DEFAULT_CORPUS_PATH],
    queryFn: async ({ signal }): Promise<CorpusSource> => {
      const url = corpusUrl(path);
      const source = await fetchCorpus(url, signal);
      if (source.kind === 'split') {
        const [planner] = await Promise.all([import('./load-plan'), source.validated]);
        return { kind: 'split', manifest: source.manifest, manifestText: source.manifestText, url, planner };
      }
      let ix: CorpusIndex;
      try {
        ix = buildIndex(source.corpus);
        performance.mark('corpus:indexed');
      } catch (error) {
        // Malformed beyond what the shape check catches: the schema check says precisely what is wrong.
        await source.validated;
        throw error;
      }
      await source.validated;
      performance.mark('corpus:checked');
      return { kind: 'whole', ix };
    },
    ...forever,
  });

type SplitSource = Extract<CorpusSource, { kind: 'split' }>;

/** The key prefix shared by every chunk query of a split corpus (to reset them all after a failure). */
export const chunkQueryScope = (source: SplitSource) => ['corpus-chunk', source.url] as const;

export const chunkQueryOptions = (source: SplitSource, ref: ChunkRef, enabled: boolean) =>
  queryOptions({
    queryKey: [...chunkQueryScope(source), ref.id],
    queryFn: ({ signal }): Promise<Chunk> => fetchChunk(new URL(ref.path, source.url).href, source.manifestText, ref.id, signal),
    enabled,
    ...forever,
    // A month the load plan no longer holds is no longer observed: it leaves the cache at once, so memory is
    // bounded by the plan (corpus/load-plan.ts). Fetched again, it comes from the browser's HTTP cache where
    // the server allows (fetch uses the default cache mode).
    gcTime: 0,
  });
