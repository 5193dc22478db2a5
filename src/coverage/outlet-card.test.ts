import { describe, expect, it } from 'vitest';
import type { Outlet } from '../corpus/schema';
import { outletCard } from './outlet-card';

const base: Outlet = { id: 'dawn', name: 'Dawn', aliases: [], country: 'Pakistan', origin: 'pakistan', kind: 'news', headlineCount: 1 };
const src = { publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Dawn_Media_Group', date: null };

describe('outletCard', () => {
  it('says "not known" for a fact the table does not give, or gives as unknown, never a guess', () => {
    const c = outletCard(base);
    expect(c.facts.map((f) => [f.label, f.text, f.known])).toEqual([
      ['Ownership', 'not known', false],
      ['Language', 'not known', false],
    ]);
    const u = outletCard({ ...base, ownership: { value: 'unknown', note: 'Sources disagree.', sources: [src] }, language: { value: 'unknown', sources: [] } });
    expect(u.facts[0]).toMatchObject({ text: 'not known', known: false, note: 'Sources disagree.', sources: [src] });
    expect(u.facts[1]).toMatchObject({ text: 'not known', known: false });
  });

  it('names a known fact in words, with its note and sources', () => {
    const c = outletCard({ ...base, ownership: { value: 'state-funded', note: 'A foundation.', sources: [src] }, language: { value: ['en', 'fa-AF'], sources: [src] } });
    expect(c.facts[0]).toEqual({ label: 'Ownership', text: 'funded by a state, not owned by it', known: true, note: 'A foundation.', sources: [src] });
    expect(c.facts[1].text).toMatch(/^English, (Persian|Dari)/);
    expect(c.facts[1].known).toBe(true);
    expect(c.kind).toBe('news outlet');
    expect(outletCard({ ...base, kind: null }).kind).toBeNull();
  });

  it('falls back to the tag when the runtime cannot name a language', () => {
    const c = outletCard({ ...base, language: { value: ['zz-Qaaa'], sources: [src] } });
    expect(c.facts[1].text.length).toBeGreaterThan(0);
  });
});
