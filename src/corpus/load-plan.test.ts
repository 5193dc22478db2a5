import { describe, expect, it } from 'vitest';
import { dayToUtcMs } from './dates';
import type { ChunkRef } from './schema';
import { chunkLoadOrder, keyToPlan, planToKey } from './load-plan';

const ref = (id: string, start: string, end: string): ChunkRef => ({ id, path: `c.${id}.json`, start, end, headlineCount: 1 });
const chunks = [ref('2025-01', '2025-01-01', '2025-02-02'), ref('2025-02', '2025-02-01', '2025-02-28'), ref('2025-03', '2025-03-01', '2025-03-31'), ref('2025-04', '2025-04-01', '2025-04-30')];

describe('chunkLoadOrder', () => {
  it('loads the months the window overlaps first, then the nearest', () => {
    const { order, visible } = chunkLoadOrder(chunks, { start: dayToUtcMs('2025-03-10'), end: dayToUtcMs('2025-03-20') });
    expect([...visible]).toEqual(['2025-03']);
    expect(order.map((c) => c.id)).toEqual(['2025-03', '2025-02', '2025-04', '2025-01']);
  });
  it('counts a chunk by the days of its headlines, which can run past its month', () => {
    const { visible } = chunkLoadOrder(chunks, { start: dayToUtcMs('2025-02-01'), end: dayToUtcMs('2025-02-03') });
    expect([...visible].sort()).toEqual(['2025-01', '2025-02']);
  });
  it('a plan survives its key: same order, same visible months; a zoom inside one month keeps the key', () => {
    const plan = chunkLoadOrder(chunks, { start: dayToUtcMs('2025-02-27'), end: dayToUtcMs('2025-03-05') });
    const key = planToKey(plan);
    expect(key).toBe('*2025-02 *2025-03 2025-01 2025-04');
    const back = keyToPlan(chunks, key);
    expect(back.order).toEqual(plan.order);
    expect(back.visible).toEqual(plan.visible);
    const a = planToKey(chunkLoadOrder(chunks, { start: dayToUtcMs('2025-03-10'), end: dayToUtcMs('2025-03-20') }));
    const b = planToKey(chunkLoadOrder(chunks, { start: dayToUtcMs('2025-03-12'), end: dayToUtcMs('2025-03-14') }));
    expect(a).toBe(b);
    expect(keyToPlan(chunks, '')).toEqual({ order: [], visible: new Set() });
  });
});
