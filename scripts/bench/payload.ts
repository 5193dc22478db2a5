/**
 * First-load payload: the JS and CSS a page needs before anything else, gzip-compressed (zlib's default
 * level 6, as `gzip` and most servers use) and summed.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Payload {
  files: { path: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
}

/**
 * The JS and CSS files an HTML file references directly: `<script src>`, `<link rel="stylesheet">` and
 * `<link rel="modulepreload">` (loaded up front too). Lazy chunks imported at run time are not included.
 * Only local, relative or root-relative URLs; returned as paths relative to the HTML file's directory.
 */
export function directAssets(html: string): string[] {
  const out: string[] = [];
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const value = (m: RegExpExecArray | null) => (m ? (m[2] ?? m[3] ?? m[4] ?? '') : null);
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = value(attr(m[0], 'src'));
    if (src) out.push(src);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (value(attr(m[0], 'rel')) ?? '').toLowerCase().split(/\s+/);
    const href = value(attr(m[0], 'href'));
    if (href && (rel.includes('stylesheet') || rel.includes('modulepreload'))) out.push(href);
  }
  return [...new Set(out)]
    .filter((u) => !/^[a-z][a-z0-9+.-]*:/i.test(u) && !u.startsWith('//'))
    .map((u) => u.replace(/[?#].*$/, '').replace(/^\.\//, '').replace(/^\//, ''))
    .filter((u) => /\.(m?js|css)$/i.test(u));
}

export function gzipPayload(paths: readonly string[]): Payload {
  const files = paths.map((path) => {
    const data = readFileSync(path);
    return { path, bytes: data.length, gzip: gzipSync(data).length };
  });
  return { files, bytes: files.reduce((s, f) => s + f.bytes, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

/** The app's first load: what `index.html` references directly. */
export function appPayload(indexHtml: string): Payload {
  const dir = dirname(resolve(indexHtml));
  return gzipPayload(directAssets(readFileSync(indexHtml, 'utf8')).map((p) => join(dir, p)));
}
