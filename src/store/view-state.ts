/**
 * The view state: everything that decides what the screen shows and that a link can carry.
 * The store holds it (with actions); the URL codec encodes it; neither imports the other.
 */
export const lanesModes = ['topic', 'origin', 'outlet'] as const;
export type LanesMode = (typeof lanesModes)[number];

/** The timeline's visible window, `[start, end)` in ms since epoch (UTC). */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

export interface ViewState {
  /** Outlet ids; empty means every outlet. Kept sorted, without duplicates. */
  readonly outlets: readonly string[];
  readonly topics: readonly string[];
  readonly actors: readonly string[];
  /** Free-text search over titles and outlet names. */
  readonly query: string;
  /** Selected calendar day `YYYY-MM-DD`. */
  readonly day: string | null;
  readonly headlineId: string | null;
  readonly lanes: LanesMode;
  /** Null: the default window for the corpus. */
  readonly window: TimeWindow | null;
  /** Same-origin path of another corpus; null for the default one. */
  readonly corpusPath: string | null;
  /** Section of the background article scrolled to. */
  readonly bgSection: string | null;
}

export const defaultViewState: ViewState = {
  outlets: [],
  topics: [],
  actors: [],
  query: '',
  day: null,
  headlineId: null,
  lanes: 'topic',
  window: null,
  corpusPath: null,
  bgSection: null,
};

/** Sorted, de-duplicated copy of a list of ids: one canonical form per set. */
export function canonicalIds(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort();
}
