/**
 * Quality of story grouping on the seed page, against the labelled set of stories-labelled.ts: pairwise
 * precision and recall of the real builder's stories, printed, with the floors the grouping must keep.
 */
import { describe, expect, it } from 'vitest';
import { formatScore, SAME_EVENT, SAME_STORY, scorePairs } from './stories-labelled';
import { seedCorpus } from './testing';

describe('story grouping quality on the seed page', () => {
  const corpus = seedCorpus();
  const titles = corpus.headlines.map((h) => h.title);

  it('labels only titles of the seed, each group in one place', () => {
    for (const g of [...SAME_STORY, ...SAME_EVENT]) for (const t of g) expect(titles, t).toContain(t);
    const seen = new Set<string>();
    for (const t of SAME_STORY.flat()) {
      expect(seen.has(t), t).toBe(false);
      seen.add(t);
    }
    // Every story group is inside one event group or none.
    for (const g of SAME_STORY) {
      const events = SAME_EVENT.filter((e) => g.some((t) => e.includes(t)));
      expect(events.length, g[0]).toBeLessThanOrEqual(1);
      for (const e of events) for (const t of g) expect(e, t).toContain(t);
    }
  });

  it('scores pairs: a grouping of each title alone finds nothing, the labels themselves everything', () => {
    const alone = scorePairs(titles, titles.map((_, i) => String(i)));
    expect(alone).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 77, precision: 1, recall: 0 });
    const group = (t: string) => String(SAME_STORY.findIndex((g) => g.includes(t)));
    const perfect = scorePairs(titles, titles.map((t, i) => (group(t) === '-1' ? `x${i}` : group(t))));
    expect(perfect).toMatchObject({ truePositives: 77, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1 });
    const all = scorePairs(titles, titles.map(() => 'one'));
    expect(all.falsePositives).toBe((80 * 79) / 2 - 77);
    expect(formatScore({ ...perfect, precision: 24 / 24, recall: 24 / 29, truePositives: 24, falseNegatives: 5 })).toBe(
      'stories: precision 100% (24/24), recall 83% (24/29)',
    );
  });

  it('reaches precision ≥ 95% and recall ≥ 80% on the labelled pairs', () => {
    const score = scorePairs(titles, corpus.headlines.map((h) => h.storyId));
    console.log(formatScore(score));
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
  });
});
