import { describe, expect, it } from 'vitest';
import { makeCorpus, type HeadlineSpec } from './testing';
import { chunkAgainstManifest, corpusSchema, manifestSchema } from './schema';
import { chunkPath, joinChunks, splitByMonth } from './split';

const specs: HeadlineSpec[] = [
  { id: 'a1', title: 'A', outletId: 'ap-news', date: '2025-09-30', storyId: 's-a', topics: ['clashes'] },
  { id: 'a2', title: 'A', outletId: 'cnn', date: '2025-10-01', storyId: 's-a', topics: ['clashes'] },
  { id: 'b1', title: 'B', outletId: 'dawn', date: '2025-10-15', storyId: 's-b', topics: ['ceasefire'] },
  { id: 'c1', title: 'C', outletId: null, date: '2025-11-02', storyId: 's-c', topics: ['diplomacy'] },
];

describe('splitByMonth / joinChunks', () => {
  const corpus = makeCorpus(specs);
  const { manifest, chunks } = splitByMonth(corpus, 'big.json');

  it('puts each story, with all its headlines, in the month of its first headline', () => {
    expect(manifest.chunks.map((c) => [c.id, c.path, c.start, c.end, c.headlineCount])).toEqual([
      ['2025-09', 'big.2025-09.json', '2025-09-30', '2025-10-01', 2],
      ['2025-10', 'big.2025-10.json', '2025-10-15', '2025-10-15', 1],
      ['2025-11', 'big.2025-11.json', '2025-11-02', '2025-11-02', 1],
    ]);
    expect(chunks[0]!.chunk.headlines.map((h) => h.id)).toEqual(['a1', 'a2']);
    expect(chunkPath('x/y.json', '2025-01')).toBe('x/y.2025-01.json');
  });

  it('writes a valid manifest and valid chunks, with the day counts of the whole corpus', () => {
    expect(manifestSchema.parse(manifest).headlineCount).toBe(4);
    expect(manifest.dayCounts).toEqual([
      ['2025-09-30', 1],
      ['2025-10-01', 1],
      ['2025-10-15', 1],
      ['2025-11-02', 1],
    ]);
    for (const { chunk } of chunks) expect(chunkAgainstManifest(manifest).safeParse(chunk).success).toBe(true);
  });

  it('joins back to the same corpus, and any subset to a valid one', () => {
    const joined = joinChunks(manifest, [...chunks].reverse().map((c) => c.chunk));
    expect(new Set(joined.headlines.map((h) => h.id))).toEqual(new Set(corpus.headlines.map((h) => h.id)));
    expect(corpusSchema.safeParse(joined).success).toBe(true);
    const part = joinChunks(manifest, [chunks[1]!.chunk]);
    expect(part.headlines.map((h) => h.id)).toEqual(['b1']);
    expect(corpusSchema.safeParse(part).success).toBe(true);
  });

  it('rejects a chunk that names an outlet the manifest lacks', () => {
    const bad = { ...chunks[1]!.chunk, headlines: [{ ...chunks[1]!.chunk.headlines[0]!, outletId: 'nowhere' }] };
    const r = chunkAgainstManifest(manifest).safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['headlines', 0, 'outletId']);
  });
});
