/**
 * Export, cite and print, by user task: filter by an outlet and download the CSV (compared with the corpus
 * filtered the same way, and with the list on screen), the JSON, the SVG picture (holding the titles the
 * timeline shows) and the PNG (2×); copy a citation whose link reopens the view; print without the controls.
 * Expectations come from public/corpus.json.
 */
import { test, expect, type Download, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { corpus, headlinesOf, total } from './corpus';
import { zoomToStories } from './page';
import { parseCsv } from '../src/export/csv-reader';

const ap = headlinesOf((h) => h.outletId === 'ap-news').sort((a, b) => a.date.localeCompare(b.date) || a.sourceLine - b.sourceLine);
const apOutlet = corpus.outlets.find((o) => o.id === 'ap-news')!;
const label = (table: { id: string; label?: string; name?: string }[], id: string) => {
  const row = table.find((r) => r.id === id)!;
  return row.label ?? row.name!;
};

async function filterAp(page: Page) {
  await page.goto('./');
  await expect(page.getByText(`${total} of ${total} headlines`)).toBeVisible({ timeout: 20_000 });
  await page.getByRole('group', { name: 'Outlets' }).getByRole('checkbox', { name: /^AP News \(/ }).check();
  await expect(page.getByText(`${ap.length} of ${total} headlines`)).toBeVisible();
}

function panel(page: Page) {
  return page.getByRole('dialog', { name: 'Export and cite' });
}

async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'Export and cite' }).click();
  await expect(panel(page).getByRole('button', { name: 'Download CSV' })).toBeVisible();
}

