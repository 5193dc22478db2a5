import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gluePunctuation, segmentParagraph } from './segments';

describe('segmentParagraph', () => {
  it('splits text around mentions, keeping every character', () => {
    const text = 'Russia and China met in Moscow.';
    const segs = segmentParagraph(text, [
      { start: 24, end: 30, actorId: 'russia' },
      { start: 0, end: 6, actorId: 'russia' },
      { start: 11, end: 16, actorId: 'china' },
    ]);
    expect(segs).toEqual([
      { kind: 'mention', text: 'Russia', actorId: 'russia' },
      { kind: 'text', text: ' and ' },
      { kind: 'mention', text: 'China', actorId: 'china' },
      { kind: 'text', text: ' met in ' },
      { kind: 'mention', text: 'Moscow', actorId: 'russia' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never loses or duplicates text, whatever the spans', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.tuple(fc.nat(90), fc.nat(90)), { maxLength: 8 }), (text, spans) => {
        const mentions = spans.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b), actorId: 'x' }));
        expect(segmentParagraph(text, mentions).map((s) => s.text).join('')).toBe(text);
      }),
    );
  });
});

describe('gluePunctuation', () => {
  it('keeps the punctuation after a name with it, and gives the paragraph back whole', () => {
    const text = 'a concern not just to Pakistan, but to Russia and China. Then (Iran)';
    const spans = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, actorId: word.toLowerCase() });
    const glued = gluePunctuation(segmentParagraph(text, [spans('Pakistan'), spans('Russia'), spans('China'), spans('Iran')]));
    expect(glued.filter((s) => s.kind === 'mention').map((s) => (s.kind === 'mention' ? `${s.text}|${s.after}` : ''))).toEqual(['Pakistan|,', 'Russia|', 'China|.', 'Iran|)']);
    expect(glued.map((s) => (s.kind === 'mention' ? s.text + s.after : s.text)).join('')).toBe(text);
    expect(glued.some((s) => s.kind === 'text' && /^[,.)]/.test(s.text))).toBe(false);
  });
});
