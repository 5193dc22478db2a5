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

/** Who may frame the app (`embed=1`), sent as a header by `vite preview`: the app itself and loopback pages. */
export const FRAME_ANCESTORS = "frame-ancestors 'self' http://127.0.0.1:* http://localhost:*";

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
/** The first-view target: everything fetched before `timeline:ready` (entry, main view, CSS, the check's worker). */
export const FIRST_VIEW_TARGET_KB = 130;
/** Chunks the first view fetches besides the entry: the main view (requested at start-up) and the schema check's worker. */
const FIRST_VIEW_CHUNKS = /^assets\/(MainView|schema-check\.worker)-/;

/**
 * After a build, print two figures, each file gzip-compressed:
 * - the first load: the entry chunk, the chunks it imports statically, and their CSS;
 * - the first view: that plus what the page fetches before it can draw (the main view's chunk and its CSS, and
 *   the schema check's worker, since nothing is drawn before the check passes) — what a reader waits for.
 */
function firstLoadReport(): Plugin {
  return {
    name: 'first-load-report',
    apply: 'build',
    writeBundle(_options, bundle) {
      const closure = (roots: readonly string[]) => {
        const files = new Set<string>();
        const visit = (name: string) => {
          const chunk = bundle[name];
          if (!chunk || chunk.type !== 'chunk' || files.has(name)) return;
          files.add(name);
          for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
          chunk.imports.forEach(visit);
        };
        roots.forEach(visit);
        // A worker is emitted as an asset (its own bundle): count it as it is.
        for (const r of roots) if (bundle[r]?.type === 'asset') files.add(r);
        return files;
      };
      const size = (name: string) => {
        const item = bundle[name]!;
        return gzipSync(item.type === 'chunk' ? item.code : item.source).length;
      };
      const report = (files: Set<string>) => {
        let total = 0;
        const rows = [...files].sort().map((name) => {
          const n = size(name);
          total += n;
          return `  ${name}  ${(n / 1024).toFixed(1)} KB`;
        });
        return { kb: total / 1024, rows };
      };
      const entries = Object.entries(bundle).flatMap(([name, item]) => (item.type === 'chunk' && item.isEntry ? [name] : []));
      const load = report(closure(entries));
      const view = report(closure([...entries, ...Object.keys(bundle).filter((n) => FIRST_VIEW_CHUNKS.test(n))]));
      this.info(
        `first load (JS + CSS, gzip): ${load.kb.toFixed(1)} KB of a ${FIRST_LOAD_BUDGET_KB} KB budget${load.kb > FIRST_LOAD_BUDGET_KB ? ' — OVER BUDGET' : ''}\n${load.rows.join('\n')}\n` +
          `first view (everything fetched before timeline:ready, gzip): ${view.kb.toFixed(1)} KB against a ${FIRST_VIEW_TARGET_KB} KB target${view.kb > FIRST_VIEW_TARGET_KB ? ' — OVER' : ''}\n${view.rows.join('\n')}`,
      );
    },
  };
}

/**
 * The main view's chunk (and the chunks it imports directly) as module preloads in index.html: the app requests it at
 * start-up anyway, and this way it downloads beside the entry instead of after the entry has run.
 */
function preloadMainView(): Plugin {
  return {
    name: 'preload-main-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const main = Object.values(bundle).find((c) => c.type === 'chunk' && c.name === 'MainView');
        if (!main || main.type !== 'chunk') return [];
        const entries = new Set(Object.values(bundle).flatMap((c) => (c.type === 'chunk' && c.isEntry ? [c.fileName] : [])));
        const files = [main.fileName, ...main.imports.filter((f) => !entries.has(f))];
        return files.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * zod loads only in the schema check's worker, and only zod/mini (its core, and its English messages): a
 * build that puts any zod module in a page chunk, or zod's classic build or another locale in the worker
 * (a second copy of the same library), fails and names the chunk and the module.
 */
const ZOD = /[\\/]node_modules[\\/]zod[\\/]/;
const ZOD_IN_WORKER = /[\\/]node_modules[\\/]zod[\\/]v4[\\/](mini[\\/]|core[\\/]|locales[\\/]en\.js$)/;
function zodOnlyInWorker(where: 'page' | 'worker'): Plugin {
  return {
    name: `zod-only-in-worker:${where}`,
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const wrong = chunk.moduleIds.find((id) => ZOD.test(id) && (where === 'page' || !ZOD_IN_WORKER.test(id)));
        if (wrong)
          this.error(
            where === 'page'
              ? `zod in a page chunk (${name}: ${wrong}): the schema loads only in the check's worker (src/corpus/schema-check-client.ts)`
              : `zod's worker holds ${wrong} (in ${name}): the schemas use zod/mini only (src/corpus/schema.ts)`,
          );
      }
    },
  };
}

export default defineConfig({
  // Relative asset URLs: dist/ works from any static host, also under a sub-path.
  base: './',
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), preloadMainView(), firstLoadReport(), zodOnlyInWorker('page')],
  worker: { plugins: () => [zodOnlyInWorker('worker')] },
  build: {
    modulePreload: { polyfill: false },
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Everything the entry needs in one chunk: left alone, Rolldown splits the modules the entry shares
        // with lazy chunks into small common chunks of their own (more requests, worse compression).
        codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] },
      },
    },
  },
  // A <meta> CSP cannot say who may frame the page: the server must (see README, "Hosting"). `vite preview`
  // (what `npm start` and the tests serve) lets the app itself and pages on loopback frame it (the embed demo
  // and its test); a host lists the sites allowed to embed it instead. No X-Frame-Options: it cannot list
  // origins, and browsers that know frame-ancestors ignore it.
  preview: { port: 4173, strictPort: false, headers: { 'Content-Security-Policy': FRAME_ANCESTORS } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property and growth tests run hundreds of builds: on a busy 2-core machine 5 s is not always enough.
    testTimeout: 30_000,
  },
});
