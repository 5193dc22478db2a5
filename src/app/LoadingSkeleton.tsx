import { useSyncExternalStore } from 'react';
import { getLoadProgress, progressText, subscribeLoadProgress } from '../corpus/load-progress';

/** Shown while the corpus loads: the page's shape, so nothing jumps when it arrives; a large corpus shows how far it has got. */
export function LoadingSkeleton() {
  const progress = useSyncExternalStore(subscribeLoadProgress, getLoadProgress);
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="mx-auto max-w-screen-2xl p-4">
      <span className="sr-only">Loading headlines…</span>
      {progress && (
        <p className="mb-2 flex items-center gap-2 text-sm text-stone-700 dark:text-stone-300">
          <progress aria-label="Corpus download" max={progress.total ?? undefined} value={progress.total ? progress.received : undefined} />
          <span>{progressText(progress)}</span>
        </p>
      )}
      <div aria-hidden="true" className="animate-pulse space-y-4">
        <div className="h-8 w-2/3 rounded bg-stone-200 dark:bg-stone-800" />
        <div className="h-56 rounded bg-stone-200 dark:bg-stone-800" />
        <div className="grid gap-2 md:grid-cols-2">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="h-12 rounded bg-stone-200 dark:bg-stone-800" />
          ))}
        </div>
      </div>
    </div>
  );
}
