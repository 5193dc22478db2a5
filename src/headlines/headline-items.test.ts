import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { selectFiltered } from '../store/selectors';
import { fixtureHeadlines, makeCorpus } from '../corpus/testing';
import { headlineDetail, listItems, nearestScrollTop, UNKNOWN_OUTLET } from './headline-items';

const ix = buildIndex(makeCorpus());
const allRows = selectFiltered(ix, { outlets: [], origins: [], topics: [], actors: [], events: [], query: '' }).rows;

describe('listItems', () => {
  it('gives each row its title, outlet (or "Unknown outlet"), date, primary topic and day break', () => {
    const items = listItems(ix, allRows);
    expect(items.map((i) => i.id)).toEqual(allRows.map((r) => ix.headlines[r]!.id));
    const unknown = items.find((i) => i.id === 'h-unknown')!;
    expect(unknown).toMatchObject({ outletName: UNKNOWN_OUTLET, cut: 'title cut short', title: 'Afghanistan and Pakistan announced a cease-fire on Sunday' });
    const cnn = items.find((i) => i.id === 'h-clash-cnn')!;
    expect(cnn).toMatchObject({ outletName: 'CNN', date: '2025-10-17', topicLabel: 'Clashes', topicIndex: ix.topicIndex.get('clashes') });
    const days = new Set(fixtureHeadlines.map((h) => h.date));
    expect(items.filter((i) => i.firstOfDay).map((i) => i.date)).toEqual([...days].sort());
  });

  it('starts a day at the first item of any sub-list', () => {
    const rows = allRows.filter((r) => ix.headlines[r]!.outletId === 'ap-news');
    expect(listItems(ix, rows).map((i) => i.firstOfDay)).toEqual([true, true, true]);
    expect(listItems(ix, [])).toEqual([]);
  });
});

describe('nearestScrollTop', () => {
  it('leaves a visible item alone', () => {
    expect(nearestScrollTop(100, 300, 150, 40)).toBe(100);
    expect(nearestScrollTop(100, 300, 100, 300)).toBe(100);
  });
  it('scrolls up to an item above the view, to its top', () => {
    expect(nearestScrollTop(500, 300, 420, 40)).toBe(420);
    expect(nearestScrollTop(500, 300, 480, 40)).toBe(480);
  });
  it('scrolls down to an item below the view, to its bottom', () => {
    expect(nearestScrollTop(0, 300, 400, 40)).toBe(140);
    expect(nearestScrollTop(0, 300, 280, 40)).toBe(20);
  });
  it('shows the top of an item taller than the view', () => {
    expect(nearestScrollTop(0, 100, 400, 300)).toBe(400);
  });
});

describe('headlineDetail', () => {
  it('is null for no selection or an id the corpus does not know', () => {
    expect(headlineDetail(ix, null)).toBeNull();
    expect(headlineDetail(ix, 'no-such-headline')).toBeNull();
  });

  it('gathers outlet, topics, actors and the story’s other headlines, earliest first', () => {
    const d = headlineDetail(ix, 'h-pledge-ap')!;
    expect(d.headline.id).toBe('h-pledge-ap');
    expect(d.outlet?.name).toBe('AP News');
    expect(d.outlet?.country).toBe('US');
    expect(d.topics.map((t) => [t.label, t.index])).toEqual([['Ceasefire', ix.topicIndex.get('ceasefire')]]);
    expect(d.actors.map((a) => a.name)).toEqual(['Pakistan']);
    expect(d.others.map((o) => [o.outletName, o.date])).toEqual([['TRT World', '2025-10-19']]);

    const trt = headlineDetail(ix, 'h-pledge-trt')!;
    expect(trt.others.map((o) => o.id)).toEqual(['h-pledge-ap']);
    expect(trt.topics.map((t) => t.id)).toEqual(['ceasefire', 'diplomacy']);
  });

  it('orders the other headlines of a story by date whatever their order in the source', () => {
    const specs = [
      { id: 'late', title: 'Same story', outletId: 'dawn', date: '2025-10-21', storyId: 's', topics: ['ceasefire'] },
      { id: 'early', title: 'Same story', outletId: 'cnn', date: '2025-10-13', storyId: 's', topics: ['ceasefire'] },
      { id: 'mid', title: 'Same story', outletId: null, date: '2025-10-17', storyId: 's', topics: ['ceasefire'] },
    ];
    const small = buildIndex(makeCorpus(specs));
    expect(headlineDetail(small, 'late')!.others.map((o) => [o.id, o.outletName])).toEqual([
      ['early', 'CNN'],
      ['mid', UNKNOWN_OUTLET],
    ]);
    expect(headlineDetail(small, 'mid')!.outlet).toBeNull();
  });
});
