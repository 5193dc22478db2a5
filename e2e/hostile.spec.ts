/**
 * Hostile text: a corpus (valid by the schema) whose titles, outlet, topic and actor names and article text
 * hold HTML, script, `javascript:` strings, bidi overrides, a 10,000-character word, emoji and combining
 * marks. Everything renders as inert text: shown literally, no element or handler made from it, no dialog,
 * no request elsewhere; the layout holds (nothing scrolls sideways at 1440 px or 360 px, long words wrap or
 * are cut with the full text at hand).
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { corpusCopy, expectNoSidewaysScroll, guard } from './guard';
import { showBackground } from './page';

const pwn = (where: string) => `window.__pwned='${where}'`;
const P = {
  img: `<img src=x onerror="${pwn('img')}"> Border talks`,
  script: `<script>${pwn('script')}</script> Ceasefire`,
  js: `javascript:${pwn('js')}//`,
  bidi: 'Talks \u202Egnihton deercs\u202C and \u2067isolate\u2069 \u200Fend',
  long: `${'W'.repeat(10_000)}`,
  emoji: 'Z\u0337\u0322\u034e\u0344a\u0338\u031bl\u0335\u0330\u0308g\u0336o\u0334 👩‍👩‍👧‍👦 🇵🇰🇦🇫 ﷽ a\u0301\u0301\u0301\u0301\u0301',
  outlet: `<img src=x onerror="${pwn('outlet')}">\u202E Evil News`,
  country: '<b onclick=alert(1)>Nowhere</b>',
  topic: `<svg onload="${pwn('topic')}">Fighting`,
  actor: `<iframe src="javascript:${pwn('actor')}"></iframe>Russia`,
  bgTitle: `<script src="https://evil.example/x.js"></script>The threat`,
  standfirst: `javascript:alert(document.cookie)`,
  related: `<a href="javascript:${pwn('related')}">click</a>`,
  heading: '<h1 style="font-size:20em">Injected</h1>',
  bio: `${'B'.repeat(10_000)} <style>*{display:none}</style>`,
} as const;

const DAY = '2025-10-19';
/** What lists show of the 10,000-character word: its first 300 characters (src/ui/bounded-text.ts), then "…". */
const LONG_SHOWN = P.long.slice(0, 300);

/** The served corpus with hostile text in every text field the app shows. */
function hostileCorpus() {
  const c = corpusCopy();
  const byId = new Map(c.headlines.map((h) => [h.id, h]));
  const onDay = c.headlines.filter((h) => h.date === DAY);
  const keys = ['img', 'script', 'js', 'bidi', 'long', 'emoji'] as const;
  const titled = {} as Record<(typeof keys)[number], string>;
  keys.forEach((k, i) => {
    const h = onDay[i]!;
    h.title = P[k];
    h.truncated = false;
    delete h.cut;
    titled[k] = h.id;
    for (const s of c.stories) if (s.headlineIds[0] === h.id) s.label = P[k];
  });
  const poisoned = new Set(Object.values(titled));
  // The hostile outlet carries a headline of that day which has a story-mate: it shows up in "Also reported by".
  const story = c.stories.find((s) => s.headlineIds.length >= 2 && s.headlineIds.some((id) => byId.get(id)!.date === DAY && !poisoned.has(id)))!;
  const target = story.headlineIds.map((id) => byId.get(id)!).find((h) => h.date === DAY && !poisoned.has(h.id))!;
  const mate = byId.get(story.headlineIds.find((id) => id !== target.id)!)!;
  const outlet = c.outlets.find((o) => o.id === target.outletId)!;
  outlet.name = P.outlet;
  outlet.country = P.country;
  c.topics[0]!.label = P.topic;
  c.actors.find((a) => a.id === 'russia')!.name = P.actor;
  const bg = c.background!;
  bg.title = P.bgTitle;
  bg.standfirst = P.standfirst;
  bg.relatedLinks[0] = P.related;
  bg.sections.find((s) => s.heading !== null)!.heading = P.heading;
  bg.authorBio = P.bio;
  return { corpus: c, titled, target, mate };
}

/**
 * The text of an element is laid out in reading order: its first character left of its last, measured with its
 * line unwrapped (a bidi override leaking from a neighbour on the same line would flip it).
 */
async function readsLeftToRight(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const line = (el.closest('dd, button, li, p') ?? el) as HTMLElement;
    const wrap = line.style.whiteSpace;
    line.style.whiteSpace = 'nowrap';
    try {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.textContent ?? '').trim() !== '') texts.push(n as Text);
      const first = texts[0]!;
      const last = texts[texts.length - 1]!;
      const at = (t: Text, i: number) => {
        const r = document.createRange();
        r.setStart(t, i);
        r.setEnd(t, i + 1);
        return r.getBoundingClientRect().left;
      };
      return at(first, 0) < at(last, last.length - 1);
    } finally {
      line.style.whiteSpace = wrap;
    }
  });
}

