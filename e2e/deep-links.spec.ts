import { zoomToStories } from './page';
import { test, expect, type Page } from '@playwright/test';
import { corpus, headlinesOf, total } from './corpus';

const list = (page: Page) => page.getByRole('list', { name: 'Headlines' });
const items = (page: Page) => list(page).getByRole('listitem');
const windowLabel = (page: Page) => page.getByRole('region', { name: 'Timeline' }).getByText(/^\d{1,2} [A-Z][a-z]{2}( – \d{1,2} [A-Z][a-z]{2})? 2025$/);
const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'Part of this link was ignored' });
const summary = (page: Page, n: number) => page.getByText(new RegExp(`^${n} of ${total} headlines`));
const search = (page: Page) => new URL(page.url()).search;

async function expectTitles(page: Page, titles: string[]) {
  await expect(items(page)).toHaveCount(titles.length);
  // Cut titles end in an ellipsis the list may draw its own way: match on their start.
  for (const t of titles) await expect(items(page).filter({ hasText: t.slice(0, 40) }).first()).toBeVisible();
}

test.describe('each parameter', () => {
  test('date: the day is selected, the list shows it, the timeline zooms to it', async ({ page }) => {
    await page.goto('./?date=2025-10-17');
    const day = headlinesOf((h) => h.date === '2025-10-17');
    await expect(summary(page, day.length)).toBeVisible();
    await expectTitles(page, day.map((h) => h.title));
    await expect(windowLabel(page)).toHaveText('16 Oct – 18 Oct 2025');
    expect(search(page)).toBe('?date=2025-10-17');
  });

  test('from/to: the visible window', async ({ page }) => {
    await page.goto('./?from=2025-10-12&to=2025-10-15');
    await expect(windowLabel(page)).toHaveText('12 Oct – 15 Oct 2025');
    await expect(summary(page, total)).toBeVisible();
    expect(search(page)).toBe('?from=2025-10-12&to=2025-10-15');
  });

  test('outlets, topics and q filter; lanes switches lanes', async ({ page }) => {
    await page.goto('./?outlets=reuters,ap-news&lanes=outlet');
    const apReuters = headlinesOf((h) => h.outletId === 'ap-news' || h.outletId === 'reuters');
    await expectTitles(page, apReuters.map((h) => h.title));
    await expect(page.getByRole('checkbox', { name: /^AP News \(/ }).first()).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Outlet' })).toBeChecked();
    // Canonical: ids sorted.
    expect(search(page)).toBe('?outlets=ap-news,reuters&lanes=outlet');

    const topic = corpus.topics.find((t) => t.id !== 'other' && corpus.headlines.some((h) => h.topics.includes(t.id)))!;
    await page.goto(`./?topics=${topic.id}`);
    await expectTitles(page, headlinesOf((h) => h.topics.includes(topic.id)).map((h) => h.title));

    await page.goto('./?q=DURAND');
    await expectTitles(page, headlinesOf((h) => /durand/i.test(h.title)).map((h) => h.title));
    await expect(page.getByRole('searchbox', { name: 'Search headlines' })).toHaveValue('DURAND');
  });

  test('h: the detail panel is open and the timeline centred on the headline', async ({ page }) => {
    const h = headlinesOf((x) => x.outletId === 'reuters')[0]!;
    await page.goto(`./?h=${h.id}`);
    const detail = page.getByRole('region', { name: 'Headline details' });
    await expect(detail.getByRole('heading', { name: h.title })).toBeVisible();
    await expect(windowLabel(page)).toHaveText('18 Oct – 20 Oct 2025');
    await expect(page.getByRole('region', { name: 'Timeline' }).locator('[aria-current="true"]')).toHaveAttribute('aria-label', new RegExp(h.title.slice(0, 20)));
  });

  test('actors: only headlines naming the actor', async ({ page }) => {
    const actor = corpus.actors.find((a) => a.id === 'ttp') ?? corpus.actors.find((a) => corpus.headlines.some((h) => h.actors.includes(a.id)))!;
    await page.goto(`./?actors=${actor.id}`);
    await expectTitles(page, headlinesOf((h) => h.actors.includes(actor.id)).map((h) => h.title));
  });

  test('corpus: another same-origin corpus of the same schema loads', async ({ page }) => {
    const small = { ...corpus, headlines: corpus.headlines.slice(0, 5) };
    const ids = new Set(small.headlines.map((h) => h.id));
    small.stories = corpus.stories.filter((s) => s.headlineIds.every((id) => ids.has(id)) && s.headlineIds.length > 0);
    small.headlines = small.headlines.filter((h) => small.stories.some((s) => s.id === h.storyId));
    // A valid corpus (nothing is drawn before the whole check passes): events keep only its headlines.
    const kept = new Set(small.headlines.map((h) => h.id));
    small.events = corpus.events.map((e) => ({ ...e, headlineIds: e.headlineIds.filter((id) => kept.has(id)) }));
    small.copies = (corpus.copies ?? []).filter((cp) => cp.headlineIds.every((id) => kept.has(id)));
    await page.route('**/alt/small.json', (route) => route.fulfill({ json: small }));
    await page.goto('./?corpus=alt/small.json');
    await expect(page.getByText(`${small.headlines.length} of ${small.headlines.length} headlines`)).toBeVisible();
    expect(search(page)).toBe('?corpus=alt/small.json');
  });
});

test('a combination survives a reload, in canonical form', async ({ page }) => {
  await page.goto('./?lanes=origin&q=ceasefire&outlets=the-independent,ap-news&date=2025-10-19');
  const expected = headlinesOf((h) => h.date === '2025-10-19' && (h.outletId === 'ap-news' || h.outletId === 'the-independent') && /ceasefire/i.test(h.title));
  await expectTitles(page, expected.map((h) => h.title));
  expect(search(page)).toBe('?date=2025-10-19&outlets=ap-news,the-independent&q=ceasefire&lanes=origin');
  await page.reload();
  await expectTitles(page, expected.map((h) => h.title));
  await expect(page.getByRole('radio', { name: 'Origin' })).toBeChecked();
  expect(search(page)).toBe('?date=2025-10-19&outlets=ap-news,the-independent&q=ceasefire&lanes=origin');
  await expect(page).toHaveTitle(/19 Oct 2025 · AP News, The Independent · “ceasefire”/);
});

test('choices push history entries; Back and Forward restore each view exactly; zoom replaces', async ({ page }) => {
  await page.goto('./');
  await expect(summary(page, total)).toBeVisible();
  const length0 = await page.evaluate(() => history.length);

  // Zoomed in to stories (so the lanes switch is live): three replaced entries, no new one.
  await zoomToStories(page);
  // The replaced entry settles (debounced) on the last zoom's window.
  await expect
    .poll(async () => {
      const first = search(page);
      await page.waitForTimeout(400);
      return first === search(page) ? first : '';
    })
    .toMatch(/^\?from=2025-10-\d\d&to=2025-1[01]-\d\d$/);
  expect(await page.evaluate(() => history.length)).toBe(length0);
  const zoomed = search(page);
  const zoomedLabel = (await windowLabel(page).textContent())!;

  await page.getByRole('checkbox', { name: /^AP News \(/ }).first().check();
  await expect.poll(() => search(page)).toBe(`${zoomed}&outlets=ap-news`);
  await page.getByRole('radio', { name: 'Origin' }).check({ force: true });
  await expect.poll(() => search(page)).toBe(`${zoomed}&outlets=ap-news&lanes=origin`);
  expect(await page.evaluate(() => history.length)).toBe(length0 + 2);

  await page.goBack();
  await expect.poll(() => search(page)).toBe(`${zoomed}&outlets=ap-news`);
  await expect(page.getByRole('radio', { name: 'Topic' })).toBeChecked();
  await expect(summary(page, headlinesOf((h) => h.outletId === 'ap-news').length)).toBeVisible();
  await page.goBack();
  await expect.poll(() => search(page)).toBe(zoomed);
  await expect(summary(page, total)).toBeVisible();
  await expect(windowLabel(page)).toHaveText(zoomedLabel);
  await page.goForward();
  await expect(summary(page, headlinesOf((h) => h.outletId === 'ap-news').length)).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('radio', { name: 'Origin' })).toBeChecked();
});

test('typing in the search replaces the entry, debounced', async ({ page }) => {
  await page.goto('./');
  await expect(summary(page, total)).toBeVisible();
  const length0 = await page.evaluate(() => history.length);
  await page.getByRole('searchbox', { name: 'Search headlines' }).pressSequentially('kabul', { delay: 30 });
  await expect.poll(() => search(page)).toBe('?q=kabul');
  expect(await page.evaluate(() => history.length)).toBe(length0);
});

const badLinks: [string, RegExp, string][] = [
  ['date=2025-02-30&outlets=ap-news', /date “2025-02-30” is not a real date/, '?outlets=ap-news'],
  ['date=garbage', /date “garbage” is not a real date/, ''],
  ['date=2025-11-30', /2025-11-30 is outside this corpus/, ''],
  ['outlets=ap-news,no-such-outlet', /unknown outlet “no-such-outlet”/, '?outlets=ap-news'],
  ['topics=cooking', /unknown topic “cooking”/, ''],
  ['h=zzzzzzzz', /unknown headline “zzzzzzzz”/, ''],
  ['lanes=diagonal', /lanes “diagonal” is not one of/, ''],
  [`q=${'a'.repeat(5000)}`, /longer than 200 characters/, ''],
  ['date=2025-10-17&date=2025-10-19', /“date” appeared more than once/, '?date=2025-10-17'],
  ['from=2025-10-20&to=2025-10-10', /ends before it starts/, ''],
  ['actors=martians', /unknown actor “martians”/, ''],
  ['bg=nowhere', /unknown background section “nowhere”/, ''],
];

for (const [query, message, canonical] of badLinks) {
  test(`a bad link is survived and explained: ${query.slice(0, 40)}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`./?${query}`);
    await expect(notice(page)).toContainText(message);
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await expect.poll(() => search(page)).toBe(canonical);
    await notice(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice(page)).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

for (const target of ['https://elsewhere.example/corpus.json', 'javascript:alert(1)//x.json', '//elsewhere.example/corpus.json', 'data:application/json,{}']) {
  test(`corpus from ${target.slice(0, 24)} is refused and the default loads`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== new URL(baseURL!).origin) foreign.push(r.url());
    });
    await page.goto(`./?corpus=${encodeURIComponent(target)}`);
    await expect(notice(page)).toContainText('was refused');
    await expect(summary(page, total)).toBeVisible();
    expect(search(page)).toBe('');
    expect(foreign).toEqual([]);
  });
}

test('Copy link copies the canonical URL and confirms; the detail panel copies its headline', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?date=2025-10-19&outlets=ap-news');
  await page.getByRole('button', { name: 'Copy link' }).first().click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  const h = headlinesOf((x) => x.outletId === 'ap-news' && x.date === '2025-10-19')[0]!;
  await list(page).getByRole('button', { name: new RegExp(h.title.slice(0, 25)) }).click();
  await page.getByRole('region', { name: 'Headline details' }).getByRole('button', { name: 'Copy link to this headline' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe(`?h=${h.id}`);
});

// The three time zones of `date=2025-10-17` (and two locales) are in i18n.spec.ts.
