import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { selectOutletCounts } from '../store/selectors';
import { makeCorpus } from '../corpus/testing';
import { groupOutlets, outletMatches } from './outlet-groups';

const ix = buildIndex(makeCorpus());
const none = { outlets: [], origins: [], topics: [], actors: [], events: [], query: '' };

describe('outletMatches', () => {
  const outlet = { name: 'Türkiye Today', aliases: ['TRT'] };
  it('matches case- and accent-insensitively, on any alias', () => {
    expect(outletMatches(outlet, 'turkiye')).toBe(true);
    expect(outletMatches(outlet, 'TÜRK')).toBe(true);
    expect(outletMatches(outlet, 'trt')).toBe(true);
    expect(outletMatches(outlet, 'today türk')).toBe(true);
    expect(outletMatches(outlet, 'dawn')).toBe(false);
  });
  it('an empty or blank text matches every outlet', () => {
    expect(outletMatches(outlet, '')).toBe(true);
    expect(outletMatches(outlet, '   ')).toBe(true);
  });
});

describe('groupOutlets', () => {
  it("says what an outlet is when it is not a news outlet, and finds outlets by their kind", () => {
    const groups = groupOutlets(ix, selectOutletCounts(ix, none), []);
    const us = groups.find((g) => g.country === 'US')!;
    expect(us.outlets.map((o) => [o.name, o.kind])).toEqual([
      ['AP News', 'wire agency'],
      ['CNN', null],
      ['Quiet Post', null],
    ]);
    expect(groupOutlets(ix, selectOutletCounts(ix, none), [], 'wire').flatMap((g) => g.outlets.map((o) => o.name))).toEqual(['AP News']);
  });
  it('groups every outlet by country, groups by total then name, outlets by count then name', () => {
    const groups = groupOutlets(ix, selectOutletCounts(ix, none), []);
    expect(groups.map((g) => [g.country, g.total])).toEqual([
      ['US', 4],
      ['India', 2],
      ['Afghanistan', 1],
      ['Pakistan', 1],
      ['Türkiye', 1],
    ]);
    expect(groups[0]!.outlets.map((o) => [o.name, o.count])).toEqual([
      ['AP News', 3],
      ['CNN', 1],
      ['Quiet Post', 0],
    ]);
    expect(groups.flatMap((g) => g.outlets).length).toBe(ix.outlets.length);
    for (const g of groups) expect(g.total).toBe(g.outlets.reduce((n, o) => n + o.count, 0));
  });

  it('keeps outlets with no headline under the other filters, marks the checked ones', () => {
    const counts = selectOutletCounts(ix, { ...none, topics: ['humanitarian'] });
    const groups = groupOutlets(ix, counts, ['dawn']);
    const all = groups.flatMap((g) => g.outlets);
    expect(all.length).toBe(ix.outlets.length);
    expect(all.find((o) => o.id === 'dawn')).toMatchObject({ count: 0, checked: true });
    expect(all.filter((o) => o.checked).map((o) => o.id)).toEqual(['dawn']);
    // The order is the corpus's, not the filtered counts': the US group stays first with 0 humanitarian headlines.
    expect(groups.map((g) => g.country)).toEqual(groupOutlets(ix, selectOutletCounts(ix, none), []).map((g) => g.country));
    expect(groups[0]).toMatchObject({ country: 'US', total: 0 });
    expect(groups.find((g) => g.country === 'Afghanistan')).toMatchObject({ total: 1 });
  });

  it('narrows by the find text but keeps the group totals', () => {
    const counts = selectOutletCounts(ix, none);
    const groups = groupOutlets(ix, counts, [], 'ap');
    expect(groups.map((g) => g.country)).toEqual(['US']);
    expect(groups[0]!.outlets.map((o) => o.id)).toEqual(['ap-news']);
    expect(groups[0]!.total).toBe(4);
    expect(groupOutlets(ix, counts, [], 'nothing like it')).toEqual([]);
    // Country and origin match too: "Türkiye" finds TRT World by its country, "Pakistani" Dawn by its origin.
    expect(groupOutlets(ix, counts, [], 'TURK').flatMap((g) => g.outlets.map((o) => o.id))).toEqual(['trt-world']);
    expect(groupOutlets(ix, counts, [], 'pakistani').flatMap((g) => g.outlets.map((o) => o.id))).toEqual(['dawn']);
    expect(groupOutlets(ix, counts, [], 'hindu').flatMap((g) => g.outlets.map((o) => o.name))).toEqual(['The Hindu']);
  });
});
