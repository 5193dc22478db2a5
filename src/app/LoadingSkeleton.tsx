/** Shown while the corpus loads: the page's shape, so nothing jumps when it arrives. */
export function LoadingSkeleton() {
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="mx-auto max-w-screen-2xl p-4">
      <span className="sr-only">Loading headlines…</span>
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
