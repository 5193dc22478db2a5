import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { DAY_MS, dayToUtcMs } from '../corpus/dates';
import { selectDayBins, selectFiltered } from '../store/selectors';
import { makeCorpus, fixtureHeadlines, type HeadlineSpec } from '../corpus/testing';
import { allocateRows, countInDays, layoutDays, layoutStories, rowsInDays, LANE_HEADER, MAX_LANES, MIN_ROWS_PER_LANE, type Mark } from './layout';
import { windowScale } from './scales';

const ix = buildIndex(makeCorpus());
const all = selectFiltered(ix, { outlets: [], origins: [], topics: [], actors: [], events: [], query: '' });
const win = (from: string, days: number) => ({ start: dayToUtcMs(from), end: dayToUtcMs(from) + days * DAY_MS });

function overlaps(a: Mark, b: Mark): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('rowsInDays', () => {
  it('finds the rows of a day range by binary search', () => {
    const d = (s: string) => Math.round(dayToUtcMs(s) / DAY_MS);
    const rows = rowsInDays(ix, all.rows, d('2025-10-17'), d('2025-10-19'));
    expect(rows.map((r) => ix.headlines[r]!.date).sort()).toEqual(
      fixtureHeadlines.filter((h) => h.date >= '2025-10-17' && h.date <= '2025-10-19').map((h) => h.date).sort(),
    );
  });

  it('counts the rows of any day range as rowsInDays finds them', () => {
    const days = all.rows.map((r) => ix.dayNumber[r]!);
    const lo = Math.min(...days) - 2;
    const hi = Math.max(...days) + 2;
    let nonEmpty = 0;
    for (let a = lo; a <= hi; a++)
      for (let b = a - 1; b <= hi; b++) {
        const n = countInDays(ix, all.rows, a, b);
        expect(n).toBe(rowsInDays(ix, all.rows, a, b).length);
        expect(n).toBe(days.filter((d) => d >= a && d <= b).length);
        if (n > 0) nonEmpty++;
      }
    expect(nonEmpty).toBeGreaterThan(10);
  });
});

