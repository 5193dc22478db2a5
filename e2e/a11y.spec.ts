/**
 * Accessibility: axe finds no serious or critical violation in any view or state (the main view zoomed out
 * and in, a story expanded with its details, filters and an actor chosen, the background reader, light and
 * dark, a phone with its drawers and a link notice, a failed panel, a failed load), and the main tasks can
 * be done by keyboard alone. Full-page scans where the whole page changed, scoped ones (`include`) where only
 * some regions did: a full scan costs about ten seconds here.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { corpus, headlinesOf, total } from './corpus';
import { corpusCopy } from './guard';

const REGION = {
  timeline: 'section[aria-label="Timeline"]',
  details: 'section[aria-label="Headline details"]',
  filters: 'aside[aria-label="Filters"]',
  background: 'section[aria-label="Background"]',
  dialog: 'dialog[open]',
} as const;

/** No serious or critical violation in the page, or in the given regions only. */
async function expectAccessible(page: Page, label: string, include: readonly string[] = []) {
  let builder = new AxeBuilder({ page });
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), label).toEqual([]);
  expect(results.passes.length, `${label}: axe ran`).toBeGreaterThan(0);
}

const summary = (page: Page, n: number) => page.getByText(new RegExp(`^${n} of ${total} headlines`));
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const details = (page: Page) => page.getByRole('region', { name: 'Headline details' });

/** Zoom into story mode, open a story's details, check an outlet and choose an actor in the reader. */
async function storyDetailsAndFilters(page: Page) {
  const stories = timeline(page).getByRole('group', { name: 'Stories' });
  for (let i = 0; i < 5 && !(await stories.isVisible()); i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(stories).toBeVisible();
  await stories.getByRole('button', { name: /^Story: / }).first().click();
  await expect(details(page).getByRole('heading', { level: 2 })).toBeVisible();
  await page.getByRole('group', { name: 'Outlets' }).getByRole('checkbox', { name: /^AP News \(/ }).check();
  await page.getByRole('tab', { name: 'Background' }).click();
  await page.getByRole('region', { name: 'Background' }).getByRole('article').getByRole('button', { name: /^Tehreek-e-Taliban Pakistan/ }).first().click();
  await expect(page.getByRole('complementary', { name: 'Filters' })).toContainText('Actor: Tehreek-e-Taliban Pakistan');
}

// Light: the whole page zoomed out, then the regions that change. Dark: the day bars, then the whole page in
// its richest state (zoomed in, details, filters and an actor chosen).
test('desktop, light: the main view, then zoomed in with a story, its details and the reader with an actor chosen', async ({ page }) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  await expect(summary(page, total)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Headlines' })).toBeVisible();
  await test.step('the whole page, zoomed out', () => expectAccessible(page, 'main view'));
  await test.step('zoomed in, a story expanded with its details, an outlet and an actor chosen', async () => {
    await storyDetailsAndFilters(page);
    await expectAccessible(page, 'zoomed in, details, reader', [REGION.timeline, REGION.details, REGION.background]);
  });
});

test('desktop, dark: the day bars, then the whole page zoomed in with a story, its details, filters and an actor chosen', async ({ page }) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(summary(page, total)).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await test.step('the timeline zoomed out', () => expectAccessible(page, 'day bars, dark', [REGION.timeline]));
  await test.step('the whole page, zoomed in, details, filters, reader', async () => {
    await storyDetailsAndFilters(page);
    await expectAccessible(page, 'zoomed in, details, filters, reader, dark');
  });
});

test('phone: the header with a link notice, the filters drawer (light) and the background drawer (dark), by keyboard', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?topics=cooking');
  await expect(page.getByRole('status').filter({ hasText: 'Part of this link was ignored' })).toBeVisible();
  await test.step('the header with its notice', () => expectAccessible(page, 'phone header', ['header']));
  for (const [name, scheme] of [['Filters', 'light'], ['Background', 'dark']] as const) {
    await test.step(`the ${name} drawer (${scheme}), opened and closed by keyboard`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      const opener = page.getByRole('button', { name, exact: true });
      await opener.focus();
      await page.keyboard.press('Enter');
      const drawer = page.getByRole('dialog', { name });
      await expect(drawer).toBeVisible();
      await expectAccessible(page, `${name} drawer, ${scheme}`, [REGION.dialog]);
      // The modal dialog holds the focus; Escape closes it and gives the focus back.
      await page.keyboard.press('Tab');
      expect(await drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();
      await expect(opener).toBeFocused();
    });
  }
});

test.describe('right to left (ar-EG)', () => {
  test.use({ locale: 'ar-EG', timezoneId: 'Pacific/Pago_Pago' });
  test('the whole page mirrored, then a search that leaves no headline (the empty state)', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('list', { name: 'Headlines' })).toBeVisible();
    await test.step('the whole page', () => expectAccessible(page, 'main view, rtl'));
    await test.step('no headline matches', async () => {
      await page.getByRole('searchbox', { name: 'Search headlines' }).fill('zzzz no such headline');
      await expect(page.getByText('No headline matches these filters')).toBeVisible();
      await expectAccessible(page, 'empty state, rtl', ['main', 'header']);
    });
  });
});

