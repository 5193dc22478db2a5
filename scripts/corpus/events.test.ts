import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Headline } from '../../src/corpus/schema';
import { build } from './build';
import { compileEvents, joinEvents, ruleMatches, type EventReport } from './events';
import type { EventsFile, EventSourcesFile } from './table-schemas';
import { eventSourcesFileSchema, eventsFileSchema } from './table-schemas';
import type { RawTables } from './tables';
import { DATA_DIR, rawTables, seedCorpus, seedTables, tableError } from './testing';

const read = (n: string): unknown => JSON.parse(readFileSync(join(DATA_DIR, `${n}.json`), 'utf8'));

const sources: EventSourcesFile = {
  sources: { wire: { publisher: 'Example Wire', title: 'A report', url: 'https://news.example/a', date: '2025-10-19' } },
};
const baseEvent = {
  summary: 'A test event.',
  kind: 'agreement' as const,
  places: ['Doha'],
  actors: ['qatar'],
  sources: ['wire'],
};

/** A headline written for the test (never from the seed): what an unseen page of the same conflict might list. */
let line = 0;
function headline(title: string, date: string, actors: string[] = []): Headline {
  line++;
  return { id: `t${line}`, title, section: null, outletId: null, date, listedDate: date, truncated: false, storyId: `s${line}`, topics: ['other'], actors, sourceLine: line };
}

describe('joining headlines to events by rules', () => {
  const file: EventsFile = {
    events: [
      {
        ...baseEvent,
        id: 'ceasefire',
        title: 'Ceasefire agreed',
        start: '2025-10-19',
        end: '2025-10-19',
        match: { any: ['ceasefire', 'cease-fire', 'truce'], none: ['extend(ed|s)?'], lag: 3 },
        exclude: ['warning amid ceasefire'],
      },
      {
        ...baseEvent,
        id: 'talks',
        title: 'Talks open',
        start: '2025-10-18',
        end: '2025-10-18',
        match: { any: ['talks'], all: ['Doha|Qatar'], actors: ['qatar'], lag: 2 },
        include: ['Negotiators gather'],
      },
    ],
    phases: [],
  };
  const tables = compileEvents(file, sources, new Set(['qatar', 'pakistan']));

  it('joins by pattern and listing window, on headlines no one here has seen', () => {
    const hs = [
      headline('Rivals sign a cease-fire in the Gulf', '2025-10-20'),
      headline('Truce holds for a second day', '2025-10-22'),
      headline('Truce holds for a third day', '2025-10-23'), // listed after the window (19 + 3 days)
      headline('Ceasefire rumours swirl', '2025-10-17'), // listed before the event
      headline('Ceasefire extended for talks', '2025-10-19'), // refused by `none`
      headline('Ceasefirex is not a word', '2025-10-19'), // word boundaries
    ];
    const { events } = joinEvents(tables, hs, null);
    expect(events[0]!.headlineIds).toEqual(['t1', 't2']);
  });

  it('`all` and `actors` must hold too; an include phrase joins what the rule cannot, an exclude refuses', () => {
    const hs = [
      headline('Delegations open talks in Doha', '2025-10-18', ['qatar']),
      headline('Delegations open talks in Doha', '2025-10-19', []), // names no Qatar actor
      headline('Talks open in Geneva', '2025-10-18', ['qatar']), // no Doha or Qatar in the title
      headline("Negotiators gather, and nobody's talking", '2025-11-30'), // an include phrase, whatever its date
      headline('Kabul issues warning amid ceasefire', '2025-10-19'),
    ];
    const { events, report } = joinEvents(tables, hs, null);
    expect(events[1]!.headlineIds).toEqual([hs[0]!.id, hs[3]!.id]);
    expect(events[0]!.headlineIds).toEqual([]);
    expect(report.unreported).toEqual(['ceasefire']);
  });

  it('reports the events no headline reports and the phrases that match nothing', () => {
    const { report } = joinEvents(tables, [headline('Something else entirely', '2025-10-19')], null);
    expect(report.unreported).toEqual(['ceasefire', 'talks']);
    expect(report.unmatched).toEqual(['event "ceasefire": exclude "warning amid ceasefire" matches no headline', 'event "talks": include "Negotiators gather" matches no headline']);
  });

  it('ruleMatches reads the listing day against the event start and end + lag', () => {
    const rule = tables.rules[0]!;
    expect(ruleMatches(rule, { title: 'Truce', date: '2025-10-19', actors: [] })).toBe(true);
    expect(ruleMatches(rule, { title: 'Truce', date: '2025-10-22', actors: [] })).toBe(true);
    expect(ruleMatches(rule, { title: 'Truce', date: '2025-10-23', actors: [] })).toBe(false);
  });
});