async function download(page: Page, name: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('button', { name }).click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

test('the CSV of an outlet filter holds exactly its headlines, quoted, with a BOM and CRLF', async ({ page }) => {
  await filterAp(page);
  const listed = await page.getByRole('list', { name: 'Headlines' }).getByRole('listitem').count();
  expect(listed).toBe(ap.length);
  await openPanel(page);
  const { download: d, bytes } = await download(page, 'Download CSV');
  expect(d.suggestedFilename()).toBe(`border-timeline_${ap[0]!.date}_${ap[ap.length - 1]!.date}_ap-news.csv`);
  // UTF-8 with a byte-order mark.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual(['id', 'title', 'outlet', 'outlet_id', 'outlet_country', 'outlet_origin', 'listed_date', 'topics', 'actors', 'story_id', 'events', 'source_page', 'source_line']);
  expect(rows).toHaveLength(listed);
  const origin = label(corpus.origins, apOutlet.origin);
  // Events come in the corpus's event order (by start): compare them as sets.
  const sortEvents = (r: string[]) => r.map((c, i) => (i === 10 ? c.split('; ').sort().join('; ') : c));
  expect(rows.map(sortEvents)).toEqual(
    ap.map((h) => [
      h.id,
      /^[=+\-@\t\r]/.test(h.title) ? `'${h.title}` : h.title,
      'AP News',
      'ap-news',
      apOutlet.country,
      origin,
      h.date,
      h.topics.map((t) => label(corpus.topics, t)).join('; '),
      h.actors.map((a) => label(corpus.actors, a)).join('; '),
      h.storyId,
      corpus.events.filter((e) => e.headlineIds.includes(h.id)).map((e) => e.id).sort().join('; '),
      h.sources?.[0]?.page ?? corpus.source,
      String(h.sources?.[0]?.line ?? h.sourceLine),
    ]).map(sortEvents),
  );
  // A title with a comma or a quote is quoted in the raw text (the seed's titles hold both).
  const quoted = ap.find((h) => /[",]/.test(h.title));
  if (quoted) expect(text).toContain(`"${quoted.title.replaceAll('"', '""')}"`);
});

test('the JSON carries the rows, the window and the key events in it with their sources', async ({ page }) => {
  await filterAp(page);
  await openPanel(page);
  const { download: d, bytes } = await download(page, 'Download JSON');
  expect(d.suggestedFilename()).toMatch(/^border-timeline_\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d_ap-news\.json$/);
  const json = JSON.parse(bytes.toString('utf8')) as { link: string; headlines: { id: string }[]; window: { from: string; to: string }; events: { id: string; start: string; end: string; sources: unknown[] }[]; corpus: { source: string } };
  expect(json.headlines.map((h) => h.id)).toEqual(ap.map((h) => h.id));
  expect(json.corpus.source).toBe(corpus.source);
  expect(json.link).toBe(page.url());
  const inWindow = corpus.events.filter((e) => e.start <= json.window.to && e.end >= json.window.from);
  expect(json.events.map((e) => e.id).sort()).toEqual(inWindow.map((e) => e.id).sort());
  expect(json.events.length).toBeGreaterThan(0);
  for (const e of json.events) expect(e.sources.length).toBeGreaterThan(0);
});

test('Cite shows the canonical link, copies each style, and the link reopens the view', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await filterAp(page);
  await openPanel(page);
  const link = panel(page).getByRole('link', { name: /outlets=ap-news/ });
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href).toBe(page.url());
  expect(new URL(href!).searchParams.get('outlets')).toBe('ap-news');
  const plain = panel(page).getByRole('figure', { name: /Plain text/ });
  await plain.getByRole('button', { name: 'Copy Plain text citation' }).click();
  await expect(plain.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(href!);
  expect(copied).toContain(`corpus ${corpus.source}, build `);
  expect(copied).toMatch(/Accessed \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
  const bib = panel(page).getByRole('figure', { name: /BibTeX/ });
  await bib.getByRole('button', { name: 'Copy BibTeX citation' }).click();
  await expect(bib.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{border-timeline-\d{4}-\d\d-\d\d,\n {2}author = \{\{Border Timeline\}\},[\s\S]*\n\}$/);
  // The link reopens exactly this view.
  await page.goto(href!);
  await expect(page.getByText(`${ap.length} of ${total} headlines`)).toBeVisible({ timeout: 20_000 });
  expect(page.url()).toBe(href);
});

test('the SVG holds the titles the timeline shows, as text; the PNG is twice its size', async ({ page }) => {
  await filterAp(page);
  await zoomToStories(page);
  const marks = page.getByRole('region', { name: 'Timeline' }).getByRole('group', { name: 'Stories' }).getByRole('button');
  const names = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  // A headline mark's name starts with its title; keep the marks of one headline each.
  const titles = ap.map((h) => h.title).filter((t) => names.some((n) => n.startsWith(t)));
  expect(titles.length).toBeGreaterThan(0);
  await openPanel(page);
  const { download: d, bytes } = await download(page, 'Download SVG');
  expect(d.suggestedFilename()).toMatch(/_ap-news\.svg$/);
  const svg = bytes.toString('utf8');
  const parsed = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
      scripts: doc.querySelectorAll('script, foreignObject, image').length,
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.scripts).toBe(0);
  const words = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const t of titles) expect(words(parsed.text)).toContain(words(t).slice(0, 30));
  // The legend, the window's dates and the caption (the citation with its link).
  expect(parsed.text).toContain(page.url());
  expect(parsed.text).toMatch(/AP News; \d{1,2}(–\d{1,2})? [A-Z][a-z]+ \d{4}/);

  const png = await download(page, 'Download PNG (2×)');
  expect(png.download.suggestedFilename()).toMatch(/_ap-news\.png$/);
  expect([...png.bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  expect(png.bytes.readUInt32BE(16)).toBe(parsed.width * 2);
  expect(png.bytes.readUInt32BE(20)).toBe(parsed.height * 2);
});

test('print: no controls, the active filters, the details and the citation', async ({ page }) => {
  await filterAp(page);
  await page.getByRole('list', { name: 'Headlines' }).getByRole('button').first().click();
  const details = page.getByRole('region', { name: 'Headline details' });
  await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
  const citation = page.getByRole('complementary', { name: 'Citation' });
  await expect(citation).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('complementary', { name: 'Filters' })).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search headlines' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export and cite' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Active filters' })).toContainText('Outlet: AP News');
  await expect(page.getByRole('button', { name: 'Remove Outlet: AP News' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(details.getByRole('button', { name: /^Close/ })).toBeHidden();
  await expect(citation).toBeVisible();
  await expect(citation).toContainText(page.url());
  await expect(citation).toContainText(`corpus ${corpus.source}`);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
  await expect(citation).toBeHidden();
});

test('the panel works from the keyboard and passes axe, in light and dark', async ({ page }) => {
  await filterAp(page);
  const open = page.getByRole('button', { name: 'Export and cite' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('button', { name: 'Download CSV' })).toBeVisible();
  // Tab reaches every control of the panel, in order.
  const names: string[] = [];
  for (let i = 0; i < 13; i++) {
    await page.keyboard.press('Tab');
    names.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
  }
  const wanted = ['Download CSV', 'Download JSON', 'Download SVG', 'Download PNG (2×)', 'Copy Plain text citation', 'Copy APA-like citation', 'Copy BibTeX citation', 'Copy embed code', 'Print this view'];
  expect(names.filter((n) => wanted.includes(n))).toEqual(wanted);
  const [download] = await Promise.all([page.waitForEvent('download'), (async () => {
    await panel(page).getByRole('button', { name: 'Download CSV' }).focus();
    await page.keyboard.press('Enter');
  })()]);
  expect(download.suggestedFilename()).toMatch(/_ap-news\.csv$/);
  for (const theme of ['light', 'dark'] as const) {
    if (theme === 'dark') {
      await page.keyboard.press('Escape');
      await expect(open).toBeFocused();
      await page.getByRole('button', { name: 'Dark mode' }).click();
      await open.click();
    }
    const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), theme).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(0);
  }
  // Escape closes the panel and gives focus back to its button.
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(open).toBeFocused();
});

test('printing from the dark theme prints light and brings the citation up to date', async ({ page }) => {
  await filterAp(page);
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  // The citation follows the view at once when printing (the address bar catches up with a zoom after a pause).
  await expect.poll(() => page.url()).toMatch(/from=.*&to=/);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('complementary', { name: 'Citation' })).toContainText(page.url());
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
});

test('the export panel is its own chunk, loaded only when it is opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await filterAp(page);
  expect(requested.filter((p) => /ExportPanel/.test(p))).toEqual([]);
  await openPanel(page);
  expect(requested.filter((p) => /\/assets\/ExportPanel-[\w-]+\.js$/.test(p))).toHaveLength(1);
});
