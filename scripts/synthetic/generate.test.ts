import { describe, expect, it } from 'vitest';
import { chunkAgainstManifest, corpusSchema, manifestSchema, type Corpus } from '../../src/corpus/schema';
import { joinChunks, splitByMonth } from '../../src/corpus/split';
import { build } from '../corpus/build';
import { parseListLine } from '../corpus/page';
import { SEED_NAME, seedText, seedTables } from '../corpus/testing';
import { defaultSpan, generate, MAX_STORY_SIZE, pageDate, seedArticle, sourceName, toCorpus, toPage, type Synthetic } from './generate';
import { COUNTRIES } from './outlets';

const tables = seedTables();
const article = seedArticle(seedText(), tables, SEED_NAME);

function corpusOf(n: number, seed = '1', span?: 'month' | 'year'): { s: Synthetic; corpus: Corpus } {
  const s = generate({ n, seed, ...(span ? { span } : {}) }, tables, article);
  return { s, corpus: toCorpus(s, tables, sourceName(s)) };
}

const small = corpusOf(2_000);

// Generous timeouts: these take about a second each, but the 2 cores are often shared with other test runs.
describe('generate', { timeout: 60_000 }, () => {
  it('is deterministic: the same options give the same corpus and page, another seed another', () => {
    const again = corpusOf(2_000);
    expect(JSON.stringify(again.corpus)).toBe(JSON.stringify(small.corpus));
    expect(toPage(again.s)).toBe(toPage(small.s));
    expect(JSON.stringify(corpusOf(2_000, '2').corpus)).not.toBe(JSON.stringify(small.corpus));
  });

  it('gives exactly n headlines', () => {
    for (const n of [1, 2, 29, 30, 31, 999, 2_000]) expect(corpusOf(n).corpus.headlines).toHaveLength(n);
  });

  it('makes a corpus that passes corpusSchema (ids unique, every reference resolves)', () => {
    const r = corpusSchema.safeParse(small.corpus);
    expect(r.success ? [] : r.error.issues.slice(0, 3)).toEqual([]);
    expect(corpusSchema.safeParse(corpusOf(2_000, '7', 'year').corpus).success).toBe(true);
  });

  it('splits by month into a valid manifest and chunks that join back', () => {
    for (const { corpus } of [small, corpusOf(2_000, '3', 'year')]) {
      const { manifest, chunks } = splitByMonth(corpus, 'synthetic.json');
      const m = manifestSchema.safeParse(manifest);
      expect(m.success).toBe(true);
      const check = chunkAgainstManifest(manifestSchema.parse(manifest));
      for (const { chunk } of chunks) expect(check.safeParse(chunk).success).toBe(true);
      expect(manifest.headlineCount).toBe(2_000);
      expect(joinChunks(manifest, chunks.map((c) => c.chunk)).headlines).toHaveLength(2_000);
    }
    expect(splitByMonth(corpusOf(2_000, '3', 'year').corpus, 'x.json').chunks).toHaveLength(12);
  });

  it('spans a month up to 5,000 headlines and a year above, unless told', () => {
    expect(defaultSpan(5_000)).toBe('month');
    expect(defaultSpan(5_001)).toBe('year');
    expect(small.corpus.range).toEqual({ start: '2025-10-01', end: '2025-10-31' });
    const year = corpusOf(2_000, '1', 'year').corpus;
    expect(year.range.start.slice(0, 7)).toBe('2025-01');
    expect(year.range.end.slice(0, 7)).toBe('2025-12');
  });

  it('has bursts: the busiest day carries twice the median day and many times the quiet ones', () => {
    const perDay = new Map<string, number>();
    for (const h of small.corpus.headlines) perDay.set(h.date, (perDay.get(h.date) ?? 0) + 1);
    const counts = [...perDay.values()].sort((a, b) => a - b);
    const max = counts[counts.length - 1]!;
    expect(max).toBeGreaterThan(2 * counts[Math.floor(counts.length / 2)]!);
    expect(max).toBeGreaterThan(6 * counts[Math.floor(counts.length / 10)]!);
  });

  it('makes stories of 1 to 30 headlines, most of them small, within 3 days', () => {
    const sizes = small.corpus.stories.map((s) => s.headlineIds.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_STORY_SIZE);
    expect(sizes.filter((k) => k === 1).length / sizes.length).toBeGreaterThan(0.5);
    expect(sizes.filter((k) => k >= 10).length).toBeGreaterThan(0);
    const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    for (const s of small.corpus.stories) expect(day(s.lastDate) - day(s.firstDate)).toBeLessThanOrEqual(3);
  });

  it('draws on about 500 outlets in about 40 countries, with origins', () => {
    expect(small.s.outlets).toHaveLength(500);
    expect(new Set(small.s.outlets.map((o) => o.country)).size).toBe(COUNTRIES.length);
    expect(COUNTRIES.length).toBe(40);
    // At 2,000 headlines most outlets and every country appear.
    expect(small.corpus.outlets.length).toBeGreaterThan(350);
    expect(new Set(small.corpus.outlets.map((o) => o.country)).size).toBeGreaterThanOrEqual(35);
    const origins = new Set(small.corpus.outlets.map((o) => o.origin));
    for (const o of ['pakistan', 'afghanistan', 'india', 'gulf-turkiye', 'western', 'other']) expect(origins).toContain(o);
    expect(small.corpus.outlets.reduce((sum, o) => sum + o.headlineCount, 0)).toBe(small.corpus.headlines.filter((h) => h.outletId !== null).length);
  });

  it('has a few headlines without outlet, a few cut titles, some sections', () => {
    const hs = small.corpus.headlines;
    const share = (f: (h: (typeof hs)[number]) => boolean) => hs.filter(f).length / hs.length;
    expect(share((h) => h.outletId === null)).toBeGreaterThan(0.002);
    expect(share((h) => h.outletId === null)).toBeLessThan(0.03);
    expect(share((h) => h.truncated)).toBeGreaterThan(0.003);
    expect(share((h) => h.truncated)).toBeLessThan(0.04);
    expect(share((h) => h.section !== null)).toBeGreaterThan(0.005);
    expect(small.corpus.anomalies.filter((a) => a.kind === 'no-outlet')).toHaveLength(hs.filter((h) => h.outletId === null).length);
  });

  it('uses the real topics and actors, and the seed article as background', () => {
    expect(small.corpus.topics.map((t) => t.id)).toEqual(tables.topics.displayOrder);
    const primary = new Set(small.corpus.headlines.map((h) => h.topics[0]));
    for (const t of ['fighting', 'ceasefire', 'diplomacy', 'humanitarian', 'sport', 'history', 'india-afghanistan']) expect(primary).toContain(t);
    expect(small.corpus.headlines.filter((h) => h.actors.length > 0).length).toBeGreaterThan(1_500);
    expect(small.corpus.background?.title).toMatch(/Islamic State/);
    expect(generate({ n: 10, seed: '1' }, tables, null).article).toBeNull();
  });

  it('writes titles without the page separators', () => {
    for (const h of small.corpus.headlines) {
      expect(h.title).not.toContain(' - ');
      expect(h.title).not.toContain(' | ');
    }
  });
});

