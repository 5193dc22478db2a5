import { describe, expect, it } from 'vitest';
import { CLAUSE_BREAK, groupStories, MAX_CANDIDATES, MAX_CLAIM_MATCHES, singular, stem, storyTokens, THRESHOLD, WINDOW_DAYS } from './stories';
import { headlineAt, seedCorpus } from './testing';

describe('story tokens', () => {
  it('folds, drops stop words, stems, and marks the claim off from the circumstance', () => {
    expect(storyTokens('Afghanistan and Pakistan have agreed to an immediate ceasefire, Qatar says')).toEqual([
      'afghanistan',
      'pakistan',
      'agre',
      'immediat',
      'ceasefir',
      'qatar',
      'say',
    ]);
    expect(storyTokens('Qatar says Afghanistan and Pakistan have agreed to an immediate ceasefire').sort()).toEqual(
      storyTokens('Afghanistan and Pakistan have agreed to an immediate ceasefire, Qatar says').sort(),
    );
    expect(storyTokens('Northland and Southland agree to truce after talks in Geneva')).toEqual([
      'northland',
      'southland',
      'agre',
      'truc',
      CLAUSE_BREAK,
      'talk',
      'geneva',
    ]);
    // An explainer tail inside the title is circumstance; a question opening the title is kept as a token.
    expect(storyTokens('Rebels kill 40 soldiers: why the fighting flared again')).toEqual(['rebel', 'kill', '40', 'soldier', CLAUSE_BREAK, 'fight', 'flar']);
    expect(storyTokens('Why are Northland and Southland fighting?')).toEqual(['why', 'northland', 'southland', 'fight']);
    expect(storyTokens('claims Afghanistan facilitating t', true)).toEqual(['claim', 'afghanistan', 'facilitat']);
    expect(storyTokens('Türkiye’s role')).toEqual(['turkiy', 'rol']);
    // A circumstance word opening the title does not make the whole title a circumstance.
    expect(storyTokens('After the storm, towns rebuild')).toEqual(['storm', 'town', 'rebuild']);
  });
  it('singular', () => {
    expect([singular('clashes'), singular('talks'), singular('casualties'), singular('class'), singular('analysis'), singular('bus')]).toEqual([
      'clash',
      'talk',
      'casualty',
      'class',
      'analysis',
      'bus',
    ]);
  });
  it('stem: the usual forms of a word meet', () => {
    const forms = (...ws: string[]) => new Set(ws.map(stem));
    expect(forms('agree', 'agrees', 'agreed')).toEqual(new Set(['agre']));
    expect(forms('kill', 'kills', 'killed', 'killing')).toEqual(new Set(['kill']));
    expect(forms('fight', 'fights', 'fighting')).toEqual(new Set(['fight']));
    expect(forms('trade', 'trades', 'traded', 'trading')).toEqual(new Set(['trad']));
    expect(forms('stop', 'stops', 'stopped', 'stopping')).toEqual(new Set(['stop']));
    expect(forms('carry', 'carries', 'carried')).toEqual(new Set(['carry']));
    // Short words and words without a vowel before the ending are left alone.
    expect([stem('red'), stem('string'), stem('bring'), stem('58')]).toEqual(['red', 'string', 'bring', '58']);
  });
});

