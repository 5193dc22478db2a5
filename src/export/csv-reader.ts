/**
 * Test support (not imported by the app): a strict RFC 4180 reader, the other half of csv.ts's writer, for its
 * unit tests and the export e2e. Records end with CRLF; a quoted field may hold anything, its quotes doubled;
 * an unquoted field holds no quote, comma, CR or LF. Throws on anything else.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unterminated quote');
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
            } else {
              i++;
              break;
            }
          } else field += text[i++];
        }
      } else {
        while (i < text.length && !/[",\r\n]/.test(text[i]!)) field += text[i++];
        if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
      }
      record.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      }
      throw new Error(`expected a comma or CRLF at ${i}`);
    }
    records.push(record);
  }
  return records;
}
