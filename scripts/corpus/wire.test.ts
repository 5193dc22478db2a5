import { describe, expect, it } from 'vitest';
import type { Headline, Outlet } from '../../src/corpus/schema';
import { agencyFinder, copyWords, isCopy, wireCopies, type AgencyName } from './wire';
import { seedCorpus, seedTables } from './testing';

const outlet = (id: string, kind: Outlet['kind'] = 'news', aliases: string[] = []): Outlet => ({
  id,
  name: id,
  aliases,
  country: 'US',
  origin: 'western',
  kind,
  headlineCount: 1,
});

let line = 0;
const headline = (title: string, outletId: string | null, storyId = 's-1', date = '2025-10-19'): Headline => ({
  id: `h${++line}`,
  title,
  section: null,
  outletId,
  date,
  listedDate: date,
  truncated: false,
  storyId,
  topics: ['ceasefire'],
  actors: [],
  sourceLine: line,
});

const AGENCIES: AgencyName[] = [
  { name: 'AP News', outletId: 'ap-news', aliases: ['AP', 'Associated Press'] },
  { name: 'AFP', outletId: null, aliases: ['Agence France-Presse'] },
];
const AP_TITLE = 'Afghanistan and Pakistan pledge to respect ceasefire after more than a week of deadly fighting';

describe('copyWords and isCopy', () => {
  it('a copy with a changed word, a section tail or a cut end is still a copy', () => {
    const ap = copyWords(AP_TITLE);
    expect(isCopy(ap, copyWords('Afghanistan and Pakistan pledge to respect truce after more than a week of deadly fighting'))).toBe(true);
    expect(isCopy(ap, copyWords(`${AP_TITLE} | World News`))).toBe(true);
    expect(isCopy(ap, copyWords('Afghanistan and Pakistan pledge to respect ceasefire after more than a week of...'))).toBe(true);
    expect(isCopy(copyWords('Qatar says Afghanistan and Pakistan have agreed to an immediate ceasefire'), copyWords('Afghanistan and Pakistan have agreed to an immediate ceasefire, Qatar says'))).toBe(true);
  });

  it('another headline of the same news is no copy, nor a short title inside a long one', () => {
    expect(isCopy(copyWords('Pakistan and Afghanistan agree to immediate ceasefire after peace talks in Doha'), copyWords('Afghanistan and Pakistan agree to immediate ceasefire on border'))).toBe(false);
    expect(isCopy(copyWords('Pakistan and Afghanistan agree to a ceasefire'), copyWords('Pakistan and Afghanistan agree to new ceasefire after more than a week of deadly clashes'))).toBe(false);
    expect(isCopy(new Set(), new Set())).toBe(false);
  });
});

describe('agencyFinder', () => {
  const find = agencyFinder(AGENCIES);
  it('finds an agency on word boundaries, acronyms by case', () => {
    expect(find('Ceasefire holds (AP)')?.name).toBe('AP News');
    expect(find('Ceasefire holds, Agence France-Presse reports')?.name).toBe('AFP');
    expect(find('An app for the border')).toBeNull();
    expect(find('Snap election called')).toBeNull();
  });
});

describe('wireCopies', () => {
  it('marks a copy as the agency’s when the agency carried it, listing every carrier in listing order', () => {
    const hs = [
      headline(AP_TITLE, 'abc-news'),
      headline(AP_TITLE, 'toronto-star'),
      headline('Afghanistan and Pakistan agree to immediate ceasefire on border', 'ukrinform'),
      headline(AP_TITLE, 'ap-news', 's-1', '2025-10-21'),
    ];
    const copies = wireCopies(hs, [outlet('abc-news'), outlet('toronto-star'), outlet('ukrinform', 'wire'), outlet('ap-news', 'wire')], AGENCIES);
    expect(copies).toEqual([
      {
        id: `copy-${hs[0]!.id}`,
        storyId: 's-1',
        headlineIds: [hs[0]!.id, hs[1]!.id, hs[3]!.id],
        outletIds: ['abc-news', 'toronto-star', 'ap-news'],
        firstDate: '2025-10-19',
        agency: { name: 'AP News', outletId: 'ap-news', by: 'outlet' },
      },
    ]);
  });

  it('names the agency from a title or from an outlet’s name on the page, or none', () => {
    const byTitle = wireCopies([headline('Ceasefire holds on the border, AFP reports', 'a', 's-2'), headline('Ceasefire holds on the border, AFP reports', 'b', 's-2')], [outlet('a'), outlet('b')], AGENCIES);
    expect(byTitle[0]?.agency).toEqual({ name: 'AFP', outletId: null, by: 'title' });
    const byAlias = wireCopies([headline('Ceasefire holds on the border', 'a', 's-3'), headline('Ceasefire holds on the border', 'b', 's-3')], [outlet('a'), outlet('b', 'news', ['Yahoo News (Associated Press)'])], AGENCIES);
    expect(byAlias[0]?.agency).toEqual({ name: 'AP News', outletId: 'ap-news', by: 'alias' });
    const none = wireCopies([headline('Ceasefire holds on the border', 'a', 's-4'), headline('Ceasefire holds on the border', 'b', 's-4')], [outlet('a'), outlet('b')], AGENCIES);
    expect(none[0]?.agency).toBeNull();
  });

  it('one outlet carrying a title twice, or copies in different stories, are no copy', () => {
    expect(wireCopies([headline(AP_TITLE, 'a', 's-5'), headline(AP_TITLE, 'a', 's-5', '2025-10-21')], [outlet('a')], AGENCIES)).toEqual([]);
    expect(wireCopies([headline(AP_TITLE, 'a', 's-6'), headline(AP_TITLE, 'b', 's-7')], [outlet('a'), outlet('b')], AGENCIES)).toEqual([]);
  });

  it('finds the seed page’s two AP copies', () => {
    const c = seedCorpus();
    const name = new Map(c.outlets.map((o) => [o.id, o.name]));
    const summary = (c.copies ?? []).map((cp) => `${cp.agency?.name ?? 'no agency'}: ${cp.outletIds.map((o) => name.get(o)).join(', ')}`);
    expect(summary).toEqual(['AP News: ABC News, Toronto Star, The Independent, AP News', 'AP News: AP News, WAPT, ABC News']);
    expect(seedTables().agencies.map((a) => a.name)).toContain('Reuters');
  });
});
