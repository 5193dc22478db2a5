/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { gzipSync } from 'node:zlib';

/**
 * The Content-Security-Policy of the built app. Only in `build`: Vite's dev server injects an inline
 * script for React Fast Refresh, which this policy (rightly) refuses.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

/** The first-load budget: JS and CSS the page loads before anything lazy, gzip-compressed. */
export const FIRST_LOAD_BUDGET_KB = 100;

/**
 * After a build, print the first load: the entry chunk, the chunks it imports statically, and their CSS,
 * each gzip-compressed (lazy chunks and the validation worker load later, in parallel with the corpus).
 */
function firstLoadReport(): Plugin {
  return {
    name: 'first-load-report',
    apply: 'build',
    writeBundle(_options, bundle) {
      const files = new Set<string>();
      const visit = (name: string) => {
        const chunk = bundle[name];
        if (!chunk || chunk.type !== 'chunk' || files.has(name)) return;
        files.add(name);
        for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
        chunk.imports.forEach(visit);
      };
      for (const [name, item] of Object.entries(bundle)) if (item.type === 'chunk' && item.isEntry) visit(name);
      let total = 0;
      const rows = [...files].sort().map((name) => {
        const item = bundle[name]!;
        const size = gzipSync(item.type === 'chunk' ? item.code : item.source).length;
        total += size;
        return `  ${name}  ${(size / 1024).toFixed(1)} KB`;
      });
      const kb = total / 1024;
      this.info(`first load (JS + CSS, gzip): ${kb.toFixed(1)} KB of a ${FIRST_LOAD_BUDGET_KB} KB budget${kb > FIRST_LOAD_BUDGET_KB ? ' — OVER BUDGET' : ''}\n${rows.join('\n')}`);
    },
  };
}

export default defineConfig({
  // Relative asset URLs: dist/ works from any static host, also under a sub-path.
  base: './',
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), firstLoadReport()],
  build: {
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
  // A <meta> CSP cannot say who may frame the page: the server must (see README, "Hosting"). `vite preview`
  // (what `npm start` and the tests serve) sends it; a host should send the same headers.
  preview: { port: 4173, strictPort: false, headers: { 'Content-Security-Policy': "frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
