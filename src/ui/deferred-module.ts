import { useEffect, useReducer, useState } from 'react';

export interface DeferredModule<T> {
  /** Start loading (once; later calls share the same request). */
  readonly request: () => Promise<T>;
  /** The module's value once it has arrived, without waiting (null before). */
  readonly peek: () => T | null;
  /**
   * The module's value once it has arrived (null before). It is requested the first time `start` is true.
   * A module that fails to load throws, during render, to the nearest error boundary.
   */
  readonly useModule: (start: boolean) => T | null;
}

/**
 * A module fetched on demand, read as a plain value once it has arrived. Not React.lazy: a lazy component
 * suspends on its first render even when its module is already here, and React then renders the retry in time
 * slices, a frame or more later than it could have been drawn. Here a component renders the module's exports
 * straight away when they have arrived, and a placeholder of its own until then.
 */
export function deferredModule<T>(load: () => Promise<T>): DeferredModule<T> {
  let promise: Promise<T> | null = null;
  let loaded: { value: T } | null = null;
  const request = () =>
    (promise ??= load().then(
      (value) => {
        loaded = { value };
        return value;
      },
      (error: unknown) => {
        // A failed chunk may be fetched again by the next component that asks for it (after a retry).
        promise = null;
        throw error;
      },
    ));
  const peek = () => loaded?.value ?? null;
  function useModule(start: boolean): T | null {
    const [, arrived] = useReducer((n: number) => n + 1, 0);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (!start || loaded) return;
      let live = true;
      request().then(
        () => live && arrived(),
        (error: unknown) => live && setFailure({ error }),
      );
      return () => {
        live = false;
      };
    }, [start]);
    if (failure) throw failure.error;
    return loaded?.value ?? null;
  }
  return { request, peek, useModule };
}
