/**
 * Limits: corpora and links whose size grows without bound, served to the built app. Dates from year 100 to
 * 9999, 100,000 outlets, a story of 10,000 headlines, 20,000 unknown ids in a link, a title of one letter and
 * 100,000 combining marks, a 5 MB title, an id longer than a link carries. Each keeps the app working: lists
 * show a page and "and N more", text is cut with the whole of it on demand, the sticky header stays small.
 *
 * Long tasks (the main thread blocked over 50 ms) are recorded and logged per step, as figures: the tests
 * assert what is drawn (counts of rows and nodes, heights), never a time.
 */
import { test, expect, type Page } from '@playwright/test';
import type { Corpus } from '../src/corpus/schema';
import { corpusCopy, guard } from './guard';
import { showBackground } from './page';

declare global {
  interface Window {
    __longTasks?: number[];
  }
}

const DAY = '2025-10-19';

/** Record every long task from the first script on; `longTasks` returns and clears them. */
async function watchLongTasks(page: Page): Promise<(step: string) => Promise<number>> {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks!.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  return async (step) => {
    const tasks = await page.evaluate(() => window.__longTasks!.splice(0));
    const max = tasks.length ? Math.max(...tasks.slice(0, 10_000)) : 0;
    console.log(`limits: ${step}: ${tasks.length} long tasks, longest ${max} ms`);
    return max;
  };
}

const nodeCount = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

/** Move a headline to another day, keeping its story's dates and the corpus range true. */
function moveHeadline(c: Corpus, index: number, date: string): void {
  const h = c.headlines[index]!;
  h.date = date;
  h.listedDate = date;
  const story = c.stories.find((s) => s.id === h.storyId)!;
  const dates = story.headlineIds.map((id) => c.headlines.find((x) => x.id === id)!.date).sort();
  story.firstDate = dates[0]!;
  story.lastDate = dates[dates.length - 1]!;
  const all = c.headlines.map((x) => x.date).sort();
  c.range = { start: all[0]!, end: all[all.length - 1]! };
}

/** The served corpus with headlines spread over `first` to `last` (the rest stay in October 2025). */
function wideCorpus(first: string, last: string): Corpus {
  const c = corpusCopy();
  moveHeadline(c, 0, first);
  moveHeadline(c, 1, last);
  return c;
}

/**
 * `n` more outlets in one country, each with one headline on DAY, the headlines one story (kept compact: the
 * app gives a corpus 8 s to arrive, and 100,000 stories would double the file).
 */
function manyOutlets(n: number): Corpus {
  const c = corpusCopy();
  const template = c.headlines.find((h) => h.date === DAY)!;
  const story = { id: 's-many', label: 'Border report', headlineIds: [] as string[], outletIds: [] as string[], firstDate: DAY, lastDate: DAY };
  for (let i = 0; i < n; i++) {
    const id = `o${i}`;
    c.outlets.push({ id, name: `Outlet ${i}`, aliases: [], country: 'Nowhere', origin: c.origins[0]!.id, kind: null, headlineCount: 1 });
    c.headlines.push({ id: `x${i}`, title: 'Border report', section: null, outletId: id, date: DAY, listedDate: DAY, truncated: false, storyId: story.id, topics: template.topics, actors: [], sourceLine: 1000 + i });
    story.headlineIds.push(`x${i}`);
    story.outletIds.push(id);
  }
  c.stories.push(story);
  return c;
}

/** One story of at least `n` headlines (a story of DAY and n − 1 copies of its first headline). */
function bigStory(n: number): { corpus: Corpus; id: string; size: number } {
  const c = corpusCopy();
  const lead = c.headlines.find((h) => h.date === DAY)!;
  const story = c.stories.find((s) => s.id === lead.storyId)!;
  for (let i = 1; i < n; i++) {
    const outlet = c.outlets[i % c.outlets.length]!;
    c.headlines.push({ ...lead, id: `m${i}`, title: `${lead.title} (${i})`, outletId: outlet.id, sourceLine: 1000 + i, truncated: false, cut: undefined });
    story.headlineIds.push(`m${i}`);
  }
  story.outletIds = [...new Set(story.headlineIds.map((id) => c.headlines.find((h) => h.id === id)?.outletId ?? null).filter((o): o is string => o !== null))];
  for (const o of c.outlets) o.headlineCount = c.headlines.filter((h) => h.outletId === o.id).length;
  return { corpus: JSON.parse(JSON.stringify(c)) as Corpus, id: lead.id, size: story.headlineIds.length };
}

