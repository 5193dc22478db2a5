/**
 * Intents against plain view objects (no store, no React): what each choice does to the selection and to the
 * window, as OWID grapher tests its TimelineController against a plain manager.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { DAY_MS, dayToUtcMs } from '../corpus/dates';
import { makeCorpus } from '../corpus/testing';
import { chooseDay, chooseEvent, chooseMark, clearDay, closeEvent, closeHeadline, filterToEvent, focusOutletDay, showEvents, openDay, revealHeadline } from './intents';
import { defaultViewState, type ViewState } from './view-state';
import { defaultWindow, windowForDay } from './window';

const ix = buildIndex(makeCorpus());
const row = (id: string) => ix.rowById.get(id)!;
const oct = (d: number) => Date.UTC(2025, 9, d);
const view = (over: Partial<ViewState> = {}): ViewState => ({ ...defaultViewState, ...over });

describe('chooseDay', () => {
  it('selects the day and brings it into view with a day either side', () => {
    const next = chooseDay('2025-10-17')(ix, view());
    expect(next.day).toBe('2025-10-17');
    expect(next.window).toEqual({ start: oct(16), end: oct(19) });
  });

  it('choosing the selected day again clears it and leaves the window where the reader put it', () => {
    const w = { start: oct(10), end: oct(20) };
    const next = chooseDay('2025-10-17')(ix, view({ day: '2025-10-17', window: w }));
    expect(next.day).toBeNull();
    expect(next.window).toBe(w);
  });

  it('pins the window that was on screen when none was stored', () => {
    const next = chooseDay('2025-10-17')(ix, view({ day: '2025-10-17' }));
    expect(next.window).toEqual(windowForDay('2025-10-17', ix.axis));
  });
});

describe('openDay and clearDay', () => {
  it('a "+N more" summary fills the timeline with its day alone', () => {
    expect(openDay('2025-10-19')(ix, view())).toMatchObject({ day: '2025-10-19', window: { start: oct(19), end: oct(20) } });
  });

  it('clearing the day keeps the window; clearing nothing returns the same view', () => {
    const v = view({ day: '2025-10-13', window: { start: oct(12), end: oct(15) } });
    expect(clearDay()(ix, v)).toEqual({ ...v, day: null });
    const none = view();
    expect(clearDay()(ix, none)).toBe(none);
  });
});

describe('revealHeadline (list, detail panel)', () => {
  it('keeps the window when the day is visible with stories drawn', () => {
    const w = { start: oct(16), end: oct(19) };
    const next = revealHeadline('h-clash-cnn')(ix, view({ window: w }));
    expect(next.headlineId).toBe('h-clash-cnn');
    expect(next.window).toBe(w);
  });

  it('moves to the day when it is off screen or the window shows whole weeks', () => {
    expect(revealHeadline('h-clash-cnn')(ix, view({ window: { start: oct(1), end: oct(31) } })).window).toEqual(windowForDay('2025-10-17', ix.axis));
    expect(revealHeadline('h-clash-cnn')(ix, view({ window: { start: oct(10), end: oct(13) } })).window).toEqual(windowForDay('2025-10-17', ix.axis));
  });

  it('a selected day follows the headline to its day; no day stays no day', () => {
    expect(revealHeadline('h-hunger-tolo')(ix, view({ day: '2025-10-13' })).day).toBe('2025-10-17');
    expect(revealHeadline('h-hunger-tolo')(ix, view()).day).toBeNull();
  });

  it('an unknown id changes nothing', () => {
    const v = view({ day: '2025-10-13' });
    expect(revealHeadline('nope')(ix, v)).toBe(v);
  });
});

describe('chooseMark (timeline)', () => {
  const pledge = [row('h-pledge-trt'), row('h-pledge-ap')];

  it('a story opens on its earliest headline and the window stays', () => {
    const w = { start: oct(18), end: oct(22) };
    const next = chooseMark(pledge, 'story')(ix, view({ window: w }));
    expect(next.headlineId).toBe('h-pledge-trt');
    expect(next.window).toBe(w);
  });

  it('a story already holding the selection keeps it', () => {
    const next = chooseMark(pledge, 'story')(ix, view({ headlineId: 'h-pledge-ap', window: { start: oct(18), end: oct(22) } }));
    expect(next.headlineId).toBe('h-pledge-ap');
  });

  it('a selected headline mark chosen again is deselected; the window that was shown is pinned', () => {
    const next = chooseMark([row('h-pledge-ap')], 'headline')(ix, view({ headlineId: 'h-pledge-ap' }));
    expect(next.headlineId).toBeNull();
    // The headline's implied window, written in, so deselecting does not jump to the corpus default.
    expect(next.window).toEqual(windowForDay('2025-10-21', ix.axis));
    expect(next.window).not.toEqual(defaultWindow(ix));
  });

  it('the selected day follows the chosen headline', () => {
    expect(chooseMark([row('h-clash-ap')], 'headline')(ix, view({ day: '2025-10-19', window: { start: oct(1), end: oct(30) } })).day).toBe('2025-10-13');
  });
});

describe('closeHeadline and focusOutletDay', () => {
  it('closing keeps the day and window', () => {
    const v = view({ headlineId: 'h-clash-ap', day: '2025-10-13', window: { start: oct(12), end: oct(15) } });
    expect(closeHeadline()(ix, v)).toEqual({ ...v, headlineId: null });
  });

  it('a coverage cell filters to one outlet, selects the day and shows it', () => {
    const next = focusOutletDay('cnn', '2025-10-17')(ix, view({ outlets: ['ap-news', 'dawn'], topics: ['clashes'] }));
    expect(next).toMatchObject({ outlets: ['cnn'], topics: ['clashes'], day: '2025-10-17' });
    expect(next.window).toEqual({ start: dayToUtcMs('2025-10-16'), end: dayToUtcMs('2025-10-18') + DAY_MS });
  });
});

describe('events', () => {
  it('choosing an event opens it and fits the window to its days, a day either side', () => {
    const next = chooseEvent('night-clashes')(ix, view({ window: { start: oct(1), end: oct(31) } }));
    expect(next.eventId).toBe('night-clashes');
    expect(next.window).toEqual({ start: oct(10), end: oct(14) });
  });

  it('keeps a selected headline that reports the event, drops one that does not', () => {
    expect(chooseEvent('doha-ceasefire')(ix, view({ headlineId: 'h-qatar-ap' })).headlineId).toBe('h-qatar-ap');
    expect(chooseEvent('doha-ceasefire')(ix, view({ headlineId: 'h-hunger-tolo' })).headlineId).toBeNull();
  });

  it('choosing the open event again closes it, the window staying; unknown ids change nothing', () => {
    const w = { start: oct(18), end: oct(21) };
    expect(chooseEvent('doha-ceasefire')(ix, view({ eventId: 'doha-ceasefire', window: w }))).toEqual(view({ window: w }));
    const v = view();
    expect(chooseEvent('nope')(ix, v)).toBe(v);
    expect(closeEvent()(ix, v)).toBe(v);
  });

  it('the event filter is set to the one event, other filters staying', () => {
    const next = filterToEvent('doha-ceasefire')(ix, view({ outlets: ['ap-news'], events: ['night-clashes'] }));
    expect(next).toMatchObject({ outlets: ['ap-news'], events: ['doha-ceasefire'] });
  });
});

describe('showEvents', () => {
  it('fits the window to every event of a summary, a day either side', () => {
    expect(showEvents(['doha-ceasefire', 'night-clashes'])(ix, view()).window).toEqual({ start: oct(10), end: oct(21) });
    const v = view();
    expect(showEvents(['nope'])(ix, v)).toBe(v);
  });
});
