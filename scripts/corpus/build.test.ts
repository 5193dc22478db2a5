import { describe, expect, it } from 'vitest';
import { corpusSchema } from '../../src/corpus/schema';
import { eventActors } from './events';
import { build, CorpusInputError } from './build';
import { headlineAt, SEED_NAME, seedCorpus, seedTables, seedText } from './testing';

const tables = seedTables();

describe('the seed corpus', () => {
  const corpus = seedCorpus();
  it('passes corpusSchema.parse', () => {
    expect(() => corpusSchema.parse(corpus)).not.toThrow();
    expect(corpus.schemaVersion).toBe(1);
    expect(corpus.source).toBe(SEED_NAME);
  });
  it('has all 80 headlines, in source order', () => {
    expect(corpus.headlines).toHaveLength(80);
    expect(corpus.headlines.map((h) => h.sourceLine)).toEqual(Array.from({ length: 80 }, (_, i) => i + 27));
    expect(corpus.range).toEqual({ start: '2025-10-13', end: '2025-10-21' });
  });
  it('has 17, 12, 18, 23 and 10 headlines on 13, 15, 17, 19 and 21 October', () => {
    const perDay = new Map<string, number>();
    for (const h of corpus.headlines) perDay.set(h.date, (perDay.get(h.date) ?? 0) + 1);
    expect(Object.fromEntries(perDay)).toEqual({ '2025-10-21': 10, '2025-10-19': 23, '2025-10-17': 18, '2025-10-15': 12, '2025-10-13': 17 });
  });
  it('reads titles, outlets, sections and truncation', () => {
    expect(headlineAt(27)).toMatchObject({ title: 'Pakistan and Afghanistan agree to a ceasefire', outletId: 'npr', section: null, truncated: false, date: '2025-10-21', listedDate: '2025-10-21' });
    expect(headlineAt(28)).toMatchObject({ title: 'HistoriCity | Revisiting the shared past of India and Afghanistan', section: 'Latest News India', outletId: 'hindustan-times' });
    expect(headlineAt(36)).toMatchObject({ section: 'World News', outletId: 'hindustan-times' });
    expect(headlineAt(36).title.endsWith('consider it as border?')).toBe(true);
    expect(headlineAt(34)).toMatchObject({ outletId: null, truncated: true });
    expect(headlineAt(88)).toMatchObject({ outletId: 'the-times-of-india', truncated: true });
    expect(headlineAt(98)).toMatchObject({ truncated: true, title: 'Pakistan claims over 200 Taliban forces killed in deadly border clash; claims Afghanistan facilitating t' });
    expect(headlineAt(106)).toMatchObject({ truncated: true, outletId: 'the-economic-times' });
    expect(corpus.headlines.filter((h) => h.truncated).map((h) => h.sourceLine)).toEqual([34, 88, 98, 106]);
    expect(headlineAt(41)).toMatchObject({ outletId: 'abc-news', title: 'Afghanistan and Pakistan pledge to respect ceasefire after more than a week of deadly fighting' });
    expect(headlineAt(57).outletId).toBe('the-sentinel');
  });
  it('gives short, URL-safe, unique ids', () => {
    const ids = corpus.headlines.map((h) => h.id);
    expect(new Set(ids).size).toBe(80);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{8}(-\d+)?$/);
  });
  it('lists the outlets that occur, with raw aliases, countries, origins and counts', () => {
    expect(corpus.outlets).toHaveLength(52);
    const toi = corpus.outlets.find((o) => o.id === 'the-times-of-india');
    const { ownership, language, ...rest } = toi!;
    expect(rest).toEqual({ id: 'the-times-of-india', name: 'The Times of India', country: 'India', origin: 'india', kind: 'news', aliases: ['The Times of India', 'Times of India'], headlineCount: 6 });
    // Who owns it and what language it publishes in, each with the page that says so (data/outlets.json).
    expect(ownership).toMatchObject({ value: 'private', sources: [{ publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/The_Times_of_India', date: null }] });
    expect(language?.value).toEqual(['en']);
    const abc = corpus.outlets.find((o) => o.id === 'abc-news');
    expect(abc).toMatchObject({ name: 'ABC News', country: 'US', origin: 'western', headlineCount: 3, aliases: ['ABC News - Breaking News, Latest News and Videos'] });
    expect(corpus.outlets.find((o) => o.id === 'dawn')?.origin).toBe('pakistan');
    expect(corpus.outlets.find((o) => o.id === 'kabulnow')?.origin).toBe('afghanistan');
    expect(corpus.outlets.find((o) => o.id === 'al-jazeera')?.origin).toBe('gulf-turkiye');
    expect(corpus.outlets.every((o) => o.country !== 'Unknown')).toBe(true);
    expect(corpus.outlets.reduce((n, o) => n + o.headlineCount, 0)).toBe(79);
  });
  it('says what each outlet is: the WHO office is an international body, AP a wire agency, with the page that says so', () => {
    const who = corpus.outlets.find((o) => o.id === 'who-regional-office-for-the-eastern-mediterranean');
    expect(who?.kind).toBe('official');
    expect(who?.about?.sources[0]?.url).toMatch(/^https:\/\//);
    expect(corpus.outlets.find((o) => o.id === 'ap-news')?.kind).toBe('wire');
    expect(corpus.outlets.find((o) => o.id === 'yahoo-news')?.kind).toBe('aggregator');
    expect(corpus.outlets.find((o) => o.id === 'dawn')).toMatchObject({ kind: 'news' });
    expect(corpus.outlets.find((o) => o.id === 'dawn')?.about).toBeUndefined();
  });
  it('lists the origins used, unknown included for the headline without outlet', () => {
    expect(corpus.origins.map((o) => o.id)).toEqual(['pakistan', 'afghanistan', 'india', 'gulf-turkiye', 'western', 'other', 'unknown']);
  });
  it('reports the anomalies of the seed page', () => {
    expect(corpus.anomalies.map((a) => [a.line, a.kind])).toEqual([
      [34, 'no-outlet'],
      [34, 'truncated-title'],
      [88, 'truncated-title'],
      [98, 'truncated-title'],
      [106, 'truncated-title'],
    ]);
  });
  it('lists every topic of the table, in its display order', () => {
    expect(corpus.topics.map((t) => t.id)).toEqual(tables.topics.displayOrder);
    expect(new Set(corpus.topics.map((t) => t.id))).toEqual(new Set(tables.topics.topics.map((t) => t.id)));
  });
  it('gives each headline its topics, the strongest evidence first', () => {
    // "Afghanistan withdraws from Twenty20 cricket tri-series in Pakistan over military strikes": sport outranks fighting.
    const cricket = corpus.headlines.find((h) => h.title.includes('Twenty20'))!;
    expect(cricket.topics[0]).toBe('sport');
    expect(cricket.topics).toContain('fighting');
  });
});

describe('build', () => {
  it('is deterministic: same input, byte-identical JSON', () => {
    const a = JSON.stringify(build(seedText(), tables, SEED_NAME));
    const b = JSON.stringify(build(seedText(), tables, SEED_NAME));
    expect(a).toBe(b);
  });
  it('ids depend on content, not on position', () => {
    const lines = seedText().split('\n');
    const moved = [...lines.slice(0, 26), ...lines.slice(27), lines[26] ?? ''].join('\n');
    const a = build(seedText(), tables, 'a.txt');
    const b = build(moved, tables, 'b.txt');
    const npr = (c: typeof a) => c.headlines.find((h) => h.title === 'Pakistan and Afghanistan agree to a ceasefire')?.id;
    expect(npr(a)).toBe(npr(b));
    expect(npr(a)).toBeDefined();
  });
  it('flags only what is cut, and says how sure: an ellipsis is certain, a mid-word cut probable', () => {
    const page = [
      '- Foreign minister warns Kabul: "we have other options..." - Dawn - October 13th, 2025 [October 13th, 2025]',
      '- Envoys of both sides meet - Dawn - October 13th, 2025 [October 13th, 2025]',
      '- The meeting in Doha ends late as mediators press for a truce - NPR - October 13th, 2025 [October 13th, 2025]',
      '- Traders stranded at Torkham as the crossing stays shut for a fourth day and negotiat - NPR - October 13th, 2025 [October 13th, 2025]',
      '- Negotiations on reopening Torkham stall - Dawn - October 13th, 2025 [October 13th, 2025]',
      '- Border crossings stay shut as traders wait for the... - Dawn - October 13th, 2025 [October 13th, 2025]',
    ].join('\n');
    const c = build(page, tables, 'cuts.txt');
    const at = (line: number) => c.headlines.find((h) => h.sourceLine === line);
    expect(at(1)).toMatchObject({ truncated: false, title: 'Foreign minister warns Kabul: "we have other options..."' });
    expect(at(1)?.cut).toBeUndefined();
    expect(at(2)).toMatchObject({ truncated: false, title: 'Envoys of both sides meet' });
    expect(at(4)).toMatchObject({ truncated: true, cut: { by: 'mid-word', certainty: 'probable', fragment: 'negotiat', completion: 'negotiations' } });
    expect(at(6)).toMatchObject({ truncated: true, cut: { by: 'ellipsis', certainty: 'certain' } });
    expect(c.anomalies.filter((a) => a.kind === 'truncated-title').map((a) => [a.line, a.message])).toEqual([
      [4, 'the title is probably cut mid-word: "negotiat" is no English word, and begins "negotiations"'],
      [6, 'the title ends with an ellipsis: cut short by the aggregator'],
    ]);
    expect(() => corpusSchema.parse(c)).not.toThrow();
  });
  it("a ministry's full name in the outlet position is the outlet; an ambiguous tail is reported as ambiguous", () => {
    const c = build(
      [
        '- Statement on the closure of the Torkham crossing - Ministry of Foreign Affairs of the Islamic Republic of Pakistan - October 13th, 2025 [October 13th, 2025]',
        '- Border talks - what each side wants from the meeting in Doha this week and next - October 13th, 2025 [October 13th, 2025]',
      ].join('\n'),
      tables,
      'long.txt',
    );
    expect(c.headlines[0]).toMatchObject({ title: 'Statement on the closure of the Torkham crossing', outletId: 'ministry-of-foreign-affairs-of-the-islamic-republic-of-pakistan' });
    expect(c.outlets.find((o) => o.id === c.headlines[0]?.outletId)?.name).toBe('Ministry of Foreign Affairs of the Islamic Republic of Pakistan');
    expect(c.headlines[1]).toMatchObject({ title: 'Border talks - what each side wants from the meeting in Doha this week and next', outletId: null });
    expect(c.anomalies.map((a) => [a.line, a.kind, a.message.split(':')[0]])).toEqual([
      [1, 'unknown-outlet', 'outlet "Ministry of Foreign Affairs of the Islamic Republic of Pakistan" is not in data/outlets.json'],
      [2, 'no-outlet', 'ambiguous'],
    ]);
  });
  it('a line listed three times is one headline found on three lines', () => {
    const line = '- Same title - NPR - October 21st, 2025 [October 21st, 2025]';
    const c = build([line, line, line].join('\n'), tables, 'dup.txt');
    expect(c.headlines).toHaveLength(1);
    expect(c.headlines[0]).toMatchObject({ title: 'Same title', sourceLine: 1, sources: [1, 2, 3].map((l) => ({ page: 'dup.txt', line: l })) });
    expect(c.outlets.find((o) => o.id === 'npr')?.headlineCount).toBe(3);
    expect(c.stories).toHaveLength(1);
    expect(() => corpusSchema.parse(c)).not.toThrow();
  });
  it('the same title from two outlets, or on two days, stays two headlines with distinct ids', () => {
    const c = build(['- Same title - NPR - October 21st, 2025 [October 21st, 2025]', '- Same title - BBC - October 21st, 2025 [October 21st, 2025]', '- Same title - NPR - October 23rd, 2025 [October 23rd, 2025]'].join('\n'), tables, 'dup.txt');
    expect(c.headlines.map((h) => [h.outletId, h.date])).toEqual([['npr', '2025-10-21'], ['bbc-news', '2025-10-21'], ['npr', '2025-10-23']]);
    expect(new Set(c.headlines.map((h) => h.id)).size).toBe(3);
    expect(c.headlines.every((h) => h.sources === undefined)).toBe(true);
  });
  it('handles CRLF, a BOM and tabs like the plain page', () => {
    const plain = build(seedText(), tables, 'x.txt');
    const crlf = build(`\uFEFF${seedText().replace(/\n/g, '\r\n').replace(/ - /g, ' -\t')}`, tables, 'x.txt');
    expect(crlf.headlines.map((h) => [h.id, h.title, h.outletId, h.date])).toEqual(plain.headlines.map((h) => [h.id, h.title, h.outletId, h.date]));
    expect(crlf.background?.title).toBe(plain.background?.title);
    expect(JSON.stringify(crlf)).toBe(JSON.stringify(plain));
  });
  it('a page with a list but no article has background null', () => {
    const list = seedText().split('\n').slice(26).join('\n');
    const c = build(list, tables, 'list.txt');
    expect(c.background).toBeNull();
    expect(c.headlines).toHaveLength(80);
    expect(() => corpusSchema.parse(c)).not.toThrow();
  });
  it('unknown outlets, date mismatches and junk lines become anomalies, the rest still builds', () => {
    const page = [
      '- Border reopens - Kabul Daily Star - October 12th, 2025 [October 13th, 2025]',
      '- this line is broken',
      '- Trade resumes - Kabul Daily Star - October 13th, 2025 [October 13th, 2025]',
    ].join('\n');
    const c = build(page, tables, 'p.txt');
    expect(c.headlines.map((h) => [h.title, h.outletId, h.date, h.listedDate])).toEqual([
      ['Border reopens', 'kabul-daily-star', '2025-10-12', '2025-10-13'],
      ['Trade resumes', 'kabul-daily-star', '2025-10-13', '2025-10-13'],
    ]);
    expect(c.outlets).toEqual([{ id: 'kabul-daily-star', name: 'Kabul Daily Star', aliases: ['Kabul Daily Star'], country: 'Unknown', origin: 'unknown', kind: null, headlineCount: 2 }]);
    expect(c.anomalies.map((a) => [a.line, a.kind])).toEqual([
      [1, 'unknown-outlet'],
      [1, 'date-mismatch'],
      [2, 'not-a-headline'],
      [3, 'unknown-outlet'],
    ]);
    expect(c.origins.map((o) => o.id)).toEqual(['unknown']);
    // No headline names an actor: the corpus keeps only those the curated events name.
    expect(c.actors.map((a) => a.id).sort()).toEqual([...eventActors(c.events)].sort());
    expect(() => corpusSchema.parse(c)).not.toThrow();
  });
  it('refuses an empty page and a page without headline list', () => {
    expect(() => build('', tables, 'e.txt')).toThrow(CorpusInputError);
    expect(() => build(' \n\t\r\n', tables, 'e.txt')).toThrow(/empty/);
    expect(() => build(seedText().split('\n').slice(0, 26).join('\n'), tables, 'a.txt')).toThrow(/no headline list/);
  });
});
