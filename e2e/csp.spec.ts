/**
 * Content-Security-Policy and origins: the built page carries a strict policy (`script-src 'self'`, no inline
 * script, no eval, requests only to its own origin), the app runs under it without a single violation or
 * request elsewhere while doing its main tasks, and the policy is really enforced (probes of each rule fail).
 */
import { test, expect, type Page } from '@playwright/test';
import { headlinesOf, total } from './corpus';
import { guard } from './guard';
import { showBackground, zoomToStories } from './page';

/** The directives of a policy: name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

test('the built page carries a strict policy and no inline script or handler', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
  expect(metas).toHaveLength(1);
  const policy = directives(metas[0]![1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('worker-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  expect(policy.get('form-action')).toEqual(["'none'"]);
  for (const [name, sources] of policy) {
    expect(sources, name).not.toContain("'unsafe-inline'");
    expect(sources, name).not.toContain("'unsafe-eval'");
    expect(sources, name).not.toContain('*');
    if (name !== 'img-src') expect(sources, name).not.toContain('data:');
  }
  // The policy comes first in <head>, before anything it governs.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(attrs).toMatch(/\bsrc="\.\/assets\/[\w.-]+\.js"/);
    expect(body!.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
});

async function mainTasks(page: Page) {
  await expect(page.getByText(`${total} of ${total} headlines`)).toBeVisible();
  await zoomToStories(page);
  await page.getByRole('radio', { name: 'Outlet' }).check({ force: true });
  const ap = headlinesOf((h) => h.outletId === 'ap-news');
  await page.getByRole('group', { name: 'Outlets' }).getByRole('checkbox', { name: /^AP News \(/ }).check();
  await expect(page.getByText(`${ap.length} of ${total} headlines`)).toBeVisible();
  await page.getByRole('list', { name: 'Headlines' }).getByRole('button').first().click();
  await expect(page.getByRole('region', { name: 'Headline details' }).getByRole('heading', { level: 2 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search headlines' }).fill('ceasefire');
  await showBackground(page);
  await page.getByRole('region', { name: 'Background' }).getByRole('article').getByRole('button', { name: /^Tehreek-e-Taliban Pakistan/ }).first().click();
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await page.goBack();
  await page.goForward();
  await page.getByRole('complementary', { name: 'Filters' }).getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page.getByText(`${total} of ${total} headlines`)).toBeVisible();
}

test('the app does its main tasks without a request elsewhere or a violation, and the policy is enforced', async ({ page, baseURL }) => {
  const g = await guard(page, baseURL);
  await page.goto('./');
  await test.step('the main tasks: no request to another origin, no violation, no console error', async () => {
    await mainTasks(page);
    const origin = new URL(baseURL!).origin;
    const unhashed = (path: string) => path.replace(/-[\w-]{8}\.(js|css)$/, '.$1');
    const paths = g.requests.map((u) => new URL(u)).filter((u) => u.origin === origin).map((u) => unhashed(u.pathname));
    // What index.html itself references (its script, style sheet and module preloads: the main view is
    // preloaded), the corpus, the check's worker, and the chunks fetched after the first frame (the panels,
    // the overview and coverage strip, d3-zoom), with the chunks these scripts import (read from the served code).
    const html = await (await page.request.get('./')).text();
    const referenced = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(referenced.map((r) => unhashed(`/${r}`))).toEqual(expect.arrayContaining(['/assets/index.js', '/assets/index.css', '/assets/MainView.js']));
    // The chunks fetched once the timeline has drawn its first frame.
    const afterFirstFrame = ['/assets/panels.js', '/assets/UnderPlot.js', '/assets/use-zoom-d3.js'].map((chunk) => {
      const path = g.requests.map((u) => new URL(u)).find((u) => u.origin === origin && unhashed(u.pathname) === chunk)?.pathname;
      expect(path, `${chunk} was fetched`).toBeDefined();
      return path!;
    });
    const scripts = new Set<string>();
    const visit = async (path: string) => {
      if (scripts.has(path) || !path.endsWith('.js')) return;
      scripts.add(path);
      const code = await (await page.request.get(`.${path}`)).text();
      for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)) await visit(`/assets/${m[1]!}`);
    };
    for (const r of [...referenced.map((x) => `/${x}`), ...afterFirstFrame]) await visit(r);
    const expected = new Set(['/', ...referenced.map((x) => `/${x}`), ...scripts, '/corpus.json'].map(unhashed));
    expected.add('/assets/schema-check.worker.js');
    // Every request is one of these, and the first view's own files were all among them.
    expect(paths.filter((p) => !expected.has(p))).toEqual([]);
    for (const p of ['/', '/assets/index.js', '/assets/index.css', '/assets/MainView.js', '/assets/panels.js', '/corpus.json', '/assets/schema-check.worker.js']) expect(paths).toContain(p);
    await g.expectClean();
  });

  await test.step('probes of the policy are refused and reported', async () => {
    // A script of the page's own origin (allowed) tries eval; code run by the test itself would bypass the policy.
    await page.route('**/csp-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `window.__probe = {};
          try { window.__probe.eval = String((0, eval)('1 + 1')); } catch (e) { window.__probe.eval = e.name; }
          try { window.__probe.function = String(new Function('return 2')()); } catch (e) { window.__probe.function = e.name; }`,
      }),
    );
    const outcome = await page.evaluate(async () => {
      const w = window as Window & { __probe?: Record<string, string> };
      const probe = document.createElement('script');
      probe.src = 'csp-probe.js';
      await new Promise((resolve, reject) => {
        probe.onload = resolve;
        probe.onerror = reject;
        document.head.append(probe);
      });
      const inline = document.createElement('script');
      inline.textContent = 'window.__pwned = "inline script"';
      document.head.append(inline);
      let fetched: string;
      try {
        await fetch('https://elsewhere.example/steal', { mode: 'no-cors' });
        fetched = 'sent';
      } catch (e) {
        fetched = (e as Error).name;
      }
      // Give the violation reports a moment to be dispatched.
      await new Promise((r) => setTimeout(r, 100));
      return { ...w.__probe, fetch: fetched, inline: String(w.__pwned ?? 'blocked') };
    });
    expect(outcome).toEqual({ eval: 'EvalError', function: 'EvalError', fetch: 'TypeError', inline: 'blocked' });
    const violations = await g.violations();
    expect(violations.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
    expect(violations.some((v) => v.startsWith('script-src blocked eval'))).toBe(true);
    expect(violations.some((v) => v.startsWith('connect-src blocked https://elsewhere.example/steal'))).toBe(true);
    expect(g.foreign).toEqual([]);
  });
});
