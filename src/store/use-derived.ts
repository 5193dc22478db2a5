/** React bindings of the memoized selectors: components ask for derived data here, never copy it into state. */
import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CorpusIndex } from '../corpus/corpus-index';
import { useView } from './store';
import { selectFiltered, selectListRows, selectOriginCounts, selectOutletCounts, selectTopicCounts, selectWindow, type Filtered, type Filters } from './selectors';
import type { TimeWindow } from './view-state';

export function useFilters(): Filters {
  return useView(useShallow((s) => ({ outlets: s.outlets, origins: s.origins, topics: s.topics, actors: s.actors, events: s.events, framing: s.framing, query: s.query })));
}

export function useFiltered(ix: CorpusIndex): Filtered {
  return selectFiltered(ix, useFilters());
}

export function useListRows(ix: CorpusIndex): readonly number[] {
  const filtered = useFiltered(ix);
  const day = useView((s) => s.day);
  return selectListRows(ix, filtered, day);
}

/**
 * The filters as the facet counts see them: one step behind while React has more urgent work, so a filter
 * or search change shows in the timeline, the list and the summary first and the counts follow.
 */
function useCountedFilters(): Filters {
  return useDeferredValue(useFilters());
}

export function useOutletCounts(ix: CorpusIndex): Int32Array {
  return selectOutletCounts(ix, useCountedFilters());
}

export function useTopicCounts(ix: CorpusIndex): Int32Array {
  return selectTopicCounts(ix, useCountedFilters());
}

/** The window the timeline shows (the stored one, or the one the view implies). */
export function useVisibleWindow(ix: CorpusIndex): TimeWindow {
  const win = useView((s) => s.window);
  const day = useView((s) => s.day);
  const headlineId = useView((s) => s.headlineId);
  const eventId = useView((s) => s.eventId);
  return selectWindow(ix, win, day, headlineId, eventId);
}

export function useOriginCounts(ix: CorpusIndex): Int32Array {
  return selectOriginCounts(ix, useCountedFilters());
}
