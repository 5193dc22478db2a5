/**
 * Fetch and validate a corpus. Every failure becomes a CorpusLoadError whose message names the problem
 * (the HTTP status, the JSON error, or the schema field path), so the error panel can say it plainly.
 */
import type { Chunk, Corpus, Manifest } from './schema';
import type { CheckKind } from './schema-check';
import { prewarmSchemaCheck, validateText, type Body } from './schema-check-client';
import { setLoadProgress } from './load-progress';

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

/**
 * How long a server may stay silent (no response, or no bytes of the body) before the load is reported as
 * failed. A time-out on silence, not on the whole download: a 40 MB corpus arriving steadily on a slow line loads.
 */
export const CORPUS_TIMEOUT_MS = 8_000;

/** Progress is reported from this size on (smaller files arrive before anyone could read a figure). */
const PROGRESS_FROM_BYTES = 1_000_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrays = (c: Record<string, unknown>, keys: readonly string[]) => keys.every((k) => Array.isArray(c[k]));
const TABLES = ['outlets', 'topics', 'actors', 'origins', 'anomalies'] as const;

/** The curated tables are optional (corpora built before them have none): absent, or arrays. */
const curatedOk = (c: Record<string, unknown>) => (c.events === undefined || Array.isArray(c.events)) && (c.phases === undefined || Array.isArray(c.phases));

/** Whether parsed JSON has the shape the index needs to be built at all (the full check runs in a worker). */
function hasCorpusShape(data: unknown): data is Corpus {
  return isObject(data) && data.schemaVersion === 1 && arrays(data, [...TABLES, 'headlines', 'stories']) && isObject(data.range) && curatedOk(data);
}

function hasManifestShape(data: unknown): data is Manifest {
  return isObject(data) && data.schemaVersion === 1 && data.format === 'split' && arrays(data, [...TABLES, 'chunks', 'dayCounts']) && isObject(data.range) && curatedOk(data);
}

/** The schema's defaults for what an older corpus lacks (the schema check itself runs elsewhere). */
function withCuratedDefaults<T extends { events?: unknown; phases?: unknown }>(data: T): T {
  return { ...data, events: data.events ?? [], phases: data.phases ?? [] };
}

function hasChunkShape(data: unknown): data is Chunk {
  return isObject(data) && data.schemaVersion === 1 && data.format === 'chunk' && arrays(data, ['headlines', 'stories']);
}

/**
 * A fetched corpus file, parsed here while the worker checks it in full (`validated`: resolves when the check
 * passes, rejects with the reason). Whoever takes it must await `validated` before anything of it is shown.
 */
export type LoadedSource =
  | { readonly kind: 'whole'; readonly corpus: Corpus; readonly validated: Promise<void> }
  | { readonly kind: 'split'; readonly manifest: Manifest; readonly manifestText: string; readonly validated: Promise<void> };

/** Settles when the full schema check has run: resolves when it passes, rejects with a CorpusLoadError. */
async function checked(body: Body, kind: CheckKind, manifestText?: string, chunkId?: string): Promise<void> {
  const result = await validateText(body, kind, manifestText, chunkId);
  if (!result.ok) throw new CorpusLoadError(result.kind, result.message, [...result.details]);
}

/**
 * Fetch a text with the corpus's failure messages (HTTP status, network, silence, encoding). The bytes come
 * along so the worker's check can be handed them (transferred, not copied: copying a 40 MB string to a worker
 * blocks this thread for a third of a second).
 * - The time-out is on silence: `timeoutMs` without the response or without a new piece of the body.
 * - Redirects are not followed: a corpus path is a file next to the app, and a redirect could lead elsewhere.
 * - The body must be UTF-8: invalid bytes are refused, never shown as U+FFFD.
 */
