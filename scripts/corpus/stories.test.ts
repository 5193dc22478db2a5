import { describe, expect, it } from 'vitest';
import { groupStories, MAX_CANDIDATES, singular, storyTokens, THRESHOLD, WINDOW_DAYS } from './stories';
import { headlineAt, seedCorpus } from './testing';

describe('story tokens', () => {
  it('folds, drops stop words and folds plurals', () => {
    expect(storyTokens('Afghanistan and Pakistan have agreed to an immediate ceasefire, Qatar says')).toEqual([
      'afghanistan',
      'pakistan',
      'agreed',
      'immediate',
      'ceasefire',
      'qatar',
      'say',
    ]);
    expect(storyTokens('Qatar says Afghanistan and Pakistan have agreed to an immediate ceasefire').sort()).toEqual(
      storyTokens('Afghanistan and Pakistan have agreed to an immediate ceasefire, Qatar says').sort(),
    );
    expect(storyTokens('claims Afghanistan facilitating t', true)).toEqual(['claim', 'afghanistan', 'facilitating']);
    expect(storyTokens('Türkiye’s role')).toEqual(['turkiye', 'role']);
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
});

describe('groupStories', () => {
  const item = (date: string, title: string) => ({ date, tokens: storyTokens(title) });
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
  it('is deterministic whatever the order of equal items', () => {
    const items = Array.from({ length: 50 }, (_, i) => item(`2025-10-${String(1 + (i % 20)).padStart(2, '0')}`, `Story number ${i % 7} about topic ${i % 7}`));
    expect([...groupStories(items)]).toEqual([...groupStories(items)]);
  });
  it('handles empty input and empty token sets', () => {
    expect([...groupStories([])]).toEqual([]);
    expect([...groupStories([item('2025-01-01', 'the and of'), item('2025-01-01', 'the and of')])]).toEqual([0, 1]);
  });
  it('documents its threshold and window', () => {
    expect(THRESHOLD).toBe(0.65);
    expect(WINDOW_DAYS).toBe(3);
  });
  it('stays near-linear on 100,000 headlines', () => {
    const words = 'border clash ceasefire talks qatar doha truce killed soldiers civilians taliban kabul islamabad trump india cricket hunger refugees strikes drone militants envoy minister warns agree pledge respect immediate temporary extended'.split(' ');
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const items = Array.from({ length: 100_000 }, (_, i) => ({
      date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      // A few common words and a few rare ones.
      tokens: [
        ...Array.from({ length: 3 }, () => words[Math.floor(rnd() * words.length)] ?? 'x'),
        ...Array.from({ length: 4 }, () => `w${Math.floor(rnd() * 20_000)}`),
      ],
    }));
    const stats = { comparisons: 0 };
    const t0 = performance.now();
    groupStories(items, THRESHOLD, WINDOW_DAYS, stats);
    expect(performance.now() - t0).toBeLessThan(8_000);
    // Never all pairs (5·10⁹): at most MAX_CANDIDATES per headline.
    expect(stats.comparisons).toBeGreaterThan(0);
    expect(stats.comparisons).toBeLessThanOrEqual(items.length * MAX_CANDIDATES);
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
  it('the three "Qatar says ... immediate ceasefire" headlines are one story', () => {
    const s = storyOfLine(42);
    expect(s?.headlineIds).toEqual([42, 43, 46].map((l) => headlineAt(l).id));
    expect(s?.outletIds).toEqual(['ap-news', 'wapt', 'abc-news']);
    expect(s?.label).toBe('Afghanistan and Pakistan have agreed to an immediate ceasefire, Qatar says');
  });
  it('no other story has more than one headline (no over-merging)', () => {
    const multi = corpus.stories.filter((s) => s.headlineIds.length > 1);
    expect(multi.map((s) => s.headlineIds.length)).toEqual([4, 3]);
    expect(corpus.stories).toHaveLength(75);
    // Different stories on the same event stay apart.
    for (const [a, b] of [
      [37, 42],
      [51, 42],
      [27, 51],
      [67, 75],
      [53, 29],
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
