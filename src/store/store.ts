/**
 * One Zustand store for the view state, made of small slices. The state creator is kept apart from
 * `create` so tests can build a fresh store (`createViewStore()`).
 */
import { createStore, type StateCreator } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { CorpusIndex } from '../corpus/corpus-index';
import type { Intent } from './intents';
import { canonicalIds, defaultViewState, pickView, type CoverageMode, type LanesMode, type TimeWindow, type ViewState } from './view-state';

export interface FiltersSlice {
  outlets: readonly string[];
  origins: readonly string[];
  topics: readonly string[];
  actors: readonly string[];
  events: readonly string[];
  framing: readonly string[];
  query: string;
  toggleOutlet: (id: string) => void;
  onlyOutlet: (id: string) => void;
  setOutlets: (ids: readonly string[]) => void;
  toggleTopic: (id: string) => void;
  setTopics: (ids: readonly string[]) => void;
  toggleActor: (id: string) => void;
  setActors: (ids: readonly string[]) => void;
  setEvents: (ids: readonly string[]) => void;
  setFraming: (ids: readonly string[]) => void;
  toggleOrigin: (id: string) => void;
  setOrigins: (ids: readonly string[]) => void;
  setQuery: (query: string) => void;
  clearFilters: () => void;
}

export interface SelectionSlice {
  day: string | null;
  headlineId: string | null;
  eventId: string | null;
  /**
   * Run a user intent (store/intents.ts): a pure function of the corpus index and the view that says what the
   * view becomes (a day, a headline, a story, a coverage cell chosen, and the window that choice implies).
   */
  run: (ix: CorpusIndex, intent: Intent) => void;
}

export interface ViewSlice {
  lanes: LanesMode;
  window: TimeWindow | null;
  corpusPath: string | null;
  bgSection: string | null;
  coverage: CoverageMode | null;
  /** The compact embed view; set only by a link (`embed=1`). */
  embed: boolean;
  setLanes: (lanes: LanesMode) => void;
  /** Open the Coverage region with these rows, or close it (null). */
  setCoverage: (mode: CoverageMode | null) => void;
  setWindow: (win: TimeWindow | null) => void;
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

/** A slice's initial view fields, from the view-state table's defaults. */
function pickFields<K extends keyof ViewState>(keys: readonly K[]): Pick<ViewState, K> {
  const out: Partial<Pick<ViewState, K>> = {};
  for (const k of keys) out[k] = defaultViewState[k];
  return out as Pick<ViewState, K>;
}

const toggle = (ids: readonly string[], id: string) =>
  ids.includes(id) ? ids.filter((x) => x !== id) : canonicalIds([...ids, id]);

export const createFiltersSlice: Slice<FiltersSlice> = (set) => ({
  ...pickFields(['outlets', 'origins', 'topics', 'actors', 'events', 'framing', 'query']),
  toggleOutlet: (id) => set((s) => ({ outlets: toggle(s.outlets, id) })),
  onlyOutlet: (id) => set({ outlets: [id] }),
  setOutlets: (ids) => set({ outlets: canonicalIds(ids) }),
  toggleTopic: (id) => set((s) => ({ topics: toggle(s.topics, id) })),
  setTopics: (ids) => set({ topics: canonicalIds(ids) }),
  toggleActor: (id) => set((s) => ({ actors: toggle(s.actors, id) })),
  setActors: (ids) => set({ actors: canonicalIds(ids) }),
  setEvents: (ids) => set({ events: canonicalIds(ids) }),
  setFraming: (ids) => set({ framing: canonicalIds(ids) }),
  toggleOrigin: (id) => set((s) => ({ origins: toggle(s.origins, id) })),
  setOrigins: (ids) => set({ origins: canonicalIds(ids) }),
  setQuery: (query) => set({ query }),
  clearFilters: () => set({ outlets: [], origins: [], topics: [], actors: [], events: [], framing: [], query: '' }),
});

export const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  ...pickFields(['day', 'headlineId', 'eventId']),
  run: (ix, intent) => {
    const before = pickView(get());
    const after = intent(ix, before);
    if (after !== before) set(after);
  },
});

export const createViewSlice: Slice<ViewSlice> = (set) => ({
  ...pickFields(['lanes', 'window', 'corpusPath', 'bgSection', 'coverage', 'embed']),
  setLanes: (lanes) => set({ lanes }),
  setCoverage: (coverage) => set({ coverage }),
  setWindow: (win) => set({ window: win }),
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

