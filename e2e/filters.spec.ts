/**
 * Filtering, by user task: outlets (check, Only, Clear, Find outlet), topics, search, the counts beside each
 * choice, the empty state, keyboard-only use and the phone drawer. Expectations are computed from
 * public/corpus.json, so the specs follow the corpus rather than hard-coding it.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Corpus, Headline } from '../src/corpus/schema';
import { displayTitle, foldForSearch, outletKindNote } from '../src/corpus/text';

const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8')) as Corpus;
const total = corpus.headlines.length;
const outletName = new Map(corpus.outlets.map((o) => [o.id, o.name]));
const ap = corpus.outlets.find((o) => o.name === 'AP News')!;
const apHeadlines = corpus.headlines.filter((h) => h.outletId === ap.id);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A counted checkbox: "AP News (4)" (any count). */
const counted = (name: string) => new RegExp(`^${escape(name)} \\(\\d+\\)$`);

const summary = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ headlines/ });
const headlineList = (page: Page) => page.getByRole('list', { name: 'Headlines' });
const outletsGroup = (page: Page) => page.getByRole('group', { name: 'Outlets' });
const topicsGroup = (page: Page) => page.getByRole('group', { name: 'Topics' });

/** The list shows exactly these headlines (by title, in any order) and the summary counts them. */
async function expectListed(page: Page, headlines: readonly Headline[]) {
  await expect(summary(page)).toHaveText(`${headlines.length} of ${total} headlines`);
  const items = headlineList(page).getByRole('listitem');
  await expect(items).toHaveCount(headlines.length);
  const names = await headlineList(page).getByRole('button').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  for (const h of headlines) {
    expect(names.some((n) => n.startsWith(displayTitle(h.title, h.truncated))), h.title).toBe(true);
  }
}

function searchText(h: Headline): string {
  return foldForSearch(`${h.title} ${h.outletId === null ? '' : outletName.get(h.outletId)}`);
}

async function open(page: Page) {
  await page.goto('./');
  // The first load also builds the corpus index and the timeline: allow it more than one assertion's time.
  await expect(headlineList(page)).toBeVisible({ timeout: 20_000 });
}

