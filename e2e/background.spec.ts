import { test, expect, type Page } from '@playwright/test';
import { corpus, headlinesOf, total } from './corpus';

const bg = corpus.background!;
const region = (page: Page) => page.getByRole('region', { name: 'Background' });
const article = (page: Page) => region(page).getByRole('article');
const list = (page: Page) => page.getByRole('list', { name: 'Headlines' });
const search = (page: Page) => new URL(page.url()).search;

async function open(page: Page, path = './') {
  await page.goto(path);
  await expect(region(page)).toBeVisible();
}

test('the reader shows the article: title, byline, standfirst, caption, three sections, related reading, bio', async ({ page }) => {
  await open(page);
  await expect(article(page).getByRole('heading', { level: 2 })).toHaveText(bg.title);
  await expect(article(page).getByText(`${bg.outlet} · ${bg.year} · ${bg.author}`, { exact: true })).toBeVisible();
  await expect(article(page).getByText(bg.standfirst!, { exact: true })).toBeVisible();
  await expect(article(page).getByText(/PHOTO: REUTERS/i)).toBeVisible();
  const headings = article(page).getByRole('heading', { level: 3 });
  const sectionHeadings = bg.sections.map((s) => s.heading).filter((h): h is string => h !== null);
  expect(sectionHeadings).toEqual(['Russian interest in Afghanistan', 'Why is this meeting needed?', 'Chances of success']);
  for (const h of sectionHeadings) await expect(headings.filter({ hasText: h })).toHaveCount(1);
  const related = article(page).getByRole('complementary', { name: 'Related reading' }).getByRole('listitem');
  await expect(related).toHaveCount(4);
  await expect(related.first()).toHaveText('How strong is Islamic State in Pakistan?');
  // A related-article title is never a heading, a paragraph or a link.
  for (const t of bg.relatedLinks) {
    await expect(article(page).getByRole('heading', { name: t })).toHaveCount(0);
    await expect(article(page).getByRole('link', { name: t })).toHaveCount(0);
    await expect(article(page).locator('p', { hasText: t })).toHaveCount(0);
  }
  await expect(article(page).getByText(bg.authorBio!)).toBeVisible();
});

test('choosing an actor shows exactly its October 2025 headlines, highlights its mentions, and goes in the URL', async ({ page }) => {
  await open(page);
  const mentions = article(page).getByRole('button', { name: /^Tehreek-e-Taliban Pakistan/ });
  await mentions.first().click();
  await expect.poll(() => search(page)).toBe('?actors=ttp');
  const expected = headlinesOf((h) => h.actors.includes('ttp'));
  await expect(page.getByText(`${expected.length} of ${total} headlines`)).toBeVisible();
  const items = list(page).getByRole('listitem');
  await expect(items).toHaveCount(expected.length);
  for (const h of expected) await expect(items.filter({ hasText: h.title.slice(0, 40) })).toHaveCount(1);
  // Every mention of the actor is marked, in every section.
  const ttpMentions = bg.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.mentions.filter((m) => m.actorId === 'ttp')));
  await expect(article(page).locator('button[aria-pressed="true"]')).toHaveCount(ttpMentions.length);
  // Choosing it again clears it.
  await mentions.first().click();
  await expect.poll(() => search(page)).toBe('');
  await expect(page.getByText(`${total} of ${total} headlines`)).toBeVisible();
});

test('an actor with no October 2025 coverage says so', async ({ page }) => {
  const silent = corpus.actors.find((a) => a.id === 'china')!;
  expect(corpus.headlines.some((h) => h.actors.includes('china'))).toBe(false);
  await open(page);
  await article(page).getByRole('button', { name: /^China/ }).first().click();
  await expect(region(page).getByText(`No October 2025 headline mentions ${silent.name}`)).toBeVisible();
  await expect(page.getByText(`0 of ${total} headlines`)).toBeVisible();
});

