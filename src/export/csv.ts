/**
 * A small RFC 4180 CSV writer (hand-rolled: it is a few lines, and a library would add bytes for nothing).
 *
 * - A field holding a comma, a double quote, CR or LF is quoted, its quotes doubled.
 * - Records end with CRLF; the file starts with a UTF-8 byte-order mark so spreadsheet programs read it as UTF-8.
 * - Spreadsheet formula injection (OWASP "CSV injection"): a text cell starting with `=`, `+`, `-`, `@`, a tab
 *   or CR is prefixed with a single quote `'`, so Excel, LibreOffice and Google Sheets show it as text and
 *   never run it (`=HYPERLINK(…)` becomes `'=HYPERLINK(…)`). Numbers are written as numbers, unprefixed.
 */

export type CsvValue = string | number;

/** The byte-order mark a CSV starts with. */
export const BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (or strip to one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell neutralised against formula injection: prefixed with `'` when it starts like a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field, quoted when it must be (RFC 4180 §2.6–2.7). */
export function csvField(value: CsvValue): string {
  const text = typeof value === 'number' ? String(value) : guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: a BOM, then one CRLF-terminated record per row (the header first). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
