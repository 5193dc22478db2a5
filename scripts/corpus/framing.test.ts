import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileFraming, formPattern } from './framing';
import { framingFileSchema, type FramingFile } from './table-schemas';
import { DATA_DIR, seedCorpus } from './testing';

const source = { publisher: 'Example', url: 'https://example.org/a', date: null };
const file = (terms: { id: string; forms: string[]; examples?: string[]; counterExamples?: string[] }[]): FramingFile => ({
  groups: [
    {
      id: 'g',
      label: 'A group',
      terms: terms.map((t) => ({ id: t.id, label: t.id, forms: t.forms, note: 'who uses it', sources: [source], examples: t.examples ?? [t.forms[0]!], counterExamples: t.counterExamples ?? [] })),
    },
  ],
});

describe('formPattern and termsOf', () => {
  const lexicon = compileFraming(
    file([
      { id: 'killed', forms: ['killed', 'kill', 'killing'] },
      { id: 'terrorists', forms: ['terrorist'] },
      { id: 'khawarij', forms: ['Fitna al-Khawarij', 'Khwarij'] },
      { id: 'durand-line', forms: ['Durand Line'] },
      { id: 'border', forms: ['border'] },
      { id: 'taliban-government', forms: ['Taliban government'] },
    ]),
  );
  const of = (title: string) => lexicon.termsOf(title);

  it('matches whole words only', () => {
    expect(of('Skilled workers')).toEqual([]);
    expect(of('Counterterrorism talks')).toEqual([]);
    expect(of('Borderlands and bordering states')).toEqual([]);
    expect(of('A killer app')).toEqual([]);
    expect(of('Cross-border strikes')).toEqual(['border']);
    expect(of('border.')).toEqual(['border']);
    expect(of('(Killed)')).toEqual(['killed']);
  });

  it('takes the plural of the last word', () => {
    expect(of('Afghanistan kills 58 soldiers')).toEqual(['killed']);
    expect(of('Killings on the borders')).toEqual(['killed', 'border']);
    expect(of('Terrorists sent to hell')).toEqual(['terrorists']);
    expect(of('Two Durand Lines')).toEqual(['durand-line']);
    // Only the last word of a phrase takes it.
    expect(of('Talibans government')).toEqual([]);
  });

  it('ignores case, and reads a space or a hyphen between words alike', () => {
    expect(of('KILLED')).toEqual(['killed']);
    expect(of("Why no one recognises the 'Durand line'")).toEqual(['durand-line']);
    expect(of('fitna al khawarij hideout busted')).toEqual(['khawarij']);
    expect(of('Fitna-al-Khawarij')).toEqual(['khawarij']);
    expect(of('TALIBAN  GOVERNMENT says')).toEqual(['taliban-government']);
    expect(of('Taliban-government')).toEqual(['taliban-government']);
    // Words apart are no phrase.
    expect(of('Taliban say the government')).toEqual([]);
  });

  it('sees letters beyond ASCII as word letters', () => {
    expect(of('Bordeaux')).toEqual([]);
    expect(of('borderé')).toEqual([]);
    expect(of('Émigrés at the border')).toEqual(['border']);
  });

  it('a form matches itself in any title, whatever stands around it with a non-letter between (property)', () => {
    const word = fc.stringMatching(/^[a-z]{2,10}$/);
    const around = fc.stringMatching(/^[A-Za-z ]{0,12}$/);
    fc.assert(
      fc.property(word, around, around, (w, a, b) => {
        const re = new RegExp(formPattern(w), 'iu');
        expect(re.test(`${a} ${w} ${b}`)).toBe(true);
        expect(re.test(`${a} ${w.toUpperCase()}s ${b}`)).toBe(true);
        expect(re.test(`x${w}`)).toBe(false);
      }),
    );
  });

  it('escapes a form’s punctuation', () => {
    expect(new RegExp(formPattern('U.S.'), 'iu').test('USA')).toBe(false);
    expect(new RegExp(formPattern("Kabul's"), 'iu').test('Kabul’s strikes')).toBe(true);
  });
});

describe('compileFraming', () => {
  it('refuses a term that misses its example or matches its counter-example, and duplicate ids', () => {
    expect(() => compileFraming(file([{ id: 'a', forms: ['martyred'], examples: ['soldiers killed'] }, { id: 'b', forms: ['x'] }]))).toThrow(/term "a" does not match its example "soldiers killed"/);
    expect(() => compileFraming(file([{ id: 'a', forms: ['kill'], counterExamples: ['Afghanistan kills 58'] }, { id: 'b', forms: ['x'] }]))).toThrow(/term "a" matches its counter-example/);
    expect(() => compileFraming(file([{ id: 'a', forms: ['x'] }, { id: 'a', forms: ['y'] }]))).toThrow(/duplicate term "a"/);
  });

  it('loads data/framing.json: every group has alternatives, every term a source', () => {
    const raw = JSON.parse(readFileSync(join(DATA_DIR, 'framing.json'), 'utf8')) as unknown;
    const table = compileFraming(framingFileSchema.parse(raw));
    expect(table.terms.length).toBeGreaterThanOrEqual(10);
    for (const g of table.groups) expect(table.terms.filter((t) => t.group === g.id).length).toBeGreaterThanOrEqual(2);
    for (const t of table.terms) expect(t.sources.length).toBeGreaterThan(0);
    // Headlines of the seed page, and the words they use.
    expect(table.termsOf('What is Durand Line between Afghanistan and Pakistan? Why do Afghans refuse to consider it as border?')).toEqual(['durand-line', 'border']);
    expect(table.termsOf('Future of Pakistan-Afghanistan ceasefire hinges on Kabuls ability to rein in TTP analysts')).toEqual(['ttp']);
    expect(table.termsOf('Afghanistan kills 58 Pakistani soldiers: Why the two Islamic nations are fighting')).toEqual(['killed']);
    expect(table.termsOf('2 soldiers martyred, as many terrorists killed in Bannu gun battle: ISPR')).toEqual(['martyred', 'killed', 'terrorists']);
  });
});

describe('the builder', () => {
  it('tags every seed headline with the terms its title uses, and carries the lexicon with its sources', () => {
    const c = seedCorpus();
    expect(c.framing?.terms.map((t) => t.id)).toContain('khawarij');
    expect(c.headlines.every((h) => Array.isArray(h.framing))).toBe(true);
    const durand = c.headlines.filter((h) => h.framing!.includes('durand-line'));
    expect(durand.map((h) => h.title).every((t) => /durand line/i.test(t))).toBe(true);
    expect(durand).toHaveLength(3);
    const border = c.headlines.filter((h) => h.framing!.includes('border'));
    expect(border.length).toBe(c.headlines.filter((h) => /(?<![a-z])borders?(?![a-z])/i.test(h.title)).length);
    for (const t of c.framing!.terms) expect(t.sources.length).toBeGreaterThan(0);
  });
});
