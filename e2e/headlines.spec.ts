/**
 * The headline list and the detail panel, by user task: select a headline, read where and when it ran and who
 * else reported it (earliest first), follow the story, filter by an actor, close. Expectations come from
 * public/corpus.json.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Corpus, Headline } from '../src/corpus/schema';
import { displayTitle } from '../src/corpus/text';

const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8')) as Corpus;
const total = corpus.headlines.length;
const outletById = new Map(corpus.outlets.map((o) => [o.id, o]));
const nameOf = (h: Headline) => (h.outletId === null ? 'Unknown outlet' : outletById.get(h.outletId)!.name);
const byDate = (a: Headline, b: Headline) => a.date.localeCompare(b.date) || a.sourceLine - b.sourceLine;
/** A calendar day as the app shows it in en-GB, formatted here with Intl (pinned to UTC), not with the app's code. */
const day = (d: string, style: 'long' | 'medium' = 'medium') =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...(style === 'long' ? { weekday: 'long', month: 'long' } : { month: 'short' }), day: 'numeric', year: 'numeric' }).format(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The "pledge to respect ceasefire" story: several outlets over several days. */
const pledge = corpus.stories.find((s) => /pledge to respect ceasefire/i.test(s.label))!;
const pledgeHeadlines = pledge.headlineIds.map((id) => corpus.headlines.find((h) => h.id === id)!).sort(byDate);
const latest = pledgeHeadlines[pledgeHeadlines.length - 1]!;

const headlineList = (page: Page) => page.getByRole('list', { name: 'Headlines' });
const details = (page: Page) => page.getByRole('region', { name: 'Headline details' });
/** The list's button for a headline: its title, then its outlet. */
const itemButton = (page: Page, h: Headline) =>
  headlineList(page).getByRole('button', { name: new RegExp(`^${escape(displayTitle(h.title, h.truncated))}.* ${escape(nameOf(h))} `) });

async function open(page: Page) {
  await page.goto('./');
  await expect(headlineList(page)).toBeVisible({ timeout: 20_000 });
}

test('every headline is listed in date order, with its outlet and date', async ({ page }) => {
  await open(page);
  const items = headlineList(page).getByRole('listitem');
  await expect(items).toHaveCount(total);
  const times = await headlineList(page).locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  expect(times).toEqual([...corpus.headlines].sort(byDate).map((h) => h.date));
  const first = [...corpus.headlines].sort(byDate)[0]!;
  await expect(items.first()).toContainText(nameOf(first));
  await expect(items.first().locator('time')).toHaveText(day(first.date));
});

test('a title cut short is marked, and a headline without an outlet says so', async ({ page }) => {
  await open(page);
  const cut = corpus.headlines.find((h) => h.truncated);
  test.skip(!cut, 'the corpus has no cut title');
  await expect(itemButton(page, cut!)).toHaveAccessibleName(/\(title cut short\)/);
  const orphan = corpus.headlines.find((h) => h.outletId === null);
  if (orphan) await expect(itemButton(page, orphan)).toContainText('Unknown outlet');
});

test('clicking a headline opens its details: outlet, country, date and who else reported it, earliest first', async ({ page }) => {
  expect(pledgeHeadlines.length).toBeGreaterThanOrEqual(3);
  await open(page);
  const panel = details(page);
  // Nothing selected: the side pane shows the article; its Details tab says how to choose.
  await expect(page.getByRole('tab', { name: 'Background' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(panel).toContainText('Select a headline on the timeline or in the list');

  const item = itemButton(page, latest);
  await item.click();
  // The details come forward beside the timeline, and focus moves to them.
  await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(panel).toBeInViewport();
  await expect(item).toHaveAttribute('aria-current', 'true');
  await expect(headlineList(page).locator('[aria-current="true"]')).toHaveCount(1);

  const outlet = outletById.get(latest.outletId!)!;
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(displayTitle(latest.title, latest.truncated));
  await expect(panel).toContainText(outlet.name);
  await expect(panel).toContainText(outlet.country);
  await expect(panel.locator(`time[datetime="${latest.date}"]`).first()).toHaveText(day(latest.date, 'long'));

  const others = panel.getByRole('list', { name: 'Also reported by' }).getByRole('button');
  const expected = pledgeHeadlines.filter((h) => h.id !== latest.id);
  await expect(others).toHaveCount(expected.length);
  for (const [i, h] of expected.entries()) {
    await expect(others.nth(i)).toContainText(nameOf(h));
    await expect(others.nth(i).locator('time')).toHaveAttribute('datetime', h.date);
  }
  const shown = await others.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(shown).toEqual([...shown].sort());
});

test('following "Also reported by" selects that headline, here and in the list, which scrolls to it', async ({ page }) => {
  await open(page);
  await itemButton(page, latest).click();
  const earliest = pledgeHeadlines[0]!;
  // The list box scrolled down to the latest one: the earliest is out of its view.
  await expect(itemButton(page, earliest)).not.toBeInViewport();
  await details(page)
    .getByRole('list', { name: 'Also reported by' })
    .getByRole('button', { name: new RegExp(`^${escape(nameOf(earliest))} `) })
    .click();
  await expect(details(page)).toContainText(outletById.get(earliest.outletId!)!.country);
  await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
  const item = itemButton(page, earliest);
  await expect(item).toHaveAttribute('aria-current', 'true');
  await expect(itemButton(page, latest)).not.toHaveAttribute('aria-current', 'true');
  // The list box scrolled to it (the page itself stays where the reader is: bring the box on screen first).
  await page.getByRole('heading', { name: 'Headlines', exact: true }).scrollIntoViewIfNeeded();
  await expect(item).toBeInViewport();
  // The story list now names the latest one among the others.
  await expect(details(page).getByRole('list', { name: 'Also reported by' })).toContainText(nameOf(latest));
});

test('an actor of the headline toggles the actor filter, shown as a removable chip', async ({ page }) => {
  const h = [...corpus.headlines].sort(byDate).find((x) => x.actors.length > 0)!;
  const actor = corpus.actors.find((a) => a.id === h.actors[0])!;
  const withActor = corpus.headlines.filter((x) => x.actors.includes(actor.id));
  await open(page);
  await itemButton(page, h).click();
  const toggle = details(page).getByRole('button', { name: actor.name, exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: /headlines/ })).toHaveText(`${withActor.length} of ${total} headlines`);
  await expect(headlineList(page).getByRole('listitem')).toHaveCount(withActor.length);
  const filters = page.getByRole('complementary', { name: 'Filters' });
  await expect(filters).toContainText(`Actor: ${actor.name}`);
  await filters.getByRole('button', { name: `Remove actor filter ${actor.name}` }).click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(headlineList(page).getByRole('listitem')).toHaveCount(total);
});

test('"Close" clears the selection, gives the pane back to the article and focus back to the headline', async ({ page }) => {
  await open(page);
  const item = itemButton(page, latest);
  await item.click();
  await details(page).getByRole('button', { name: 'Close details' }).click();
  await expect(item).not.toHaveAttribute('aria-current', 'true');
  await expect(item).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Background' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(details(page)).toContainText('Select a headline on the timeline or in the list');
  await expect(details(page).getByRole('heading')).toHaveCount(0);
});

test('the list and the details work from the keyboard alone', async ({ page }) => {
  await open(page);
  const sorted = [...corpus.headlines].sort(byDate);
  const items = headlineList(page).getByRole('button');
  await items.first().focus();
  await page.keyboard.press('Enter');
  await expect(items.first()).toHaveAttribute('aria-current', 'true');
  // Focus moves into the details; the Close button is the next stop, and Enter gives focus back to the list.
  await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(details(page).getByRole('button', { name: 'Close details' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(items.nth(2)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(items.nth(2)).toHaveAttribute('aria-current', 'true');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(displayTitle(sorted[2]!.title, sorted[2]!.truncated));
});
