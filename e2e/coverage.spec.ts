/**
 * The Coverage region, as a reader meets it: opened by its link (`?coverage=`) and from the header, loaded only
 * then; a cell's count read against the corpus JSON; a cell that filters the timeline and the list in one click;
 * a blindspot's sentence; the days rows; a framing term that filters; an outlet's card; each side's claims in
 * the event panel; the phone layout; axe. Expectations come from the built corpus.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { corpus, outletName, total } from './corpus';
import { expectNoSidewaysScroll } from './guard';

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

const framingTable = (page: Page) => region(page).getByRole('table', { name: 'Headlines in this corpus using each term, by outlet origin' });
const termOf = (id: string) => corpus.framing!.terms.find((t) => t.id === id)!;
const using = (term: string) => corpus.headlines.filter((h) => h.framing?.includes(term));

test('a framing term filters the timeline and the list to the headlines that use it; a cell to one origin’s', async ({ page }) => {
  await open(page, './?coverage=events');
  const durand = termOf('durand-line');
  const rows = using('durand-line');
  expect(rows.length).toBeGreaterThan(0);
  await framingTable(page).getByRole('button', { name: `“${durand.label}”: show the ${rows.length} headlines using it` }).click();
  await expect(page).toHaveURL(/[?&]terms=durand-line(&|$)/);
  await expect(page.getByRole('group', { name: 'Active filters' }).getByText(`Word: ${durand.label}`)).toBeVisible();
  const items = page.getByRole('list', { name: 'Headlines' }).getByRole('listitem');
  await expect(items).toHaveCount(rows.length);
  const texts = await items.allTextContents();
  for (const h of rows) expect(texts.some((t) => t.includes(h.title.slice(0, 40))), h.title).toBe(true);

  // A cell: "border" in Indian outlets' headlines, counted from the corpus.
  const border = termOf('border');
  const indian = using('border').filter((h) => headlineOrigin(h) === 'india');
  expect(indian.length).toBeGreaterThan(0);
  await framingTable(page)
    .getByRole('button', { name: new RegExp(`^${indian.length} headlines? in this corpus from Indian outlets using “${border.label}”: show them$`) })
    .click();
  await expect(page).toHaveURL(/[?&]terms=border(&|$)/);
  await expect(page).toHaveURL(/[?&]origins=india(&|$)/);
  await expect(items).toHaveCount(indian.length);
  // The link reopens on the same filter; the chip removes it.
  await page.reload();
  await expect(items).toHaveCount(indian.length);
  await page.getByRole('button', { name: `Remove Word: ${border.label}` }).click();
  await expect(page).not.toHaveURL(/[?&]terms=/);
});

test('the headlines behind a term, with who uses it and the page that says so; unused terms named', async ({ page }) => {
  await open(page, './?coverage=events');
  const durand = termOf('durand-line');
  await region(page).getByText(`“${durand.label}”`, { exact: true }).click();
  const details = region(page).locator('details', { hasText: durand.note });
  await expect(details.getByRole('link', { name: durand.sources[0]!.publisher }).first()).toHaveAttribute('href', durand.sources[0]!.url);
  for (const h of using('durand-line')) await expect(details.getByRole('button', { name: h.title.slice(0, 30) }).first()).toBeVisible();
  const unused = corpus.framing!.terms.filter((t) => using(t.id).length === 0);
  expect(unused.length).toBeGreaterThan(0);
  await expect(region(page).getByText(new RegExp(`No headline in this corpus uses: .*“${unused[0]!.label}”`))).toBeVisible();
});

test('an outlet’s card: ownership and language with their sources, or “not known”', async ({ page }) => {
  await open(page, './?coverage=events');
  await region(page).getByText('Outlets by origin').click();
  const dawn = corpus.outlets.find((o) => o.id === 'dawn')!;
  expect(dawn.ownership?.value).toBe('private');
  await region(page).getByRole('button', { name: 'About Dawn' }).click();
  const card = region(page).getByRole('region', { name: 'Dawn' });
  await expect(card.getByRole('heading', { name: 'Dawn' })).toBeFocused();
  await expect(card.getByRole('definition').filter({ hasText: 'privately owned' })).toBeVisible();
  await expect(card.getByRole('definition').filter({ hasText: 'English' }).first()).toBeVisible();
  await expect(card.getByRole('link', { name: dawn.ownership!.sources[0]!.publisher }).first()).toHaveAttribute('href', dawn.ownership!.sources[0]!.url);
  await expect(card.getByText(`${dawn.headlineCount} headline`)).toBeVisible();

  // An outlet the table has no facts for says so, twice.
  const bare = corpus.outlets.find((o) => o.ownership === undefined && o.language === undefined && o.headlineCount > 0)!;
  await region(page).getByRole('button', { name: `About ${bare.name}` }).click();
  const bareCard = region(page).getByRole('region', { name: bare.name });
  await expect(bareCard.getByText('not known', { exact: true })).toHaveCount(2);
  // Its headlines, from the card.
  await bareCard.getByRole('button', { name: 'Show its headlines' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]outlets=${bare.id}(&|$)`));
  await expect(page.getByRole('list', { name: 'Headlines' }).getByRole('listitem')).toHaveCount(bare.headlineCount);
  await bareCard.getByRole('button', { name: /^Close/ }).click();
  await expect(bareCard).toHaveCount(0);
});

test('the event panel says which outlets repeated each side’s claim, with or without attribution', async ({ page }) => {
  await open(page, './?event=border-clashes-oct-11-12');
  const e = event('border-clashes-oct-11-12');
  const claim = e.claims.findIndex((c) => c.figures.some((f) => f.value === 58));
  const hs = e.headlineIds.map((id) => byId.get(id)!).filter((h) => /\b58\b/.test(h.title));
  const attributed = hs.filter((h) => (h.attributedBy?.length ?? 0) > 0).map((h) => outletName(h.outletId));
  const own = hs.filter((h) => (h.attributedBy?.length ?? 0) === 0).map((h) => outletName(h.outletId));
  expect(attributed.length).toBeGreaterThan(0);
  expect(own.length).toBeGreaterThan(0);
  const claims = page.getByRole('region', { name: 'Event details' }).getByRole('table', { name: /Claims/ });
  const row = claims.getByRole('row').nth(claim + 1);
  const repeats = row.getByRole('group', { name: 'Repeated in headlines' });
  await expect(repeats).toContainText(`With attribution: ${attributed.join(', ')}`);
  await expect(repeats).toContainText(`In the outlet’s own voice: ${own.join(', ')}`);
  // An outlet's name shows its headline.
  await repeats.getByRole('button', { name: new RegExp(`^${own[0]}: `) }).click();
  await expect(page).toHaveURL(/[?&]h=/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the region is usable and nothing scrolls sideways', async ({ page }) => {
    await open(page, './?coverage=events');
    await expect(table(page)).toBeVisible();
    await expectNoSidewaysScroll(page);
    // The wide tables scroll inside their own box; a cell and a term are still reachable and work.
    const doha = event('doha-ceasefire');
    const western = eventHeadlines('doha-ceasefire', 'western');
    const cell = table(page).getByRole('button', { name: `${western.length} headlines in this corpus from Western outlets on “${doha.title}”: show them` });
    await cell.scrollIntoViewIfNeeded();
    await cell.tap();
    await expect(page).toHaveURL(/[?&]origins=western(&|$)/);
    const durand = termOf('durand-line');
    const term = framingTable(page).getByRole('button', { name: new RegExp(`^“${durand.label}”: show`) });
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(page).toHaveURL(/[?&]terms=durand-line(&|$)/);
    await region(page).getByText('Outlets by origin').tap();
    await region(page).getByRole('button', { name: 'About Dawn' }).tap();
    await expect(region(page).getByRole('region', { name: 'Dawn' })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});

test('axe: the region with a term’s headlines and an outlet’s card open, light and dark', async ({ page }) => {
  test.setTimeout(60_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await open(page, './?coverage=events');
    await region(page).getByText(`“${termOf('border').label}”`, { exact: true }).click();
    await region(page).getByText('Outlets by origin').click();
    await region(page).getByRole('button', { name: 'About Tehran Times' }).click();
    const results = await new AxeBuilder({ page }).include('section[aria-label="Coverage"]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), colorScheme).toEqual([]);
  }
});

test('the headline details panel opens the outlet’s card on demand', async ({ page }) => {
  const h = corpus.headlines.find((x) => x.outletId === 'trt-world')!;
  const trt = corpus.outlets.find((o) => o.id === 'trt-world')!;
  expect(trt.ownership?.value).toBe('public broadcaster');
  const chunks: string[] = [];
  page.on('request', (r) => chunks.push(r.url()));
  await open(page, `./?h=${h.id}`);
  const detail = page.getByRole('region', { name: 'Headline details' });
  expect(chunks.some((u) => u.includes('OutletCard'))).toBe(false);
  await detail.getByRole('button', { name: `Ownership and language of ${trt.name}` }).click();
  const card = detail.getByRole('region', { name: trt.name });
  await expect(card.getByRole('heading', { name: trt.name })).toBeFocused();
  await expect(card.getByRole('definition').filter({ hasText: 'public broadcaster' })).toBeVisible();
  await expect(card.getByRole('link', { name: trt.ownership!.sources[0]!.publisher }).first()).toHaveAttribute('href', trt.ownership!.sources[0]!.url);
  await card.getByRole('button', { name: /^Close/ }).click();
  await expect(card).toHaveCount(0);
  await expect(detail.getByRole('button', { name: `Ownership and language of ${trt.name}` })).toHaveAttribute('aria-expanded', 'false');
});
