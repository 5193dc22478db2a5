/** The corpus query: its key, its fetcher and its hook in one place. A corpus never changes once loaded. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchCorpus } from './load';
import { buildIndex, type CorpusIndex } from './corpus-index';

/** The corpus shipped with the app, relative to the page (works under any sub-path). */
export const DEFAULT_CORPUS_PATH = 'corpus.json';

export function corpusUrl(path: string | null): string {
  return new URL(path ?? DEFAULT_CORPUS_PATH, document.baseURI).href;
}

export const corpusQueryOptions = (path: string | null) =>
  queryOptions({
    queryKey: ['corpus', path ?? DEFAULT_CORPUS_PATH],
    queryFn: async ({ signal }): Promise<CorpusIndex> => buildIndex(await fetchCorpus(corpusUrl(path), signal)),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export function useCorpus(path: string | null) {
  return useQuery(corpusQueryOptions(path));
}
