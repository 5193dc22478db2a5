import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundText, capCombiningMarks, displayText, MAX_MARKS_PER_BASE, shownText, TEXT_LIMITS } from './bounded-text';

const ACUTE = '\u0301';
/** No lone half of a surrogate pair (String.prototype.isWellFormed is newer than our lib). */
const wellFormed = (t: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(t);
const marksAfterBase = (text: string) => Math.max(0, ...[...text.matchAll(/\p{M}+/gu)].slice(0, 1000).map((m) => [...m[0]].length));

describe('capCombiningMarks', () => {
  it('keeps text that needs its marks: accents, Vietnamese, Hindi, Hebrew points, emoji', () => {
    for (const t of ['é', 'e\u0301', 'Nguyễn Phú Trọng', 'Việt Nam', 'हिन्दी', 'שָׁלוֹם', 'Z\u0337\u0322\u034e\u0344a', '👩‍👩‍👧‍👦 🇵🇰', `a${ACUTE.repeat(MAX_MARKS_PER_BASE)}`]) {
      expect(capCombiningMarks(t)).toBe(t);
    }
  });

  it('cuts a run of marks to MAX_MARKS_PER_BASE after its base, and keeps what follows', () => {
    expect(capCombiningMarks(`Z${ACUTE.repeat(100_000)}algo`)).toBe(`Z${ACUTE.repeat(MAX_MARKS_PER_BASE)}algo`);
    expect(capCombiningMarks(`a${ACUTE.repeat(9)}b${'\u0300'.repeat(20)}`)).toBe(`a${ACUTE.repeat(8)}b${'\u0300'.repeat(8)}`);
  });
});

describe('boundText', () => {
  it('returns short text as it is', () => {
    expect(boundText('Ceasefire holds', 300)).toEqual({ text: 'Ceasefire holds', cut: false });
    expect(boundText('', 300)).toEqual({ text: '', cut: false });
  });

  it('cuts a long text at the limit and says so', () => {
    expect(boundText('W'.repeat(10_000), 300)).toEqual({ text: 'W'.repeat(300), cut: true });
    expect(boundText('one two three', 8)).toEqual({ text: 'one two', cut: true });
  });

  it('a text whose marks alone made it long is not cut, only capped', () => {
    expect(boundText(`Z${ACUTE.repeat(100_000)}`, 300)).toEqual({ text: `Z${ACUTE.repeat(MAX_MARKS_PER_BASE)}`, cut: false });
    // The long run sits past the part sliced first: the whole text is capped, and what follows it kept.
    expect(boundText(`Z${ACUTE.repeat(100_000)}algo`, 300)).toEqual({ text: `Z${ACUTE.repeat(MAX_MARKS_PER_BASE)}algo`, cut: false });
  });

  it('never splits a surrogate pair nor a base from its marks', () => {
    expect(boundText('ab😀cd', 3)).toEqual({ text: 'ab', cut: true });
    expect(boundText(`ab${'e\u0301\u0301'}cd`, 4)).toEqual({ text: 'ab', cut: true });
  });

  it('displayText and shownText use the limits of their kind', () => {
    expect(displayText('x'.repeat(TEXT_LIMITS.title + 1)).cut).toBe(true);
    expect(displayText('x'.repeat(TEXT_LIMITS.title + 1), 'paragraph').cut).toBe(false);
    expect(shownText('x'.repeat(TEXT_LIMITS.label + 50))).toBe(`${'x'.repeat(TEXT_LIMITS.label)}…`);
    expect(shownText('Dawn')).toBe('Dawn');
  });

  it('properties: bounded, a prefix of the capped text, no run of marks over the cap, unchanged when already bounded', () => {
    const mark = fc.constantFrom('\u0301', '\u0300', '\u0337', '\u0489', '\u{1D167}');
    const piece = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.array(mark, { maxLength: 40 }).map((m) => `a${m.join('')}`));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), fc.integer({ min: 1, max: 200 }), (text, limit) => {
        const b = boundText(text, limit);
        const capped = capCombiningMarks(text);
        expect(b.text.length).toBeLessThanOrEqual(limit);
        expect(capped.startsWith(b.text)).toBe(true);
        expect(b.cut).toBe(capped.length > limit);
        expect(marksAfterBase(b.text)).toBeLessThanOrEqual(MAX_MARKS_PER_BASE);
        // No lone half of a surrogate pair at the cut.
        if (wellFormed(text)) expect(wellFormed(b.text)).toBe(true);
        if (!b.cut && capped === text) expect(b.text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('growth of display preparation (logged; the ratio is bounded generously)', () => {
  const time = (f: () => void, reps = 5) => {
    const runs: number[] = [];
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      f();
      runs.push(performance.now() - t0);
    }
    return runs.sort((a, b) => a - b)[Math.floor(reps / 2)]!;
  };

  it.each([
    ['combining marks on one letter', (n: number) => `Z${ACUTE.repeat(n)}`],
    ['a long word', (n: number) => 'W'.repeat(n)],
    ['words', (n: number) => 'Border talks resume '.repeat(Math.ceil(n / 20)).slice(0, n)],
  ])('%s: 10,000 → 100,000 → 1,000,000 characters', (name, make) => {
    const sizes = [10_000, 100_000, 1_000_000];
    const inputs = sizes.map(make);
    const ms = inputs.map((t) => time(() => boundText(t, TEXT_LIMITS.title)));
    console.log(`bounded-text ${name}: ${sizes.map((n, i) => `${n.toLocaleString('en')}: ${ms[i]!.toFixed(2)} ms`).join(', ')}; ×10: ${(ms[1]! / Math.max(ms[0]!, 0.01)).toFixed(1)}, ×100: ${(ms[2]! / Math.max(ms[0]!, 0.01)).toFixed(1)}`);
    for (const t of inputs) expect(displayText(t, 'title').text.length).toBeLessThanOrEqual(TEXT_LIMITS.title);
    // Linear at worst (the mark-only text is read whole once): 100× the input never costs 1,000× the time.
    expect(ms[2]!).toBeLessThan(Math.max(ms[0]!, 0.05) * 1000);
  });
});