describe('groupStories', () => {
  const item = (date: string, title: string) => ({ date, tokens: storyTokens(title) });
  /** Unrelated headlines, so that the words of the cases below are informative (on fewer than half the lines). */
  const background = Array.from({ length: 40 }, (_, i) => item('2025-03-01', `Local council debates budget item ${i} for district ${i % 7}`));
  /** The stories of `items` (after the background) as lists of indices into `items`. */
  const storiesOf = (items: readonly { date: string; tokens: readonly string[] }[]): number[][] => {
    const reps = groupStories([...background, ...items]).slice(background.length);
    const by = new Map<number, number[]>();
    reps.forEach((r, i) => by.set(r, [...(by.get(r) ?? []), i]));
    return [...by.values()];
  };

  it('joins copies and close rewrites within the window, keeps different stories apart', () => {
    const reps = groupStories([
      item('2025-10-19', 'Afghanistan and Pakistan pledge to respect ceasefire after more than a week of deadly fighting'),
      item('2025-10-21', 'Afghanistan and Pakistan pledge to respect ceasefire after more than a week of deadly fighting'),
      item('2025-10-19', 'Afghanistan, Pakistan pledge to respect ceasefire after week of deadly fighting'),
      item('2025-10-19', 'Afghanistan and Pakistan agree to immediate ceasefire on border'),
      item('2025-10-30', 'Afghanistan and Pakistan pledge to respect ceasefire after more than a week of deadly fighting'),
      item('2025-10-19', 'Pakistan and Afghanistan agree to a ceasefire'),
    ]);
    expect([...reps]).toEqual([0, 0, 0, 3, 4, 5]);
  });

  it('groups rewrites of one report told in different words on its day', () => {
    const stories = storiesOf([
      item('2025-06-10', 'Northland and Southland agree to immediate ceasefire after talks in Geneva'),
      item('2025-06-10', 'Southland, Northland agree ceasefire mediated by Norway'),
      item('2025-06-10', 'Ceasefire agreed between Northland and Southland after weeks of shelling'),
      item('2025-06-10', 'Norway says Northland and Southland have agreed to an immediate ceasefire'),
      item('2025-06-10', 'Rebels say they killed 40 soldiers in overnight raid on Eastport'),
      item('2025-06-10', 'Rebels kill 40 soldiers: why the fighting flared again'),
    ]);
    expect(stories).toEqual([
      [0, 1, 2, 3],
      [4, 5],
    ]);
  });

  it('keeps apart same-topic pieces that are not the same report', () => {
    const stories = storiesOf([
      item('2025-06-10', 'Northland and Southland agree to ceasefire after talks in Geneva'),
      // An explainer, a follow-up, a different claim: same topic, same day, other stories.
      item('2025-06-10', 'What we know about the Northland-Southland ceasefire'),
      item('2025-06-10', 'Northland and Southland pledge to respect ceasefire after talks in Geneva'),
      item('2025-06-10', 'Northland and Southland begin talks in Geneva'),
      // Two days earlier, a different ceasefire worded alike: a claim never links across days, and the
      // lone report of the 10th says something the earlier story does not (the talks in Geneva).
      item('2025-06-08', 'Northland and Southland agree to temporary ceasefire after days of shelling'),
      item('2025-06-08', 'Northland, Southland agree to temporary ceasefire'),
    ]);
    expect(stories).toEqual([[0], [1], [2], [3], [4, 5]]);
  });

  it('attaches a late lone headline that adds nothing to the one nearby story that contains its claim', () => {
    const days = [
      item('2025-06-08', 'Northland and Southland agree to temporary ceasefire after days of shelling'),
      item('2025-06-08', 'Northland, Southland agree to temporary ceasefire amid pressure from neighbours'),
      item('2025-06-10', 'Northland and Southland agree to immediate ceasefire after talks in Geneva'),
      item('2025-06-10', 'Ceasefire agreed between Northland and Southland after weeks of shelling'),
    ];
    // Listed on the 12th: only the story of the 10th is within the window.
    expect(storiesOf([...days, item('2025-06-12', 'Southland and Northland agree to a ceasefire')])).toEqual([
      [0, 1],
      [2, 3, 4],
    ]);
    // Listed on the 9th: both stories are near and contain its claim; it joins neither.
    expect(storiesOf([...days, item('2025-06-09', 'Southland and Northland agree to a ceasefire')])).toEqual([[0, 1], [2, 3], [4]]);
    // A lone report with something new (a place) is a new report, not a late copy.
    expect(storiesOf([...days, item('2025-06-12', 'Southland and Northland agree to a ceasefire in Riverton')])).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('does not let a generic claim join a whole day', () => {
    const talks = Array.from({ length: MAX_CLAIM_MATCHES + 1 }, (_, i) => item('2025-06-10', `Northland Southland talks: minister x${i}a quits over plan x${i}b`));
    expect(storiesOf([item('2025-06-10', 'Northland Southland talks'), ...talks])).toHaveLength(talks.length + 1);
    // Contained in fewer headlines, the claim does link (single link: it joins them all).
    expect(storiesOf([item('2025-06-10', 'Northland Southland talks'), ...talks.slice(0, 3)])).toEqual([[0, 1, 2, 3]]);
  });

  it('never lets a story span more than the window, however long the chain of copies', () => {
    const daily = Array.from({ length: 10 }, (_, d) => item(`2025-06-${String(1 + d).padStart(2, '0')}`, 'Border crossing at Eastport stays closed to traders'));
    expect(storiesOf(daily)).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
  });

  it('gives the same stories whatever the order of the items', () => {
    const titles = [
      'Northland and Southland agree to immediate ceasefire after talks in Geneva',
      'Ceasefire agreed between Northland and Southland after weeks of shelling',
      'Northland and Southland agree to temporary ceasefire after days of shelling',
      'Southland and Northland agree to a ceasefire',
      'What we know about the Northland-Southland ceasefire',
      'Rebels kill 40 soldiers: why the fighting flared again',
      'Rebels say they killed 40 soldiers in overnight raid on Eastport',
    ];
    let seed = 11;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const items = Array.from({ length: 400 }, () => item(`2025-06-${String(1 + Math.floor(rnd() * 20)).padStart(2, '0')}`, titles[Math.floor(rnd() * titles.length)] ?? ''));
    const partition = (reps: Int32Array, at: (j: number) => number) => {
      const by = new Map<number, number[]>();
      reps.forEach((r, j) => by.set(r, [...(by.get(r) ?? []), at(j)]));
      return [...by.values()].map((g) => g.sort((a, b) => a - b).join(',')).sort();
    };
    const base = partition(groupStories(items), (j) => j);
    for (let k = 0; k < 3; k++) {
      const perm = items.map((_, i) => i).sort(() => rnd() - 0.5);
      expect(partition(groupStories(perm.map((i) => items[i]!)), (j) => perm[j]!)).toEqual(base);
    }
    expect([...groupStories(items)]).toEqual([...groupStories(items)]);
  });

  it('handles empty input and empty token sets', () => {
    expect([...groupStories([])]).toEqual([]);
    expect([...groupStories([item('2025-01-01', 'the and of'), item('2025-01-01', 'the and of')])]).toEqual([0, 1]);
    expect([...groupStories([{ date: '2025-01-01', tokens: [CLAUSE_BREAK] }, { date: '2025-01-01', tokens: ['x', CLAUSE_BREAK] }])]).toEqual([0, 1]);
  });

  it('documents its thresholds and window', () => {
    expect(THRESHOLD).toBe(0.65);
    expect(WINDOW_DAYS).toBe(3);
    expect(MAX_CLAIM_MATCHES).toBe(30);
  });

  it('stays near-linear on 100,000 headlines', () => {
    const words = 'border clash ceasefire talks qatar doha truce killed soldiers civilians taliban kabul islamabad trump india cricket hunger refugees strikes drone militants envoy minister warns agree pledge respect immediate temporary extended'.split(' ');
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const items = Array.from({ length: 100_000 }, (_, i) => ({
      date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      // A few common words and a few rare ones, some of them after a circumstance.
      tokens: [
        ...Array.from({ length: 3 }, () => words[Math.floor(rnd() * words.length)] ?? 'x'),
        ...Array.from({ length: 2 }, () => `w${Math.floor(rnd() * 20_000)}`),
        ...(rnd() < 0.5 ? [CLAUSE_BREAK] : []),
        ...Array.from({ length: 2 }, () => `w${Math.floor(rnd() * 20_000)}`),
      ],
    }));
    const stats = { comparisons: 0 };
    const t0 = performance.now();
    groupStories(items, THRESHOLD, WINDOW_DAYS, stats);
    expect(performance.now() - t0).toBeLessThan(8_000);
    // Never all pairs (5·10⁹): at most MAX_CANDIDATES per headline for each of the three kinds of link.
    expect(stats.comparisons).toBeGreaterThan(0);
    expect(stats.comparisons).toBeLessThanOrEqual(items.length * 3 * MAX_CANDIDATES);
  }, 20_000);
});

describe('stories of the seed page', () => {
  const corpus = seedCorpus();
  const storyOfLine = (line: number) => corpus.stories.find((s) => s.id === headlineAt(line).storyId);
  it('the four "pledge to respect ceasefire" headlines are one story, earliest first', () => {
    const s = storyOfLine(29);
    expect(s?.headlineIds).toEqual([41, 56, 59, 29].map((l) => headlineAt(l).id));
    expect(s?.outletIds).toEqual(['abc-news', 'toronto-star', 'the-independent', 'ap-news']);
    expect(s).toMatchObject({ firstDate: '2025-10-19', lastDate: '2025-10-21' });
    expect(s?.label).toBe('Afghanistan and Pakistan pledge to respect ceasefire after more than a week of deadly fighting');
  });
  it('the Doha agreement, in eleven wordings ("Qatar says", "after talks in Doha", "after deadly clashes"), is one story', () => {
    const s = storyOfLine(42);
    expect(s?.headlineIds.length).toBe(11);
    expect(new Set(s?.headlineIds)).toEqual(new Set([27, 37, 38, 42, 43, 45, 46, 48, 49, 51, 53].map((l) => headlineAt(l).id)));
    expect(s).toMatchObject({ firstDate: '2025-10-19', lastDate: '2025-10-21' });
    expect(s?.label).toBe('Pakistan and Afghanistan agree to immediate ceasefire after peace talks in Doha');
  });
  it('the 48-hour truce reported on the 17th is another story', () => {
    const s = storyOfLine(67);
    expect(new Set(s?.headlineIds)).toEqual(new Set([66, 67, 68, 75, 77].map((l) => headlineAt(l).id)));
    expect(s).toMatchObject({ firstDate: '2025-10-17', lastDate: '2025-10-17' });
  });
  it('no other story has more than one headline but the 58-soldiers claim (no over-merging)', () => {
    const multi = corpus.stories.filter((s) => s.headlineIds.length > 1);
    expect(multi.map((s) => s.headlineIds.length)).toEqual([2, 5, 11, 4]);
    expect(new Set(storyOfLine(91)?.headlineIds)).toEqual(new Set([91, 106].map((l) => headlineAt(l).id)));
    expect(corpus.stories).toHaveLength(62);
    // Different stories on the same topic stay apart: two ceasefires two days apart, the agreement and the
    // pledge to respect it, a report and an explainer, talks beginning and their outcome, a truce and its extension.
    for (const [a, b] of [
      [53, 67],
      [38, 67],
      [51, 75],
      [29, 53],
      [27, 32],
      [61, 72],
      [47, 49],
      [44, 67],
      [78, 81],
    ] as const) {
      expect(headlineAt(a).storyId, `${a} vs ${b}`).not.toBe(headlineAt(b).storyId);
    }
  });
  it('every headline is in exactly one story, and the story lists it', () => {
    const seen = new Map<string, number>();
    for (const s of corpus.stories) for (const h of s.headlineIds) seen.set(h, (seen.get(h) ?? 0) + 1);
    for (const h of corpus.headlines) {
      expect(seen.get(h.id)).toBe(1);
      expect(corpus.stories.find((s) => s.id === h.storyId)?.headlineIds).toContain(h.id);
    }
  });
});