test('then and now: counts for both periods, sortable, a name applies the filter', async ({ page }) => {
  await open(page);
  const table = region(page).getByRole('table');
  const nowHeader = table.getByRole('columnheader', { name: /October 2025 headlines/ });
  await nowHeader.getByRole('button').click();
  await expect(nowHeader).toHaveAttribute('aria-sort', 'descending');
  const counts = (id: string) => corpus.headlines.filter((h) => h.actors.includes(id)).length;
  const inArticle = corpus.actors.filter((a) => bg.sections.some((s) => s.paragraphs.some((p) => p.mentions.some((m) => m.actorId === a.id))));
  const top = [...inArticle].sort((a, b) => counts(b.id) - counts(a.id) || a.name.localeCompare(b.name))[0]!;
  const firstRow = table.getByRole('row').nth(1);
  await expect(firstRow.getByRole('rowheader')).toHaveText(top.name);
  await expect(firstRow.getByRole('cell').nth(1)).toHaveText(String(counts(top.id)));
  await nowHeader.getByRole('button').click();
  await expect(nowHeader).toHaveAttribute('aria-sort', 'ascending');

  const thenHeader = table.getByRole('columnheader', { name: /2017 mentions/ });
  await thenHeader.getByRole('button').click();
  await expect(thenHeader).toHaveAttribute('aria-sort', 'descending');
  const mentions = (id: string) => bg.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.mentions)).filter((m) => m.actorId === id).length;
  const mostNamed = [...inArticle].sort((a, b) => mentions(b.id) - mentions(a.id) || a.name.localeCompare(b.name))[0]!;
  await expect(table.getByRole('row').nth(1).getByRole('rowheader')).toHaveText(mostNamed.name);

  await table.getByRole('button', { name: 'Pakistan', exact: true }).click();
  await expect.poll(() => search(page)).toBe('?actors=pakistan');
  await expect(page.getByText(`${counts('pakistan')} of ${total} headlines`)).toBeVisible();
});

test('the overview carries the article years before its first period, each with its sentence', async ({ page }) => {
  await open(page);
  const years = page.getByRole('group', { name: 'Years of the background article' });
  // The axis starts with the first month holding data (the 2016–2017 Moscow rounds among the key events): years
  // before it sit in the compressed segment; later ones are on the axis itself.
  const firstYear = Number([...corpus.events.map((e) => e.start), ...corpus.headlines.map((h) => h.date)].sort()[0]!.slice(0, 4));
  const before = [...bg.mentionedYears.map((m) => m.year), bg.year].filter((y) => y < firstYear);
  expect(before).toContain(2015);
  for (const y of before) await expect(years.getByRole('button', { name: new RegExp(`^${y}`) })).toBeVisible();
  for (const y of [...bg.mentionedYears.map((m) => m.year), bg.year].filter((y) => y >= firstYear)) await expect(years.getByRole('button', { name: new RegExp(`^${y}`) })).toHaveCount(0);
  await years.getByRole('button', { name: /^2015/ }).hover();
  await expect(page.getByRole('tooltip')).toContainText('Since 2015, when it first made a public appearance in Afghanistan');
  await years.getByRole('button', { name: /^2015/ }).click();
  await expect.poll(() => search(page)).toMatch(/^\?bg=/);
});

test('bg= links to a section, and Back and Forward keep it', async ({ page }) => {
  await open(page, './?bg=chances-of-success');
  const chances = article(page).getByRole('region', { name: 'Chances of success' });
  await expect(chances).toBeInViewport();
  await article(page).getByRole('navigation', { name: 'Article sections' }).getByRole('link', { name: 'Russian interest in Afghanistan' }).click();
  await expect.poll(() => search(page)).toBe('?bg=russian-interest-in-afghanistan');
  await expect(article(page).getByRole('region', { name: 'Russian interest in Afghanistan' })).toBeInViewport();
  await page.goBack();
  await expect.poll(() => search(page)).toBe('?bg=chances-of-success');
  await expect(chances).toBeInViewport();
  await page.goForward();
  await expect.poll(() => search(page)).toBe('?bg=russian-interest-in-afghanistan');
});

test('the background panel collapses and the split resizes', async ({ page }) => {
  await open(page);
  const separator = page.getByRole('separator', { name: 'Resize the side panel' });
  const before = Number(await separator.getAttribute('aria-valuenow'));
  await separator.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(separator).toHaveAttribute('aria-valuenow', String(before + 5));
  await page.getByRole('button', { name: 'Hide side panel' }).click();
  await expect(region(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Show side panel' }).click();
  await expect(region(page)).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the background opens in a drawer, and nothing scrolls sideways', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await expect(region(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Background', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: 'Background' });
    await expect(drawer.getByRole('region', { name: 'Background' }).getByRole('heading', { level: 2 })).toHaveText(bg.title);
    await drawer.getByRole('button', { name: /^Taliban/ }).first().click();
    await drawer.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByText(`${headlinesOf((h) => h.actors.includes('taliban')).length} of ${total} headlines`)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

// Accessibility scans of the reader (light and dark, an actor chosen): a11y.spec.ts.
