/**
 * Embed (`embed=1`), by user task: another site (a page served from another loopback port) frames the app; in
 * the frame the compact view shows the timeline and its key events without the filters or the list, a mark
 * opens its details, Back and Forward work inside the frame, "Open full view" links to the canonical view
 * without `embed`, the view fills the frame without page scrollbars, and the frame asks nothing of another
 * origin. The Export panel's embed code, copied and pasted into that other page, shows the same view. Axe on
 * the framed view.
 */
import { test, expect, type Frame, type FrameLocator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { total } from './corpus';

/** The other site: pages set by each test, served from a loopback port of its own (any free one). */
const pages = new Map<string, string>();
let server: Server;
let host = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const body = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** An article page on the other site with `iframe` in it; its path on that site. */
function hostPage(path: string, iframe: string): string {
  pages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Another site</title></head>` +
      `<body style="margin:0"><main><h1>Another site</h1><p>The clashes, as the timeline shows them:</p>${iframe}</main></body></html>`,
  );
  return `${host}${path}`;
}

const TITLE = 'Border timeline, embedded';
const fixedIframe = (baseURL: string) => `<iframe src="${baseURL}?embed=1&amp;date=2025-10-19" title="${TITLE}" width="100%" height="480" loading="lazy"></iframe>`;

/** The app's frame (a Playwright Frame, for its URL, history and evaluation). */
async function appFrame(page: Page, baseURL: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f !== page.mainFrame() && f.url().startsWith(baseURL))).toBe(true);
  return page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(baseURL))!;
}

/** Every request the page and its frames made, and the console errors. */
function watch(page: Page) {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { requests, errors };
}

const timeline = (f: FrameLocator) => f.getByRole('region', { name: 'Timeline' });

test('another site frames the compact view: timeline and details, history in the frame, a link to the full view', async ({ page, baseURL }) => {
  const app = new URL(baseURL!).origin;
  const seen = watch(page);
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.effectiveDirective} ${e.blockedURI}`), true);
  });
  await page.goto(hostPage('/article', fixedIframe(baseURL!)));
  const f = page.frameLocator(`iframe[title="${TITLE}"]`);

  await test.step('the compact view: timeline with key events, the day, no filters, list or header buttons', async () => {
    await expect(timeline(f)).toBeVisible({ timeout: 20_000 });
    await expect(timeline(f).getByRole('list', { name: 'Key events' }).getByRole('button').first()).toBeVisible();
    await expect(f.getByRole('status').filter({ hasText: new RegExp(`of ${total} headlines on`) })).toBeVisible();
    await expect(f.getByRole('complementary', { name: 'Filters' })).toHaveCount(0);
    await expect(f.getByRole('group', { name: 'Outlets' })).toHaveCount(0);
    await expect(f.getByRole('list', { name: 'Headlines' })).toHaveCount(0);
    for (const name of ['Filters', 'Export and cite', 'About this data', 'Coverage by origin', 'Background']) {
      await expect(f.getByRole('button', { name, exact: true })).toHaveCount(0);
    }
  });

  const frame = await appFrame(page, baseURL!);
  await test.step('the frame holds the canonical link, embed kept; Open full view links to it without embed, in a new tab', async () => {
    await expect.poll(() => frame.url()).toBe(`${baseURL}?date=2025-10-19&embed=1`);
    const full = f.getByRole('link', { name: /^Open full view/ });
    await expect(full).toHaveAttribute('href', `${baseURL}?date=2025-10-19`);
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('rel', /\bnoopener\b/);
  });

  await test.step('it fills the frame: as tall as the frame, no page scrollbar', async () => {
    const size = await frame.evaluate(() => ({
      inner: window.innerHeight,
      innerWidth: window.innerWidth,
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      root: document.getElementById('root')!.firstElementChild!.getBoundingClientRect().height,
    }));
    expect(size.inner).toBe(480);
    expect(size.root).toBe(480);
    expect(size.scrollHeight).toBeLessThanOrEqual(size.inner);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);
  });

  const firstEvent = timeline(f).getByRole('list', { name: 'Key events' }).getByRole('button').first();
  const details = f.getByRole('region', { name: 'Event details' });
  await test.step('choosing a key event opens its details; the frame URL and the full-view link follow', async () => {
    await firstEvent.click();
    await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
    // Beside the timeline in a wide frame, and still no page scrollbar.
    expect((await details.boundingBox())!.x).toBeGreaterThan((await timeline(f).boundingBox())!.x + 400);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await expect.poll(() => new URL(frame.url()).searchParams.get('event')).not.toBeNull();
    expect(new URL(frame.url()).searchParams.get('embed')).toBe('1');
    const href = await f.getByRole('link', { name: /^Open full view/ }).getAttribute('href');
    expect(new URL(href!).searchParams.get('event')).toBe(new URL(frame.url()).searchParams.get('event'));
    expect(new URL(href!).searchParams.has('embed')).toBe(false);
  });

  await test.step('Back and Forward work inside the frame', async () => {
    await frame.evaluate(() => history.back());
    await expect(details).toHaveCount(0);
    await expect.poll(() => frame.url()).toBe(`${baseURL}?date=2025-10-19&embed=1`);
    await frame.evaluate(() => history.forward());
    await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
    // The host page stayed where it was.
    expect(page.url()).toBe(`${host}/article`);
  });

  await test.step('no request to another origin from the frame, no CSP violation, no error', async () => {
    const elsewhere = seen.requests.filter((u) => new URL(u).origin !== app && new URL(u).origin !== host);
    expect(elsewhere).toEqual([]);
    expect(seen.requests.filter((u) => new URL(u).origin === app).length).toBeGreaterThan(2);
    expect(await frame.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    const policy = await frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    expect(policy).toContain("script-src 'self';");
    expect(seen.errors).toEqual([]);
  });
});

