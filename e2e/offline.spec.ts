/**
 * Once loaded, the app needs no network: with the connection gone, filters, search, zoom, selection, the
 * background reader and links within the same corpus (history, Back and Forward) keep working, and it
 * requests nothing.
 */
import { showBackground } from './page';
import { test, expect, type Page } from '@playwright/test';
import { corpus, headlinesOf, total } from './corpus';
import { guard } from './guard';

const summary = (page: Page, n: number) => page.getByText(new RegExp(`^${n} of ${total} headlines`));
const windowLabel = (page: Page) => page.getByRole('region', { name: 'Timeline' }).getByText(/^\d{1,2} [A-Z][a-z]{2}( – \d{1,2} [A-Z][a-z]{2})? 2025$/);
const search = (page: Page) => new URL(page.url()).search;

test('with the network gone, the loaded app keeps working and requests nothing', async ({ page, context, baseURL }) => {
  const g = await guard(page, baseURL);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.goto('./');
  await expect(summary(page, total)).toBeVisible();
  // Loaded: the corpus, the lazy view and the schema check's worker have all arrived.
  await page.waitForLoadState('networkidle');
  const before = g.requests.length;
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await test.step('filters and search', async () => {
    const ap = headlinesOf((h) => h.outletId === 'ap-news');
    await page.getByRole('group', { name: 'Outlets' }).getByRole('checkbox', { name: /^AP News \(/ }).check();
    await expect(summary(page, ap.length)).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search headlines' }).fill('ceasefire');
    await expect(summary(page, ap.filter((h) => /ceasefire/i.test(h.title)).length)).toBeVisible();
    await page.getByRole('complementary', { name: 'Filters' }).getByRole('button', { name: 'Clear all filters' }).click();
    await expect(summary(page, total)).toBeVisible();
  });

  await test.step('a day, zoom, lanes and a headline', async () => {
    const day = headlinesOf((h) => h.date === '2025-10-17');
    await page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: new RegExp(`^Friday,? 17 October 2025: ${day.length} headlines`) }).click();
    await expect(summary(page, day.length)).toBeVisible();
    await expect(windowLabel(page)).toHaveText('16 Oct – 18 Oct 2025');
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect(windowLabel(page)).not.toHaveText('16 Oct – 18 Oct 2025');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(windowLabel(page)).toHaveText('16 Oct – 18 Oct 2025');
    await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('group', { name: 'Stories' })).toBeVisible();
    await page.getByRole('radio', { name: 'Origin' }).check({ force: true });
    await page.getByRole('list', { name: 'Headlines' }).getByRole('button').first().click();
    await expect(page.getByRole('region', { name: 'Headline details' }).getByRole('heading', { level: 2 })).toBeVisible();
  });

  await test.step('links within the corpus: the background reader, Back and Forward', async () => {
    await showBackground(page);
    const article = page.getByRole('region', { name: 'Background' }).getByRole('article');
    await article.getByRole('navigation', { name: 'Article sections' }).getByRole('link', { name: 'Chances of success' }).click();
    await expect.poll(() => search(page)).toMatch(/bg=chances-of-success/);
    await expect(article.getByRole('region', { name: 'Chances of success' })).toBeInViewport();
    await article.getByRole('button', { name: /^Tehreek-e-Taliban Pakistan/ }).first().click();
    const ttp = headlinesOf((h) => h.actors.includes('ttp') && h.date === '2025-10-17');
    await expect(summary(page, ttp.length)).toBeVisible();
    const withActor = search(page);
    await page.goBack();
    await expect.poll(() => search(page)).not.toBe(withActor);
    await expect(summary(page, headlinesOf((h) => h.date === '2025-10-17').length)).toBeVisible();
    await page.goForward();
    await expect.poll(() => search(page)).toBe(withActor);
    await expect(summary(page, ttp.length)).toBeVisible();
  });

  expect(g.requests.slice(before), 'requests while offline').toEqual([]);
  expect(failed).toEqual([]);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(corpus.headlines.length).toBe(total);
  await g.expectClean();
});
