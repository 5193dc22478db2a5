/**
 * The Coverage region, as a reader meets it: opened by its link (`?coverage=`) and from the header, loaded only
 * then; a cell's count read against the corpus JSON; a cell that filters the timeline and the list in one click;
 * a blindspot's sentence; the days rows; axe. Expectations come from the built corpus.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { corpus, total } from './corpus';

const region = (page: Page) => page.getByRole('region', { name: 'Coverage' });
const table = (page: Page) => region(page).getByRole('table', { name: /^Headlines in this corpus by/ });
const originOf = new Map(corpus.outlets.map((o) => [o.id, o.origin]));
const originLabel = (id: string) => corpus.origins.find((o) => o.id === id)!.label;
const headlineOrigin = (h: (typeof corpus.headlines)[number]) => (h.outletId === null ? 'unknown' : originOf.get(h.outletId)!);
const byId = new Map(corpus.headlines.map((h) => [h.id, h]));
const event = (id: string) => corpus.events.find((e) => e.id === id)!;
const eventHeadlines = (id: string, origin: string) => event(id).headlineIds.map((h) => byId.get(h)!).filter((h) => headlineOrigin(h) === origin);

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByText(new RegExp(`of ${total} headlines`))).toBeVisible();
}

test('the coverage link opens the region; a cell’s count is the corpus’s, and one click filters the timeline and the list', async ({ page }) => {
  await open(page, './?coverage=events');
  await expect(table(page)).toBeVisible();
  // Origins across, as column headers; events down, as row headers.
  for (const o of corpus.origins) await expect(table(page).getByRole('columnheader', { name: o.label, exact: true })).toBeVisible();
  const doha = event('doha-ceasefire');
  await expect(table(page).getByRole('rowheader', { name: new RegExp(doha.title) })).toBeVisible();

  const western = eventHeadlines('doha-ceasefire', 'western');
  expect(western.length).toBeGreaterThan(1);
  const cell = table(page).getByRole('button', { name: `${western.length} headlines in this corpus from Western outlets on “${doha.title}”: show them` });
  await expect(cell).toHaveText(String(western.length));
  await cell.focus();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/[?&]origins=western(&|$)/);
  await expect(page).toHaveURL(/[?&]events=doha-ceasefire(&|$)/);
  await expect(page).toHaveURL(/[?&]coverage=events(&|$)/);
  await expect(page.getByText(`${western.length} of ${total} headlines`)).toBeVisible();
  const items = page.getByRole('list', { name: 'Headlines' }).getByRole('listitem');
  await expect(items).toHaveCount(western.length);
  const texts = await items.allTextContents();
  for (const h of western) expect(texts.some((t) => t.includes(h.title.slice(0, 40))), h.title).toBe(true);
});

test('an empty cell says what this corpus lacks, in words', async ({ page }) => {
  await open(page, './?coverage=events');
  const truce = event('truce-48h');
  expect(eventHeadlines('truce-48h', 'pakistan')).toHaveLength(0);
  expect(truce.headlineIds.length).toBeGreaterThan(0);
  await expect(table(page).getByRole('cell', { name: `No ${originLabel('pakistan')} outlet in this corpus listed a headline on “${truce.title}”` })).toBeAttached();
  // The row's total is every headline the event layer joined to it.
  const row = table(page).getByRole('row', { name: new RegExp(truce.title) });
  await expect(row.getByRole('cell', { name: String(truce.headlineIds.length), exact: true }).first()).toBeVisible();
});

test('days down: a day cell selects the day and the origin', async ({ page }) => {
  await open(page, './?coverage=events');
  await region(page).getByRole('button', { name: 'Days' }).click();
  await expect(page).toHaveURL(/[?&]coverage=days(&|$)/);
  const day = '2025-10-13';
  const indian = corpus.headlines.filter((h) => h.date === day && headlineOrigin(h) === 'india');
  expect(indian.length).toBeGreaterThan(0);
  await table(page).getByRole('button', { name: new RegExp(`^${indian.length} headlines? in this corpus from Indian outlets on 13 Oct 2025: show them$`) }).click();
  await expect(page).toHaveURL(/[?&]date=2025-10-13(&|$)/);
  await expect(page).toHaveURL(/[?&]origins=india(&|$)/);
  await expect(page.getByRole('list', { name: 'Headlines' }).getByRole('listitem')).toHaveCount(indian.length);
});

test('the region loads only when opened, from the header too, and passes axe', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => chunks.push(r.url()));
  await open(page, './');
  await expect(region(page)).toHaveCount(0);
  expect(chunks.some((u) => u.includes('CoverageRegion'))).toBe(false);
  await page.getByRole('button', { name: 'Coverage by origin' }).click();
  await expect(table(page)).toBeVisible();
  expect(chunks.some((u) => u.includes('CoverageRegion'))).toBe(true);
  await expect(page).toHaveURL(/[?&]coverage=events(&|$)/);
  // The wire copies name the agency and list its carriers.
  await expect(region(page).getByRole('heading', { name: 'Wire copies' })).toBeVisible();
  await expect(region(page).getByText(/AP News’s copy/).first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('section[aria-label="Coverage"]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.goBack();
  await expect(region(page)).toHaveCount(0);
});
