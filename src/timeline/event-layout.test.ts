import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS, dayToUtcMs, utcMsToDay } from '../corpus/dates';
import type { CorpusEvent } from '../corpus/schema';
import { fixtureEvents, fixturePhases } from '../corpus/testing';
import { EVENT_LABEL_ROWS, labelWidth, layoutEventTrack, layoutPhases, type TrackItem } from './event-layout';
import { windowScale } from './scales';

const scale = (from: string, days: number, width: number) => windowScale({ start: dayToUtcMs(from), end: dayToUtcMs(from) + days * DAY_MS }, width);

function event(id: string, start: string, end = start, title = `Event ${id}`): CorpusEvent {
  return { ...fixtureEvents[1]!, id, title, start, end, headlineIds: [] };
}

const covered = (items: readonly TrackItem[]) => items.flatMap((it) => (it.kind === 'event' ? [it.index] : it.indexes)).sort((a, b) => a - b);
const overlaps = (a: TrackItem, b: TrackItem) => a.row === b.row && a.x < b.x + b.width && b.x < a.x + a.width;

describe('layoutEventTrack', () => {
  it('zoomed to a few days, every event in view shows its whole title', () => {
    const track = layoutEventTrack(fixtureEvents, scale('2025-10-10', 11, 1200));
    expect(track.items.every((it) => it.kind === 'event' && it.labelled)).toBe(true);
    expect(covered(track.items)).toEqual([0, 1]);
    // A two-day event draws a bar over its days.
    const night = track.items.find((it) => it.key === 'night-clashes');
    expect(night?.kind === 'event' && night.span !== null).toBe(true);
  });

  it('leaves out events outside the window', () => {
    const track = layoutEventTrack(fixtureEvents, scale('2025-10-18', 3, 800));
    expect(covered(track.items)).toEqual([1]);
    expect(layoutEventTrack(fixtureEvents, scale('2025-11-01', 10, 800))).toEqual({ items: [], rows: 0, height: 0 });
  });

  it('dense days: labels never overlap, every event is shown once (labelled, marker or in a "+N")', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 5, max: 40 })), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 320, max: 2000 }),
        fc.integer({ min: 1, max: 40 }),
        (specs, width, days) => {
          const events = specs
            .map(([d, len, titleLen], i) => event(`e${i}`, utcMsToDay(dayToUtcMs('2025-10-01') + d * DAY_MS), utcMsToDay(dayToUtcMs('2025-10-01') + (d + len) * DAY_MS), 'x'.repeat(titleLen)))
            .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
          const x = scale('2025-10-05', days, width);
          const track = layoutEventTrack(events, x);
          const inView = events.flatMap((e, i) => (dayToUtcMs(e.end) + DAY_MS > dayToUtcMs('2025-10-05') && dayToUtcMs(e.start) < dayToUtcMs('2025-10-05') + days * DAY_MS ? [i] : []));
          expect(covered(track.items)).toEqual(inView);
          for (const a of track.items) {
            expect(a.x).toBeGreaterThanOrEqual(0);
            expect(a.x + a.width).toBeLessThanOrEqual(width + 1);
            for (const b of track.items) if (a !== b) expect(overlaps(a, b)).toBe(false);
          }
          expect(track.rows).toBeLessThanOrEqual(EVENT_LABEL_ROWS + 1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the selected event is packed first, so its title shows even on a crowded track', () => {
    const events = Array.from({ length: 12 }, (_, i) => event(`e${i}`, '2025-10-10', '2025-10-10', `A long title for event number ${i}`));
    const x = scale('2025-10-01', 30, 600);
    const plain = layoutEventTrack(events, x);
    const last = plain.items.find((it) => it.kind === 'event' && it.index === 11);
    expect(last === undefined || (last.kind === 'event' && !last.labelled)).toBe(true);
    const chosen = layoutEventTrack(events, x, 11).items.find((it) => it.kind === 'event' && it.index === 11);
    expect(chosen).toMatchObject({ labelled: true, row: 0 });
  });

  it('estimates a title’s width from its length', () => {
    expect(labelWidth('Doha ceasefire agreed')).toBeGreaterThan(labelWidth('Truce'));
  });
});

describe('layoutPhases', () => {
  it('draws the phases in view, clipped to the plot', () => {
    const { bands, rows } = layoutPhases(fixturePhases, scale('2025-10-12', 10, 1000));
    expect(bands).toHaveLength(1);
    expect(rows).toBe(1);
    expect(bands[0]!.x0).toBe(0);
    expect(bands[0]!.x1).toBeCloseTo(400);
    expect(layoutPhases(fixturePhases, scale('2025-10-20', 5, 1000))).toEqual({ bands: [], rows: 0 });
  });

  it('packs the names of overlapping phases into rows, never on top of each other', () => {
    const p = (id: string, start: string, end: string) => ({ ...fixturePhases[0]!, id, label: `Phase called ${id}`, start, end });
    const { bands, rows } = layoutPhases([p('a', '2025-10-15', '2025-10-19'), p('b', '2025-10-19', '2025-11-07'), p('c', '2025-10-19', '2025-10-20')], scale('2025-10-19', 1, 600));
    expect(rows).toBe(2);
    for (const a of bands) for (const b of bands) if (a !== b && a.row === b.row) expect(a.labelX + a.labelWidth <= b.labelX || b.labelX + b.labelWidth <= a.labelX).toBe(true);
  });
});
