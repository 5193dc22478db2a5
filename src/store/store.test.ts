import { describe, expect, it } from 'vitest';
import { createViewStore, pickView } from './store';
import { defaultViewState, type ViewState } from './view-state';

describe('filters slice', () => {
  it('starts with no filter', () => {
    const s = createViewStore().getState();
    expect([s.outlets, s.topics, s.actors, s.query]).toEqual([[], [], [], '']);
  });

  it('toggleOutlet adds and removes, keeping ids sorted and unique', () => {
    const store = createViewStore();
    store.getState().toggleOutlet('dawn');
    store.getState().toggleOutlet('ap-news');
    expect(store.getState().outlets).toEqual(['ap-news', 'dawn']);
    store.getState().toggleOutlet('dawn');
    expect(store.getState().outlets).toEqual(['ap-news']);
    store.getState().toggleOutlet('ap-news');
    expect(store.getState().outlets).toEqual([]);
  });

  it('onlyOutlet replaces the outlet filter with one outlet and leaves the others', () => {
    const store = createViewStore();
    store.getState().setOutlets(['dawn', 'cnn']);
    store.getState().toggleTopic('ceasefire');
    store.getState().onlyOutlet('ap-news');
    expect(store.getState().outlets).toEqual(['ap-news']);
    expect(store.getState().topics).toEqual(['ceasefire']);
  });

  it('setOutlets clearing with [] means every outlet', () => {
    const store = createViewStore();
    store.getState().setOutlets(['dawn', 'dawn', 'cnn']);
    expect(store.getState().outlets).toEqual(['cnn', 'dawn']);
    store.getState().setOutlets([]);
    expect(store.getState().outlets).toEqual([]);
  });

  it('toggleTopic and toggleActor toggle', () => {
    const store = createViewStore();
    store.getState().toggleTopic('diplomacy');
    store.getState().toggleTopic('clashes');
    store.getState().toggleActor('taliban');
    expect(store.getState().topics).toEqual(['clashes', 'diplomacy']);
    expect(store.getState().actors).toEqual(['taliban']);
    store.getState().toggleTopic('clashes');
    store.getState().toggleActor('taliban');
    expect(store.getState().topics).toEqual(['diplomacy']);
    expect(store.getState().actors).toEqual([]);
  });

  it('clearFilters clears outlets, topics, actors and query, not the selection', () => {
    const store = createViewStore();
    const s = store.getState();
    s.setOutlets(['dawn']);
    s.setTopics(['clashes']);
    s.setActors(['taliban']);
    s.setQuery('kabul');
    s.selectDay('2025-10-17');
    s.selectHeadline('h1');
    store.getState().clearFilters();
    const after = store.getState();
    expect([after.outlets, after.topics, after.actors, after.query]).toEqual([[], [], [], '']);
    expect(after.day).toBe('2025-10-17');
    expect(after.headlineId).toBe('h1');
  });

  it('each store is fresh', () => {
    const a = createViewStore();
    a.getState().toggleOutlet('dawn');
    expect(createViewStore().getState().outlets).toEqual([]);
  });
});

describe('selection slice', () => {
  it('selectHeadline without a selected day leaves the day alone', () => {
    const store = createViewStore();
    store.getState().selectHeadline('h1', '2025-10-17');
    expect(store.getState().headlineId).toBe('h1');
    expect(store.getState().day).toBeNull();
  });

  it('selectHeadline of another day moves the selected day with it', () => {
    const store = createViewStore();
    store.getState().selectDay('2025-10-13');
    store.getState().selectHeadline('h1', '2025-10-17');
    expect(store.getState().day).toBe('2025-10-17');
    expect(store.getState().headlineId).toBe('h1');
  });

  it('selectHeadline of the same day, or without a day given, keeps the selected day', () => {
    const store = createViewStore();
    store.getState().selectDay('2025-10-13');
    store.getState().selectHeadline('h1', '2025-10-13');
    expect(store.getState().day).toBe('2025-10-13');
    store.getState().selectHeadline('h2');
    expect(store.getState().day).toBe('2025-10-13');
    expect(store.getState().headlineId).toBe('h2');
    store.getState().selectHeadline(null);
    expect(store.getState().headlineId).toBeNull();
    expect(store.getState().day).toBe('2025-10-13');
  });

  it('focusOutletDay sets one outlet and the day at once', () => {
    const store = createViewStore();
    store.getState().setOutlets(['cnn', 'dawn']);
    store.getState().toggleTopic('clashes');
    let notified = 0;
    store.subscribe(() => notified++);
    store.getState().focusOutletDay('ap-news', '2025-10-19');
    expect(notified).toBe(1);
    expect(store.getState().outlets).toEqual(['ap-news']);
    expect(store.getState().day).toBe('2025-10-19');
    expect(store.getState().topics).toEqual(['clashes']);
  });
});

describe('view slice', () => {
  it('applyView replaces every view field at once, and pickView reads them back', () => {
    const store = createViewStore();
    store.getState().setOutlets(['cnn']);
    store.getState().setQuery('old');
    const view: ViewState = {
      ...defaultViewState,
      outlets: ['ap-news', 'dawn'],
      topics: ['ceasefire'],
      actors: ['qatar'],
      query: 'kabul',
      day: '2025-10-19',
      headlineId: 'h-qatar-ap',
      lanes: 'origin',
      window: { start: 1, end: 2 },
    };
    let notified = 0;
    store.subscribe(() => notified++);
    store.getState().applyView(view);
    expect(notified).toBe(1);
    expect(pickView(store.getState())).toEqual(view);
    // Actions survive a view replacement.
    store.getState().toggleOutlet('dawn');
    expect(store.getState().outlets).toEqual(['ap-news']);
  });

  it('applyView of the defaults resets the view', () => {
    const store = createViewStore();
    store.getState().setOutlets(['cnn']);
    store.getState().selectDay('2025-10-17');
    store.getState().applyView(defaultViewState);
    expect(pickView(store.getState())).toEqual(defaultViewState);
  });
});
