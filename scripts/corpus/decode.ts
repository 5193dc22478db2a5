/**
 * A page's bytes → its text. Decoded exactly or refused with the reason, never repaired: a byte the decoder
 * cannot read is not turned into U+FFFD.
 *
 * - UTF-8, with or without a byte-order mark (BOM);
 * - UTF-16 LE or BE when the page starts with its BOM (what Windows Notepad writes as "Unicode");
 * - refused: UTF-32 (named), UTF-16 without a BOM (named: every other byte is zero), other files holding
 *   NUL bytes ("binary"), and bytes that are not UTF-8 (the line, the column and the bytes are named, with a
 *   hint when they read as Latin-1 / Windows-1252, the usual cause).
 */

/** The page cannot be read as text. The message names the page and the problem, in one line. */
export class PageEncodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageEncodingError';
  }
}

export type PageEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * The offset of the first byte that does not start or continue a well-formed UTF-8 sequence (no overlong
 * forms, no surrogates, nothing above U+10FFFF, no cut sequence at the end), or -1 when all is UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in bytes) of a byte offset, counting LF, CRLF and lone CR as line ends. */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Zero in most odd (LE) or even (BE) bytes of the first 2,000: ASCII-range text in UTF-16 without a BOM. */
function utf16WithoutBom(bytes: Uint8Array): 'LE' | 'BE' | null {
  const n = Math.min(bytes.length, 2000) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.6 && evenZero < pairs * 0.1) return 'LE';
  if (evenZero >= pairs * 0.6 && oddZero < pairs * 0.1) return 'BE';
  return null;
}

/**
 * Decode the bytes of the page `name` (its path or file name, for messages). Throws PageEncodingError.
 * An empty file decodes to ''.
 */
export function decodePage(bytes: Uint8Array, name: string): { text: string; encoding: PageEncoding } {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    throw new PageEncodingError(`${name} is UTF-32 text (it starts with a UTF-32 byte-order mark), which the builder does not read: save it as UTF-8`);
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    const label = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
    if (bytes.length % 2 !== 0) throw new PageEncodingError(`${name} starts with a ${label} byte-order mark but has an odd number of bytes (${bytes.length}): it is cut or not ${label}`);
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      throw new PageEncodingError(`${name} starts with a ${label} byte-order mark but is not valid ${label} (an unpaired surrogate): it is damaged or not ${label}`);
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const bare = utf16WithoutBom(bytes);
    if (bare !== null) throw new PageEncodingError(`${name} looks like UTF-16${bare} text without a byte-order mark (every other byte is zero): save it as UTF-8`);
    throw new PageEncodingError(`${name} looks binary (NUL byte at offset ${nul}), expected a UTF-8 text page`);
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, column } = lineAndColumn(bytes, bad);
    const shown = Array.from(bytes.subarray(bad, bad + 4), hex).join(' ');
    const lone = bytes[bad + 1] === undefined || bytes[bad + 1]! < 0x80; // one high byte alone: a Latin-1 letter, not a UTF-8 sequence
    const hint = lone ? ': it reads as Latin-1 / Windows-1252 text; convert it to UTF-8 first (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)' : '';
    throw new PageEncodingError(`${name} is not valid UTF-8 text: line ${line}, column ${column} (byte offset ${bad}) holds ${shown}${hint}`);
  }
  return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
}

/** How many U+FFFD the text holds: text damaged before it reached the builder (reported, kept as is). */
export function replacementCharacters(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) count++;
  return count;
}
