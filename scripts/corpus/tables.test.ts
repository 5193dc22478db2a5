import { describe, expect, it } from 'vitest';
import type { RawTables } from './tables';
import { rawTables, seedTables, tableError } from './testing';

const raw = rawTables;

describe('the data tables', () => {
  const tables = seedTables();
  it('load and validate', () => {
    expect(tables.outlets.length).toBeGreaterThanOrEqual(50);
    expect(tables.actors.length).toBeGreaterThanOrEqual(30);
    expect(tables.articles.size).toBe(1);
    expect(tables.topics.topics.map((t) => t.id)).toContain('other');
  });
  it('map countries to origins', () => {
    expect(tables.originOfCountry('Pakistan')).toBe('pakistan');
    expect(tables.originOfCountry('Afghanistan')).toBe('afghanistan');
    expect(tables.originOfCountry('India')).toBe('india');
    expect(tables.originOfCountry('Qatar')).toBe('gulf-turkiye');
    expect(tables.originOfCountry('Turkiye')).toBe('gulf-turkiye');
    expect(tables.originOfCountry('Türkiye')).toBe('gulf-turkiye');
    expect(tables.originOfCountry('US')).toBe('western');
    expect(tables.originOfCountry('UK')).toBe('western');
    expect(tables.originOfCountry('Unknown')).toBe('unknown');
    expect(tables.originOfCountry('Japan')).toBe('other');
    const other = tables.outlets.filter((o) => o.origin === 'other').map((o) => o.country);
    expect([...new Set(other)].sort()).toEqual(['Egypt', 'Iraq', 'Singapore']);
  });
});

describe('parseTables rejects bad tables with a message', () => {
  const broken = (edit: (r: RawTables & Record<string, unknown>) => void): string => {
    const r = raw() as RawTables & Record<string, unknown>;
    edit(r);
    const message = tableError(r);
    if (message === 'no error') throw new Error('expected a TableError');
    return message;
  };
  it('an alias shared by two outlets', () => {
    expect(
      broken((r) => {
        (r.outlets as { outlets: { aliases: string[] }[] }).outlets[1]?.aliases.push('npr');
      }),
    ).toMatch(/alias "npr" names both/i);
  });
  it('a schema violation names the field', () => {
    expect(
      broken((r) => {
        (r.actors as { actors: { kind: string }[] }).actors[0]!.kind = 'planet';
      }),
    ).toMatch(/^actors\.json: actors\.0\.kind: /);
  });
  it('a missing fallback origin or topic', () => {
    expect(broken((r) => ((r.origins as { fallback: string }).fallback = 'nowhere'))).toMatch(/origin "nowhere" is not defined/);
    expect(broken((r) => ((r.topics as { fallback: string }).fallback = 'nothing'))).toMatch(/fallback topic "nothing"/);
  });
  it('a bad pattern, a duplicate id, a country in two origins, a duplicate article', () => {
    expect(broken((r) => (r.topics as { topics: { patterns: string[] }[] }).topics[0]?.patterns.push('(unclosed'))).toMatch(/bad pattern/);
    expect(
      broken((r) => {
        const a = (r.actors as { actors: unknown[] }).actors;
        a.push(a[0]);
      }),
    ).toMatch(/duplicate actor "pakistan"/);
    expect(broken((r) => (r.origins as { origins: { countries: string[] }[] }).origins[1]?.countries.push('Pakistan'))).toMatch(/"Pakistan" is in both/);
    expect(
      broken((r) => {
        const a = (r.articles as { articles: unknown[] }).articles;
        a.push(a[0]);
      }),
    ).toMatch(/duplicate article/);
  });
});
