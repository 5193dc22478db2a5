import { describe, expect, it } from 'vitest';
import { makeCorpus, type HeadlineSpec } from './testing';
import { chunkAgainstManifest, corpusSchema, manifestSchema } from './schema';
import { chunkPath, joinChunks, splitByMonth } from './split';
import { checkText } from './schema-check';

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

describe('a split corpus checked against its manifest', () => {
  const corpus = makeCorpus(specs);
  const { manifest, chunks } = splitByMonth(corpus, 'big.json');
  const text = JSON.stringify(manifest);
  const issues = (r: ReturnType<typeof checkText>) => (r.ok ? [] : r.details);

  it('refuses a manifest that lists a month twice, or whose counts do not add up', () => {
    const twice = { ...manifest, chunks: [...manifest.chunks, manifest.chunks[0]!] };
    expect(issues(checkText(JSON.stringify(twice), 'manifest'))).toEqual(
      expect.arrayContaining(['chunks.3.id: month 2025-09 listed twice', 'chunks.3.path: file big.2025-09.json listed twice', 'headlineCount: 4 headlines, but the chunks hold 6']),
    );
    expect(checkText(text, 'manifest')).toEqual({ ok: true });
  });

  it('refuses a chunk that is not what its manifest entry says (an old manifest beside a newer chunk)', () => {
    const october = chunks[1]!.chunk;
    expect(checkText(JSON.stringify(october), 'chunk', text, '2025-10')).toEqual({ ok: true });
    // Fetched as September's file, it is not September.
    expect(issues(checkText(JSON.stringify(october), 'chunk', text, '2025-09'))).toEqual(
      expect.arrayContaining(["id: the manifest's entry is month 2025-09, the file holds 2025-10", 'headlines: the manifest says 2 headlines, the file holds 1']),
    );
    const grown = { ...october, headlines: [...october.headlines, { ...october.headlines[0]!, id: 'b2', date: '2025-10-20' }] };
    expect(issues(checkText(JSON.stringify(grown), 'chunk', text, '2025-10'))).toEqual(
      expect.arrayContaining(['headlines: the manifest says 1 headlines, the file holds 2', "headlines.1.date: 2025-10-20 is outside the manifest's 2025-10-15 to 2025-10-15"]),
    );
  });

  it('refuses an id already shown from another month', () => {
    const fresh = JSON.stringify({ ...manifest, source: 'another build' });
    expect(checkText(JSON.stringify(chunks[0]!.chunk), 'chunk', fresh, '2025-09')).toEqual({ ok: true });
    // November's file carrying September's headline a1 under its own month.
    const november = chunks[2]!.chunk;
    const story = november.stories[0]!;
    const copied = { ...november, headlines: [{ ...chunks[0]!.chunk.headlines[0]!, date: '2025-11-02', storyId: story.id }], stories: [{ ...story, headlineIds: ['a1'] }] };
    const r = checkText(JSON.stringify(copied), 'chunk', fresh, '2025-11');
    expect(issues(r)).toEqual(['headlines.0.id: id "a1" is also in month 2025-09']);
    // The same month checked again (a retry) is no conflict.
    expect(checkText(JSON.stringify(chunks[0]!.chunk), 'chunk', fresh, '2025-09')).toEqual({ ok: true });
  });
});