describe('layoutStories', () => {
  it('draws one mark per story in its topic lane, with the story count', () => {
    const layout = layoutStories(ix, all, windowScale(win('2025-10-18', 4), 1200), 'topic', -1);
    const pledge = layout.marks.find((m) => m.story === ix.storyIndex.get('s-pledge'));
    expect(pledge).toMatchObject({ kind: 'story', label: 'Afghanistan and Pakistan pledge to respect ceasefire' });
    expect(pledge!.rows.map((r) => ix.headlines[r]!.id)).toEqual(['h-pledge-trt', 'h-pledge-ap']);
    // The story spans 19 to 21 October: three day-widths, less the gaps.
    expect(pledge!.width).toBeGreaterThan(2.9 * 300 - 10);
    // Cut by a narrower window, it still counts both headlines and is clipped to the window.
    const cut = layoutStories(ix, all, windowScale(win('2025-10-18', 2), 600), 'topic', -1).marks.find((m) => m.story === pledge!.story)!;
    expect(cut.rows).toHaveLength(2);
    expect(cut.x + cut.width).toBeLessThanOrEqual(600);
    expect(layout.lanes.map((l) => l.key)).toEqual(['clashes', 'ceasefire', 'diplomacy'].filter((k) => layout.lanes.some((l) => l.key === k)));
    // Every story with a headline in the window is drawn whole: each headline of those stories exactly once.
    const inWindow = new Set(all.rows.filter((r) => ix.headlines[r]!.date >= '2025-10-18' && ix.headlines[r]!.date <= '2025-10-21').map((r) => ix.storyRow[r]!));
    const expected = all.rows.filter((r) => inWindow.has(ix.storyRow[r]!)).sort((a, b) => a - b);
    expect(layout.marks.flatMap((m) => m.rows).sort((a, b) => a - b)).toEqual(expected);
    const visible = all.rows.filter((r) => ix.headlines[r]!.date >= '2025-10-18' && ix.headlines[r]!.date <= '2025-10-21');
    expect(layout.lanes.reduce((n, l) => n + l.count, 0)).toBe(visible.length);
  });

  it('expands the selected story into its headlines', () => {
    const story = ix.storyIndex.get('s-pledge')!;
    const layout = layoutStories(ix, all, windowScale(win('2025-10-18', 4), 1200), 'topic', story);
    const marks = layout.marks.filter((m) => m.story === story);
    expect(marks.map((m) => m.kind)).toEqual(['headline', 'headline']);
    expect(marks.map((m) => ix.headlines[m.rows[0]!]!.id).sort()).toEqual(['h-pledge-ap', 'h-pledge-trt']);
  });

  it('splits lanes by outlet origin and by outlet', () => {
    const byOrigin = layoutStories(ix, all, windowScale(win('2025-10-12', 10), 2000), 'origin', -1);
    expect(byOrigin.lanes.map((l) => l.key)).toContain('western');
    const byOutlet = layoutStories(ix, all, windowScale(win('2025-10-12', 10), 2000), 'outlet', -1);
    expect(byOutlet.lanes[0]).toMatchObject({ key: 'ap-news', label: 'AP News', count: 3 });
    expect(byOutlet.lanes.some((l) => l.key === 'none' && l.label === 'Unknown outlet')).toBe(true);
  });

  it('places an expanded story first, even on a crowded day', () => {
    const busy: HeadlineSpec[] = Array.from({ length: 30 }, (_, i) => ({
      id: `c-${i}`,
      title: `Crowd ${i}`,
      outletId: 'cnn',
      date: '2025-10-19',
      storyId: `s-c-${i}`,
      topics: ['ceasefire'],
    }));
    const big = buildIndex(makeCorpus([...busy, ...fixtureHeadlines]));
    const f = selectFiltered(big, { outlets: [], origins: [], topics: [], actors: [], events: [], query: '' });
    const story = big.storyIndex.get('s-pledge')!;
    const layout = layoutStories(big, f, windowScale(win('2025-10-18', 3), 900), 'topic', story);
    const expanded = layout.marks.filter((m) => m.kind === 'headline');
    expect(expanded.map((m) => big.headlines[m.rows[0]!]!.id)).toEqual(['h-pledge-trt']);
    expect(layout.marks.filter((m) => m.kind === 'more').flatMap((m) => m.rows)).not.toContain(big.rowById.get('h-pledge-trt'));
  });

  it('never lets two marks overlap, and summarises what does not fit as "+N more", losing no headline', () => {
    // 60 different stories on one day in one lane.
    const busy: HeadlineSpec[] = Array.from({ length: 60 }, (_, i) => ({
      id: `busy-${i}`,
      title: `Story number ${i}`,
      outletId: 'cnn',
      date: '2025-10-17',
      storyId: `s-busy-${i}`,
      topics: ['clashes'],
    }));
    const big = buildIndex(makeCorpus([...fixtureHeadlines, ...busy]));
    const bigAll = selectFiltered(big, { outlets: [], origins: [], topics: [], actors: [], events: [], query: '' });
    const rows = bigAll.rows;
    for (const width of [360, 900, 1600]) {
      const layout = layoutStories(big, bigAll, windowScale(win('2025-10-16', 3), width), 'topic', -1);
      for (let i = 0; i < layout.marks.length; i++)
        for (let j = i + 1; j < layout.marks.length; j++) expect(overlaps(layout.marks[i]!, layout.marks[j]!), `${width}px`).toBe(false);
      const more = layout.marks.filter((m) => m.kind === 'more');
      expect(more.length).toBeGreaterThan(0);
      expect(more[0]!.label).toBe(`+${more[0]!.rows.length} more`);
      const shown = layout.marks.reduce((n, m) => n + m.rows.length, 0);
      expect(shown).toBe(rows.filter((r) => big.headlines[r]!.date >= '2025-10-16' && big.headlines[r]!.date <= '2025-10-18').length);
      // Marks sit below their lane's header.
      for (const m of layout.marks) expect(m.y).toBeGreaterThanOrEqual(layout.lanes[m.lane]!.top + LANE_HEADER);
    }
  });

  it('folds lanes past the limit into one', () => {
    const many: HeadlineSpec[] = Array.from({ length: 20 }, (_, i) => ({
      id: `m-${i}`,
      title: `T ${i}`,
      outletId: ['ap-news', 'cnn', 'dawn', 'tolo-news', 'the-hindu', 'trt-world', 'quiet-post'][i % 7]!,
      date: '2025-10-17',
      storyId: `s-m-${i}`,
      topics: ['clashes'],
    }));
    const c = buildIndex(makeCorpus(many));
    const cAll = selectFiltered(c, { outlets: [], origins: [], topics: [], actors: [], events: [], query: '' });
    const layout = layoutStories(c, cAll, windowScale(win('2025-10-17', 1), 1000), 'outlet', -1);
    expect(layout.lanes.length).toBeLessThanOrEqual(MAX_LANES);
    expect(layout.lanes.reduce((n, l) => n + l.count, 0)).toBe(20);
  });
});

describe('allocateRows', () => {
  it('gives every lane what it needs when the budget allows', () => {
    expect(allocateRows([3, 1, 5], 24)).toEqual([3, 1, 5]);
  });
  it('shares a short budget by need, keeping a minimum per lane', () => {
    const caps = allocateRows([30, 1, 6, 2], 12);
    expect(caps.reduce((a, b) => a + b, 0)).toBe(12);
    expect(caps[1]).toBe(1);
    expect(caps[0]).toBeGreaterThan(caps[2]!);
    expect(Math.min(...caps.filter((_, i) => i !== 1))).toBeGreaterThanOrEqual(MIN_ROWS_PER_LANE);
  });
});

describe('layoutDays', () => {
  it('draws one bar per day, heights on a shared scale, stacked by primary topic', () => {
    const bins = selectDayBins(ix, all);
    const marks = layoutDays(bins, windowScale(win('2025-10-01', 31), 930), 100);
    expect(marks.map((m) => m.total)).toEqual(bins.map((b) => b.total));
    const max = Math.max(...marks.map((m) => m.total));
    for (const m of marks) {
      expect(m.height).toBeCloseTo(Math.max(2, (m.total / max) * 100));
      expect(m.segments.reduce((n, s) => n + s.count, 0)).toBe(m.total);
      expect(m.segments.reduce((h, s) => h + s.h, 0)).toBeCloseTo(m.height);
    }
  });
});
