/**
 * Remember the results of a pure function for its most recent distinct arguments, compared by identity
 * (reselect's `lruMemoize` with a small cache, without the dependency). Derived data is computed once per
 * change of its inputs however many components ask for it, and callers that ask with different arguments at
 * the same time (the current filters and the deferred ones the facet counts use) do not evict each other.
 */
export function memoizeRecent<A extends readonly unknown[], R>(fn: (...args: A) => R, size = 4): (...args: A) => R {
  const entries: { args: A; result: R }[] = [];
  caches.add(entries);
  return (...args: A): R => {
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.args.length === args.length && e.args.every((a, k) => Object.is(a, args[k]))) {
        if (i > 0) entries.unshift(...entries.splice(i, 1));
        return e.result;
      }
    }
    const result = fn(...args);
    entries.unshift({ args, result });
    if (entries.length > size) entries.length = size;
    return result;
  };
}

/** Every memo's entries (the memos are module-level: a fixed, small set). */
const caches = new Set<{ args: readonly unknown[] }[]>();

/**
 * Forget every remembered result computed from `value` (a corpus index the app no longer shows): a memo
 * would otherwise keep up to its last few indexes, and with them months of a split corpus already dropped.
 */
export function forgetRecent(value: unknown): void {
  for (const entries of caches) {
    for (let i = entries.length - 1; i >= 0; i--) if (entries[i]!.args.some((a) => Object.is(a, value))) entries.splice(i, 1);
  }
}
