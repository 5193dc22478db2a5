/**
 * Fetch and validate a corpus. Every failure becomes a CorpusLoadError whose message names the problem
 * (the HTTP status, the JSON error, or the schema field path), so the error panel can say it plainly.
 */
import type { Corpus } from './schema';
import { validateText } from './validator';

export type CorpusErrorKind = 'network' | 'http' | 'timeout' | 'json' | 'schema';

export class CorpusLoadError extends Error {
  readonly kind: CorpusErrorKind;
  readonly details: string[];
  constructor(kind: CorpusErrorKind, message: string, details: string[] = []) {
    super(message);
    this.name = 'CorpusLoadError';
    this.kind = kind;
    this.details = details;
  }
}

/** How long a stalled server may keep us waiting before the load is reported as failed. */
export const CORPUS_TIMEOUT_MS = 8_000;

/** Whether parsed JSON has the shape the index needs to be built at all (the full check runs in a worker). */
function hasCorpusShape(data: unknown): data is Corpus {
  if (typeof data !== 'object' || data === null) return false;
  const c = data as Record<string, unknown>;
  return (
    c.schemaVersion === 1 &&
    ['headlines', 'outlets', 'stories', 'topics', 'actors', 'origins', 'anomalies'].every((k) => Array.isArray(c[k])) &&
    typeof c.range === 'object' &&
    c.range !== null
  );
}

export interface LoadedCorpus {
  readonly corpus: Corpus;
  /** Settles when the full schema check has run: resolves when it passes, rejects with a CorpusLoadError. */
  readonly validated: Promise<void>;
}

async function checked(text: string): Promise<void> {
  const result = await validateText(text);
  if (!result.ok) throw new CorpusLoadError(result.kind, result.message, [...result.details]);
}

/**
 * Fetch a corpus. It is parsed here and, in parallel, checked in full against the schema in a worker
 * (`validated`), so a large corpus is drawn while it is checked; if the check fails, the app replaces the
 * view with the reason. A corpus whose shape cannot even be indexed waits for the check and fails with it.
 */
export async function fetchCorpus(url: string, signal?: AbortSignal, timeoutMs = CORPUS_TIMEOUT_MS): Promise<LoadedCorpus> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal: combined, credentials: 'same-origin' });
    if (!response.ok) {
      throw new CorpusLoadError('http', `The corpus could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof CorpusLoadError) throw error;
    if (timeout.aborted) throw new CorpusLoadError('timeout', `The corpus did not arrive within ${timeoutMs / 1000} s.`);
    if (signal?.aborted) throw error;
    throw new CorpusLoadError('network', 'The corpus could not be loaded: the network request failed.');
  }
  performance.mark('corpus:received');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CorpusLoadError('json', `The corpus is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  performance.mark('corpus:parsed');
  const validated = checked(text);
  if (!hasCorpusShape(data)) {
    await validated;
    throw new CorpusLoadError('schema', 'The corpus does not match the expected format.');
  }
  // Handled by whoever awaits it; never an unhandled rejection meanwhile.
  validated.catch(() => undefined);
  return { corpus: data, validated };
}
