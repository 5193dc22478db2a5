/**
 * The selectors on the real corpus (public/corpus.json, built by `npm run corpus`). Every expectation is
 * counted from the JSON itself, so the test follows the corpus instead of freezing it.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { checkCorpusData } from '../corpus/schema-check';
import { corpusSchema } from '../corpus/schema';
import { foldForSearch } from '../corpus/text';
import { selectFiltered, selectListRows, selectOutletCounts, selectTopicCounts } from './selectors';
import { createViewStore } from './store';

// Through Vite rather than node:fs (src/ is browser code): an empty match when the file is missing.
const found = import.meta.glob<unknown>('../../public/corpus.json', { eager: true, import: 'default' });
const json = Object.values(found)[0];

describe('the real corpus', () => {
  if (json === undefined) {
    it('exists (run `npm run corpus` first)', () => {
      expect.fail('public/corpus.json is missing: run `npm run corpus`');
    });
    return;
  }
  it('passes the full schema check', () => {
    expect(checkCorpusData(json)).toEqual({ ok: true });
  });
  const corpus = corpusSchema.parse(json);
  const ix = buildIndex(corpus);
  const none = { outlets: [], origins: [], topics: [], actors: [], events: [], query: '' };
  const idsOf = (rows: readonly number[]) => rows.map((r) => ix.headlines[r]!.id).sort();

  it('checking AP News leaves exactly the headlines whose outletId is ap-news', () => {
    const expected = corpus.headlines.filter((h) => h.outletId === 'ap-news').map((h) => h.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    const store = createViewStore();
    store.getState().toggleOutlet('ap-news');
    expect(idsOf(selectFiltered(ix, store.getState()).rows)).toEqual(expected);
    expect(selectOutletCounts(ix, store.getState())[ix.outletIndex.get('ap-news')!]).toBe(expected.length);
  });

  it('every outlet count with no filter is the outlet’s headlineCount and its headlines', () => {
    const counts = selectOutletCounts(ix, none);
    for (const o of corpus.outlets) {
      const n = corpus.headlines.filter((h) => h.outletId === o.id).length;
      expect(counts[ix.outletIndex.get(o.id)!], o.id).toBe(n);
      expect(o.headlineCount, o.id).toBe(n);
    }
  });

  it('topic counts count each headline under every one of its topics', () => {
    const counts = selectTopicCounts(ix, none);
    for (const t of corpus.topics) {
      expect(counts[ix.topicIndex.get(t.id)!], t.id).toBe(corpus.headlines.filter((h) => h.topics.includes(t.id)).length);
    }
  });

  it('"KABUL" and "kabúl" find the same headlines, those whose title or outlet contains "kabul"', () => {
    const name = new Map(corpus.outlets.map((o) => [o.id, o.name]));
    const expected = corpus.headlines
      .filter((h) => foldForSearch(`${h.title} ${h.outletId === null ? '' : name.get(h.outletId)}`).includes('kabul'))
      .map((h) => h.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(idsOf(selectFiltered(ix, { ...none, query: 'KABUL' }).rows)).toEqual(expected);
    expect(idsOf(selectFiltered(ix, { ...none, query: 'kabúl' }).rows)).toEqual(expected);
  });

  it('a selected day narrows the list to that day', () => {
    const day = corpus.headlines[0]!.date;
    const rows = selectListRows(ix, selectFiltered(ix, none), day);
    expect(idsOf(rows)).toEqual(corpus.headlines.filter((h) => h.date === day).map((h) => h.id).sort());
  });
});
