/**
 * How each kind of key event is named and drawn. Each kind has its own shape (never colour alone) and a
 * label said alongside it; the shapes are paths in a 16 × 16 box centred on (8, 8).
 */
import type { EventKind } from '../corpus/schema';

export const eventKindLabels: Record<EventKind, string> = {
  attack: 'Attack',
  strike: 'Air or drone strike',
  clash: 'Border clash',
  truce: 'Truce',
  talks: 'Talks',
  agreement: 'Agreement',
  statement: 'Statement',
  'border-closure': 'Border closure',
  conference: 'Conference',
  visit: 'Visit',
  other: 'Other event',
};

/** `fill`: a solid shape; `stroke`: an outline (so the two families differ in more than outline). */
export const eventKindShapes: Record<EventKind, { d: string; fill: boolean }> = {
  // A downward triangle: force applied.
  attack: { d: 'M2 3h12L8 14z', fill: true },
  // A burst (eight-point star).
  strike: { d: 'M8 1l1.8 4.2L14 4l-2.2 4L14 12l-4.2-1.2L8 15l-1.8-4.2L2 12l2.2-4L2 4l4.2 1.2z', fill: true },
  // Crossed swords: an X.
  clash: { d: 'M3 3l10 10M13 3L3 13', fill: false },
  // A ring: a pause.
  truce: { d: 'M8 2.5a5.5 5.5 0 1 0 0.01 0z', fill: false },
  // Two speech bubbles: a diamond outline.
  talks: { d: 'M8 1.5L14.5 8 8 14.5 1.5 8z', fill: false },
  // A check mark in a box.
  agreement: { d: 'M2 2h12v12H2zM4.5 8.5l2.5 2.5 4.5-5', fill: false },
  // A speech bubble.
  statement: { d: 'M2 3h12v8H7l-3 3v-3H2z', fill: true },
  // A barrier: a bar with posts.
  'border-closure': { d: 'M1.5 6h13v4h-13zM3 10v4M13 10v4', fill: false },
  // A hexagon: a table of many.
  conference: { d: 'M8 1.5l5.6 3.25v6.5L8 14.5l-5.6-3.25v-6.5z', fill: true },
  // An arrow: someone travelling.
  visit: { d: 'M2 7h8V3.5L14.5 8 10 12.5V9H2z', fill: true },
  other: { d: 'M8 4.5a3.5 3.5 0 1 0 0.01 0z', fill: true },
};
