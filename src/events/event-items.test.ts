import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { corpusSchema, type Corpus } from '../corpus/schema';
import { eventDetail } from './event-items';

// The real corpus through Vite (src/ is browser code), as in store/real-corpus.test.ts.
const found = import.meta.glob<unknown>('../../public/corpus.json', { eager: true, import: 'default' });
const json = Object.values(found)[0];

describe.runIf(json !== undefined)('eventDetail: claims repeated in headlines (real corpus)', () => {
  const corpus = corpusSchema.parse(json) as Corpus;
  const ix = buildIndex(corpus);
  const names = (hs: readonly { outletName: string }[] | undefined) => hs?.map((h) => h.outletName);

  it('splits the Taliban spokesman’s 58 soldiers by attribution: AP says it, The Economic Times states it', () => {
    const d = eventDetail(ix, 'border-clashes-oct-11-12')!;
    const k = d.event.claims.findIndex((c) => c.figures.some((f) => f.value === 58));
    expect(k).toBeGreaterThanOrEqual(0);
    expect(names(d.repeats[k]?.attributed)).toEqual(['AP News']);
    expect(names(d.repeats[k]?.unattributed)).toEqual(['The Economic Times']);
    // ISPR's "more than 200": only The Times of India's "Pakistan claims…", attributed.
    const k200 = d.event.claims.findIndex((c) => c.figures.some((f) => f.value === 200));
    expect(names(d.repeats[k200]?.attributed)).toEqual(['The Times of India']);
    expect(d.repeats[k200]?.unattributed).toEqual([]);
    // A claim without figures is never repeated.
    d.event.claims.forEach((c, i) => c.figures.length === 0 && expect(d.repeats[i]).toBeNull());
    expect(d.repeats).toHaveLength(d.event.claims.length);
  });

  it('a repeat is one of the event’s own headlines, shown with its outlet', () => {
    const d = eventDetail(ix, 'spin-boldak-clashes')!;
    const own = new Set(d.byOrigin.flatMap((g) => g.headlines.map((h) => h.id)));
    const all = d.repeats.flatMap((r) => (r ? [...r.attributed, ...r.unattributed] : []));
    expect(all.length).toBeGreaterThan(0);
    for (const h of all) expect(own.has(h.id)).toBe(true);
    const k = d.event.claims.findIndex((c) => c.figures.some((f) => f.value === 12));
    expect(names(d.repeats[k]?.attributed)).toEqual(['ABC News']);
    expect(names(d.repeats[k]?.unattributed)).toEqual(['Deccan Herald']);
  });

  it('a corpus built without attribution rules shows no repeats (attribution unknown)', () => {
    const bare = buildIndex({ ...corpus, headlines: corpus.headlines.map(({ attributedBy: _a, ...h }) => h) } as Corpus);
    expect(eventDetail(bare, 'border-clashes-oct-11-12')!.repeats.every((r) => r === null)).toBe(true);
  });
});
