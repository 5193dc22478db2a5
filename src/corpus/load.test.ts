import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchCorpus } from './load';
import { useInProcessCheck } from './schema-check-client';
import { checkText } from './schema-check';
import { getLoadProgress, progressText, subscribeLoadProgress, type LoadProgress } from './load-progress';
import { makeCorpus } from './testing';

/** A response whose body arrives in `pieces`, each after `gapMs` of silence. */
function slowResponse(bytes: Uint8Array, pieces: number, gapMs: number, headers: Record<string, string> = {}): Response {
  const size = Math.ceil(bytes.length / pieces);
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((r) => setTimeout(r, gapMs));
      if (i * size >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(i * size, (i + 1) * size));
      i++;
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json', ...headers } });
}

const corpusBytes = new TextEncoder().encode(JSON.stringify(makeCorpus()));

beforeAll(() => useInProcessCheck(checkText));
afterAll(() => useInProcessCheck(null));
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchCorpus: a time-out on silence, not on the whole download', () => {
  it('loads a corpus that takes longer than the time-out in all but never falls silent for that long', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(slowResponse(corpusBytes, 8, 40)));
    // 8 pieces 40 ms apart: about 360 ms in all, against a 150 ms time-out on silence.
    const started = Date.now();
    const source = await fetchCorpus('http://test/corpus.json', undefined, 150);
    expect(Date.now() - started).toBeGreaterThan(150);
    expect(source.kind).toBe('whole');
    await expect(source.validated).resolves.toBeUndefined();
  });

  it('gives up when the body stops arriving, naming the silence', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(slowResponse(corpusBytes, 2, 300)));
    await expect(fetchCorpus('http://test/corpus.json', undefined, 100)).rejects.toThrow('The corpus stopped arriving: the server sent nothing for 0.1 s.');
  });

  it('refuses bytes that are not UTF-8 and a redirect, each with its cause', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(new Uint8Array([0x7b, 0xe9, 0x7d]), { status: 200 })));
    await expect(fetchCorpus('http://test/corpus.json')).rejects.toThrow('The corpus is not valid UTF-8 text');
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(null, { status: 302, headers: { location: 'https://elsewhere.example/' } })));
    await expect(fetchCorpus('http://test/corpus.json')).rejects.toThrow('the server redirected the request');
  });

  it('reports progress for a large body, and clears it when done', async () => {
    const big = new TextEncoder().encode(JSON.stringify({ ...makeCorpus(), source: 'x'.repeat(3_000_000) }));
    vi.stubGlobal('fetch', () => Promise.resolve(slowResponse(big, 30, 1, { 'content-length': String(big.length) })));
    const seen: LoadProgress[] = [];
    const stop = subscribeLoadProgress(() => {
      const p = getLoadProgress();
      if (p) seen.push(p);
    });
    await fetchCorpus('http://test/corpus.json');
    stop();
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.every((p) => p.total === big.length && p.received <= big.length)).toBe(true);
    expect(seen.map((p) => p.received)).toEqual([...seen.map((p) => p.received)].sort((a, b) => a - b));
    expect(getLoadProgress()).toBeNull();
    expect(progressText({ received: 12_345_678, total: 40_100_000 })).toBe('12.3 MB of 40.1 MB');
    expect(progressText({ received: 2_000_000, total: null })).toBe('2.0 MB');
  });
});
