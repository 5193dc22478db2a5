import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayToUtcMs, DAY_MS } from './dates';
import type { ChunkRef } from './schema';
import { budgetFrom, HEADLINE_BUDGET } from './budget';
import { chunkLoadOrder, indexStep, keyMonths, keyToPlan, planKeyFor, planToKey } from './load-plan';
import type { Manifest } from './schema';

const ref = (id: string, start: string, end: string, headlineCount = 1): ChunkRef => ({ id, path: `c.${id}.json`, start, end, headlineCount });
const chunks = [ref('2025-01', '2025-01-01', '2025-02-02'), ref('2025-02', '2025-02-01', '2025-02-28'), ref('2025-03', '2025-03-01', '2025-03-31'), ref('2025-04', '2025-04-01', '2025-04-30')];
const win = (from: string, to: string) => ({ start: dayToUtcMs(from), end: dayToUtcMs(to) });
const ids = (plan: { order: readonly ChunkRef[] }) => plan.order.map((c) => c.id);

describe('chunkLoadOrder', () => {
  it('loads the months the window overlaps first, then the nearest', () => {
    const { order, visible } = chunkLoadOrder(chunks, win('2025-03-10', '2025-03-20'));
    expect([...visible]).toEqual(['2025-03']);
    expect(order.map((c) => c.id)).toEqual(['2025-03', '2025-02', '2025-04', '2025-01']);
  });
  it('counts a chunk by the days of its headlines, which can run past its month', () => {
    const { visible } = chunkLoadOrder(chunks, win('2025-02-01', '2025-02-03'));
    expect([...visible].sort()).toEqual(['2025-01', '2025-02']);
  });
  it('a plan survives its key: same order, same visible months; a zoom inside one month keeps the key', () => {
    const plan = chunkLoadOrder(chunks, win('2025-02-27', '2025-03-05'));
    const key = planToKey(plan);
    expect(key).toBe('*2025-02 *2025-03 2025-01 2025-04');
    const back = keyToPlan(chunks, key);
    expect(back.order).toEqual(plan.order);
    expect(back.visible).toEqual(plan.visible);
    expect(keyMonths(key)).toEqual(new Set(['2025-01', '2025-02', '2025-03', '2025-04']));
    const a = planToKey(chunkLoadOrder(chunks, win('2025-03-10', '2025-03-20')));
    const b = planToKey(chunkLoadOrder(chunks, win('2025-03-12', '2025-03-14')));
    const c = planToKey(chunkLoadOrder(chunks, win('2025-03-25', '2025-03-29')));
    expect(a).toBe(b);
    expect(a).toBe(c);
    expect(keyToPlan(chunks, '')).toEqual({ order: [], visible: new Set() });
    expect(chunkLoadOrder([], win('2025-03-10', '2025-03-20'))).toEqual({ order: [], visible: new Set() });
  });
});

// A year of 1,000,000 headlines as the synthetic generator writes it (its months' counts; stories run past their month).
const YEAR: [string, number][] = [
  ['01', 57_945], ['02', 36_889], ['03', 27_888], ['04', 93_265], ['05', 95_065], ['06', 39_115],
  ['07', 29_182], ['08', 83_513], ['09', 131_063], ['10', 240_277], ['11', 78_674], ['12', 87_124],
];
const year = YEAR.map(([m, n], i) => {
  const next = i < 11 ? `2025-${String(i + 2).padStart(2, '0')}-03` : '2025-12-31';
  return ref(`2025-${m}`, `2025-${m}-01`, next, n);
});
const BUDGET = 250_000;
const total = (plan: { order: readonly ChunkRef[] }) => plan.order.reduce((s, c) => s + c.headlineCount, 0);

