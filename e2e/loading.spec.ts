/**
 * Loading defences: a split corpus is checked against its manifest (and the manifest before any month is
 * fetched), bytes that are not UTF-8 are refused, redirects are not followed, links cannot climb out of the
 * app's folder, and the preview server tells browsers who may frame the app (itself and loopback pages, for
 * the embed). Each case once failed silently: a manifest listing one month twice showed its headlines twice,
 * an old manifest beside a newer month showed the wrong counts, and invalid bytes were shown as U+FFFD.
 */
import { test, expect, type Page, type Route } from '@playwright/test';
import { corpus } from './corpus';
import { guard } from './guard';
import { splitByMonth } from '../src/corpus/split';

const alert = (page: Page) => page.getByRole('alert');
const json = (body: string) => (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body });
const { manifest, chunks } = splitByMonth(corpus, 'split.json');
const october = chunks.find((c) => c.chunk.id === '2025-10')!;

test('a manifest that lists a month twice is refused before any month is fetched', async ({ page, baseURL }) => {
  const g = await guard(page, baseURL);
  const twice = { ...manifest, chunks: [...manifest.chunks, manifest.chunks.find((c) => c.id === '2025-10')!] };
  await page.route('**/split.json', json(JSON.stringify(twice)));
  await page.goto('./?corpus=split.json');
  await expect(alert(page)).toContainText(/month 2025-10 listed twice/);
  await expect(alert(page)).toContainText(/file split\.2025-10\.json listed twice/);
  expect(g.requests.filter((u) => /split\.\d{4}-\d{2}\.json/.test(u))).toEqual([]);
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
  await g.expectClean();
});

test('an old manifest beside a newer month is refused, naming both counts', async ({ page, baseURL }) => {
  const g = await guard(page, baseURL);
  // The manifest was written when October held fewer headlines than its file holds now.
  const old = { ...manifest, headlineCount: manifest.headlineCount - 5, chunks: manifest.chunks.map((c) => (c.id === '2025-10' ? { ...c, headlineCount: c.headlineCount - 5 } : c)) };
  await page.route('**/split.json', json(JSON.stringify(old)));
  await page.route(`**/${october.path}`, json(JSON.stringify(october.chunk)));
  await page.goto('./?corpus=split.json');
  await expect(alert(page)).toContainText(`the manifest says ${october.chunk.headlines.length - 5} headlines, the file holds ${october.chunk.headlines.length}`);
  await expect(page.getByRole('list', { name: 'Headlines' })).toHaveCount(0);
  await g.expectClean({ allowConsole: /Failed to load resource/ });
});

test('bytes that are not UTF-8 are refused, never shown as replacement characters', async ({ page, baseURL }) => {
  const g = await guard(page, baseURL);
  const text = JSON.stringify(corpus);
  const at = text.indexOf(corpus.headlines[0]!.title);
  // A Latin-1 "é" (0xE9) in the first title: not valid UTF-8.
  const body = Buffer.concat([Buffer.from(text.slice(0, at), 'utf8'), Buffer.from([0xe9]), Buffer.from(text.slice(at), 'utf8')]);
  await page.route('**/latin1.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto('./?corpus=latin1.json');
  await expect(alert(page)).toContainText('The corpus is not valid UTF-8 text');
  await expect(page.getByText('\uFFFD')).toHaveCount(0);
  await g.expectClean();
});

test('a corpus path that redirects is not followed, same origin or not', async ({ page, baseURL }) => {
  const g = await guard(page, baseURL);
  await page.route('**/moved.json', (route) => route.fulfill({ status: 302, headers: { location: 'https://elsewhere.example/corpus.json' } }));
  await page.goto('./?corpus=moved.json');
  await expect(alert(page)).toContainText('the server redirected the request, and the app does not follow redirects');
  expect(g.requests.some((u) => u.includes('elsewhere.example'))).toBe(false);
  await g.expectClean({ allowConsole: /Failed to load resource/ });
});

test('a link cannot climb out of the app’s folder: the default corpus loads and the notice says why', async ({ page, baseURL }) => {
  const g = await guard(page, baseURL);
  await page.goto('./?corpus=..%2F..%2Fetc%2Fpasswd.json');
  await expect(page.getByText(`${corpus.headlines.length} of ${corpus.headlines.length} headlines`)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Part of this link was ignored' })).toContainText('was refused');
  expect(g.requests.some((u) => new URL(u).pathname.includes('passwd'))).toBe(false);
  await g.expectClean();
});

test('the preview server lets only the app itself and loopback pages frame it', async ({ request }) => {
  const response = await request.get('./');
  expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'self' http://127.0.0.1:* http://localhost:*");
  // X-Frame-Options cannot list origins (SAMEORIGIN would block the embed): it is not sent.
  expect(response.headers()['x-frame-options']).toBeUndefined();
});
