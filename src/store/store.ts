/**
 * One Zustand store for the view state, made of small slices. The state creator is kept apart from
 * `create` so tests can build a fresh store (`createViewStore()`).
 */
import { createStore, type StateCreator } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { canonicalIds, defaultViewState, type LanesMode, type TimeWindow, type ViewState } from './view-state';

export interface FiltersSlice {
  outlets: readonly string[];
  topics: readonly string[];
  actors: readonly string[];
  query: string;
  toggleOutlet: (id: string) => void;
  onlyOutlet: (id: string) => void;
  setOutlets: (ids: readonly string[]) => void;
  toggleTopic: (id: string) => void;
  setTopics: (ids: readonly string[]) => void;
  toggleActor: (id: string) => void;
  setActors: (ids: readonly string[]) => void;
  setQuery: (query: string) => void;
  clearFilters: () => void;
}

export interface SelectionSlice {
  day: string | null;
  headlineId: string | null;
  /** Select a day (null clears it); `window` moves the timeline to it in the same update. */
  selectDay: (day: string | null, window?: TimeWindow) => void;
  /**
   * Select a headline. When a day is selected and the headline is of another day, the day follows it,
   * so the list (which shows the selected day) still holds the selection.
   */
  selectHeadline: (id: string | null, headlineDay?: string, window?: TimeWindow) => void;
  /** Filter to one outlet and select a day at once (a heatmap cell). */
  focusOutletDay: (outletId: string, day: string, window?: TimeWindow) => void;
}

export interface ViewSlice {
  lanes: LanesMode;
  window: TimeWindow | null;
  corpusPath: string | null;
  bgSection: string | null;
  setLanes: (lanes: LanesMode) => void;
  setWindow: (window: TimeWindow | null) => void;
  setBgSection: (id: string | null) => void;
  /** Replace the whole view state at once (from a link, or Back/Forward). */
  applyView: (view: ViewState) => void;
}

export type Theme = 'system' | 'light' | 'dark';

export interface UiSlice {
  theme: Theme;
  setTheme: (theme: Theme) => void;
  /** What a link asked for that could not be honoured, one sentence each, until dismissed. */
  notices: readonly string[];
  addNotices: (notices: readonly string[]) => void;
  dismissNotices: () => void;
}

export type StoreState = FiltersSlice & SelectionSlice & ViewSlice & UiSlice;
type Slice<T> = StateCreator<StoreState, [], [], T>;

const toggle = (ids: readonly string[], id: string) =>
  ids.includes(id) ? ids.filter((x) => x !== id) : canonicalIds([...ids, id]);

export const createFiltersSlice: Slice<FiltersSlice> = (set) => ({
  outlets: defaultViewState.outlets,
  topics: defaultViewState.topics,
  actors: defaultViewState.actors,
  query: defaultViewState.query,
  toggleOutlet: (id) => set((s) => ({ outlets: toggle(s.outlets, id) })),
  onlyOutlet: (id) => set({ outlets: [id] }),
  setOutlets: (ids) => set({ outlets: canonicalIds(ids) }),
  toggleTopic: (id) => set((s) => ({ topics: toggle(s.topics, id) })),
  setTopics: (ids) => set({ topics: canonicalIds(ids) }),
  toggleActor: (id) => set((s) => ({ actors: toggle(s.actors, id) })),
  setActors: (ids) => set({ actors: canonicalIds(ids) }),
  setQuery: (query) => set({ query }),
  clearFilters: () => set({ outlets: [], topics: [], actors: [], query: '' }),
});

export const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  day: defaultViewState.day,
  headlineId: defaultViewState.headlineId,
  selectDay: (day, window) => set(window === undefined ? { day } : { day, window }),
  selectHeadline: (headlineId, headlineDay, window) =>
    set((s) => ({
      headlineId,
      ...(headlineDay !== undefined && s.day !== null && s.day !== headlineDay ? { day: headlineDay } : {}),
      ...(window !== undefined ? { window } : {}),
    })),
  focusOutletDay: (outletId, day, window) => set({ outlets: [outletId], day, ...(window !== undefined ? { window } : {}) }),
});

export const createViewSlice: Slice<ViewSlice> = (set) => ({
  lanes: defaultViewState.lanes,
  window: defaultViewState.window,
  corpusPath: defaultViewState.corpusPath,
  bgSection: defaultViewState.bgSection,
  setLanes: (lanes) => set({ lanes }),
  setWindow: (window) => set({ window }),
  setBgSection: (bgSection) => set({ bgSection }),
  applyView: (view) => set({ ...view }),
});

export const createUiSlice: Slice<UiSlice> = (set) => ({
  theme: 'system',
  setTheme: (theme) => set({ theme }),
  notices: [],
  addNotices: (notices) => {
    if (notices.length > 0) set((s) => ({ notices: [...new Set([...s.notices, ...notices])] }));
  },
  dismissNotices: () => set({ notices: [] }),
});

export const createStoreState: StateCreator<StoreState> = (...a) => ({
  ...createFiltersSlice(...a),
  ...createSelectionSlice(...a),
  ...createViewSlice(...a),
  ...createUiSlice(...a),
});

export const createViewStore = () => createStore<StoreState>()(createStoreState);
export type ViewStore = ReturnType<typeof createViewStore>;

/** The app's store. */
export const viewStore = createViewStore();

export function useView<T>(selector: (s: StoreState) => T): T {
  return useStore(viewStore, selector);
}

/** The view-state fields of the store (what a link carries). */
export function pickView(s: StoreState): ViewState {
  return {
    outlets: s.outlets,
    topics: s.topics,
    actors: s.actors,
    query: s.query,
    day: s.day,
    headlineId: s.headlineId,
    lanes: s.lanes,
    window: s.window,
    corpusPath: s.corpusPath,
    bgSection: s.bgSection,
  };
}