describe('toPage', { timeout: 60_000 }, () => {
  it('writes the seed article, then one parseable line per headline', () => {
    const lines = toPage(small.s).split('\n');
    expect(lines[0]).toBe(article.lines[0]);
    const list = lines.slice(article.lines.length).filter((l) => l !== '');
    expect(list).toHaveLength(2_000);
    for (const l of list) expect(parseListLine(l)).not.toBeNull();
    expect(pageDate('2025-10-21')).toBe('October 21st, 2025');
    expect(pageDate('2025-10-12')).toBe('October 12th, 2025');
    expect(pageDate('2025-02-03')).toBe('February 3rd, 2025');
  });

  it('builds with the builder into the same headlines, generated outlets reported as unknown', () => {
    const built = build(toPage(small.s), tables, 'synthetic.txt');
    const pick = ({ id, title, section, outletId, date, listedDate, topics, actors, sourceLine }: Corpus['headlines'][number]) => ({
      id, title, section, outletId, date, listedDate, topics, actors, sourceLine,
    });
    expect(built.headlines.map(pick)).toEqual(small.corpus.headlines.map(pick));
    expect(built.background).toEqual(small.corpus.background);
    const unknownLines = small.corpus.headlines.filter((h) => h.outletId !== null && !tables.outlets.some((o) => o.id === h.outletId)).length;
    expect(built.anomalies.filter((a) => a.kind === 'unknown-outlet')).toHaveLength(unknownLines);
    expect(built.anomalies.filter((a) => a.kind === 'no-outlet')).toHaveLength(small.corpus.headlines.filter((h) => h.outletId === null).length);
  });
});

describe('at 100,000 headlines', { timeout: 120_000 }, () => {
  it('generates exactly 100,000 over a year with every outlet and country used', () => {
    const { s, corpus } = corpusOf(100_000);
    expect(s.span).toBe('year');
    expect(corpus.headlines).toHaveLength(100_000);
    expect(corpus.outlets.length).toBeGreaterThan(490);
    expect(new Set(corpus.outlets.map((o) => o.country)).size).toBe(40);
    expect(Math.max(...corpus.stories.map((st) => st.headlineIds.length))).toBe(MAX_STORY_SIZE);
  });
});
