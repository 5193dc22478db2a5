/** Page bytes → text: decoded exactly (UTF-8, UTF-16 with its BOM) or refused naming the page and the problem. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePage, firstInvalidUtf8, PageEncodingError, replacementCharacters } from './decode';

const TEXT = '- Café talks in Kābul “resume” 🕊 - Dawn - October 21st, 2025 [October 21st, 2025]\n';
const utf16 = (text: string, be: boolean) => {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (be) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array(le);
};
const refusal = (bytes: Uint8Array) => {
  try {
    decodePage(bytes, 'p.txt');
  } catch (e) {
    expect(e).toBeInstanceOf(PageEncodingError);
    return (e as Error).message;
  }
  return 'decoded';
};

describe('decodePage', () => {
  it('reads UTF-8 (with or without a BOM) and UTF-16 LE and BE with their BOM, to the same text', () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(decodePage(plain, 'p.txt')).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodePage(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]), 'p.txt').text).toBe(TEXT);
    expect(decodePage(utf16(TEXT, false), 'p.txt')).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodePage(utf16(TEXT, true), 'p.txt')).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it.each([
    ['Latin-1 (é as one byte)', new Uint8Array([0x2d, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]), 'p.txt is not valid UTF-8 text: line 1, column 6 (byte offset 5) holds 0xE9 0x0A: it reads as Latin-1 / Windows-1252 text; convert it to UTF-8 first (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)'],
    ['Windows-1252 quotes on line 3', new Uint8Array([0x61, 0x0a, 0x62, 0x0d, 0x0a, 0x93, 0x63, 0x94]), 'p.txt is not valid UTF-8 text: line 3, column 1 (byte offset 5) holds 0x93 0x63 0x94: it reads as Latin-1 / Windows-1252 text; convert it to UTF-8 first (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)'],
    ['a cut UTF-8 sequence', new Uint8Array([0x61, 0xe2, 0x80]), 'p.txt is not valid UTF-8 text: line 1, column 2 (byte offset 1) holds 0xE2 0x80'],
    ['an overlong form', new Uint8Array([0xc0, 0xaf]), 'p.txt is not valid UTF-8 text: line 1, column 1 (byte offset 0) holds 0xC0 0xAF'],
    ['a UTF-8 surrogate', new Uint8Array([0xed, 0xa0, 0x80]), 'p.txt is not valid UTF-8 text: line 1, column 1 (byte offset 0) holds 0xED 0xA0 0x80'],
    ['UTF-16 without a BOM', new Uint8Array(Buffer.from('- Talks - NPR', 'utf16le')), 'p.txt looks like UTF-16LE text without a byte-order mark (every other byte is zero): save it as UTF-8'],
    ['UTF-16BE without a BOM', new Uint8Array(Buffer.from('- Talks - NPR', 'utf16le').swap16()), 'p.txt looks like UTF-16BE text without a byte-order mark (every other byte is zero): save it as UTF-8'],
    ['UTF-16 with a BOM, cut', utf16(TEXT, false).subarray(0, 9), 'p.txt starts with a UTF-16LE byte-order mark but has an odd number of bytes (9): it is cut or not UTF-16LE'],
    ['UTF-16 with a BOM, a lone surrogate', new Uint8Array([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00]), 'p.txt starts with a UTF-16LE byte-order mark but is not valid UTF-16LE (an unpaired surrogate): it is damaged or not UTF-16LE'],
    ['UTF-32', new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'p.txt is UTF-32 text (it starts with a UTF-32 byte-order mark), which the builder does not read: save it as UTF-8'],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'p.txt looks binary (NUL byte at offset 4), expected a UTF-8 text page'],
  ])('refuses %s, naming the page and the problem', (_name, bytes, message) => {
    expect(refusal(bytes)).toBe(message);
  });

  it('never yields U+FFFD that the bytes do not hold: random bytes decode as the strict decoder does, or are refused', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let strict: string | null;
        try {
          strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
        } catch {
          strict = null;
        }
        const isUtf8 = firstInvalidUtf8(bytes) < 0;
        expect(isUtf8).toBe(strict !== null);
        if (bytes.includes(0) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return;
        if (strict === null) expect(refusal(bytes)).toMatch(/^p\.txt is not valid UTF-8 text: line \d+, column \d+ \(byte offset \d+\) holds /);
        else expect(decodePage(bytes, 'p.txt').text).toBe(strict);
      }),
      { numRuns: 3000 },
    );
  });

  it('counts replacement characters already in a page', () => {
    expect(replacementCharacters('a\ufffdb\ufffd')).toBe(2);
    expect(replacementCharacters(TEXT)).toBe(0);
  });
});
