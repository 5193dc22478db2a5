/**
 * The page's Content-Security-Policy forbids eval, in the check's worker too: making the schemas and checking
 * a corpus must never build code from a string (zod classic's object parsers probe `new Function("")` unless
 * `jitless` is set before they are made, which the policy reports as a violation even when the error is caught).
 */
import { afterAll, expect, it } from 'vitest';

const RealFunction = globalThis.Function;
const calls: string[] = [];
globalThis.Function = new Proxy(RealFunction, {
  construct(target, args: string[]) {
    calls.push(args.join(', ').slice(0, 80));
    return Reflect.construct(target, args) as object;
  },
  apply(target, self, args: string[]) {
    calls.push(args.join(', ').slice(0, 80));
    return Reflect.apply(target, self, args) as unknown;
  },
});
afterAll(() => {
  globalThis.Function = RealFunction;
});

it('builds no code from strings, making the schemas or checking a corpus (valid or not)', async () => {
  const { checkText } = await import('./schema-check');
  const { makeCorpus } = await import('./testing');
  const corpus = makeCorpus();
  expect(checkText(JSON.stringify(corpus), 'corpus')).toEqual({ ok: true });
  expect(checkText(JSON.stringify({ ...corpus, headlines: [{ ...corpus.headlines[0], date: '2025-13-45' }] }), 'corpus').ok).toBe(false);
  expect(calls).toEqual([]);
});