test('failures, light and dark: the loading state while the check runs, then a failed load', async ({ page }) => {
  // A corpus whose check fails (a section that is an object). Nothing of it is drawn before the check, so a
  // panel can no longer be broken by data: what a reader meets is the loading state, then the refusal.
  const c = corpusCopy();
  const victim = c.headlines[0]!;
  (victim as { section: unknown }).section = { broken: true };
  await page.route('**/broken.json', (route) => route.fulfill({ json: c }));
  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  let requested = false;
  await page.route('**/schema-check.worker-*.js', async (route) => {
    requested = true;
    await released;
    await route.continue();
  });
  await page.goto(`./?corpus=broken.json&h=${victim.id}`);
  await expect.poll(() => requested).toBe(true);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page, `loading, ${scheme}`);
  }
  release();
  await expect(page.getByRole('heading', { name: 'The timeline could not load its headlines' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page, `failed load, ${scheme}`);
  }
});

/** Press Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { max = 80, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

test('the main tasks by keyboard alone', async ({ page, context }) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await expect(summary(page, total)).toBeVisible();
  const ap = headlinesOf((h) => h.outletId === 'ap-news');
  const pledge = corpus.stories.find((s) => /pledge to respect ceasefire/i.test(s.label))!;
  const pledgeHeadlines = pledge.headlineIds.map((id) => corpus.headlines.find((h) => h.id === id)!);
  const apPledge = pledgeHeadlines.find((h) => h.outletId === 'ap-news')!;
  const earliest = [...pledgeHeadlines].sort((a, b) => a.date.localeCompare(b.date) || a.sourceLine - b.sourceLine)[0]!;

  await test.step('copy the link and switch to dark mode', async () => {
    await tabTo(page, page.getByRole('button', { name: 'Copy link' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Link copied')).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: 'Dark mode' }));
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveClass(/dark/);
  });

  await test.step('search, then clear the search', async () => {
    const box = page.getByRole('searchbox', { name: 'Search headlines' });
    await tabTo(page, box);
    await page.keyboard.type('durand');
    await expect(summary(page, headlinesOf((h) => /durand/i.test(h.title)).length)).toBeVisible();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect(summary(page, total)).toBeVisible();
  });

  await test.step('filter by an outlet found by name', async () => {
    const outlets = page.getByRole('group', { name: 'Outlets' });
    await tabTo(page, outlets.getByRole('textbox', { name: 'Find outlet' }));
    await page.keyboard.type('AP News');
    // Past the box that checks the whole country (US) to the outlet itself.
    await tabTo(page, outlets.getByRole('checkbox', { name: /^AP News \(/ }), { max: 3 });
    await page.keyboard.press('Space');
    await expect(summary(page, ap.length)).toBeVisible();
  });

  await test.step('zoom with the buttons and the keys', async () => {
    const label = timeline(page).getByText(/^\d{1,2} [A-Z][a-z]{2}( – \d{1,2} [A-Z][a-z]{2})? 2025$/);
    const initial = (await label.textContent())!;
    await tabTo(page, page.getByRole('button', { name: 'Zoom in' }));
    await page.keyboard.press('Enter');
    await expect(label).not.toHaveText(initial);
    await tabTo(page, timeline(page).getByRole('group', { name: /^Timeline plot/ }));
    await page.keyboard.press('0');
    await expect(label).toHaveText(initial);
    await page.keyboard.press('ArrowRight');
    await expect(label).not.toHaveText(initial);
    await page.keyboard.press('0');
    await expect(label).toHaveText(initial);
  });

  await test.step('choose a day from the day bars', async () => {
    const bars = timeline(page).getByRole('group', { name: 'Headlines per day' });
    const focused = page.locator(':focus');
    // Past the phases and the key events (one tab stop each).
    await tabTo(page, bars.getByRole('button').first(), { max: 4 });
    for (let i = 0; i < 31 && !((await focused.getAttribute('aria-label')) ?? '').match(/^Tuesday,? 21 October 2025/); i++) await page.keyboard.press('ArrowRight');
    await expect(focused).toHaveAttribute('aria-label', /^Tuesday,? 21 October 2025: 1 headline/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `1 of ${total} headlines on 21 Oct 2025` })).toBeVisible();
  });

  await test.step('select a headline, read it, follow "Also reported by"', async () => {
    const item = page.getByRole('list', { name: 'Headlines' }).getByRole('button', { name: new RegExp(`^${apPledge.title.slice(0, 30)}`) });
    await tabTo(page, item);
    await page.keyboard.press('Enter');
    await expect(item).toHaveAttribute('aria-current', 'true');
    // Focus moves into the details, docked beside the timeline.
    await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(apPledge.title);
    const others = details(page).getByRole('list', { name: 'Also reported by' }).getByRole('button');
    await expect(others).toHaveCount(pledgeHeadlines.length - 1);
    await tabTo(page, others.first());
    await page.keyboard.press('Enter');
    await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(earliest.title);
  });

  await test.step('choose an actor in the background reader', async () => {
    // The side pane shows the details: its Background tab, then the article.
    await tabTo(page, page.getByRole('tab', { name: 'Details' }), { back: true, max: 40 });
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Background' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Background' })).toHaveAttribute('aria-selected', 'true');
    const mention = page.getByRole('region', { name: 'Background' }).getByRole('article').getByRole('button', { name: /^Tehreek-e-Taliban Pakistan/ }).first();
    await tabTo(page, mention, { max: 120 });
    await page.keyboard.press('Enter');
    await expect(mention).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => new URL(page.url()).searchParams.get('actors')).toBe('ttp');
    await expect(page.getByRole('complementary', { name: 'Filters' })).toContainText('Actor: Tehreek-e-Taliban Pakistan');
  });
});
