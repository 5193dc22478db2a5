import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { corpusSchema, manifestSchema, MAX_ID_LENGTH, type Corpus } from './schema';
import { ID_PATTERN } from './ids';
import { describeIssues } from './schema-check';
import { makeCorpus } from './testing';
import { splitByMonth } from './split';

/** The problems the schema finds in a corpus edited by `edit`, as "path: message" lines. */
function problems(edit: (c: Corpus) => void): string[] {
  const c = structuredClone(makeCorpus());
  edit(c);
  const r = corpusSchema.safeParse(c);
  return r.success ? [] : describeIssues(r.error.issues, 20);
}

describe('ids', () => {
  it('accepts an id a link can carry (up to 100 characters) and refuses a longer one, with its path', () => {
    const long = `outlet-${'x'.repeat(MAX_ID_LENGTH - 7)}`;
    expect(long).toHaveLength(MAX_ID_LENGTH);
    const rename = (c: Corpus, to: string) => {
      const from = c.outlets[0]!.id;
      c.outlets[0]!.id = to;
      for (const h of c.headlines) if (h.outletId === from) h.outletId = to;
      for (const s of c.stories) s.outletIds = s.outletIds.map((o) => (o === from ? to : o));
    };
    expect(problems((c) => rename(c, long))).toEqual([]);
    const tooLong = problems((c) => rename(c, `${long}y`));
    expect(tooLong).toContain('outlets.0.id: expected a lowercase slug id of at most 100 characters');
    expect(problems((c) => (c.topics[0]!.id = 'Fighting'))[0]).toMatch(/^topics\.0\.id: expected a lowercase slug id/);
  });

  it('the same rule as links: 1 to 100 of a-z, 0-9 and "-", not starting with "-"', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'z', '0', '9', '-', 'A', '_', 'é'), maxLength: 130 }), (s) => {
        const linkable = /^[a-z0-9][a-z0-9-]*$/.test(s) && s.length <= 100;
        expect(ID_PATTERN.test(s)).toBe(linkable);
      }),
    );
  });
});

describe('the event schema', () => {
  it('accepts the fixture events and phases', () => {
    expect(problems(() => undefined)).toEqual([]);
    expect(makeCorpus().events).toHaveLength(2);
  });

  it('rejects a source without a URL, or with a URL a reader must not open, naming the field', () => {
    expect(problems((c) => delete (c.events[0]!.sources[0] as Partial<Corpus['events'][number]['sources'][number]>).url)).toEqual([
      'events.0.sources.0.url: Invalid input: expected string, received undefined',
    ]);
    expect(problems((c) => (c.events[1]!.claims = [{ ...c.events[0]!.claims[0]!, sources: [{ ...c.events[0]!.sources[0]!, url: 'javascript:alert(1)' }] }]))).toEqual([
      'events.1.claims.0.sources.0.url: expected an http(s) URL',
    ]);
    expect(problems((c) => (c.phases[0]!.sources[0]!.url = 'https://user:pw@news.example/'))).toEqual(['phases.0.sources.0.url: expected an http(s) URL']);
  });

  it('rejects an end before the start, for events and phases', () => {
    expect(problems((c) => (c.events[0]!.end = '2025-10-01'))).toEqual(['events.0.end: ends (2025-10-01) before it starts (2025-10-11)']);
    expect(problems((c) => (c.phases[0]!.end = '2025-10-01'))).toEqual(['phases.0.end: ends (2025-10-01) before it starts (2025-10-09)']);
  });

  it('rejects unknown actors, headlines and paragraphs, and duplicate ids, with the field path', () => {
    expect(problems((c) => (c.events[0]!.actors = ['pakistan', 'martians']))).toEqual(['events.0.actors.1: unknown actor "martians"']);
    expect(problems((c) => (c.events[1]!.declined = ['nobody']))).toEqual(['events.1.declined.0: unknown actor "nobody"']);
    expect(problems((c) => (c.events[0]!.claims[1]!.claimantActor = 'ghost'))).toEqual(['events.0.claims.1.claimantActor: unknown actor "ghost"']);
    expect(problems((c) => (c.events[0]!.headlineIds = ['nope']))).toEqual(['events.0.headlineIds.0: unknown headline "nope"']);
    expect(problems((c) => (c.events[0]!.paragraphIds = ['p99']))).toEqual(['events.0.paragraphIds.0: unknown paragraph "p99"']);
    expect(problems((c) => (c.events[1]!.id = c.events[0]!.id))).toEqual(['events.1.id: duplicate id "night-clashes"']);
  });

  it('rejects an impossible date, a claim without sources and an unknown kind', () => {
    expect(problems((c) => (c.events[0]!.start = '2025-02-30'))).toEqual(['events.0.start: expected a real calendar date YYYY-MM-DD']);
    expect(problems((c) => (c.events[0]!.claims[0]!.sources = []))).toEqual(['events.0.claims.0.sources: Too small: expected array to have >=1 items']);
    expect(problems((c) => ((c.events[0] as { kind: string }).kind = 'party'))).toHaveLength(1);
  });

  it('a corpus from before the event layer (no events, no phases) is still valid', () => {
    const { events: _e, phases: _p, ...old } = makeCorpus();
    const r = corpusSchema.safeParse(old);
    expect(r.success).toBe(true);
    expect(r.success && r.data.events).toEqual([]);
  });

  it('a split corpus keeps the events in its manifest, checked without the headlines it has not loaded', () => {
    const { manifest } = splitByMonth(makeCorpus(), 'c.json');
    expect(manifest.events).toHaveLength(2);
    expect(manifestSchema.safeParse(manifest).success).toBe(true);
    const bad = { ...manifest, events: [{ ...manifest.events[0]!, actors: ['martians'] }, manifest.events[1]!] };
    expect(manifestSchema.safeParse(bad).success).toBe(false);
  });
});
