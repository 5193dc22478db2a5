/**
 * The chunks fetched after the timeline's first frame (the panels, the overview and coverage strip, d3-zoom):
 * one that fails to load takes down only its own place, never the timeline already drawn, and "Try again"
 * fetches it again.
 */
import { test, expect, type Page } from '@playwright/test';

/** Fail the first request for a chunk (`panels`, `UnderPlot`, `use-zoom-d3`), let later ones through. */
async function failOnce(page: Page, chunk: string): Promise<{ failed: () => number }> {
  let failed = 0;
  await page.route(new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`), (route) => {
    if (failed === 0) {
      failed++;
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  return { failed: () => failed };
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

test('the panels chunk fails: the timeline stands, each panel says so, and Try again loads it', async ({ page }) => {
  const route = await failOnce(page, 'panels');
  await page.goto('./');
  await expect(timeline(page).getByRole('group', { name: /Timeline plot/ })).toBeVisible();
  const headlines = page.getByRole('region', { name: 'Headlines' });
  await expect(headlines.getByRole('alert')).toContainText('This panel failed');
  expect(route.failed()).toBe(1);
  // The timeline was not taken down with it (before, the printed citation's place threw to the page's boundary).
  await expect(timeline(page).getByRole('alert')).toHaveCount(0);
  await headlines.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('list', { name: 'Headlines' }).getByRole('listitem').first()).toBeVisible();
});

test('the overview chunk fails: the plot stands, the overview says so, and Try again loads it', async ({ page }) => {
  const route = await failOnce(page, 'UnderPlot');
  await page.goto('./');
  const place = page.getByRole('region', { name: 'Overview and coverage strip' });
  await expect(place.getByRole('alert')).toContainText('This panel failed');
  expect(route.failed()).toBe(1);
  await expect(timeline(page).getByRole('group', { name: /Timeline plot/ })).toBeVisible();
  await place.getByRole('button', { name: 'Try again' }).click();
  await expect(timeline(page).getByText('Overview: drag the window to pan, its edges to zoom')).toBeVisible();
});

test('the d3-zoom chunk fails: the plot stands and its buttons still zoom', async ({ page }) => {
  const route = await failOnce(page, 'use-zoom-d3');
  await page.goto('./');
  await expect(timeline(page).getByRole('group', { name: /Timeline plot/ })).toBeVisible();
  await expect.poll(() => route.failed()).toBe(1);
  await expect(timeline(page).getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBeNull();
});

test('a mark chosen before the panels chunk has arrived still hands focus to its details, and Close gives it back', async ({ page }) => {
  // The panels arrive a second late.
  await page.route(/\/assets\/panels-[\w-]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
  await page.goto('./?from=2025-10-19&to=2025-10-19');
  const mark = timeline(page).getByRole('group', { name: 'Stories' }).getByRole('button', { name: /^Story: / }).first();
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Headlines' })).toHaveCount(0);
  const details = page.getByRole('region', { name: 'Headline details' });
  await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
  await details.getByRole('button', { name: 'Close details' }).click();
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^Story: /);
});
