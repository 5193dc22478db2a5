/**
 * Run the full schema check in a Web Worker, so a 100,000-headline corpus is checked on the other core while
 * this one draws it. One worker, created on first use and kept (it must still answer when the network is gone).
 * Where module workers are unavailable (browsers before 2023), the corpus is refused with that reason: the
 * check is never run on this thread, so the schema library ships once, in the worker, and never in a page chunk.
 */
import type { CheckKind, ValidationResult } from './schema-check';

type Check = (text: string, kind: CheckKind, manifestText?: string, chunkId?: string) => ValidationResult;

const noWorker: Check = () => ({
  ok: false,
  kind: 'schema',
  message: 'The corpus could not be checked: this browser cannot run the check in a module worker. Please use a current browser.',
  details: [],
});
let fallback: Check = noWorker;

/** Tests (Node has no Worker) run the check in-process: `useInProcessCheck(checkText)`. */
export function useInProcessCheck(check: Check | null): void {
  fallback = check ?? noWorker;
}

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, (r: ValidationResult) => void>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./schema-check.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; result: ValidationResult }>) => {
      pending.get(e.data.id)?.(e.data.result);
      pending.delete(e.data.id);
    };
    worker.onerror = () => {
      // A worker that cannot start (blocked, crashed): answer what is waiting here instead, and stop using it.
      worker?.terminate();
      worker = null;
      const waiting = [...pending.values()];
      pending.clear();
      for (const resolve of waiting) resolve({ ok: false, kind: 'schema', message: 'The corpus could not be checked.', details: [] });
    };
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Start the worker now, so its script downloads and compiles while the corpus is still on its way (the
 * check is on the path to the first view: nothing is drawn before it passes).
 */
export function prewarmSchemaCheck(): void {
  if (typeof Worker === 'function') getWorker();
}

/** A fetched file: its text, and (when at hand) its UTF-8 bytes, which a check in the worker takes over. */
export interface Body {
  readonly text: string;
  readonly bytes?: ArrayBuffer;
}

/** The message the worker receives: the bytes (transferred) when there are any, else the text. */
export type CheckRequest = { id: number; kind: CheckKind; manifestText?: string; chunkId?: string } & ({ bytes: ArrayBuffer } | { text: string });

/**
 * Check a fetched file against the schema. Its bytes, when given, are transferred to the worker (they are
 * unusable here afterwards); the text stays.
 */
export async function validateText(body: Body, kind: CheckKind = 'corpus', manifestText?: string, chunkId?: string): Promise<ValidationResult> {
  const w = typeof Worker === 'function' ? getWorker() : null;
  if (!w) return fallback(body.text, kind, manifestText, chunkId);
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    const { bytes } = body;
    if (bytes) w.postMessage({ id, kind, manifestText, chunkId, bytes } satisfies CheckRequest, [bytes]);
    else w.postMessage({ id, kind, manifestText, chunkId, text: body.text } satisfies CheckRequest);
  });
}
