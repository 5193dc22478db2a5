/**
 * Corpus failures: every way a corpus can fail to arrive or to be one ends in a message that names the
 * problem (the field path for schema errors) and a "Retry" that tries again; never an uncaught error or a
 * blank page. A corpus with some bad items is rejected whole, with the reason: none of it is shown.
 * One page walks through the cases, each served in turn behind "Retry".
 */
import { test, expect, type Page, type Route } from '@playwright/test';
import type { Corpus } from '../src/corpus/schema';
import { corpus, total } from './corpus';
import { corpusCopy, guard } from './guard';
import { splitByMonth } from '../src/corpus/split';

const alert = (page: Page) => page.getByRole('alert');
const retry = (page: Page) => page.getByRole('button', { name: /^Retry/ });
const summary = (page: Page, n: number) => page.getByText(new RegExp(`^${n} of ${n} headlines`));

/** A corpus with one change: `edit` gets a deep copy. */
const broken = (edit: (c: Corpus) => void): string => {
  const c = corpusCopy();
  edit(c);
  return JSON.stringify(c);
};
const json = (body: string) => (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body });

interface Case {
  readonly name: string;
  readonly serve: (route: Route) => Promise<void>;
  /** What the message must say. */
  readonly message: RegExp;
}

const h = corpus.headlines;
const cases: readonly Case[] = [
  { name: 'network error', serve: (r) => r.abort('failed'), message: /could not be loaded: the network request failed/ },
  { name: 'connection refused', serve: (r) => r.abort('connectionrefused'), message: /could not be loaded: the network request failed/ },
  { name: 'HTTP 404', serve: (r) => r.fulfill({ status: 404, body: 'not found' }), message: /the server answered 404/ },
  { name: 'HTTP 500', serve: (r) => r.fulfill({ status: 500, body: 'boom' }), message: /the server answered 500/ },
  { name: 'HTML instead of JSON (a host’s fallback page)', serve: (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body>Not here</body></html>' }), message: /is not valid JSON: Unexpected token '<'/ },
  { name: 'an empty body', serve: json(''), message: /is not valid JSON: Unexpected end of JSON input/ },
  { name: 'JSON null', serve: json('null'), message: /\(root\): Invalid input: expected object, received null/ },
  { name: 'another schemaVersion', serve: json(broken((c) => (c.schemaVersion = 2 as unknown as 1))), message: /schemaVersion: Invalid input: expected 1/ },
  { name: 'a missing table', serve: json(broken((c) => delete (c as Partial<Corpus>).outlets)), message: /outlets: Invalid input: expected array, received undefined/ },
  { name: 'a missing field', serve: json(broken((c) => delete (c.headlines[3] as Partial<Corpus['headlines'][number]>).title)), message: /headlines\.3\.title: Invalid input: expected string/ },
  { name: 'a headline dated 2025-13-45', serve: json(broken((c) => (c.headlines[5]!.date = '2025-13-45'))), message: /headlines\.5\.date: expected a real calendar date YYYY-MM-DD/ },
  { name: 'an outletId with no outlet', serve: json(broken((c) => (c.headlines[7]!.outletId = 'no-such-outlet'))), message: /headlines\.7\.outletId: unknown outlet "no-such-outlet"/ },
  { name: 'a storyId with no story', serve: json(broken((c) => (c.headlines[9]!.storyId = 'no-such-story'))), message: /headlines\.9\.storyId: unknown story "no-such-story"/ },
  { name: 'a topic with no entry', serve: json(broken((c) => (c.headlines[11]!.topics = ['cooking']))), message: /headlines\.11\.topics\.0: unknown topic "cooking"/ },
  { name: 'duplicate ids', serve: json(broken((c) => (c.headlines[2]!.id = c.headlines[1]!.id))), message: new RegExp(`headlines\\.2\\.id: duplicate id "${h[1]!.id}"`) },
];

test('each broken corpus is refused with a message naming the problem, and Retry tries again', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const g = await guard(page, baseURL);
  let current: Case | null = cases[0]!;
  // The default corpus itself fails, each way in turn; at the end the real one is let through.
  await page.route('**/corpus.json', (route) => (current ? current.serve(route) : route.continue()));
  await page.goto('./');
  for (const [i, c] of cases.entries()) {
    await test.step(c.name, async () => {
      current = c;
      if (i > 0) await retry(page).click();
      await expect(alert(page)).toContainText(c.message);
      await expect(page.getByRole('heading', { name: 'The timeline could not load its headlines' })).toBeVisible();
      await expect(retry(page)).toBeEnabled();
      // Rejected whole: nothing of the corpus is drawn, not even its good headlines.
      await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
      await expect(page.getByRole('list', { name: 'Headlines' })).toHaveCount(0);
    });
  }
  await test.step('a good corpus behind Retry loads', async () => {
    current = null;
    await retry(page).click();
    await expect(summary(page, total)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
  // Failed fetches are logged by the browser itself; nothing else may be.
  await g.expectClean({ allowConsole: /Failed to load resource/ });
});

test('a corpus split by month: a month that fails to arrive, then one that fails the check, each named; Retry loads it', async ({ page, baseURL }) => {
  const g = await guard(page, baseURL);
  const { manifest, chunks } = splitByMonth(corpus, 'split.json');
  const october = chunks.find((c) => c.chunk.id === '2025-10')!;
  const bad = { ...october.chunk, headlines: october.chunk.headlines.map((h, i) => (i === 4 ? { ...h, outletId: 'no-such-outlet' } : h)) };
  let month: 'missing' | 'broken' | 'good' = 'missing';
  await page.route('**/split.json', json(JSON.stringify(manifest)));
  await page.route(`**/${october.path}`, (route) =>
    month === 'missing' ? route.fulfill({ status: 404, body: 'not found' }) : json(JSON.stringify(month === 'broken' ? bad : october.chunk))(route),
  );
  await page.goto('./?corpus=split.json');
  await test.step('a month answered 404', async () => {
    await expect(alert(page)).toContainText(/corpus chunk could not be loaded: the server answered 404/);
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
  });
  await test.step('Retry: the month arrives with an outlet its manifest lacks, and is rejected whole', async () => {
    month = 'broken';
    await retry(page).click();
    await expect(alert(page)).toContainText(/headlines\.4\.outletId: unknown outlet "no-such-outlet"/);
    await expect(page.getByRole('list', { name: 'Headlines' })).toHaveCount(0);
  });
  await test.step('Retry: the good month loads, every headline of it', async () => {
    month = 'good';
    await retry(page).click();
    await expect(summary(page, total)).toBeVisible();
    await expect(alert(page)).toHaveCount(0);
  });
  await g.expectClean({ allowConsole: /Failed to load resource/ });
});

/**
 * Nothing unchecked on screen, ever: an observer installed before the app starts records whether the
 * timeline, the list or a headline's title was ever in the page while a bad corpus loaded. A headline with
 * no title used to throw in the page before the check's answer came, and a bad date was drawn for a moment.
 */
const badCorpora: readonly { name: string; edit: (c: Corpus) => void; message: RegExp }[] = [
  { name: 'a headline with no title', edit: (c) => delete (c.headlines[3] as Partial<Corpus['headlines'][number]>).title, message: /headlines\.3\.title/ },
  { name: 'a headline dated 2025-13-45', edit: (c) => (c.headlines[5]!.date = '2025-13-45'), message: /headlines\.5\.date/ },
  { name: 'an unknown outlet', edit: (c) => (c.headlines[7]!.outletId = 'no-such-outlet'), message: /headlines\.7\.outletId/ },
];
for (const bad of badCorpora) {
  test(`${bad.name}: refused before anything of it is drawn`, async ({ page, baseURL }) => {
    const g = await guard(page, baseURL);
    const c = corpusCopy();
    const goodTitle = c.headlines[0]!.title;
    bad.edit(c);
    await page.addInitScript((title) => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => {
        if (document.querySelector('[aria-label="Timeline"]')) seen.push('timeline');
        if (document.querySelector('[aria-label="Headlines"]')) seen.push('list');
        if (document.body?.textContent?.includes(title)) seen.push('a title');
      }).observe(document, { subtree: true, childList: true, characterData: true });
    }, goodTitle);
    await page.route('**/bad.json', json(JSON.stringify(c)));
    await page.goto('./?corpus=bad.json');
    await expect(alert(page)).toContainText(bad.message);
    expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
    await g.expectClean();
  });
}

test('a schema error lists each problem with its field path', async ({ page, baseURL }) => {
  const g = await guard(page, baseURL);
  const c = corpusCopy();
  c.headlines[2]!.id = c.headlines[1]!.id;
  c.headlines[4]!.date = '2025-02-30';
  c.outlets[0]!.origin = 'atlantis';
  await page.route('**/many.json', json(JSON.stringify(c)));
  await page.goto('./?corpus=many.json');
  const details = alert(page).getByRole('listitem');
  await expect(details.first()).toBeVisible();
  const lines = await details.allTextContents();
  expect(lines).toEqual(
    expect.arrayContaining([
      'headlines.4.date: expected a real calendar date YYYY-MM-DD',
      `headlines.2.id: duplicate id "${h[1]!.id}"`,
      'outlets.0.origin: unknown origin "atlantis"',
    ]),
  );
  await expect(retry(page)).toBeVisible();
  await g.expectClean();
});

test('a server that stalls: after 8 s of silence the load gives up with a message, and Retry loads', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const g = await guard(page, baseURL);
  let stall = true;
  await page.route('**/slow.json', async (route) => {
    if (!stall) return route.fulfill({ json: corpus });
    // Ten seconds of silence; the app stops waiting after eight.
    await new Promise((r) => setTimeout(r, 10_000));
    await route.fulfill({ json: corpus }).catch(() => undefined);
  });
  const started = Date.now();
  await page.goto('./?corpus=slow.json');
  await expect(page.getByRole('status').filter({ hasText: 'Loading headlines…' })).toBeAttached();
  await expect(alert(page)).toContainText('The corpus stopped arriving: the server sent nothing for 8 s.', { timeout: 15_000 });
  expect(Date.now() - started).toBeGreaterThanOrEqual(7_500);
  stall = false;
  await retry(page).click();
  await expect(summary(page, total)).toBeVisible();
  await g.expectClean();
});

test('a corpus that would break a panel waits for the check, draws nothing meanwhile, and is refused naming the field', async ({ page, baseURL }) => {
  const g = await guard(page, baseURL);
  // A section that is an object: the schema wants a string or null; React could not render it.
  const c = corpusCopy();
  const victim = c.headlines[0]!;
  (victim as { section: unknown }).section = { __html: '<img src=x onerror="window.__pwned=1">' };
  await page.route('**/panel.json', json(JSON.stringify(c)));
  // Hold the schema check (its worker script) a while: the page must show its loading state, nothing of the corpus.
  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  let requested = false;
  await page.route('**/schema-check.worker-*.js', async (route) => {
    requested = true;
    await released;
    await route.continue();
  });
  await page.goto(`./?corpus=panel.json&h=${victim.id}`);
  await test.step('while the check runs: the loading state, no timeline, no details', async () => {
    await expect.poll(() => requested).toBe(true);
    await page.waitForTimeout(500);
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Headline details' })).toHaveCount(0);
    await expect(page.getByText(victim.title)).toHaveCount(0);
  });
  await test.step('the schema check then rejects the corpus, naming the field', async () => {
    release();
    await expect(page.getByRole('alert').filter({ hasText: 'could not load' })).toContainText('headlines.0.section: Invalid input');
    await expect(retry(page)).toBeVisible();
  });
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator('img').count()).toBe(0);
  await g.expectClean();
});
