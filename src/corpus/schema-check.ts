/**
 * The full schema check of a corpus, as plain data in and out so it can run in a Web Worker
 * (schema-check.worker.ts). Every failure names the problem: the JSON error, or the field path of each schema issue.
 */
import { z } from 'zod';
import { chunkAgainstManifest, corpusSchema, manifestSchema, type Manifest } from './schema';

// No code generation: the page's Content-Security-Policy forbids eval, and zod's probe for it would be
// reported as a violation. zod validates without it.
z.config({ jitless: true });

export type ValidationResult = { readonly ok: true } | { readonly ok: false; readonly kind: 'json' | 'schema'; readonly message: string; readonly details: readonly string[] };

/** Readable lines for zod issues: `headlines.3.date: expected a real calendar date YYYY-MM-DD`. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], max = 5): string[] {
  const lines = issues.slice(0, max).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  if (issues.length > max) lines.push(`… and ${issues.length - max} more`);
  return lines;
}

export function checkCorpusData(data: unknown): ValidationResult {
  const result = corpusSchema.safeParse(data);
  if (result.success) return { ok: true };
  const details = describeIssues(result.error.issues);
  return { ok: false, kind: 'schema', message: `The corpus does not match the expected format: ${details[0] ?? 'invalid'}`, details };
}

export type CheckKind = 'corpus' | 'manifest' | 'chunk';

let lastManifest: { text: string; manifest: Manifest | null } | null = null;

function parsedManifest(text: string): Manifest | null {
  if (lastManifest?.text !== text) {
    let manifest: Manifest | null;
    try {
      const r = manifestSchema.safeParse(JSON.parse(text));
      manifest = r.success ? r.data : null;
    } catch {
      manifest = null;
    }
    lastManifest = { text, manifest };
  }
  return lastManifest.manifest;
}

/**
 * Check a corpus, a split corpus's manifest, or one of its chunks (against the manifest's tables, given as
 * its text). What a worker runs.
 */
export function checkText(text: string, kind: CheckKind, manifestText?: string): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: 'json', message: `The ${kind === 'chunk' ? 'corpus chunk' : 'corpus'} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, details: [] };
  }
  if (kind === 'corpus') return checkCorpusData(data);
  const schema = kind === 'manifest' ? manifestSchema : chunkAgainstManifest(parsedManifest(manifestText ?? '') ?? invalidManifest);
  const result = schema.safeParse(data);
  if (result.success) return { ok: true };
  const details = describeIssues(result.error.issues);
  return { ok: false, kind: 'schema', message: `The corpus ${kind} does not match the expected format: ${details[0] ?? 'invalid'}`, details };
}

/** Tables that resolve nothing: a chunk checked against an invalid manifest fails on its first reference. */
const invalidManifest: Manifest = {
  schemaVersion: 1,
  format: 'split',
  source: '',
  range: { start: '1970-01-01', end: '1970-01-01' },
  background: null,
  outlets: [],
  origins: [],
  topics: [],
  actors: [],
  anomalies: [],
  events: [],
  phases: [],
  headlineCount: 0,
  dayCounts: [],
  chunks: [],
};
