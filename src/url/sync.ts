/**
 * The only file that touches `history`: the URL mirrors the store, both ways, without loops.
 *
 * - At start, the query string is decoded into the store (before the corpus loads: it names the corpus).
 * - Once the corpus is loaded, what it does not know is dropped and named in a notice, and the address
 *   bar is rewritten to the canonical URL.
 * - Store → URL: a deliberate choice (a day, a headline, a filter, lanes) pushes a history entry; zooming,
 *   panning and typing replace the current entry, debounced.
 * - URL → store only on popstate (Back/Forward); while it applies, the store → URL direction stands still.
 */
import { useEffect } from 'react';
import type { CorpusIndex } from '../corpus/corpus-index';
import { viewStore, type StoreState } from '../store/store';
import { pickView } from '../store/view-state';
import { canonicalSearch, checkAgainstCorpus, corpusFacts, decodeView, historyAction, type Decoded } from './codec';
import { APP_TITLE, viewTitle } from './title';

export const REPLACE_DEBOUNCE_MS = 300;

function urlFor(search: string): string {
  return `${location.pathname}${search}`;
}

let applying = false;

/** Decode the page's query string into the store. Call once before the first render. */
export function applyInitialUrl(): void {
  const decoded = decodeView(location.search, location.href);
  applyDecoded(decoded);
}

function applyDecoded({ view, ignored }: Decoded): void {
  applying = true;
  try {
    const s = viewStore.getState();
    s.applyView(view);
    s.addNotices(ignored);
  } finally {
    applying = false;
  }
}

/**
 * What the link asked for that a newly loaded corpus does not know: dropped from the store and named in a
 * notice. Call before the corpus is first rendered, so nothing is drawn from ids or dates it lacks.
 */
export function checkStoreAgainstCorpus(ix: CorpusIndex, { headlines = true }: { headlines?: boolean } = {}): void {
  const facts = corpusFacts(ix);
  // Before all of a split corpus has arrived, a headline id cannot be judged unknown yet.
  const checked = checkAgainstCorpus(pickView(viewStore.getState()), headlines ? facts : { ...facts, headlines: null });
  if (checked.ignored.length > 0) applyDecoded(checked);
}

/** Keep the URL and the store in step while a corpus is shown. */
export function useUrlSync(ix: CorpusIndex): void {
  useEffect(() => {
    const facts = corpusFacts(ix);
    let last = pickView(viewStore.getState());
    history.replaceState(history.state, '', urlFor(canonicalSearch(last, ix)));
    document.title = viewTitle(last, ix);

    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const search = canonicalSearch(last, ix);
      if (search !== location.search) history.replaceState(history.state, '', urlFor(search));
    };

    const unsubscribe = viewStore.subscribe((state: StoreState) => {
      const view = pickView(state);
      const action = historyAction(last, view, ix);
      if (action === 'none') return;
      const previous = last;
      last = view;
      if (applying) return;
      document.title = viewTitle(view, ix);
      if (action === 'push') {
        // Settle the entry we leave (its latest window and search text) before adding the new one.
        if (timer !== null) {
          clearTimeout(timer);
          timer = null;
          const before = canonicalSearch(previous, ix);
          if (before !== location.search) history.replaceState(history.state, '', urlFor(before));
        }
        const search = canonicalSearch(view, ix);
        if (search !== location.search) history.pushState(null, '', urlFor(search));
      } else {
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(flush, REPLACE_DEBOUNCE_MS);
      }
    });

    const onPopState = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const decoded = decodeView(location.search, location.href);
      const checked = checkAgainstCorpus(decoded.view, facts);
      applyDecoded({ view: checked.view, ignored: [...decoded.ignored, ...checked.ignored] });
      last = pickView(viewStore.getState());
      document.title = viewTitle(last, ix);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
      if (timer !== null) flush();
      document.title = APP_TITLE;
    };
  }, [ix]);
}