const checkedNames = (group: Locator) =>
  group.getByRole('checkbox', { checked: true }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

test.describe('outlet filter', () => {
  test('checking AP News leaves exactly AP News’s headlines', async ({ page }) => {
    expect(apHeadlines.length).toBeGreaterThan(1);
    await open(page);
    await expectListed(page, corpus.headlines);
    const box = outletsGroup(page).getByRole('checkbox', { name: `AP News (${apHeadlines.length})`, exact: true });
    await box.check();
    await expect(box).toBeChecked();
    await expectListed(page, apHeadlines);
    for (const item of await headlineList(page).getByRole('button').all()) await expect(item).toContainText('AP News');
  });

  test('"Only" keeps one outlet and "Clear" brings every outlet back', async ({ page }) => {
    await open(page);
    const group = outletsGroup(page);
    const other = corpus.outlets.find((o) => o.id !== ap.id && o.headlineCount > 0)!;
    await group.getByRole('checkbox', { name: counted(other.name) }).check();
    await group.getByRole('checkbox', { name: counted('AP News') }).check();
    await expectListed(
      page,
      corpus.headlines.filter((h) => h.outletId === ap.id || h.outletId === other.id),
    );
    await group.getByRole('button', { name: `Only ${other.name}`, exact: true }).click();
    expect(await checkedNames(group)).toEqual([`${other.name} (${other.headlineCount})`]);
    await expectListed(page, corpus.headlines.filter((h) => h.outletId === other.id));

    await group.getByRole('button', { name: 'Clear outlets' }).click();
    await expect(group.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expectListed(page, corpus.headlines);
    await expect(group.getByRole('button', { name: 'Clear outlets' })).toBeDisabled();
  });

  test('"Find outlet" narrows the checklist, ignoring case and accents', async ({ page }) => {
    await open(page);
    const group = outletsGroup(page);
    // The outlets' boxes (each country also has a box for all its outlets).
    const boxes = group.getByRole('checkbox', { name: /^(?!Every outlet of )/ });
    await expect(boxes).toHaveCount(corpus.outlets.length);
    const find = group.getByRole('textbox', { name: 'Find outlet' });
    const originLabel = (id: string) => corpus.origins.find((o) => o.id === id)?.label ?? '';
    const matching = (text: string) =>
      corpus.outlets.filter((o) => [o.name, ...o.aliases, o.country, originLabel(o.origin), outletKindNote(o) ?? ''].some((n) => foldForSearch(n).includes(foldForSearch(text))));
    // By name, ignoring case and accents; by country or origin ("Pakistan" finds the Pakistani outlet); by kind ("wire").
    for (const text of ['JAZEERA', 'al jazéera', 'news', 'Pakistan', 'indian', 'wire']) {
      await find.fill(text);
      const expected = matching(text);
      expect(expected.length).toBeGreaterThan(0);
      await expect(boxes).toHaveCount(expected.length);
      for (const o of expected) await expect(group.getByRole('checkbox', { name: counted(o.name) })).toBeVisible();
    }
    // Narrowing the checklist is not a filter.
    await expectListed(page, corpus.headlines);
    await find.fill('no outlet is called this');
    await expect(group.getByRole('checkbox')).toHaveCount(0);
    await expect(group).toContainText('No outlet matches');
    await find.fill('');
    await expect(boxes).toHaveCount(corpus.outlets.length);
  });

  test('outlets are grouped by country, the biggest country first', async ({ page }) => {
    await open(page);
    const totals = new Map<string, number>();
    for (const o of corpus.outlets) totals.set(o.country, (totals.get(o.country) ?? 0) + o.headlineCount);
    const [topCountry, topTotal] = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const first = outletsGroup(page).getByRole('group').first();
    await expect(first).toHaveAccessibleName(`${topCountry} (${topTotal})`);
    const inCountry = corpus.outlets.filter((o) => o.country === topCountry);
    await expect(first.getByRole('checkbox', { name: /^(?!Every outlet of )/ })).toHaveCount(inCountry.length);
    // The country's own box checks all its outlets at once, and unchecks them.
    const all = first.getByRole('checkbox', { name: `Every outlet of ${topCountry} (${inCountry.length})` });
    await all.check();
    await expectListed(page, corpus.headlines.filter((h) => inCountry.some((o) => o.id === h.outletId)));
    await all.uncheck();
    await expectListed(page, corpus.headlines);
  });
});

test.describe('topics, search and counts', () => {
  test('a topic filter leaves the headlines of that topic', async ({ page }) => {
    await open(page);
    const topic = corpus.topics.find((t) => corpus.headlines.some((h) => h.topics.includes(t.id)))!;
    const withTopic = corpus.headlines.filter((h) => h.topics.includes(topic.id));
    const box = topicsGroup(page).getByRole('checkbox', { name: `${topic.label} (${withTopic.length})`, exact: true });
    await box.check();
    await expectListed(page, withTopic);
    await box.uncheck();
    await expectListed(page, corpus.headlines);
  });

  test('search ignores case and accents, over titles and outlet names', async ({ page }) => {
    await open(page);
    const search = page.getByRole('searchbox', { name: 'Search headlines' });
    const expected = corpus.headlines.filter((h) => searchText(h).includes('kabul'));
    expect(expected.length).toBeGreaterThan(0);
    for (const q of ['KABUL', 'kabúl', 'Kabul']) {
      await search.fill(q);
      await expectListed(page, expected);
    }
    // Outlet names are searched too.
    await search.fill('ap news');
    const apWords = corpus.headlines.filter((h) => searchText(h).includes('ap') && searchText(h).includes('news'));
    await expectListed(page, apWords);
    await search.fill('');
    await expectListed(page, corpus.headlines);
  });

  test('each count applies every other filter', async ({ page }) => {
    await open(page);
    const topic = corpus.topics.find((t) => apHeadlines.some((h) => h.topics.includes(t.id)))!;
    await topicsGroup(page).getByRole('checkbox', { name: counted(topic.label) }).check();
    // The outlet counts now count that topic only.
    const apWithTopic = apHeadlines.filter((h) => h.topics.includes(topic.id)).length;
    await expect(outletsGroup(page).getByRole('checkbox', { name: `AP News (${apWithTopic})`, exact: true })).toBeVisible();
    // And the topic counts follow an outlet filter, but not the topic filter itself.
    await outletsGroup(page).getByRole('checkbox', { name: counted('AP News') }).check();
    for (const t of corpus.topics) {
      const n = apHeadlines.filter((h) => h.topics.includes(t.id)).length;
      await expect(topicsGroup(page).getByRole('checkbox', { name: `${t.label} (${n})`, exact: true })).toBeVisible();
    }
    // The search narrows every count.
    await page.getByRole('searchbox', { name: 'Search headlines' }).fill('ceasefire');
    const n = apHeadlines.filter((h) => h.topics.includes(topic.id) && searchText(h).includes('ceasefire')).length;
    await expect(topicsGroup(page).getByRole('checkbox', { name: `${topic.label} (${n})`, exact: true })).toBeChecked();
  });

  test('no match shows the empty state, whose button clears every filter', async ({ page }) => {
    await open(page);
    await page.getByRole('searchbox', { name: 'Search headlines' }).fill('zzqx nothing matches this');
    await expect(page.getByText('No headline matches these filters')).toBeVisible();
    await expect(headlineList(page)).toHaveCount(0);
    await expect(summary(page)).toHaveText(`0 of ${total} headlines`);
    await page.getByRole('main').getByRole('button', { name: 'Clear all filters' }).click();
    await expect(page.getByRole('searchbox', { name: 'Search headlines' })).toHaveValue('');
    await expectListed(page, corpus.headlines);
    // With no filter set, the panel's "Clear all filters" stays in its place, disabled.
    await expect(page.getByRole('button', { name: 'Clear all filters' })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Clear all filters' })).toBeDisabled();
  });

  test('"Clear all filters" in the panel clears outlets, topics and search', async ({ page }) => {
    await open(page);
    await outletsGroup(page).getByRole('checkbox', { name: counted('AP News') }).check();
    await topicsGroup(page).getByRole('checkbox').first().check();
    await page.getByRole('searchbox', { name: 'Search headlines' }).fill('afghanistan');
    await page.getByRole('complementary', { name: 'Filters' }).getByRole('button', { name: 'Clear all filters' }).click();
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expectListed(page, corpus.headlines);
  });
});

test('the filters and the list work from the keyboard alone', async ({ page }) => {
  await open(page);
  const find = outletsGroup(page).getByRole('textbox', { name: 'Find outlet' });
  await find.focus();
  await page.keyboard.type('AP News');
  // First the box of the whole country (US), then AP News.
  await page.keyboard.press('Tab');
  await expect(outletsGroup(page).getByRole('checkbox', { name: /^Every outlet of US/ })).toBeFocused();
  await page.keyboard.press('Tab');
  const box = outletsGroup(page).getByRole('checkbox', { name: counted('AP News') });
  await expect(box).toBeFocused();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expectListed(page, apHeadlines);
  await page.keyboard.press('Tab');
  await expect(outletsGroup(page).getByRole('button', { name: 'Only AP News' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();

  // Into the list: Tab moves between headlines, Enter selects one.
  const items = headlineList(page).getByRole('button');
  await items.first().focus();
  await page.keyboard.press('Tab');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items.nth(1)).toHaveAttribute('aria-current', 'true');
  const sorted = [...apHeadlines].sort((a, b) => a.date.localeCompare(b.date) || a.sourceLine - b.sourceLine);
  await expect(page.getByRole('region', { name: 'Headline details' }).getByRole('heading', { level: 2 })).toHaveText(
    displayTitle(sorted[1]!.title, sorted[1]!.truncated) + (sorted[1]!.truncated ? '…' : ''),
  );

  // Back to the outlet filter: Space unchecks it.
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).not.toBeChecked();
  await expectListed(page, corpus.headlines);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the filters live in a drawer opened by the "Filters" button, and nothing scrolls sideways', async ({ page }) => {
    await open(page);
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(360);
    // The sidebar is not shown on a phone.
    await expect(page.getByRole('group', { name: 'Outlets' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Filters' }).click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await expect(drawer).toBeVisible();
    await drawer.getByRole('group', { name: 'Outlets' }).getByRole('checkbox', { name: counted('AP News') }).check();
    expect(await width()).toBeLessThanOrEqual(360);
    await drawer.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(drawer).toBeHidden();
    await expectListed(page, apHeadlines);
    await headlineList(page).getByRole('button').first().click();
    await expect(page.getByRole('region', { name: 'Headline details' }).getByRole('heading', { level: 2 })).toBeVisible();
    expect(await width()).toBeLessThanOrEqual(360);
  });
});
