import { describe, expect, it } from 'vitest';
import { outletsFileSchema } from './table-schemas';
import { seedCorpus, seedTables } from './testing';

describe('outlet facts (data/outlets.json ownership and language)', () => {
  const outlet = (ownership: unknown, language?: unknown) => ({ outlets: [{ name: 'X', country: 'US', aliases: [], ownership, ...(language ? { language } : {}) }] });
  const src = [{ publisher: 'P', url: 'https://example.org/', date: null }];

  it('a known fact needs a source; unknown needs none; a language is a BCP-47 tag', () => {
    expect(outletsFileSchema.safeParse(outlet({ value: 'private', sources: [] })).success).toBe(false);
    expect(outletsFileSchema.safeParse(outlet({ value: 'private', sources: src })).success).toBe(true);
    expect(outletsFileSchema.safeParse(outlet({ value: 'unknown', sources: [] })).success).toBe(true);
    expect(outletsFileSchema.safeParse(outlet({ value: 'owned by aliens', sources: src })).success).toBe(false);
    expect(outletsFileSchema.safeParse(outlet({ value: 'unknown', sources: [] }, { value: ['en', 'fa-AF', 'ckb'], sources: src })).success).toBe(true);
    expect(outletsFileSchema.safeParse(outlet({ value: 'unknown', sources: [] }, { value: ['English'], sources: src })).success).toBe(false);
    expect(outletsFileSchema.safeParse(outlet({ value: 'unknown', sources: [] }, { value: ['en'], sources: [] })).success).toBe(false);
  });

  it('the builder carries them into the corpus, with their sources', () => {
    const tables = seedTables();
    const withFacts = tables.outlets.filter((o) => o.ownership !== undefined);
    expect(withFacts.length).toBeGreaterThanOrEqual(30);
    const c = seedCorpus();
    const dawn = c.outlets.find((o) => o.id === 'dawn')!;
    expect(dawn.ownership?.value).toBe('private');
    expect(dawn.language?.value).toEqual(['en']);
    expect(dawn.ownership?.sources[0]?.url).toMatch(/^https:\/\//);
    const france24 = c.outlets.find((o) => o.id === 'france-24')!;
    expect(france24.ownership?.value).toBe('state-owned');
    expect(france24.language?.value).toEqual(['fr', 'en', 'ar', 'es']);
    // Every known fact in the corpus names at least one page.
    for (const o of c.outlets) {
      if (o.ownership && o.ownership.value !== 'unknown') expect(o.ownership.sources.length, o.id).toBeGreaterThan(0);
      if (o.language && o.language.value !== 'unknown') expect(o.language.sources.length, o.id).toBeGreaterThan(0);
    }
  });
});
