/**
 * Focus hand-off for detail panels: when the thing a panel shows changes (a headline or an event chosen), focus
 * moves to the panel's heading; when the panel closes, it goes back to where the reader was. The element they
 * used may be gone by then (a story mark expands into headline marks and back), so it is found again by its
 * `data-key`, `data-headline-id` or `id`; failing that, `fallback` takes it.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';

/** The element focused last outside any detail panel or dialog: the page tracks it from the start. */
let lastOutside: { el: HTMLElement; selector: string | null } | null = null;

function selectorOf(el: HTMLElement): string | null {
  if (el.dataset.key) return `[data-key="${CSS.escape(el.dataset.key)}"]`;
  const row = el.closest<HTMLElement>('[data-headline-id]');
  if (row?.dataset.headlineId) return `[data-headline-id="${CSS.escape(row.dataset.headlineId)}"] button`;
  if (el.id) return `#${CSS.escape(el.id)}`;
  return null;
}

let tracking = false;
/**
 * Start tracking where focus is outside the detail panels (once; later calls do nothing). Called when the main
 * view's module loads: the panels themselves come in a chunk of their own, after the reader may have focused
 * something.
 */
export function trackFocusOutsidePanels(): void {
  if (tracking || typeof document === 'undefined') return;
  tracking = true;
  document.addEventListener(
    'focusin',
    (e) => {
      const el = e.target;
      if (el instanceof HTMLElement && !el.closest('[data-detail-panel], dialog')) lastOutside = { el, selector: selectorOf(el) };
    },
    true,
  );
}
trackFocusOutsidePanels();

/**
 * Move focus to `target` when `key` changes to a value (on the first render only when the reader has focused
 * something since the page loaded: a link that opens on a selection leaves focus where the browser puts it).
 * Returns `restore()`, which puts focus back.
 */
export function useFocusHandoff(key: string | null, target: RefObject<HTMLElement | null>, fallback: () => HTMLElement | null): () => void {
  // A panel that mounts already showing something hands focus over only if the reader has focused something on
  // the page since it loaded (they chose it before the panel's chunk arrived); a link that opens on a selection
  // leaves focus where the browser puts it.
  const previous = useRef(lastOutside === null ? key : null);
  const returnTo = useRef<typeof lastOutside>(null);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    if (key === null) return;
    returnTo.current ??= lastOutside;
    target.current?.focus({ preventScroll: true });
    target.current?.scrollIntoView?.({ block: 'nearest' });
  }, [key, target]);
  return useCallback(() => {
    const back = returnTo.current;
    returnTo.current = null;
    const el = back?.el.isConnected ? back.el : back?.selector ? document.querySelector<HTMLElement>(back.selector) : null;
    (el ?? fallback())?.focus();
  }, [fallback]);
}
