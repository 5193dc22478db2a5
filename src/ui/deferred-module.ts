import { useEffect, useState, useSyncExternalStore } from 'react';

export interface DeferredModule<T> {
  /** Start loading (once; later calls share the same request; after a failure, the next call tries again). */
  readonly request: () => Promise<T>;
  /** The module's value once it has arrived, without waiting (null before). */
  readonly peek: () => T | null;
  /**
   * The module's value once it has arrived (null before). It is requested the first time `start` is true.
   * A module that fails to load throws, during render, to the nearest error boundary (whose retry mounts the
   * component again, which asks again), unless `onError` is 'ignore': then it stays null.
   */
  readonly useModule: (start: boolean, onError?: 'throw' | 'ignore') => T | null;
}

/**
 * A module fetched on demand, read as a plain value once it has arrived. Not React.lazy: a lazy component
 * suspends on its first render even when its module is already here, and React then renders the retry in time
 * slices, a frame or more later than it could have been drawn. Here a component renders the module's exports
 * straight away when they have arrived, and a placeholder of its own until then. Components read it through
 * useSyncExternalStore, so one that rendered before the module arrived re-renders when it does, whenever that
 * is (even between its render and its effects).
 */
export function deferredModule<T>(load: () => Promise<T>): DeferredModule<T> {
  let promise: Promise<T> | null = null;
  let loaded: { value: T } | null = null;
  const listeners = new Set<() => void>();
  const request = () =>
    (promise ??= load().then(
      (value) => {
        loaded = { value };
        for (const l of listeners) l();
        return value;
      },
      (error: unknown) => {
        // A failed chunk may be fetched again by the next component that asks for it (after a retry).
        promise = null;
        throw error;
      },
    ));
  const peek = () => loaded?.value ?? null;
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  function useModule(start: boolean, onError: 'throw' | 'ignore' = 'throw'): T | null {
    const value = useSyncExternalStore(subscribe, peek, peek);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (!start || loaded) return;
      let live = true;
      request().catch((error: unknown) => {
        if (live && onError === 'throw') setFailure({ error });
      });
      return () => {
        live = false;
      };
    }, [start, onError]);
    if (failure) throw failure.error;
    return value;
  }
  return { request, peek, useModule };
}
