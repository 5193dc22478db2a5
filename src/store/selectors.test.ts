import { describe, expect, it } from 'vitest';
import { buildIndex, type CorpusIndex } from '../corpus/corpus-index';
import { dayToUtcMs, DAY_MS } from '../corpus/dates';
import { foldForSearch } from '../corpus/text';
import {
  hasAnyFilter,
  selectActorTotals,
  selectDayBins,
  selectFiltered,
  selectListRows,
  selectOriginCounts,
  selectOutletCounts,
  selectTopicCounts,
  type Filters,
} from './selectors';
import { createViewStore } from './store';
import { chooseDay, revealHeadline } from './intents';
import { fixtureHeadlines, makeCorpus } from '../corpus/testing';

const none: Filters = { outlets: [], origins: [], topics: [], actors: [], events: [], query: '' };
const ids = (ix: CorpusIndex, rows: readonly number[]) => rows.map((r) => ix.headlines[r]!.id);
const fresh = () => buildIndex(makeCorpus());

/** The obvious, slow reading of the filter rules, to check the fast one against. */
function reference(ix: CorpusIndex, f: Filters): string[] {
  const terms = foldForSearch(f.query).split(' ').filter(Boolean);
  return ix.headlines
    .filter((h) => f.outlets.length === 0 || (h.outletId !== null && f.outlets.includes(h.outletId)))
    .filter((h) => f.topics.length === 0 || h.topics.some((t) => f.topics.includes(t)))
    .filter((h) => f.actors.length === 0 || h.actors.some((a) => f.actors.includes(a)))
    .filter((h) => f.origins.length === 0 || f.origins.includes(ix.corpus.outlets.find((o) => o.id === h.outletId)?.origin ?? 'unknown'))
    .filter((h) => f.events.length === 0 || ix.corpus.events.some((e) => f.events.includes(e.id) && e.headlineIds.includes(h.id)))
    .filter((h) => {
      const outlet = ix.corpus.outlets.find((o) => o.id === h.outletId);
      const text = foldForSearch(`${h.title} ${outlet?.name ?? ''}`);
      return terms.every((t) => text.includes(t));
    })
    .map((h) => h.id);
}

