/**
 * Fetch and validate a corpus. Every failure becomes a CorpusLoadError whose message names the problem
 * (the HTTP status, the JSON error, or the schema field path), so the error panel can say it plainly.
 */
import { corpusSchema, type Corpus } from './schema';

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

/** Turn zod issues into readable lines: `headlines.3.date: expected a real calendar date YYYY-MM-DD`. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], max = 5): string[] {
  const lines = issues.slice(0, max).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  if (issues.length > max) lines.push(`… and ${issues.length - max} more`);
  return lines;
}

/** Validate parsed JSON as a corpus, or throw a CorpusLoadError of kind `schema`. */
export function validateCorpus(data: unknown): Corpus {
  const result = corpusSchema.safeParse(data);
  if (result.success) return result.data;
  const details = describeIssues(result.error.issues);
  throw new CorpusLoadError('schema', `The corpus does not match the expected format: ${details[0] ?? 'invalid'}`, details);
}

export async function fetchCorpus(url: string, signal?: AbortSignal, timeoutMs = CORPUS_TIMEOUT_MS): Promise<Corpus> {
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
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CorpusLoadError('json', `The corpus is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return validateCorpus(data);
}
