/**
 * How far the corpus download has got, for the loading state: bytes received and (when the server says)
 * the total. A tiny external store (read with `useSyncExternalStore`), written by the fetch in load.ts.
 */
export interface LoadProgress {
  readonly received: number;
  readonly total: number | null;
}

let current: LoadProgress | null = null;
const listeners = new Set<() => void>();

export function setLoadProgress(next: LoadProgress | null): void {
  current = next;
  for (const l of listeners) l();
}

export function getLoadProgress(): LoadProgress | null {
  return current;
}

export function subscribeLoadProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** "12.3 MB of 40.1 MB" (or "12.3 MB" when the server gives no size). */
export function progressText(p: LoadProgress): string {
  return p.total ? `${mb(p.received)} of ${mb(p.total)}` : mb(p.received);
}
