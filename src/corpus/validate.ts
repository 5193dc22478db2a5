/**
 * The full schema check of a corpus, as plain data in and out so it can run in a Web Worker
 * (validate.worker.ts). Every failure names the problem: the JSON error, or the field path of each schema issue.
 */
import { z } from 'zod';
import { corpusSchema } from './schema';

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

export function checkCorpusText(text: string): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: 'json', message: `The corpus is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, details: [] };
  }
  return checkCorpusData(data);
}
