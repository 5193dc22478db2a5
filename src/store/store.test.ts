import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { makeCorpus } from '../corpus/testing';
import { chooseDay, focusOutletDay } from './intents';
import { createViewStore } from './store';
import { defaultViewState, pickView, type ViewState } from './view-state';

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
    s.applyView({ ...pickView(store.getState()), day: '2025-10-17', headlineId: 'h1' });
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

describe('selection slice: run', () => {
  const ix = buildIndex(makeCorpus());

  it('applies an intent in one update, the whole choice at once', () => {
    const store = createViewStore();
    store.getState().setOutlets(['cnn', 'dawn']);
    store.getState().toggleTopic('clashes');
    let notified = 0;
    store.subscribe(() => notified++);
    store.getState().run(ix, focusOutletDay('ap-news', '2025-10-19'));
    expect(notified).toBe(1);
    const s = store.getState();
    expect([s.outlets, s.day, s.topics]).toEqual([['ap-news'], '2025-10-19', ['clashes']]);
    expect(s.window).not.toBeNull();
  });

  it('an intent that changes nothing does not notify', () => {
    const store = createViewStore();
    let notified = 0;
    store.subscribe(() => notified++);
    store.getState().run(ix, (_ix, view) => view);
    expect(notified).toBe(0);
    store.getState().run(ix, chooseDay('2025-10-17'));
    expect(notified).toBe(1);
    expect(store.getState().day).toBe('2025-10-17');
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
    store.getState().run(buildIndex(makeCorpus()), chooseDay('2025-10-17'));
    store.getState().applyView(defaultViewState);
    expect(pickView(store.getState())).toEqual(defaultViewState);
  });
});