/** The served corpus with one headline of DAY retitled (and its story labelled) `title`. */
function retitled(title: string): { corpus: Corpus; id: string } {
  const c = corpusCopy();
  const h = c.headlines.find((x) => x.date === DAY)!;
  h.title = title;
  h.truncated = false;
  delete h.cut;
  for (const s of c.stories) if (s.headlineIds[0] === h.id) s.label = title;
  return { corpus: c, id: h.id };
}

async function serve(page: Page, name: string, corpus: Corpus) {
  const body = JSON.stringify(corpus);
  await page.route(`**/${name}`, (route) => route.fulfill({ contentType: 'application/json', body }));
}

const details = (page: Page) => page.getByRole('region', { name: 'Headline details' });

test.describe('wide date ranges', () => {
  for (const [first, last] of [
    ['0100-01-01', '9999-12-31'],
    ['1900-01-01', '2100-12-31'],
  ] as const) {
    test(`headlines from ${first} to ${last}: the Background panel draws, its sparklines bounded`, async ({ page, baseURL }) => {
      test.setTimeout(120_000);
      const g = await guard(page, baseURL);
      const longTasks = await watchLongTasks(page);
      await serve(page, 'wide.json', wideCorpus(first, last));
      await page.goto('./?corpus=wide.json');
      await showBackground(page);
      const table = page.getByRole('region', { name: 'Background' }).getByRole('table');
      await expect(table).toBeVisible();
      await expect(table.getByRole('rowheader').first()).toBeVisible();
      await expect(page.getByRole('region', { name: 'Background' }).getByRole('alert')).toHaveCount(0);
      // One bar path per actor, drawn over at most 84 spans whatever the days between first and last.
      const longestPath = await table.locator('svg path').evaluateAll((ps) => Math.max(0, ...ps.map((p) => (p.getAttribute('d') ?? '').length)));
      expect(longestPath).toBeLessThan(84 * 40);
      await longTasks(`${first}–${last}, ready with the Background panel`);
      expect(g.pageErrors).toEqual([]);
    });
  }
});

test('100,000 outlets: the coverage strip and the filters list a page at a time', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const g = await guard(page, baseURL);
  const longTasks = await watchLongTasks(page);
  await serve(page, 'outlets.json', manyOutlets(100_000));
  await page.goto(`./?corpus=outlets.json`);
  const strip = page.getByRole('group', { name: /Coverage by outlet/ });
  await expect(strip).toBeVisible({ timeout: 60_000 });
  await longTasks('100,000 outlets, ready');

  await test.step('the strip opens 50 rows, then 40 more per "Show more", and says how many are left', async () => {
    const open = page.getByRole('button', { name: /^Show 50 of 100,0\d\d outlets$/ });
    await open.click();
    await expect(page.getByRole('button', { name: 'Show the busiest outlets' })).toBeVisible();
    const rows = () => strip.evaluate((el) => new Set([...el.querySelectorAll('button[data-key]')].map((b) => b.getAttribute('data-key')!.split('|')[0])).size);
    expect(await rows()).toBe(50);
    await expect(page.getByText(/^and 100,0\d\d more/).first()).toBeVisible();
    await page.getByRole('button', { name: 'Show 40 more outlets' }).click();
    await expect.poll(rows).toBe(90);
    expect(await nodeCount(page)).toBeLessThan(20_000);
    await longTasks('strip opened, 40 more');
  });

  await test.step('the filters list a few outlets of the country, then 100 more at a time', async () => {
    const outlets = page.getByRole('group', { name: 'Outlets' });
    const boxes = outlets.getByRole('group', { name: /^Nowhere/ }).getByRole('checkbox', { name: /^Outlet \d+ \(/ });
    await expect(boxes).toHaveCount(5);
    await outlets.getByRole('button', { name: 'Show 100 more from Nowhere' }).click();
    await expect(boxes).toHaveCount(100);
    await outlets.getByRole('button', { name: 'Show 100 more from Nowhere' }).click();
    await expect(boxes).toHaveCount(200);
    await expect(outlets.getByText(/^and 99,800 more/)).toBeVisible();
    // Finding narrows, and still lists a page.
    await outlets.getByRole('textbox', { name: 'Find outlet' }).fill('outlet');
    await expect(boxes).toHaveCount(100);
    expect(await nodeCount(page)).toBeLessThan(20_000);
    await longTasks('filters: two pages, then a find');
  });
  expect(g.pageErrors).toEqual([]);
});

