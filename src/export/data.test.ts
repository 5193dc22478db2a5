import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { fixtureHeadlines, makeCorpus } from '../corpus/testing';
import { dayToUtcMs, DAY_MS } from '../corpus/dates';
import { defaultViewState, type ViewState } from '../store/view-state';
import { BOM } from './csv';
import { CSV_HEADER, exportFileName, headlineRecord, headlinesCsv, inWindow, slug, viewExport, viewRows } from './data';

const ix = buildIndex(makeCorpus());
const view = (v: Partial<ViewState>): ViewState => ({ ...defaultViewState, ...v });
const ids = (rows: readonly number[]) => rows.map((r) => ix.headlines[r]!.id);
const win = (from: string, to: string) => ({ start: dayToUtcMs(from), end: dayToUtcMs(to) + DAY_MS });

describe('viewRows', () => {
  it('holds the list rows of the view: filters and the selected day', () => {
    expect(ids(viewRows(ix, view({ outlets: ['ap-news'] })))).toEqual(['h-clash-ap', 'h-qatar-ap', 'h-pledge-ap']);
    expect(ids(viewRows(ix, view({ outlets: ['ap-news'], day: '2025-10-19' })))).toEqual(['h-qatar-ap']);
    expect(viewRows(ix, view({})).length).toBe(fixtureHeadlines.length);
  });
});

describe('headlineRecord', () => {
  it('names the outlet, its country and origin, labels topics and actors, lists events and source places', () => {
    const r = headlineRecord(ix, ix.rowById.get('h-pledge-trt')!);
    expect(r).toEqual({
      id: 'h-pledge-trt',
      title: 'Afghanistan and Pakistan pledge to respect ceasefire',
      outlet: 'TRT World',
      outletId: 'trt-world',
      outletCountry: 'Türkiye',
      outletOrigin: ix.origins.find((o) => o.id === 'gulf-turkish')!.label,
      listedDate: '2025-10-19',
      topics: ['Ceasefire', 'Diplomacy'],
      actors: ['Pakistan', 'Qatar'],
      storyId: 's-pledge',
      events: ['doha-ceasefire'],
      sources: [{ page: 'fixture.txt', line: 3 }],
    });
  });
  it('leaves the outlet fields empty for a line that names none', () => {
    const r = headlineRecord(ix, ix.rowById.get('h-unknown')!);
    expect([r.outlet, r.outletId, r.outletCountry, r.outletOrigin]).toEqual(['', null, '', '']);
  });
});

describe('headlinesCsv', () => {
  it('writes a header and one row per headline, quoted where needed', () => {
    const csv = headlinesCsv(ix, viewRows(ix, view({ outlets: ['cnn', 'dawn'] })));
    expect(csv.startsWith(`${BOM}${CSV_HEADER.join(',')}\r\n`)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[1]).toBe('h-clash-cnn,Why are Afghanistan and Pakistan clashing on the border?,CNN,cnn,US,Western,2025-10-17,Clashes,Taliban; Pakistan,s-why,,fixture.txt,7'.replace('Western', ix.origins.find((o) => o.id === 'western')!.label));
    expect(lines[2]).toBe(`h-kabul-dawn,Future of ceasefire hinges on Kabul's ability to rein in TTP,Dawn,dawn,Pakistan,${ix.origins.find((o) => o.id === 'pakistani')!.label},2025-10-19,Diplomacy,Taliban,s-kabul,,fixture.txt,5`);
  });
  it('neutralises a hostile title and quotes its commas and quotes', () => {
    const hostile = buildIndex(
      makeCorpus([{ id: 'h-evil', title: '=HYPERLINK("http://evil.example/?a,b","Click") - "Kabul"', outletId: 'cnn', date: '2025-10-17', storyId: 's-evil', topics: ['clashes'] }]),
    );
    const csv = headlinesCsv(hostile, [0]);
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example/?a,b"",""Click"") - ""Kabul""",CNN,`);
  });
});

describe('viewExport', () => {
  it('carries the rows, the window, the filters and the events and phases in the window with their sources', () => {
    const v = view({ outlets: ['ap-news'], window: win('2025-10-12', '2025-10-14') });
    const out = viewExport(ix, v, { link: 'https://x.example/?outlets=ap-news', accessed: '2026-12-03', build: 'abc' });
    expect(out.window).toEqual({ from: '2025-10-12', to: '2025-10-14' });
    expect(out.headlines.map((h) => h.id)).toEqual(['h-clash-ap', 'h-qatar-ap', 'h-pledge-ap']);
    expect(out.events.map((e) => e.id)).toEqual(['night-clashes']);
    expect(out.events[0]!.sources[0]!.url).toBe('https://news.example/report');
    expect(out.events[0]!.claims).toHaveLength(2);
    expect(out.phases.map((p) => p.id)).toEqual(['escalation']);
    expect(out.corpus).toEqual({ source: 'fixture.txt', build: 'abc', range: ix.corpus.range });
    expect(out.filters.outlets).toEqual(['ap-news']);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });
  it('inWindow keeps what overlaps the days, both ends included', () => {
    const items = [{ start: '2025-10-01', end: '2025-10-11' }, { start: '2025-10-12', end: '2025-10-12' }, { start: '2025-10-15', end: '2025-10-20' }];
    expect(inWindow(items, '2025-10-11', '2025-10-15')).toEqual(items);
    expect(inWindow(items, '2025-10-13', '2025-10-14')).toEqual([]);
  });
});

describe('exportFileName', () => {
  it('says what and when: the rows’ first and last listing day and the active filters', () => {
    const all = view({});
    expect(exportFileName(ix, all, viewRows(ix, all), 'csv')).toBe('border-timeline_2025-10-12_2025-10-21_all.csv');
    const ap = view({ outlets: ['ap-news'] });
    expect(exportFileName(ix, ap, viewRows(ix, ap), 'csv')).toBe('border-timeline_2025-10-13_2025-10-21_ap-news.csv');
    const many = view({ outlets: ['ap-news', 'cnn'], topics: ['clashes'], query: 'Why… “clashing”/../', day: '2025-10-17' });
    expect(ids(viewRows(ix, many))).toEqual(['h-clash-cnn']);
    expect(exportFileName(ix, many, viewRows(ix, many), 'json')).toBe('border-timeline_2025-10-17_2025-10-17_day-2025-10-17_ap-news_cnn_clashes_q-why-clashing.json');
  });
  it('falls back to the window when nothing shows, and stays short and ASCII', () => {
    const none = view({ query: 'zzzz', window: win('2025-10-01', '2025-10-05') });
    expect(exportFileName(ix, none, viewRows(ix, none), 'svg')).toBe('border-timeline_2025-10-01_2025-10-05_q-zzzz.svg');
    const long = view({ actors: Array.from({ length: 40 }, (_, i) => `actor-number-${i}`) });
    const name = exportFileName(ix, long, [], 'csv');
    expect(name.length).toBeLessThanOrEqual(124);
    expect(name).toMatch(/^[\x20-\x7e]+_etc\.csv$/);
  });
  it('slug keeps ASCII letters and digits', () => {
    expect(slug('  Ça va? <script>alert(1)</script> ')).toBe('ca-va-script-alert-1-script');
    expect(slug('کابل')).toBe('');
  });
});
