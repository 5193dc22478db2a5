import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiJson } from './json';

describe('asciiJson', () => {
  it('escapes every non-ASCII character and keeps the value', () => {
    const text = asciiJson({ title: 'Pakistan–Afghanistan “talks” in Doha 🇶🇦', outlet: 'Dawn', n: 3 });
    expect(text).toBe('{"title":"Pakistan\\u2013Afghanistan \\u201ctalks\\u201d in Doha \\ud83c\\uddf6\\ud83c\\udde6","outlet":"Dawn","n":3}');
    expect(JSON.parse(text)).toEqual({ title: 'Pakistan–Afghanistan “talks” in Doha 🇶🇦', outlet: 'Dawn', n: 3 });
  });

  it('is ASCII and parses back to the same value, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = asciiJson(value);
        expect([...text].every((c) => c.charCodeAt(0) < 0x7f)).toBe(true);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });
});
