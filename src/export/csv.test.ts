import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOM, csvField, guardFormula, toCsv } from './csv';
import { parseCsv } from './csv-reader';

describe('csvField', () => {
  it('quotes commas, quotes and newlines, and leaves plain text alone', () => {
    expect(csvField('Afghanistan - Pakistan talks')).toBe('Afghanistan - Pakistan talks');
    expect(csvField('Kabul, Islamabad')).toBe('"Kabul, Islamabad"');
    expect(csvField('He said "no"')).toBe('"He said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\ronly')).toBe('"cr\ronly"');
    expect(csvField('')).toBe('');
    expect(csvField(27)).toBe('27');
  });

  it('neutralises formula-looking cells with a leading quote', () => {
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvField('+1 more')).toBe("'+1 more");
    expect(csvField('-58 soldiers')).toBe("'-58 soldiers");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(guardFormula('Pakistan = Afghanistan?')).toBe('Pakistan = Afghanistan?');
    // Numbers are numbers: never prefixed.
    expect(csvField(-1)).toBe('-1');
  });

  it('keeps non-ASCII text as it is', () => {
    expect(csvField('Türkiye’s role — “talks” in Doha, دوحة')).toBe('"Türkiye’s role — “talks” in Doha, دوحة"');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    const csv = toCsv(['id', 'title'], [['a', 'x, y'], ['b', 'line\nbreak']]);
    expect(csv).toBe(`${BOM}id,title\r\na,"x, y"\r\nb,"line\nbreak"\r\n`);
    expect(parseCsv(csv.slice(1))).toEqual([['id', 'title'], ['a', 'x, y'], ['b', 'line\nbreak']]);
  });

  it('round-trips arbitrary strings: parsing gives the same rows (formula-looking cells behind a quote)', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', ' - ', '=', '+', '-', '@', '\t', 'a', 'é', '😀'), maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((n) => fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 6 })), (rows) => {
        const header = rows[0]!.map((_, i) => `c${i}`);
        const csv = toCsv(header, rows);
        expect(csv.startsWith(BOM)).toBe(true);
        expect(csv.endsWith('\r\n')).toBe(true);
        const parsed = parseCsv(csv.slice(BOM.length));
        expect(parsed[0]).toEqual(header);
        // The same cells, a formula-looking one behind a quote (the guard only ever prepends it).
        expect(parsed.slice(1)).toEqual(rows.map((r) => r.map(guardFormula)));
        for (const r of rows) for (const c of r) expect([c, `'${c}`]).toContain(guardFormula(c));
        // No parsed cell starts like a formula.
        for (const r of parsed.slice(1)) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 500 },
    );
  });
});
