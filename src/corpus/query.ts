/** The corpus query: its key, its fetcher and its hook in one place. A corpus never changes once loaded. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchCorpus } from './load';
import { buildIndex, type CorpusIndex } from './corpus-index';

export interface LoadedIndex {
  readonly index: CorpusIndex;
  /** The worker's full schema check: resolves when it passes, rejects with the reason. */
  readonly validated: Promise<void>;
}

/** The corpus shipped with the app, relative to the page (works under any sub-path). */
export const DEFAULT_CORPUS_PATH = 'corpus.json';

export function corpusUrl(path: string | null): string {
  return new URL(path ?? DEFAULT_CORPUS_PATH, document.baseURI).href;
}

export const corpusQueryOptions = (path: string | null) =>
  queryOptions({
    queryKey: ['corpus', path ?? DEFAULT_CORPUS_PATH],
    queryFn: async ({ signal }): Promise<LoadedIndex> => {
      const { corpus, validated } = await fetchCorpus(corpusUrl(path), signal);
      let index: CorpusIndex;
      try {
        index = buildIndex(corpus);
        performance.mark('corpus:indexed');
      } catch (error) {
        // Malformed beyond what the shape check catches: the schema check says precisely what is wrong.
        await validated;
        throw error;
      }
      return { index, validated };
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export function useCorpus(path: string | null) {
  return useQuery(corpusQueryOptions(path));
}
