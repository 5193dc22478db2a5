/**
 * The key-event layer, as a reader meets it: the track at month and day zoom, an event's panel (dates, claims
 * side by side, disagreements, sources, the headlines that report it by origin), its filter, `event=` links in
 * three time zones and through Back and Forward, the 2017 Moscow conference on the 2017 period and from the
 * reader, a phone, and axe. Expectations come from the built corpus.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { corpus, total } from './corpus';
import { expectNoSidewaysScroll, guard } from './guard';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const track = (page: Page) => timeline(page).getByRole('list', { name: 'Key events' });
const panel = (page: Page) => page.getByRole('region', { name: 'Event details' });
const windowLabel = (page: Page) => timeline(page).getByText(/^\d{1,2} [A-Z][a-z]{2}( \d{4})?( – \d{1,2} [A-Z][a-z]{2})? \d{4}$/);
const search = (page: Page) => new URL(page.url()).search;
const event = (id: string) => corpus.events.find((e) => e.id === id)!;
const dayMs = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));

async function open(page: Page, path = './') {
  await page.goto(path);
  await expect(page.getByText(new RegExp(`of ${total} headlines`))).toBeVisible();
}

test('the track shows every event of the window, each with its dates, at month and at day zoom', async ({ page }) => {
  await open(page);
  // The default window: 6 October – 8 November 2025 (the headlines and the key events of their period).
  await expect(windowLabel(page)).toHaveText('6 Oct – 8 Nov 2025');
  const from = dayMs('2025-10-06');
  const to = dayMs('2025-11-09');
  const inWindow = corpus.events.filter((e) => dayMs(e.end) + 86_400_000 > from && dayMs(e.start) < to);
  expect(inWindow.length).toBeGreaterThanOrEqual(12);
  const items = track(page).getByRole('button');
  // Every event is a button of its own, or counted in a "+N" summary that names it.
  const names = await items.evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  for (const e of inWindow) expect(names.some((n) => n.includes(e.title)), e.title).toBe(true);
  const times = await track(page).locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
  for (const t of times) expect(inWindow.map((e) => e.start)).toContain(t);

  // Zoomed to one day, each event's whole title shows.
  await open(page, './?from=2025-10-19&to=2025-10-19');
  await expect(windowLabel(page)).toHaveText('19 Oct 2025');
  const doha = track(page).getByRole('button', { name: /^Doha ceasefire agreed/ });
  await expect(doha).toBeVisible();
  await expect(doha.getByText('Doha ceasefire agreed', { exact: true })).toBeVisible();
  await expect(doha.locator('time')).toHaveAttribute('datetime', '2025-10-19');
});

test('choosing an event opens its panel: dates, claims side by side, disagreements, sources and its headlines by origin', async ({ page, baseURL }) => {
  const g = await guard(page, baseURL);
  await open(page);
  const night = event('border-clashes-oct-11-12');
  await track(page).getByRole('button', { name: new RegExp(`^${night.title}`) }).click();
  await expect.poll(() => search(page)).toBe(`?event=${night.id}`);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(night.title);
  await expect(panel(page).locator(`time[datetime="${night.start}"]`).first()).toHaveText(/11\s?–\s?12 October 2025/);
  // The window fits the event with a day either side.
  await expect(windowLabel(page)).toHaveText('10 Oct – 13 Oct 2025');

  // Each side's figures, in its own name.
  const claims = panel(page).getByRole('table', { name: /Claims/ });
  await expect(claims.getByRole('row')).toHaveCount(night.claims.length + 1);
  for (const c of night.claims)
    await expect(claims.getByRole('rowheader', { name: c.claimant, exact: true })).toHaveCount(night.claims.filter((x) => x.claimant === c.claimant).length);
  await expect(claims).toContainText('58');
  await expect(claims).toContainText('23');

  // Where sources disagree, every version.
  for (const d of night.disputes) await expect(panel(page).getByText(d.about, { exact: true })).toBeVisible();

  // Sources open in a new tab, without access to this page.
  const links = panel(page).getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(night.sources.length);
  for (const a of await links.all()) {
    await expect(a).toHaveAttribute('target', '_blank');
    await expect(a).toHaveAttribute('rel', 'noopener noreferrer');
    expect(await a.getAttribute('href')).toMatch(/^https?:\/\//);
  }

  // The corpus headlines that report it, grouped by outlet origin.
  for (const id of night.headlineIds) {
    const h = corpus.headlines.find((x) => x.id === id)!;
    await expect(panel(page).getByRole('button', { name: new RegExp(h.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first()).toBeVisible();
  }
  const origins = new Set(night.headlineIds.map((id) => corpus.outlets.find((o) => o.id === corpus.headlines.find((h) => h.id === id)!.outletId)?.origin ?? 'unknown'));
  await expect(panel(page).getByRole('group', { name: / outlets$/ })).toHaveCount(origins.size);
  // Showing sources is never a request from this page; nothing else went wrong either.
  await g.expectClean();
});

test('an event’s headlines become a filter in one click, removable like any filter', async ({ page }) => {
  const doha = event('doha-ceasefire');
  await open(page, `./?event=${doha.id}`);
  await panel(page).getByRole('button', { name: `Show only these ${doha.headlineIds.length} headlines` }).click();
  await expect(page.getByText(`${doha.headlineIds.length} of ${total} headlines`)).toBeVisible();
  await expect.poll(() => search(page)).toContain(`events=${doha.id}`);
  await expect(page.getByRole('list', { name: 'Headlines' }).getByRole('listitem')).toHaveCount(doha.headlineIds.length);
  await page.getByRole('button', { name: `Remove event filter ${doha.title}` }).click();
  await expect(page.getByText(`${total} of ${total} headlines`)).toBeVisible();
});

test('Back and Forward step through event choices; an unknown event is dropped with a notice', async ({ page }) => {
  const doha = event('doha-ceasefire');
  await open(page, './?from=2025-10-19&to=2025-10-19');
  await track(page).getByRole('button', { name: new RegExp(`^${doha.title}`) }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(doha.title);
  // The track is one tab stop whose arrow keys walk its events: the one before Doha, chosen by Enter.
  await track(page).getByRole('button', { name: new RegExp(`^${doha.title}`) }).focus();
  await page.keyboard.press('ArrowLeft');
  const other = (await page.locator(':focus').textContent()) ?? '';
  const chosen = corpus.events.find((e) => other.startsWith(e.title))!;
  expect(chosen.id).not.toBe(doha.id);
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(chosen.title);
  await expect.poll(() => search(page)).toBe(`?event=${chosen.id}`);
  await page.goBack();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(doha.title);
  await expect.poll(() => search(page)).toBe(`?event=${doha.id}`);
  await page.goForward();
  await expect.poll(() => search(page)).toBe(`?event=${chosen.id}`);
  await panel(page).getByRole('button', { name: 'Close event details' }).click();
  await expect(panel(page)).toHaveCount(0);

  await open(page, './?event=no-such-event');
  await expect(page.getByRole('status').filter({ hasText: 'unknown event “no-such-event”' })).toBeVisible();
  await expect(panel(page)).toHaveCount(0);
  await expect.poll(() => search(page)).toBe('');
});

for (const timezoneId of ['Pacific/Pago_Pago', 'UTC', 'Pacific/Kiritimati']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });
    test('event= opens the same days and the source’s local time with its zone', async ({ page }) => {
      await open(page, './?event=truce-48h');
      await expect(windowLabel(page)).toHaveText('14 Oct – 18 Oct 2025');
      await expect(panel(page).locator('time[datetime="2025-10-15"]').first()).toHaveText(/15\s?–\s?17 October 2025/);
      await expect(panel(page)).toContainText('18:00 (GMT+5, Asia/Karachi)');
      await expect(track(page).getByRole('button', { name: /^48-hour truce takes effect/ })).toHaveAttribute('aria-current', 'true');
    });
  });
}

test('the 2017 Moscow conference sits on the 2017 period, and the reader’s passage links to it', async ({ page }) => {
  const moscow = event('moscow-conference-2017-04');
  await open(page, `./?event=${moscow.id}`);
  await expect(windowLabel(page)).toHaveText('13 Apr – 15 Apr 2017');
  await expect(track(page).getByRole('button', { name: new RegExp(`^${moscow.title}`) })).toHaveAttribute('aria-current', 'true');
  const stayedAway = panel(page).locator('dt', { hasText: /^Stayed away$/ }).locator('xpath=following-sibling::dd[1]');
  await expect(stayedAway.getByRole('button')).toHaveText(['United States']);
  const tookPart = panel(page).locator('dt', { hasText: /^Took part$/ }).locator('xpath=following-sibling::dd[1]');
  await expect(tookPart.getByRole('button')).toHaveCount(moscow.participants.length);
  await expect(panel(page).getByRole('heading', { name: 'What the 2017 article expected' })).toBeVisible();
  // The overview draws the periods apart, with their names.
  await expect(timeline(page).getByText('Dec 2016 – Apr 2017')).toBeAttached();

  // From the background reader: the passage that previews the conference.
  await open(page);
  await timeline(page).getByRole('button', { name: 'Reset zoom' }).click();
  const reader = page.getByRole('region', { name: 'Background' }).getByRole('article');
  await reader.getByRole('list', { name: 'What happened' }).getByRole('button', { name: new RegExp(`^${moscow.title}`) }).first().click();
  await expect.poll(() => search(page)).toBe(`?event=${moscow.id}`);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(moscow.title);
  await expect(windowLabel(page)).toHaveText('13 Apr – 15 Apr 2017');
});

test('zooming out from October 2025 crosses the break to the 2017 events', async ({ page }) => {
  await open(page);
  const zoomOut = timeline(page).getByRole('button', { name: 'Zoom out' });
  for (let i = 0; i < 12 && (await zoomOut.isEnabled()); i++) await zoomOut.click();
  // The whole axis: the Moscow conference is on the track (a marker of its own, or named in a "+N").
  await expect(track(page).getByRole('button', { name: /Moscow conference on Afghanistan/ })).toHaveCount(1);
  await expect(windowLabel(page)).toHaveText(/2016 – .* 2025$/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the track and the event panel fit, and nothing scrolls sideways', async ({ page }) => {
    await open(page, './?event=doha-ceasefire');
    await expect(track(page).getByRole('button', { name: /^Doha ceasefire agreed/ })).toBeVisible();
    await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await panel(page).scrollIntoViewIfNeeded();
    await expect(panel(page).getByRole('table', { name: /Claims/ })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});

test('axe: the track and the event panel, light and dark', async ({ page }) => {
  test.setTimeout(60_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await open(page, './?event=border-clashes-oct-11-12');
    const results = await new AxeBuilder({ page }).include('section[aria-label="Timeline"]').include('section[aria-label="Event details"]').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), colorScheme).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(0);
  }
});