test('a story of 10,000 headlines opened by h=: "Also reported by" lists 20, then 100 more at a time', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const g = await guard(page, baseURL);
  const longTasks = await watchLongTasks(page);
  const { corpus, id, size } = bigStory(10_000);
  const fmt = (n: number) => n.toLocaleString('en-GB');
  await serve(page, 'story.json', corpus);
  await page.goto(`./?corpus=story.json&h=${id}`);
  const mates = details(page).getByRole('list', { name: 'Also reported by' }).getByRole('button');
  await expect(mates).toHaveCount(20, { timeout: 30_000 });
  await expect(details(page).getByText(`and ${fmt(size - 1 - 20)} more`)).toBeVisible();
  await longTasks('story of 10,000 opened');
  await details(page).getByRole('button', { name: 'Show 100 more headlines of this story' }).click();
  await expect(mates).toHaveCount(120);
  await expect(details(page).getByText(`and ${fmt(size - 1 - 120)} more`)).toBeVisible();
  await longTasks('100 more');
  expect(g.pageErrors).toEqual([]);
});

test('a link with 20,000 unknown outlet ids: the notice lists three and counts the rest, the header stays small', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const g = await guard(page, baseURL);
  const longTasks = await watchLongTasks(page);
  const ids = Array.from({ length: 20_000 }, (_, i) => `gone-${i}`).join(',');
  // The link is longer than the preview server takes in a request line: the page itself is fetched without it.
  await page.route((url) => url.searchParams.has('outlets'), async (route) => route.fulfill({ response: await route.fetch({ url: baseURL }) }));
  await page.goto(`./?outlets=${ids}`);
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link was ignored' });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  const items = notice.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(notice.getByText(/^and \d+ more/)).toBeVisible();
  const headerHeight = () => page.getByRole('banner').evaluate((el) => el.getBoundingClientRect().height);
  expect(await headerHeight()).toBeLessThan(320);
  await notice.getByRole('button', { name: /^Show \d+ of \d+$/ }).click();
  await expect(items).not.toHaveCount(3);
  expect(await items.count()).toBeLessThanOrEqual(100);
  // Opened, the list scrolls inside a box: the sticky header never covers the app.
  expect(await headerHeight()).toBeLessThan(450);
  await longTasks('20,000 unknown ids');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  expect(g.pageErrors).toEqual([]);
});

test.describe('unbounded text', () => {
  test('one letter with 100,000 combining marks: listed and titled with its marks capped', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const g = await guard(page, baseURL);
    const longTasks = await watchLongTasks(page);
    const zalgo = `Z${'\u0301'.repeat(100_000)}algo border talks`;
    const { corpus } = retitled(zalgo);
    await serve(page, 'zalgo.json', corpus);
    await page.goto('./?corpus=zalgo.json');
    const item = page.getByRole('list', { name: 'Headlines' }).getByRole('button').filter({ hasText: 'algo border talks' });
    await expect(item).toHaveCount(1, { timeout: 60_000 });
    expect((await item.textContent())!.length).toBeLessThan(400);
    await item.click();
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(`Z${'\u0301'.repeat(8)}algo border talks`);
    await longTasks('Zalgo title listed and opened');
    expect(g.pageErrors).toEqual([]);
  });

  test('a 5 MB title: cut in the list and the details, the whole of it behind "Show full title"', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const g = await guard(page, baseURL);
    const longTasks = await watchLongTasks(page);
    const huge = `Huge title ${'border talks '.repeat(400_000)}`;
    const { corpus, id } = retitled(huge);
    await serve(page, 'huge.json', corpus);
    await page.goto(`./?corpus=huge.json&h=${id}`);
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect(heading).toContainText('Huge title border talks', { timeout: 60_000 });
    expect((await heading.textContent())!.length).toBeLessThanOrEqual(301);
    const item = page.getByRole('list', { name: 'Headlines' }).getByRole('button').filter({ hasText: 'Huge title' });
    expect((await item.textContent())!.length).toBeLessThan(500);
    await longTasks('5 MB title, opened');
    const full = details(page).getByRole('button', { name: /^Show full title \(5,200,011 characters\)$/ });
    await expect(full).toHaveAttribute('aria-expanded', 'false');
    await full.click();
    await expect.poll(async () => (await heading.textContent())!.length).toBe(huge.length);
    await longTasks('5 MB title, shown whole on demand');
    expect(g.pageErrors).toEqual([]);
  });
});

test('an outlet id longer than a link carries is refused by the schema check, naming the field', async ({ page, baseURL }) => {
  await guard(page, baseURL);
  const c = corpusCopy();
  const from = c.outlets[0]!.id;
  const to = `x${'y'.repeat(100)}`;
  c.outlets[0]!.id = to;
  for (const h of c.headlines) if (h.outletId === from) h.outletId = to;
  for (const s of c.stories) s.outletIds = s.outletIds.map((o) => (o === from ? to : o));
  await serve(page, 'long-id.json', c);
  await page.goto('./?corpus=long-id.json');
  await expect(page.getByRole('alert')).toContainText('outlets.0.id: expected a lowercase slug id of at most 100 characters', { timeout: 20_000 });
});