describe('the events table is checked', () => {
  type Editable = RawTables & { events: { events: Record<string, unknown>[]; phases: unknown[] }; eventSources: { sources: Record<string, Record<string, unknown>> } };
  const broken = (edit: (r: Editable) => void): string => {
    const r = rawTables() as Editable;
    edit(r);
    return tableError(r);
  };

  it('rejects a source without a URL, an end before the start, an unknown actor or source, naming where', () => {
    expect(broken((r) => delete Object.values(r.eventSources.sources)[0]!.url)).toMatch(/^event-sources\.json: sources\.[a-z0-9-]+\.url: /);
    expect(broken((r) => (Object.values(r.eventSources.sources)[0]!.url = 'javascript:alert(1)'))).toMatch(/url: expected an http\(s\) URL/);
    expect(broken((r) => (r.events.events[0]!.end = '2000-01-01'))).toMatch(/event "[a-z0-9-]+": end 2000-01-01 is before start/);
    expect(broken((r) => (r.events.events[0]!.actors = ['martians']))).toMatch(/event "[a-z0-9-]+"\.actors: unknown actor "martians"/);
    expect(broken((r) => (r.events.events[0]!.sources = ['no-such-source']))).toMatch(/\.sources: unknown source "no-such-source"/);
    expect(broken((r) => (r.events.events[0]!.start = '2025-02-30'))).toMatch(/^events\.json: events\.0\.start: /);
    expect(broken((r) => delete (r as Partial<RawTables>).eventSources)).toMatch(/come together/);
  });

  it('every source of the shipped table is an http(s) page with a publisher, a title and a day', () => {
    const s = eventSourcesFileSchema.parse(read('event-sources'));
    const e = eventsFileSchema.parse(read('events'));
    expect(Object.keys(s.sources).length).toBeGreaterThanOrEqual(e.events.length);
    for (const src of Object.values(s.sources)) expect(src.url).toMatch(/^https?:\/\//);
  });
});

describe('the seed page with the shipped events', () => {
  const corpus = seedCorpus();
  const byId = new Map(corpus.events.map((e) => [e.id, e]));
  const titles = (id: string) => byId.get(id)!.headlineIds.map((h) => corpus.headlines.find((x) => x.id === h)!.title);

  it('holds the conflict’s turning points from the first strikes to the end of the Istanbul talks, and the 2017 Moscow rounds', () => {
    const in2025 = corpus.events.filter((e) => e.start >= '2025-10-01');
    expect(in2025.length).toBeGreaterThanOrEqual(15);
    for (const id of ['kabul-paktika-strikes', 'border-clashes-oct-11-12', 'truce-48h', 'truce-extended', 'doha-talks', 'doha-ceasefire', 'istanbul-talks', 'istanbul-talks-end', 'moscow-conference-2017-04'])
      expect(byId.has(id), id).toBe(true);
    expect(byId.get('moscow-conference-2017-04')!.declined).toContain('united-states');
    for (const e of corpus.events) expect(e.sources.length, e.id).toBeGreaterThan(0);
  });

  it('puts each side’s figures for the night of 11–12 October in its own mouth', () => {
    const claims = byId.get('border-clashes-oct-11-12')!.claims;
    const claimants = new Set(claims.map((c) => c.claimantActor));
    expect(claimants.has('pakistan') || claimants.has('ispr')).toBe(true);
    expect(claimants.has('taliban') || claimants.has('afghanistan') || claimants.has('zabihullah-mujahid')).toBe(true);
    const figures = claims.flatMap((c) => c.figures.map((f) => f.value));
    expect(figures).toEqual(expect.arrayContaining([58, 23]));
  });

  it('joins the seed’s ceasefire headlines to the right day’s ceasefire', () => {
    expect(titles('truce-48h')).toContain('News Wrap: Pakistan and Afghanistan agree to a 48-hour ceasefire after days of clashes');
    expect(titles('doha-ceasefire')).toContain('Afghanistan and Pakistan have agreed to an immediate ceasefire, Qatar says');
    expect(titles('doha-ceasefire')).not.toContain('Tensions between Pakistan and Afghanistan spike as truce is extended');
    expect(titles('truce-extended')).toEqual(['Tensions between Pakistan and Afghanistan spike as truce is extended']);
    expect(titles('border-clashes-oct-11-12')).toContain('Afghanistan says it has killed 58 Pakistani soldiers in overnight border operations');
  });

  it('links the background passages that anticipate the Moscow conference', () => {
    const paragraphs = corpus.background!.sections.flatMap((s) => s.paragraphs);
    const moscow = byId.get('moscow-conference-2017-04')!;
    expect(moscow.paragraphIds.length).toBeGreaterThan(0);
    for (const id of moscow.paragraphIds) expect(paragraphs.find((p) => p.id === id)!.text).toMatch(/Moscow|conference|Taliban/);
  });

  it('keeps every actor the events name in the corpus', () => {
    const actors = new Set(corpus.actors.map((a) => a.id));
    for (const e of corpus.events) for (const a of [...e.actors, ...e.participants, ...e.declined]) expect(actors.has(a), `${e.id}: ${a}`).toBe(true);
  });

  it('the build hears what did not join', () => {
    let report: EventReport | null = null;
    build('- Talks begin in Doha - AP News - October 19th, 2025 [October 19th, 2025]', seedTables(), 'test.txt', { onEvents: (r) => (report = r) });
    expect(report!.unreported).toContain('truce-48h');
    expect(report!.unreported).not.toContain('doha-talks');
  });
});