describe('selectFiltered', () => {
  it('with no filter passes every headline, in date order', () => {
    const ix = fresh();
    const { rows, mask } = selectFiltered(ix, none);
    expect(rows).toHaveLength(fixtureHeadlines.length);
    expect([...mask].every((m) => m === 1)).toBe(true);
    const dates = rows.map((r) => ix.headlines[r]!.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('filters by outlet; a headline without an outlet never passes an outlet filter', () => {
    const ix = fresh();
    const got = ids(ix, selectFiltered(ix, { ...none, outlets: ['ap-news'] }).rows);
    expect(got).toEqual(['h-clash-ap', 'h-qatar-ap', 'h-pledge-ap']);
    const two = ids(ix, selectFiltered(ix, { ...none, outlets: ['ap-news', 'dawn'] }).rows);
    expect(two.sort()).toEqual(['h-clash-ap', 'h-kabul-dawn', 'h-pledge-ap', 'h-qatar-ap']);
    expect(two).not.toContain('h-unknown');
  });

  it('filters by topic: any of the chosen topics, primary or not', () => {
    const ix = fresh();
    const got = ids(ix, selectFiltered(ix, { ...none, topics: ['diplomacy'] }).rows);
    expect(got.sort()).toEqual(['h-kabul-dawn', 'h-muttaqi-hindu', 'h-pledge-trt', 'h-qatar-ap']);
    const either = ids(ix, selectFiltered(ix, { ...none, topics: ['humanitarian', 'diplomacy'] }).rows);
    expect(either).toHaveLength(5);
    expect(either).toContain('h-hunger-tolo');
  });

  it('filters by actor', () => {
    const ix = fresh();
    const got = ids(ix, selectFiltered(ix, { ...none, actors: ['qatar'] }).rows);
    expect(got.sort()).toEqual(['h-pledge-trt', 'h-qatar-ap']);
  });

  it('search is case- and accent-insensitive, over titles and outlet names', () => {
    const ix = fresh();
    for (const q of ['KABUL', 'kabúl', '  Kábul  ']) {
      expect(ids(ix, selectFiltered(ix, { ...none, query: q }).rows)).toEqual(['h-kabul-dawn']);
    }
    // Outlet names are searched too ("Tolo News" is not in the title).
    expect(ids(ix, selectFiltered(ix, { ...none, query: 'tolo' }).rows)).toEqual(['h-hunger-tolo']);
    // Every word must match, in any order.
    expect(ids(ix, selectFiltered(ix, { ...none, query: 'ceasefire AP' }).rows).sort()).toEqual(['h-pledge-ap', 'h-qatar-ap']);
    expect(selectFiltered(ix, { ...none, query: 'zzz' }).rows).toEqual([]);
  });

  it('combines every filter with AND', () => {
    const ix = fresh();
    const f: Filters = { origins: [], outlets: ['ap-news', 'the-hindu'], topics: ['clashes'], actors: ['taliban'], events: [], query: 'afghanistan' };
    const got = ids(ix, selectFiltered(ix, f).rows);
    expect(got).toEqual(['h-clash-ap', 'h-muttaqi-hindu']);
    expect(got).toEqual(reference(ix, f));
  });

  it('agrees with the slow reading for many filter combinations', () => {
    const ix = fresh();
    const outletChoices = [[], ['ap-news'], ['dawn', 'the-hindu'], ['quiet-post']];
    const topicChoices = [[], ['clashes'], ['ceasefire', 'humanitarian']];
    const actorChoices = [[], ['taliban'], ['pakistan', 'qatar']];
    const queries = ['', 'pakistan', 'AFGHÁNISTAN ceasefire', 'hindu'];
    const eventChoices = [[], ['doha-ceasefire'], ['night-clashes', 'doha-ceasefire']];
    let checked = 0;
    for (const outlets of outletChoices)
      for (const topics of topicChoices)
        for (const actors of actorChoices)
          for (const query of queries)
            for (const events of eventChoices) {
              const f = { outlets, origins: [], topics, actors, events, query };
              expect(ids(ix, selectFiltered(ix, f).rows)).toEqual(reference(ix, f));
              checked++;
            }
    expect(checked).toBe(4 * 3 * 3 * 4 * 3);
  });

  it('ignores ids the corpus does not know (a stale link) rather than failing', () => {
    const ix = fresh();
    expect(selectFiltered(ix, { ...none, outlets: ['gone'] }).rows).toEqual([]);
    expect(ids(ix, selectFiltered(ix, { ...none, outlets: ['gone', 'dawn'] }).rows)).toEqual(['h-kabul-dawn']);
  });

  it('is memoized: the same inputs give the same object', () => {
    const ix = fresh();
    const f = { ...none, topics: ['clashes'] };
    expect(selectFiltered(ix, f)).toBe(selectFiltered(ix, { ...f }));
  });
});

describe('facet counts', () => {
  const outletCount = (ix: CorpusIndex, counts: Int32Array, id: string) => counts[ix.outletIndex.get(id)!];
  const topicCount = (ix: CorpusIndex, counts: Int32Array, id: string) => counts[ix.topicIndex.get(id)!];

  it('outlet counts with no filter are each outlet’s headline count', () => {
    const ix = fresh();
    const counts = selectOutletCounts(ix, none);
    for (const o of ix.outlets) expect(outletCount(ix, counts, o.id)).toBe(o.headlineCount);
  });

  it('outlet counts ignore the outlet filter but apply the others', () => {
    const ix = fresh();
    const withOutlet = selectOutletCounts(ix, { ...none, outlets: ['dawn'] });
    expect([...withOutlet]).toEqual([...selectOutletCounts(ix, none)]);
    const f: Filters = { origins: [], outlets: ['dawn'], topics: ['clashes'], actors: [], events: [], query: '' };
    const counts = selectOutletCounts(ix, f);
    for (const o of ix.outlets) {
      expect(outletCount(ix, counts, o.id)).toBe(reference(ix, { ...f, outlets: [o.id] }).length);
    }
    expect(outletCount(ix, counts, 'ap-news')).toBe(1);
    expect(outletCount(ix, counts, 'the-hindu')).toBe(2);
    expect(outletCount(ix, counts, 'dawn')).toBe(0);
  });

  it('topic counts ignore the topic filter but apply the others, counting every topic of a headline', () => {
    const ix = fresh();
    const f: Filters = { origins: [], outlets: ['ap-news'], topics: ['humanitarian'], actors: [], events: [], query: '' };
    const counts = selectTopicCounts(ix, f);
    for (const t of ix.topics) {
      expect(topicCount(ix, counts, t.id)).toBe(reference(ix, { ...f, topics: [t.id] }).length);
    }
    expect(topicCount(ix, counts, 'ceasefire')).toBe(2);
    expect(topicCount(ix, counts, 'diplomacy')).toBe(1);
    expect(topicCount(ix, counts, 'humanitarian')).toBe(0);
  });

  it('counts follow the search and the actor filter', () => {
    const ix = fresh();
    const f: Filters = { origins: [], outlets: [], topics: [], actors: ['taliban'], events: [], query: 'afghanistan' };
    const oc = selectOutletCounts(ix, f);
    const tc = selectTopicCounts(ix, f);
    for (const o of ix.outlets) expect(outletCount(ix, oc, o.id)).toBe(reference(ix, { ...f, outlets: [o.id] }).length);
    for (const t of ix.topics) expect(topicCount(ix, tc, t.id)).toBe(reference(ix, { ...f, topics: [t.id] }).length);
  });

  it('actor totals count every headline naming the actor', () => {
    const ix = fresh();
    const totals = selectActorTotals(ix);
    for (const a of ix.actors) {
      expect(totals[ix.actorIndex.get(a.id)!]).toBe(ix.headlines.filter((h) => h.actors.includes(a.id)).length);
    }
  });
});

describe('selectListRows', () => {
  it('without a day is the filtered rows themselves', () => {
    const ix = fresh();
    const filtered = selectFiltered(ix, none);
    expect(selectListRows(ix, filtered, null)).toBe(filtered.rows);
  });

  it('with a day keeps only that day’s filtered rows', () => {
    const ix = fresh();
    const filtered = selectFiltered(ix, none);
    expect(ids(ix, selectListRows(ix, filtered, '2025-10-19'))).toEqual(['h-pledge-trt', 'h-qatar-ap', 'h-kabul-dawn']);
    const ap = selectFiltered(ix, { ...none, outlets: ['ap-news'] });
    expect(ids(ix, selectListRows(ix, ap, '2025-10-19'))).toEqual(['h-qatar-ap']);
    expect(selectListRows(ix, ap, '2025-10-12')).toEqual([]);
    expect(selectListRows(ix, filtered, '2024-01-01')).toEqual([]);
  });

  it('follows the store: a day selected, then a headline of another day', () => {
    const ix = fresh();
    const store = createViewStore();
    const list = () => {
      const s = store.getState();
      return ids(ix, selectListRows(ix, selectFiltered(ix, s), s.day));
    };
    store.getState().run(ix, chooseDay('2025-10-13'));
    expect(list()).toEqual(['h-clash-ap', 'h-muttaqi-hindu']);
    store.getState().run(ix, revealHeadline('h-hunger-tolo'));
    expect(list()).toContain('h-hunger-tolo');
    expect(list()).toEqual(['h-hunger-tolo', 'h-clash-cnn']);
  });
});

describe('selectDayBins', () => {
  it('bins the filtered headlines per day and primary topic', () => {
    const ix = fresh();
    const bins = selectDayBins(ix, selectFiltered(ix, none));
    const days = [...new Set(fixtureHeadlines.map((h) => h.date))].sort();
    expect(bins.map((b) => b.day)).toEqual(days.map((d) => dayToUtcMs(d) / DAY_MS));
    for (const bin of bins) {
      const onDay = fixtureHeadlines.filter((h) => dayToUtcMs(h.date) / DAY_MS === bin.day);
      expect(bin.total).toBe(onDay.length);
      ix.topics.forEach((t, i) => expect(bin.byTopic[i]).toBe(onDay.filter((h) => h.topics[0] === t.id).length));
    }
    expect(bins.reduce((n, b) => n + b.total, 0)).toBe(fixtureHeadlines.length);
  });

  it('leaves out days with no filtered headline', () => {
    const ix = fresh();
    const bins = selectDayBins(ix, selectFiltered(ix, { ...none, outlets: ['the-hindu'] }));
    expect(bins.map((b) => b.total)).toEqual([1, 1]);
    expect(bins.map((b) => b.day)).toEqual([dayToUtcMs('2025-10-12') / DAY_MS, dayToUtcMs('2025-10-13') / DAY_MS]);
    expect(bins[1]!.byTopic[ix.topicIndex.get('diplomacy')!]).toBe(1);
  });

  it('is empty when nothing passes', () => {
    const ix = fresh();
    expect(selectDayBins(ix, selectFiltered(ix, { ...none, query: 'nothing-like-this' }))).toEqual([]);
  });
});

describe('hasAnyFilter', () => {
  it('is false with no filter, or a blank search', () => {
    expect(hasAnyFilter(none)).toBe(false);
    expect(hasAnyFilter({ ...none, query: '   ' })).toBe(false);
  });
  it('is true with any one filter', () => {
    expect(hasAnyFilter({ ...none, outlets: ['dawn'] })).toBe(true);
    expect(hasAnyFilter({ ...none, topics: ['clashes'] })).toBe(true);
    expect(hasAnyFilter({ ...none, actors: ['taliban'] })).toBe(true);
    expect(hasAnyFilter({ ...none, query: 'kabul' })).toBe(true);
  });
  it('agrees with selectFiltered: no filter set means every headline passes', () => {
    const ix = fresh();
    for (const f of [none, { ...none, query: ' ' }, { ...none, topics: ['clashes'] }]) {
      expect(hasAnyFilter(f)).toBe(selectFiltered(ix, f).rows.length !== ix.headlines.length);
    }
  });
});

describe('passQuery narrowing while typing', () => {
  it('gives the same rows as a fresh search, whatever was typed before', async () => {
    const fc = (await import('fast-check')).default;
    const { buildIndex, searchTextOf } = await import('../corpus/corpus-index');
    const { searchTerms } = await import('../corpus/text');
    const { makeCorpus } = await import('../corpus/testing');
    const { passQuery: pass } = await import('./selectors');
    const ix = buildIndex(makeCorpus());
    const scan = (q: string) => {
      const terms = searchTerms(q);
      return terms.length === 0 ? null : searchTextOf(ix).map((t) => (terms.every((w) => t.includes(w)) ? 1 : 0));
    };
    const word = fc.constantFrom('a', 'af', 'afg', 'pak', 'pakistan', 'ceasefire', ' ', 'x', 'the', 'qatar says', 'k');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (parts) => {
        let typed = '';
        for (const p of parts) {
          typed += p;
          const got = pass(ix, typed);
          expect(got === null ? null : [...got]).toEqual(scan(typed));
        }
      }),
    );
  });
});

describe('topics beyond 32', () => {
  it('filter and count exactly (no two topics share a bit)', () => {
    const base = makeCorpus();
    const extra = Array.from({ length: 40 }, (_, i) => ({ id: `extra-${i}`, label: `Extra ${i}` }));
    const corpus = {
      ...base,
      topics: [...base.topics, ...extra],
      headlines: base.headlines.map((h, i) => (i === 0 ? { ...h, topics: [...h.topics, 'extra-35'] } : i === 1 ? { ...h, topics: [...h.topics, 'extra-33'] } : h)),
    };
    const ix = buildIndex(corpus);
    expect(ix.topics.length).toBeGreaterThan(40);
    expect(ids(ix, selectFiltered(ix, { ...none, topics: ['extra-35'] }).rows)).toEqual([base.headlines[0]!.id]);
    expect(ids(ix, selectFiltered(ix, { ...none, topics: ['extra-33'] }).rows)).toEqual([base.headlines[1]!.id]);
    const counts = selectTopicCounts(ix, none);
    expect(counts[ix.topicIndex.get('extra-35')!]).toBe(1);
    expect(counts[ix.topicIndex.get('extra-33')!]).toBe(1);
    expect(counts[ix.topicIndex.get('extra-34')!]).toBe(0);
    expect(ids(ix, selectFiltered(ix, { ...none, topics: ['extra-35'] }).rows)).toEqual(reference(ix, { ...none, topics: ['extra-35'] }));
  });
});

describe('selector caches', () => {
  it('callers with different filters at the same time do not evict each other', () => {
    const ix = fresh();
    const current: Filters = { ...none, outlets: ['ap-news'] };
    const deferred: Filters = { ...none, outlets: ['dawn'] };
    const a = selectOutletCounts(ix, current);
    const b = selectOutletCounts(ix, deferred);
    expect(selectOutletCounts(ix, current)).toBe(a);
    expect(selectOutletCounts(ix, deferred)).toBe(b);
    const f1 = selectFiltered(ix, current);
    selectFiltered(ix, deferred);
    expect(selectFiltered(ix, current)).toBe(f1);
  });

  it('search narrowing never leaks between corpora or queries that do not extend each other', () => {
    const ix = fresh();
    const other = fresh();
    expect(ids(ix, selectFiltered(ix, { ...none, query: 'pledge' }).rows).length).toBe(2);
    // Same query text on another index: searched afresh there.
    expect(ids(other, selectFiltered(other, { ...none, query: 'pledgex' }).rows)).toEqual([]);
    expect(ids(ix, selectFiltered(ix, { ...none, query: 'ceasefire' }).rows)).toEqual(reference(ix, { ...none, query: 'ceasefire' }));
    expect(ids(ix, selectFiltered(ix, { ...none, query: 'ceasefire qatar' }).rows)).toEqual(reference(ix, { ...none, query: 'ceasefire qatar' }));
  });
});

describe('the origin filter', () => {
  it('keeps the headlines of outlets of those origins, and counts per origin apply every other filter', () => {
    const ix = fresh();
    const f: Filters = { ...none, origins: ['pakistani', 'indian'] };
    expect(ids(ix, selectFiltered(ix, f).rows).sort()).toEqual(['h-durand-hindu', 'h-kabul-dawn', 'h-muttaqi-hindu']);
    expect(ids(ix, selectFiltered(ix, f).rows)).toEqual(reference(ix, f));
    const counts = selectOriginCounts(ix, { ...none, origins: ['pakistani'], topics: ['clashes'] });
    const at = (id: string) => counts[ix.origins.findIndex((o) => o.id === id)];
    expect(at('indian')).toBe(2);
    expect(at('western')).toBe(2);
    expect(at('pakistani')).toBe(0);
  });
});

describe('the framing-word filter', () => {
  const base = makeCorpus();
  // Tag the fixture's headlines as the builder would: two of them use "border", one of those "Durand Line" too.
  const tagged = base.headlines.map((h, i) => ({ ...h, framing: i === 0 ? ['durand-line', 'border'] : i === 2 ? ['border'] : [] }));
  const ix = buildIndex({ ...base, headlines: tagged });
  const wanted = (terms: string[]) => tagged.filter((h) => h.framing.some((t) => terms.includes(t))).map((h) => h.id).sort();

  it('keeps the headlines that use any chosen term, with the other filters', () => {
    expect(ids(ix, selectFiltered(ix, { ...none, framing: ['durand-line'] }).rows).sort()).toEqual(wanted(['durand-line']));
    expect(ids(ix, selectFiltered(ix, { ...none, framing: ['border'] }).rows).sort()).toEqual(wanted(['border']));
    expect(wanted(['border'])).toHaveLength(2);
    const outlet = tagged[2]!.outletId!;
    expect(ids(ix, selectFiltered(ix, { ...none, framing: ['border'], outlets: [outlet] }).rows)).toEqual(tagged.filter((h) => h.framing.includes('border') && h.outletId === outlet).map((h) => h.id));
    expect(hasAnyFilter({ ...none, framing: ['border'] })).toBe(true);
    expect(hasAnyFilter({ ...none, framing: [] })).toBe(false);
  });

  it('counts facets under it, and no filter or an unknown term behaves as documented', () => {
    const counts = selectOutletCounts(ix, { ...none, framing: ['border'] });
    expect([...counts].reduce((a, b) => a + b, 0)).toBe(tagged.filter((h) => h.framing.includes('border') && h.outletId !== null).length);
    expect(selectFiltered(ix, { ...none, framing: [] }).rows).toHaveLength(tagged.length);
    expect(selectFiltered(ix, { ...none, framing: ['no-such-term'] }).rows).toHaveLength(0);
  });
});
