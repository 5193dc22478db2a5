import { useEffect } from 'react';
import { prepareSearchText, type CorpusIndex } from './corpus-index';

/**
 * Fold a corpus's search texts in idle slices after the first paint, so the first search does not pay for
 * 100,000 titles. Where `requestIdleCallback` is missing, short timeouts stand in for it.
 */
export function useSearchPreparation(ix: CorpusIndex): void {
  useEffect(() => {
    let handle = 0;
    const idle = window.requestIdleCallback ?? ((cb: IdleRequestCallback) => window.setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 8 }), 50));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const step: IdleRequestCallback = (deadline) => {
      if (!prepareSearchText(ix, Math.max(4, deadline.timeRemaining() - 1))) handle = idle(step);
    };
    handle = idle(step);
    return () => cancel(handle);
  }, [ix]);
}