test('the Export panel gives embed code to copy; pasted into another site, it shows the view', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('./?date=2025-10-19');
  await expect(page.getByText(new RegExp(`of ${total} headlines on`))).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Export and cite' }).click();
  const panel = page.getByRole('dialog', { name: 'Export and cite' });
  await expect(panel.getByRole('heading', { name: 'Embed this view' })).toBeVisible();
  const embed = panel.getByRole('figure', { name: /Embed/ });
  await embed.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(embed.getByRole('status')).toHaveText('Copied');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toMatch(
    new RegExp(`^<iframe src="${baseURL!.replace(/[.?]/g, '\\$&')}\\?date=2025-10-19&amp;embed=1" title="Pakistan–Afghanistan border clashes: [^"<>]+" width="100%" height="480" loading="lazy"></iframe>$`),
  );
  await expect(embed.locator('pre')).toHaveText(snippet);

  await page.goto(hostPage('/pasted', snippet));
  const f = page.frameLocator('iframe');
  await expect(timeline(f)).toBeVisible({ timeout: 20_000 });
  await expect(f.getByRole('link', { name: /^Open full view/ })).toHaveAttribute('href', `${baseURL}?date=2025-10-19`);
  await expect(f.getByRole('complementary', { name: 'Filters' })).toHaveCount(0);
});

test('a narrow frame: one column, no sideways scrolling, and it passes axe with a key event open', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  await page.goto(hostPage('/axe', fixedIframe(baseURL!).replace('width="100%"', 'width="400"')));
  const f = page.frameLocator(`iframe[title="${TITLE}"]`);
  await expect(timeline(f)).toBeVisible({ timeout: 20_000 });
  await timeline(f).getByRole('list', { name: 'Key events' }).getByRole('button').first().click();
  const details = f.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
  // Under the timeline, not beside it.
  const t = (await timeline(f).boundingBox())!;
  const d = (await details.boundingBox())!;
  expect(d.y).toBeGreaterThanOrEqual(t.y + t.height);
  const frame = await appFrame(page, baseURL!);
  const size = await frame.evaluate(() => ({ w: window.innerWidth, sw: document.documentElement.scrollWidth, h: window.innerHeight, sh: document.documentElement.scrollHeight }));
  expect(size.sw).toBeLessThanOrEqual(size.w);
  expect(size.sh).toBeLessThanOrEqual(size.h);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  // The scan reached into the frame: it names nodes of the app's own page.
  expect(JSON.stringify(results.passes)).toContain('Timeline');
});