describe('chunkLoadOrder within a headline budget', () => {
  it('opens on December: December and November (whose stories run into December); October does not fit', () => {
    const plan = chunkLoadOrder(year, win('2025-12-01', '2025-12-31'), BUDGET);
    expect(planToKey(plan)).toBe('*2025-11 *2025-12');
    expect(total(plan)).toBe(78_674 + 87_124);
  });
  it('in June: the window’s month, then the months around it while the budget lasts (April would not fit; August does)', () => {
    const plan = chunkLoadOrder(year, win('2025-06-10', '2025-06-20'), BUDGET);
    expect(planToKey(plan)).toBe('*2025-06 2025-05 2025-07 2025-08');
    expect(total(plan)).toBeLessThanOrEqual(BUDGET);
  });
  it('a month larger than the budget is held alone; a window wider than the budget holds the months around its centre', () => {
    expect(planToKey(chunkLoadOrder(year, win('2025-10-10', '2025-10-20'), 200_000))).toBe('*2025-10');
    const wide = chunkLoadOrder(year, win('2025-01-01', '2025-12-31'), BUDGET);
    expect(ids(wide)).toEqual(['2025-05', '2025-06', '2025-07']);
    expect([...wide.visible].sort()).toEqual(['2025-05', '2025-06', '2025-07']);
  });
  it('keeps what it holds while the window stays within the held months’ neighbourhood, and moves on when it leaves', () => {
    const june = chunkLoadOrder(year, win('2025-06-10', '2025-06-20'), BUDGET);
    const held = keyMonths(planToKey(june));
    expect(held).toEqual(new Set(['2025-05', '2025-06', '2025-07', '2025-08']));
    // Into July, with June and August around it: nothing changes.
    const july = chunkLoadOrder(year, win('2025-07-10', '2025-07-20'), BUDGET, held);
    expect(planToKey(july)).toBe('*2025-07 2025-06 2025-08 2025-05');
    // Even where a fresh plan would hold more: the window's neighbourhood is held, so no month is fetched or dropped.
    const three = new Set(['2025-06', '2025-07', '2025-08']);
    expect(planToKey(chunkLoadOrder(year, win('2025-07-10', '2025-07-20'), BUDGET, three))).toBe('*2025-07 2025-06 2025-08');
    // Back to the first days of June, which May's stories reach: April is not held, so the plan moves.
    const early = chunkLoadOrder(year, win('2025-06-01', '2025-06-03'), BUDGET, held);
    expect(ids(early)).toContain('2025-04');
    const august = chunkLoadOrder(year, win('2025-08-10', '2025-08-20'), BUDGET, held);
    expect(planToKey(august)).toBe('*2025-08 2025-07 2025-09');
  });
});

describe('chunkLoadOrder properties', () => {
  const corpus = fc
    .array(fc.integer({ min: 1, max: 120_000 }), { minLength: 1, maxLength: 24 })
    .map((counts) =>
      counts.map((n, i) => {
        const y = 2024 + Math.floor(i / 12);
        const m = String((i % 12) + 1).padStart(2, '0');
        const start = dayToUtcMs(`${y}-${m}-01`);
        return ref(`${y}-${m}`, `${y}-${m}-01`, new Date(start + 29 * DAY_MS).toISOString().slice(0, 10), n);
      }),
    );
  const window = fc.tuple(fc.integer({ min: -40, max: 760 }), fc.integer({ min: 1, max: 400 })).map(([d, w]) => ({ start: dayToUtcMs('2024-01-01') + d * DAY_MS, end: dayToUtcMs('2024-01-01') + (d + w) * DAY_MS }));
  const budget = fc.integer({ min: 1, max: 600_000 });

  it('holds a run of consecutive months within the budget (or the one month of the centre), every month when all fit', () => {
    fc.assert(
      fc.property(corpus, window, budget, (cs, w, b) => {
        const plan = chunkLoadOrder(cs, w, b);
        const at = plan.order.map((c) => cs.indexOf(c)).sort((x, y) => x - y);
        expect(at.length).toBeGreaterThan(0);
        expect(at[at.length - 1]! - at[0]!).toBe(at.length - 1);
        expect(total(plan) <= b || plan.order.length === 1).toBe(true);
        if (cs.reduce((s, c) => s + c.headlineCount, 0) <= b) expect(at.length).toBe(cs.length);
        for (const id of plan.visible) expect(ids(plan)).toContain(id);
      }),
    );
  });

  it('is stable: planning again from its own months gives the same plan; a window inside the same months gives the same key', () => {
    fc.assert(
      fc.property(corpus, window, budget, (cs, w, b) => {
        const plan = chunkLoadOrder(cs, w, b);
        const again = chunkLoadOrder(cs, w, b, keyMonths(planToKey(plan)));
        expect(planToKey(again)).toBe(planToKey(plan));
        // Keeping a previous plan still holds every month of the window that a fresh plan would.
        const other = chunkLoadOrder(cs, { start: w.start + 45 * DAY_MS, end: w.end + 45 * DAY_MS }, b);
        const sticky = chunkLoadOrder(cs, w, b, keyMonths(planToKey(other)));
        for (const id of plan.visible) expect(sticky.visible.has(id) || !keyMonths(planToKey(sticky)).has(id)).toBe(true);
        for (const id of plan.visible) if (keyMonths(planToKey(sticky)).has(id)) expect(sticky.visible).toContain(id);
      }),
    );
  });
});

