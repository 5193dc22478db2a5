import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { makeCorpus } from '../corpus/testing';
import { defaultViewState } from '../store/view-state';
import { focusOriginDay, focusOriginEvent } from './cell-intents';

const ix = buildIndex(makeCorpus());

describe('coverage cell intents', () => {
  it('an event cell: that origin alone, that event’s filter, the window on its days, the day and headline cleared', () => {
    const e = ix.events.find((x) => x.headlineIds.length > 0)!;
    const v = focusOriginEvent('western', e.id)(ix, { ...defaultViewState, day: '2025-10-19', headlineId: 'x', topics: ['clashes'] });
    expect(v).toMatchObject({ origins: ['western'], events: [e.id], day: null, headlineId: null, topics: ['clashes'] });
    expect(v.window).not.toBeNull();
    expect(v.window!.start).toBeLessThanOrEqual(Date.parse(`${e.start}T00:00:00Z`));
    expect(v.window!.end).toBeGreaterThan(Date.parse(`${e.end}T00:00:00Z`));
  });

  it('a day cell: that origin alone, the event filter cleared, the day selected (also when it already was)', () => {
    const day = ix.headlines[0]!.date;
    for (const before of [null, day]) {
      const v = focusOriginDay('pakistani', day)(ix, { ...defaultViewState, day: before, events: ['x'] });
      expect(v).toMatchObject({ origins: ['pakistani'], events: [], day });
      expect(v.window!.start).toBeLessThan(Date.parse(`${day}T00:00:00Z`));
    }
  });

  it('an unknown event changes nothing', () => {
    expect(focusOriginEvent('western', 'nope')(ix, defaultViewState)).toBe(defaultViewState);
  });
});