async function fetchText(url: string, what: string, signal?: AbortSignal, timeoutMs = CORPUS_TIMEOUT_MS): Promise<Body> {
  const silence = new AbortController();
  let timer = setTimeout(() => silence.abort(), timeoutMs);
  const heard = () => {
    clearTimeout(timer);
    timer = setTimeout(() => silence.abort(), timeoutMs);
  };
  const combined = signal ? AbortSignal.any([signal, silence.signal]) : silence.signal;
  try {
    const response = await fetch(url, { signal: combined, credentials: 'same-origin', redirect: 'manual' });
    heard();
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      throw new CorpusLoadError('http', `The ${what} could not be loaded: the server redirected the request, and the app does not follow redirects for corpus files.`);
    }
    if (!response.ok) {
      throw new CorpusLoadError('http', `The ${what} could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
    }
    const bytes = await readBody(response, heard, combined);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new CorpusLoadError('json', `The ${what} is not valid UTF-8 text: corpus files are UTF-8, and the app does not repair them.`);
    }
    return { text, bytes };
  } catch (error) {
    if (error instanceof CorpusLoadError) throw error;
    if (silence.signal.aborted) throw new CorpusLoadError('timeout', `The ${what} stopped arriving: the server sent nothing for ${timeoutMs / 1000} s.`);
    if (signal?.aborted) throw error;
    throw new CorpusLoadError('network', `The ${what} could not be loaded: the network request failed.`);
  } finally {
    clearTimeout(timer);
    setLoadProgress(null);
  }
}

/** The whole body, piece by piece: each piece resets the silence timer; large bodies report their progress. */
async function readBody(response: Response, heard: () => void, signal: AbortSignal): Promise<ArrayBuffer> {
  if (!response.body) return response.arrayBuffer();
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const reader = response.body.getReader();
  // Stop reading when the signal fires (fetch does so itself; a stream from elsewhere may not).
  const stop = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', stop, { once: true });
  try {
    return await readAll(reader, heard, signal, total);
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, heard: () => void, signal: AbortSignal, total: number | null): Promise<ArrayBuffer> {
  const pieces: Uint8Array[] = [];
  let received = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('The read was aborted.', 'AbortError');
    if (done) break;
    heard();
    pieces.push(value);
    received += value.byteLength;
    // A figure every 1 % (or every megabyte when the size is unknown), from a megabyte on.
    if (received >= PROGRESS_FROM_BYTES && received - reported >= (total ? total / 100 : PROGRESS_FROM_BYTES)) {
      reported = received;
      setLoadProgress({ received, total });
    }
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const p of pieces) {
    bytes.set(p, at);
    at += p.byteLength;
  }
  return bytes.buffer;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CorpusLoadError('json', `The ${what} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Fetch a corpus (or a split corpus's manifest). It is parsed here and, in parallel, checked in full against
 * the schema in a worker (`validated`), so a large corpus is indexed while it is checked; nothing is drawn
 * before the check has passed (see query.ts). A file whose shape cannot even be indexed waits for the check
 * and fails with it.
 */
export async function fetchCorpus(url: string, signal?: AbortSignal, timeoutMs = CORPUS_TIMEOUT_MS): Promise<LoadedSource> {
  prewarmSchemaCheck();
  const body = await fetchText(url, 'corpus', signal, timeoutMs);
  const { text } = body;
  performance.mark('corpus:received');
  const data = parseJson(text, 'corpus');
  performance.mark('corpus:parsed');
  const split = isObject(data) && data.format === 'split';
  const validated = checked(body, split ? 'manifest' : 'corpus');
  if (split ? !hasManifestShape(data) : !hasCorpusShape(data)) {
    await validated;
    throw new CorpusLoadError('schema', 'The corpus does not match the expected format.');
  }
  // Handled by whoever awaits it; never an unhandled rejection meanwhile.
  validated.catch(() => undefined);
  return split ? { kind: 'split', manifest: withCuratedDefaults(data as Manifest), manifestText: text, validated } : { kind: 'whole', corpus: withCuratedDefaults(data as Corpus), validated };
}

/** Fetch one month of a split corpus; it resolves only once the worker has checked it against its manifest's tables. */
export async function fetchChunk(url: string, manifestText: string, chunkId: string, signal?: AbortSignal): Promise<Chunk> {
  const body = await fetchText(url, 'corpus chunk', signal);
  const data = parseJson(body.text, 'corpus chunk');
  const validated = checked(body, 'chunk', manifestText, chunkId);
  validated.catch(() => undefined);
  if (!hasChunkShape(data)) {
    await validated;
    throw new CorpusLoadError('schema', 'The corpus chunk does not match the expected format.');
  }
  await validated;
  return data;
}