const list = (page: Page) => page.getByRole('list', { name: 'Headlines' });
const details = (page: Page) => page.getByRole('region', { name: 'Headline details' });

/** Nothing in the page was made from the payloads: no image, frame, inline script, event-handler attribute or script URL. */
async function expectInert(page: Page) {
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      images: document.querySelectorAll('img, svg image, iframe, object, embed, frame').length,
      inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src || new URL(s.src).origin !== location.origin).length,
      styles: document.querySelectorAll('body style').length,
      handlers: all.filter((e) => [...e.attributes].some((a) => a.name.toLowerCase().startsWith('on'))).map((e) => e.tagName),
      // URL-bearing attributes only: an aria-label or title may say "javascript:" as text.
      scriptUrls: all
        .filter((e) => [...e.attributes].some((a) => /^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)))
        .map((e) => e.tagName),
      injectedHeadings: document.querySelectorAll('h1').length,
      pwned: window.__pwned ?? null,
    };
  });
  expect(found).toEqual({ images: 0, inlineScripts: 0, styles: 0, handlers: [], scriptUrls: [], injectedHeadings: 1, pwned: null });
}

test('hostile corpus text renders as inert text, and the layout holds on desktop and phone', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const g = await guard(page, baseURL);
  const { corpus: hostile, target, mate } = hostileCorpus();
  await page.route('**/hostile.json', (route) => route.fulfill({ json: hostile }));
  await page.goto(`./?corpus=hostile.json&date=${DAY}`);
  await expect(list(page)).toBeVisible();

  await test.step('titles are listed literally', async () => {
    for (const k of ['img', 'script', 'js', 'bidi', 'emoji'] as const) {
      await expect(list(page).getByRole('button').filter({ hasText: P[k] })).toHaveCount(1);
    }
    await expect(list(page).getByRole('button').filter({ hasText: LONG_SHOWN })).toHaveCount(1);
    await expect(list(page).getByText(P.outlet, { exact: true }).first()).toBeVisible();
    await expectInert(page);
    await expectNoSidewaysScroll(page);
  });

  await test.step('the detail panel shows a title and an outlet as text', async () => {
    await list(page).getByRole('button').filter({ hasText: P.img }).click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(P.img);
    await list(page).getByRole('button').filter({ hasText: P.script }).click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(P.script);
    await list(page).getByRole('button').filter({ hasText: target.title.slice(0, 30) }).first().click();
    const outletRow = details(page).getByRole('definition').filter({ hasText: P.outlet });
    await expect(outletRow).toContainText(`${P.outlet} (${P.country})`);
    // The outlet's right-to-left override stays in the outlet's name: the country after it still reads in order.
    expect(await readsLeftToRight(outletRow.getByText(`(${P.country})`))).toBe(true);
    // The same in "Also reported by": the date after the outlet's name reads in order.
    await details(page).getByRole('list', { name: 'Also reported by' }).getByRole('button').filter({ hasText: mate.title.slice(0, 20) }).click();
    const listed = details(page).getByRole('list', { name: 'Also reported by' }).getByRole('button').filter({ hasText: P.outlet });
    await expect(listed.locator('time')).toHaveAttribute('datetime', target.date);
    expect(await readsLeftToRight(listed.locator('time'))).toBe(true);
    // (By keyboard: the sticky detail panel may cover the item after the page scrolled.)
    await list(page).getByRole('button').filter({ hasText: P.bidi }).press('Enter');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(P.bidi);
    expect(await readsLeftToRight(details(page).getByRole('definition').locator('time'))).toBe(true);
    await expectInert(page);
  });

  await test.step('a 10,000-character word is cut at 300 characters; shown whole on demand, it wraps inside its panel', async () => {
    await list(page).getByRole('button').filter({ hasText: LONG_SHOWN }).click();
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(`${LONG_SHOWN}…`);
    await details(page).getByRole('button', { name: 'Show full title (10,000 characters)' }).click();
    await expect(heading).toHaveText(P.long);
    const panel = (await details(page).boundingBox())!;
    const box = (await heading.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width);
    expect(box.height).toBeGreaterThan(200);
    await expectNoSidewaysScroll(page);
  });

  await test.step('the timeline draws the hostile stories; a cut label keeps its full text in its name and tooltip', async () => {
    const stories = page.getByRole('region', { name: 'Timeline' }).getByRole('group', { name: 'Stories' });
    await expect(stories).toBeVisible();
    const names = await stories.getByRole('button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    const k = (['js', 'img', 'script', 'bidi', 'emoji', 'long'] as const).find((x) => names.some((n) => n.includes(P[x])));
    expect(k, `a mark among: ${names.map((n) => n.slice(0, 40)).join(' | ')}`).toBeDefined();
    await stories.getByRole('button').nth(names.findIndex((n) => n.includes(P[k!]))).hover();
    await expect(page.getByRole('tooltip')).toContainText(P[k!]);
    await expectInert(page);
  });

  await test.step('filters and the background reader show names as text; search finds markup as text', async () => {
    await expect(page.getByRole('group', { name: 'Topics' }).getByRole('checkbox', { name: new RegExp(`^${P.topic.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`) })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Outlets' }).getByText(P.outlet, { exact: true }).first()).toBeVisible();
    await showBackground(page);
    const article = page.getByRole('region', { name: 'Background' }).getByRole('article');
    await expect(article.getByRole('heading', { level: 2 })).toHaveText(P.bgTitle);
    await expect(article.getByText(P.standfirst, { exact: true })).toBeVisible();
    await expect(article.getByRole('heading', { level: 3, name: P.heading })).toHaveCount(1);
    await expect(article.getByRole('listitem').filter({ hasText: P.related })).toHaveCount(1);
    const bio = article.getByText(P.bio, { exact: true });
    await expect(bio).toBeAttached();
    const [bioBox, articleBox] = [(await bio.boundingBox())!, (await article.boundingBox())!];
    expect(bioBox.x + bioBox.width).toBeLessThanOrEqual(articleBox.x + articleBox.width + 1);
    const background = page.getByRole('region', { name: 'Background' });
    await background.getByRole('rowheader', { name: P.actor }).getByRole('button').click();
    await expect(page.getByRole('complementary', { name: 'Filters' })).toContainText(`Actor: ${P.actor}`);
    await page.getByRole('complementary', { name: 'Filters' }).getByRole('button', { name: `Remove actor filter ${P.actor}` }).click();
    // Search reads markup as words (punctuation folds away, as in "cease-fire"): "<script>" finds the titles
    // holding "script", the <script> payload and the "javascript:" one, shown as text.
    await page.getByRole('searchbox', { name: 'Search headlines' }).fill('<script>');
    await expect(list(page).getByRole('listitem')).toHaveCount(2);
    await expect(list(page)).toContainText(P.script);
    await page.getByRole('searchbox', { name: 'Search headlines' }).fill('</script> Ceasefire');
    await expect(list(page).getByRole('listitem')).toHaveCount(1);
    await expectInert(page);
    await expectNoSidewaysScroll(page);
  });

  await test.step('on a 360 px phone nothing scrolls sideways, drawers included', async () => {
    await page.getByRole('searchbox', { name: 'Search headlines' }).fill('');
    await page.setViewportSize({ width: 360, height: 740 });
    // The headline selected on the desktop now rises as a bottom sheet: close it to reach the list.
    const sheet = page.getByRole('dialog', { name: 'Details' });
    if (await sheet.isVisible()) await sheet.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await list(page).getByRole('button').filter({ hasText: LONG_SHOWN }).click();
    await expect(sheet).toBeVisible();
    await details(page).getByRole('button', { name: /^Show full title/ }).click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(P.long);
    await expectNoSidewaysScroll(page);
    const sheetBox = (await sheet.boundingBox())!;
    expect(sheetBox.x + sheetBox.width).toBeLessThanOrEqual(360);
    await sheet.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('button', { name: 'Background', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: 'Background' });
    await expect(drawer.getByRole('heading', { level: 2, name: P.bgTitle })).toBeVisible();
    await expectNoSidewaysScroll(page);
    const dialogBox = (await drawer.boundingBox())!;
    expect(dialogBox.x).toBeGreaterThanOrEqual(0);
    expect(dialogBox.x + dialogBox.width).toBeLessThanOrEqual(360);
    await drawer.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Filters' }).getByText(P.outlet, { exact: true }).first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectInert(page);
  });

  await g.expectClean();
});

test('a hostile search and headline in the link are shown as text, and the link’s bad parts are named', async ({ page, baseURL }) => {
  const g = await guard(page, baseURL);
  const q = `<img src=x onerror="${pwn('q')}">`;
  await page.goto(`./?q=${encodeURIComponent(q)}&h=${encodeURIComponent('<script>alert(1)</script>')}&outlets=${encodeURIComponent('\u202Eevil')}`);
  await expect(page.getByRole('searchbox', { name: 'Search headlines' })).toHaveValue(q);
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link was ignored' });
  // Quoted, shortened, bidi characters made visible.
  await expect(notice).toContainText('headline “<script>alert(1)</script>” is not a valid id');
  await expect(notice).toContainText('outlet “?evil” is not a valid id');
  await expect(page.getByText('No headline matches these filters')).toBeVisible();
  await expectInert(page);
  await g.expectClean();
});
