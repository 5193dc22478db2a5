import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/corpus-index';
import { corpusSchema, type Corpus } from '../corpus/schema';
import { makeCorpus } from '../corpus/testing';
import { blindspotText, buildMatrix, outletsOf } from './matrix';

// The real corpus through Vite (src/ is browser code), as in store/real-corpus.test.ts.
const found = import.meta.glob<unknown>('../../public/corpus.json', { eager: true, import: 'default' });
const json = Object.values(found)[0];

describe('buildMatrix on a hand-made corpus', () => {
  const ix = buildIndex(makeCorpus());
  it('counts every headline once per day, under its outlet’s origin', () => {
    const m = buildMatrix(ix, 'days');
    const sum = m.rows.reduce((n, r) => n + r.cells.reduce((k, c) => k + c.rows.length, 0), 0);
    expect(sum).toBe(ix.headlines.length);
    for (const r of m.rows) {
      expect(r.total.rows.length).toBe(r.cells.reduce((k, c) => k + c.rows.length, 0));
      r.cells.forEach((c) => c.rows.forEach((row) => expect(ix.headlines[row]!.date).toBe(r.key)));
      r.cells.forEach((c, col) => c.rows.forEach((row) => expect(ix.originRow[row]).toBe(col)));
    }
    expect(m.rows.map((r) => r.key)).toEqual([...new Set(ix.headlines.map((h) => h.date))].sort());
    expect(m.columnTotals.map((c) => c.rows.length).reduce((a, b) => a + b, 0)).toBe(ix.headlines.length);
  });
});

describe.runIf(json !== undefined)('buildMatrix on the real corpus', () => {
  const corpus = corpusSchema.parse(json) as Corpus;
  const ix = buildIndex(corpus);
  const originOf = new Map(corpus.outlets.map((o) => [o.id, o.origin]));
  const origin = (outletId: string | null) => (outletId === null ? 'unknown' : originOf.get(outletId)!);
  const byId = new Map(corpus.headlines.map((h) => [h.id, h]));

  it('an event row counts, per origin, the headlines the event layer joined to it', () => {
    const m = buildMatrix(ix, 'events');
    expect(m.columns.map((c) => c.id)).toEqual(corpus.origins.map((o) => o.id));
    const reported = corpus.events.filter((e) => e.headlineIds.length > 0);
    expect(m.rows.map((r) => r.key).sort()).toEqual(reported.map((e) => e.id).sort());
    for (const e of reported) {
      const row = m.rows.find((r) => r.key === e.id)!;
      m.columns.forEach((col, i) => {
        const expected = e.headlineIds.filter((id) => origin(byId.get(id)!.outletId) === col.id).length;
        expect(row.cells[i]!.rows.length, `${e.id} × ${col.id}`).toBe(expected);
      });
    }
    // The seed's picture: the Doha ceasefire reached Western, Indian, Gulf and other outlets, no Pakistani one.
    const doha = m.rows.find((r) => r.key === 'doha-ceasefire')!;
    const count = (o: string) => doha.cells[m.columns.findIndex((c) => c.id === o)]!.rows.length;
    expect(count('pakistan')).toBe(0);
    expect(count('western')).toBeGreaterThan(count('india'));
  });

  it('lists the events of the headlines’ period that no headline reports, and none after the last listing day or of other years', () => {
    const m = buildMatrix(ix, 'events');
    const ids = m.unreported.map((e) => e.id);
    expect(ids).toContain('kurram-clashes');
    expect(ids).toContain('orakzai-clash');
    // The page's last listing day is 21 October: the Istanbul talks (from the 25th) could not be listed on it.
    expect(ids).not.toContain('istanbul-talks');
    expect(ids.some((id) => id.includes('2017'))).toBe(false);
  });

  it('a days row holds every headline of its listing day; attribution counts follow attributedBy', () => {
    const m = buildMatrix(ix, 'days');
    expect(m.rows.reduce((n, r) => n + r.total.rows.length, 0)).toBe(corpus.headlines.length);
    const attributed = corpus.headlines.filter((h) => (h.attributedBy?.length ?? 0) > 0).length;
    expect(m.columnTotals.reduce((n, c) => n + c.attributed, 0)).toBe(attributed);
    expect(m.columnTotals.reduce((n, c) => n + c.classified, 0)).toBe(corpus.headlines.length);
  });
});

describe('blindspot sentences', () => {
  it('say what this corpus holds, with the origin as an adjective or a place list', () => {
    expect(blindspotText('Pakistani', { kind: 'event', label: '48-hour truce takes effect' }, (d) => d)).toBe(
      'No Pakistani outlet in this corpus listed a headline on “48-hour truce takes effect”',
    );
    expect(blindspotText('Gulf, Türkiye and Iran', { kind: 'day', label: '2025-10-17' }, () => '17 Oct 2025')).toBe(
      'No outlet from Gulf, Türkiye and Iran in this corpus listed a headline on 17 Oct 2025',
    );
    expect(outletsOf('Afghan').many).toBe('Afghan outlets');
  });
});
