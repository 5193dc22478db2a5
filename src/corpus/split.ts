/**
 * Split a corpus into a manifest and per-month chunks (see `manifestSchema`), and join them back.
 * Pure: the builder and the synthetic generator write the result; the app joins what it has loaded.
 */
import type { Chunk, ChunkRef, Corpus, Manifest } from './schema';

/** `name.json` → `name.2025-10.json`. */
export function chunkPath(manifestName: string, id: string): string {
  return `${manifestName.replace(/\.json$/i, '')}.${id}.json`;
}

export function splitByMonth(corpus: Corpus, manifestName: string): { manifest: Manifest; chunks: { path: string; chunk: Chunk }[] } {
  const byId = new Map(corpus.headlines.map((h) => [h.id, h]));
  const months = new Map<string, Chunk>();
  for (const story of corpus.stories) {
    const id = story.firstDate.slice(0, 7);
    let chunk = months.get(id);
    if (!chunk) months.set(id, (chunk = { schemaVersion: 1, format: 'chunk', id, headlines: [], stories: [] }));
    chunk.stories.push(story);
    for (const h of story.headlineIds) {
      const headline = byId.get(h);
      if (headline) chunk.headlines.push(headline);
    }
  }
  const ordered = [...months.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const c of ordered) c.headlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.sourceLine - b.sourceLine));
  const counts = new Map<string, number>();
  for (const h of corpus.headlines) counts.set(h.date, (counts.get(h.date) ?? 0) + 1);
  const chunks = ordered.map((chunk) => ({ path: chunkPath(manifestName, chunk.id), chunk }));
  const refs: ChunkRef[] = chunks.map(({ path, chunk }) => ({
    id: chunk.id,
    path,
    start: chunk.headlines[0]?.date ?? `${chunk.id}-01`,
    end: chunk.headlines[chunk.headlines.length - 1]?.date ?? `${chunk.id}-01`,
    headlineCount: chunk.headlines.length,
  }));
  const { headlines: _h, stories: _s, ...tables } = corpus;
  const manifest: Manifest = {
    ...tables,
    format: 'split',
    headlineCount: corpus.headlines.length,
    dayCounts: [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    chunks: refs,
  };
  return { manifest, chunks };
}

/** A corpus from a manifest and the chunks loaded so far (in any order). */
export function joinChunks(manifest: Manifest, chunks: readonly Chunk[]): Corpus {
  const { format: _f, headlineCount: _n, dayCounts: _d, chunks: _c, ...tables } = manifest;
  const sorted = [...chunks].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { ...tables, headlines: sorted.flatMap((c) => c.headlines), stories: sorted.flatMap((c) => c.stories) };
}
