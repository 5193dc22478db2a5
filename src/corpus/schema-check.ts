/**
 * The full schema check of a corpus, as plain data in and out so it can run in a Web Worker
 * (schema-check.worker.ts). Every failure names the problem: the JSON error, or the field path of each schema issue.
 */
import { chunkAgainstManifest, corpusSchema, manifestSchema, type Chunk, type Manifest } from './schema';

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

/** The manifest last checked against, and which chunk each headline and story id has been seen in. */
let lastManifest: { text: string; manifest: Manifest | null; owner: Map<string, string> } | null = null;

function parsedManifest(text: string): Manifest | null {
  if (lastManifest?.text !== text) {
    let manifest: Manifest | null;
    try {
      const r = manifestSchema.safeParse(JSON.parse(text));
      manifest = r.success ? r.data : null;
    } catch {
      manifest = null;
    }
    lastManifest = { text, manifest, owner: new Map() };
  }
  return lastManifest.manifest;
}

/**
 * Check a corpus, a split corpus's manifest, or one of its chunks (against the manifest's tables, given as
 * its text). What a worker runs.
 */
export function checkText(text: string, kind: CheckKind, manifestText?: string, chunkId?: string): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: 'json', message: `The ${kind === 'chunk' ? 'corpus chunk' : 'corpus'} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, details: [] };
  }
  if (kind === 'corpus') return checkCorpusData(data);
  const schema = kind === 'manifest' ? manifestSchema : chunkAgainstManifest(parsedManifest(manifestText ?? '') ?? invalidManifest, chunkId);
  const result = schema.safeParse(data);
  const issues = result.success ? (kind === 'chunk' ? idsInOtherChunks(data as Chunk) : []) : result.error.issues;
  if (issues.length === 0) return { ok: true };
  const details = describeIssues(issues);
  return { ok: false, kind: 'schema', message: `The corpus ${kind} does not match the expected format: ${details[0] ?? 'invalid'}`, details };
}

/**
 * Ids a chunk shares with another chunk of the same manifest (a headline or story in two months would be
 * shown twice). Each id is remembered with its chunk's month once that chunk has passed.
 */
function idsInOtherChunks(chunk: Chunk): { path: PropertyKey[]; message: string }[] {
  const owner = lastManifest?.owner;
  if (!owner) return [];
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const check = (what: 'headlines' | 'stories', ids: readonly string[]) =>
    ids.forEach((id, i) => {
      const other = owner.get(`${what}:${id}`);
      if (other !== undefined && other !== chunk.id) issues.push({ path: [what, i, 'id'], message: `id "${id}" is also in month ${other}` });
    });
  check('headlines', chunk.headlines.map((h) => h.id));
  check('stories', chunk.stories.map((s) => s.id));
  if (issues.length === 0) {
    for (const h of chunk.headlines) owner.set(`headlines:${h.id}`, chunk.id);
    for (const s of chunk.stories) owner.set(`stories:${s.id}`, chunk.id);
  }
  return issues;
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