describe('planKeyFor', () => {
  it('remembers, per manifest, the months it chose: the next window is planned from them', () => {
    // Twelve months of 50,000: the budget holds five. Only the chunk list of a manifest is read.
    const even = year.map((c) => ({ ...c, headlineCount: 50_000 }));
    const manifest = { chunks: even } as unknown as Manifest;
    const other = { chunks: even } as unknown as Manifest;
    expect(planKeyFor(manifest, win('2025-06-10', '2025-06-20'), BUDGET)).toBe('*2025-06 2025-05 2025-07 2025-04 2025-08');
    // Into July, June and August held around it: the same months (a fresh plan would hold May to September).
    expect(planKeyFor(manifest, win('2025-07-10', '2025-07-20'), BUDGET)).toBe('*2025-07 2025-06 2025-08 2025-05 2025-04');
    expect(planKeyFor(manifest, win('2025-07-10', '2025-07-20'), BUDGET)).toBe('*2025-07 2025-06 2025-08 2025-05 2025-04');
    expect(planKeyFor(other, win('2025-07-10', '2025-07-20'), BUDGET)).toBe('*2025-07 2025-06 2025-08 2025-05 2025-09');
    // On into August, whose neighbour September is not held: the plan moves.
    expect(planKeyFor(manifest, win('2025-08-10', '2025-08-20'), BUDGET)).toBe('*2025-08 2025-07 2025-09 2025-06 2025-10');
  });
});

describe('budgetFrom', () => {
  it('takes a whole number of headlines from storage, else the default', () => {
    expect(budgetFrom('400')).toBe(400);
    expect(budgetFrom(' 1000000 ')).toBe(1_000_000);
    for (const bad of [null, '', '99', '-500', '2.5', '1e6', 'lots', '100000000']) expect(budgetFrom(bad)).toBe(HEADLINE_BUDGET);
  });
});

describe('indexStep', () => {
  // The window on July; June and August around it.
  const plan = keyToPlan(year, '*2025-07 2025-06 2025-08');
  const set = (...months: string[]) => new Set(months.map((m) => `2025-${m}`));
  it('waits for the window’s months before the first view', () => {
    expect(indexStep(plan, set('06', '08'), null, false)).toBe('keep');
    expect(indexStep(plan, set(), null, false)).toBe('keep');
    expect(indexStep(plan, set('07'), null, false)).toBe('build');
  });
  it('keeps the index shown while a month of the window is on its way, shows the window as soon as it is in, the rest together', () => {
    // Shown: April to June (the plan before); the window moved on to July.
    expect(indexStep(plan, set('06'), set('04', '05', '06'), false)).toBe('keep');
    expect(indexStep(plan, set('06', '07'), set('04', '05', '06'), false)).toBe('build');
    // July shown; August on its way: no rebuild for each month that lands.
    expect(indexStep(plan, set('06', '07'), set('06', '07'), false)).toBe('keep');
    expect(indexStep(plan, set('06', '07', '08'), set('06', '07'), false)).toBe('build');
    // A month failed: what did arrive is shown (beside the error).
    expect(indexStep(plan, set('06', '07'), set('06', '07'), true)).toBe('build');
  });
});
