/**
 * The main view as a reader uses it, each measured defect of the usability review as a check: marks that can
 * be read at day zoom, details in view after a choice (docked on desktop, a bottom sheet on a phone) with focus
 * handed over and back, the page scrolling under a vertical swipe on the phone plot, the coverage strip under
 * the axis's days, nothing moving under the pointer, spelling variants finding the same headlines, zoomed
 * windows reopening exactly, days the source does not list told apart, and the smaller details (skip links,
 * the lanes hint, tooltips above the plot's edge, the reader's punctuation, active-filter chips, About).
 */
import { test, expect, type Page } from '@playwright/test';
import { corpus, total } from './corpus';
import { foldForSearch } from '../src/corpus/text';
import { expectNoSidewaysScroll } from './guard';
import { gesturesReady, zoomToStories } from './page';
import AxeBuilder from '@axe-core/playwright';

/** No serious or critical axe violation inside `selector`. */
async function expectAccessible(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const plot = (page: Page) => timeline(page).getByRole('group', { name: /^Timeline plot/ });
const windowLabel = (page: Page) => timeline(page).getByText(/^\d{1,2} [A-Z][a-z]{2}( \d{4})?( – \d{1,2} [A-Z][a-z]{2})? \d{4}$/);
const summary = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ headlines/ }).first();

async function open(page: Page, path = './') {
  await page.goto(path);
  await expect(page.getByText(new RegExp(`of ${total} headlines`))).toBeVisible();
  await gesturesReady(page);
}

/** The characters of an element's text that are drawn inside its box (a line clamp hides the rest). */
function visibleChars(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const box = el.getBoundingClientRect();
      const text = el.firstChild;
      if (!(text instanceof Text)) return { title: el.textContent ?? '', shown: 0 };
      const r = document.createRange();
      let shown = 0;
      for (let i = 0; i < text.length; i++) {
        r.setStart(text, i);
        r.setEnd(text, i + 1);
        const c = r.getBoundingClientRect();
        if (c.bottom <= box.bottom + 0.5 && c.right <= box.right + 0.5) shown = i + 1;
      }
      return { title: text.data, shown };
    }),
  );
}

test('zoomed to one day on a desktop, every story mark shows its whole title or at least 60 characters, and its outlet', async ({ page }) => {
  await open(page, './?from=2025-10-19&to=2025-10-19');
  const stories = timeline(page).getByRole('group', { name: 'Stories' });
  await expect(stories).toBeVisible();
  const marks = await visibleChars(page, '[data-mark-title]');
  expect(marks.length).toBeGreaterThanOrEqual(10);
  for (const m of marks) expect(m.shown >= Math.min(60, m.title.length), `${m.shown} of "${m.title}"`).toBe(true);
  // A mark names who carried it: one outlet by name, several as "N outlets".
  // A story of the 19th told by one outlet only, from the corpus itself.
  const single = corpus.stories.find((s) => s.outletIds.length === 1 && s.firstDate <= '2025-10-19' && s.lastDate >= '2025-10-19' && s.headlineIds.length === 1);
  const singleOutlet = corpus.outlets.find((o) => o.id === single?.outletIds[0]);
  expect(singleOutlet, 'a one-outlet story on the 19th').toBeDefined();
  await expect(stories.getByRole('button').filter({ hasText: singleOutlet!.name }).first()).toBeVisible();
  await expect(stories.getByRole('button').filter({ hasText: /\d+ outlets/ }).first()).toBeVisible();
});

test('choosing a mark opens its details in view and moves focus there; Close gives focus back to the mark', async ({ page }) => {
  await open(page, './?from=2025-10-19&to=2025-10-19');
  const stories = timeline(page).getByRole('group', { name: 'Stories' });
  const mark = stories.getByRole('button', { name: /^Story: / }).first();
  await mark.focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Headline details' });
  await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(details).toBeInViewport();
  const box = (await details.boundingBox())!;
  expect(box.y).toBeLessThan(900);
  await details.getByRole('button', { name: 'Close details' }).click();
  // The story folded back into its mark, which has focus again.
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^Story: /);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a choice rises as a bottom sheet with focus in it; closing returns focus', async ({ page }) => {
    await open(page);
    const item = page.getByRole('list', { name: 'Headlines' }).getByRole('button').first();
    await item.click();
    const sheet = page.getByRole('dialog', { name: 'Details' });
    await expect(sheet).toBeVisible();
    await expect(sheet).toBeInViewport();
    await expect(sheet.getByRole('region', { name: 'Headline details' }).getByRole('heading', { level: 2 })).toBeFocused();
    const box = (await sheet.boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(800);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'dialog[open]');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(item).not.toHaveAttribute('aria-current', 'true');
  });

  test('a vertical swipe on the plot scrolls the page; the plot still pans sideways', async ({ page }) => {
    await open(page);
    await expect(plot(page)).toHaveCSS('touch-action', 'pan-y');
    const box = (await plot(page).boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    /** A one-finger swipe as raw touch events, sent 16 ms apart (what a finger does). */
    const swipe = async (x0: number, y0: number, dx: number, dy: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y: y0 }] });
      for (let i = 1; i <= 12; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + (dx * i) / 12, y: y0 + (dy * i) / 12 }] });
        await page.waitForTimeout(16);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const label = await windowLabel(page).textContent();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await swipe(cx, cy, 0, -300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await expect(windowLabel(page)).toHaveText(label!);
    // Sideways, the same finger pans the timeline.
    await page.evaluate(() => window.scrollTo(0, 0));
    await swipe(cx + 100, cy, -200, 0);
    await expect(windowLabel(page)).not.toHaveText(label!);
  });
});

test('the coverage strip’s columns sit under the axis’s days, to the pixel', async ({ page }) => {
  await open(page, './?from=2025-10-12&to=2025-10-22');
  const axisDay = timeline(page).getByRole('toolbar', { name: 'Days' }).getByRole('button', { name: /^Sunday,? 19 October 2025/ });
  const cell = timeline(page).locator('[data-day="2025-10-19"][data-key]').first();
  const [a, c] = [(await axisDay.boundingBox())!, (await cell.boundingBox())!];
  expect(Math.abs(a.x - c.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(a.x + a.width - (c.x + c.width))).toBeLessThanOrEqual(1);
  // The strip has a header of days, aligned the same way.
  const head = (await timeline(page).locator('[data-heat-header] [data-day="2025-10-19"]').boundingBox())!;
  expect(Math.abs(head.x - a.x)).toBeLessThanOrEqual(1);
  // Phone-size cells still say their number.
  await expect(cell).toHaveText(/^\d+$/);
});

test('nothing moves under the pointer: the first filter, the outlet list while choosing', async ({ page }) => {
  await open(page);
  const outlets = page.getByRole('group', { name: 'Outlets' });
  const box = outlets.getByRole('checkbox', { name: /^AP News \(/ });
  await box.scrollIntoViewIfNeeded();
  const y0 = (await box.boundingBox())!.y;
  await box.check();
  await expect(summary(page)).toContainText(`of ${total} headlines`);
  expect((await box.boundingBox())!.y).toBe(y0);
  // Every outlet keeps its place in the list though the topic filter changes every count (measured within the
  // list, which may scroll as the topic box is brought into view).
  const order = () => outlets.getByRole('checkbox', { name: /^(?!Every outlet of )/ }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!.replace(/ \(\d+\)$/, '')));
  const offsets = () => outlets.getByRole('checkbox', { name: /^(?!Every outlet of )/ }).evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top - els[0]!.getBoundingClientRect().top)));
  const [order0, offsets0] = [await order(), await offsets()];
  await page.getByRole('group', { name: 'Topics' }).getByRole('checkbox').first().check();
  await expect(summary(page)).not.toHaveText(`${corpus.headlines.filter((h) => h.outletId === 'ap-news').length} of ${total} headlines`);
  expect(await order()).toEqual(order0);
  expect(await offsets()).toEqual(offsets0);
  // The active filters show above the timeline, removable.
  const chips = page.getByRole('group', { name: 'Active filters' });
  await expect(chips).toContainText('Outlet: AP News');
  await chips.getByRole('button', { name: 'Remove Outlet: AP News' }).click();
  await expect(box).not.toBeChecked();
});

test('spelling variants find the same headlines: "cease-fire" and "ceasefire", "Kabul’s" and "Kabuls"', async ({ page }) => {
  await open(page);
  const search = page.getByRole('searchbox', { name: 'Search headlines' });
  const count = (q: string) => corpus.headlines.filter((h) => foldForSearch(h.title).includes(foldForSearch(q))).length;
  const n = count('ceasefire');
  expect(n).toBeGreaterThan(20);
  for (const q of ['ceasefire', 'cease-fire', 'Cease‑Fire']) {
    await search.fill(q);
    await expect(summary(page)).toHaveText(`${n} of ${total} headlines`);
  }
  await search.fill("Kabul's");
  await expect(summary(page)).toHaveText(`${count('kabuls')} of ${total} headlines`);
  // The page dropped the apostrophes ("Im good at making peace"); a reader types them.
  await search.fill('“I’m good”');
  await expect(summary(page)).toHaveText(`${count('im good')} of ${total} headlines`);
  expect(count('im good')).toBeGreaterThan(0);
});

test('a zoomed window reopens exactly as it was left', async ({ page }) => {
  await open(page);
  const box = (await plot(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.37, box.y + 60);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -150);
  await page.waitForTimeout(500);
  const label = (await windowLabel(page).textContent())!;
  await expect.poll(() => new URL(page.url()).search).toMatch(/from=/);
  await page.reload();
  await expect(windowLabel(page)).toHaveText(label);
});

test('days the source never lists are told apart from days with no match', async ({ page }) => {
  await open(page, './?from=2025-10-12&to=2025-10-22');
  const days = timeline(page).getByRole('toolbar', { name: 'Days' });
  await expect(days.getByRole('button', { name: /^Thursday,? 16 October 2025, not listed by the source$/ })).toBeVisible();
  await expect(days.getByRole('button', { name: /^Friday,? 17 October 2025, \d+ headlines listed$/ })).toBeVisible();
  await expect(timeline(page).getByText('not listed by the source')).toBeVisible();
  // The default window fits what there is: the headlines and the key events of their period.
  await open(page);
  await expect(windowLabel(page)).toHaveText('6 Oct – 8 Nov 2025');
});

test('the smaller things: skip links, the lanes hint, a tooltip above the plot’s edge, About this data', async ({ page }) => {
  await open(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the timeline' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(timeline(page)).toBeFocused();
  await page.getByRole('link', { name: 'Skip to the headlines' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#headlines')).toBeFocused();

  // At month zoom the lanes cannot apply: the switch says so.
  await expect(page.getByRole('radio', { name: 'Origin' })).toBeDisabled();
  await expect(timeline(page).getByText('zoom in to use lanes')).toBeVisible();
  await zoomToStories(page);
  await expect(page.getByRole('radio', { name: 'Origin' })).toBeEnabled();

  // The tallest day's tooltip rises above the plot's top edge, and is drawn whole (the plot clips only sideways).
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  const tallest = timeline(page).getByRole('group', { name: 'Headlines per day' }).getByRole('button', { name: /^Sunday,? 19 October 2025/ });
  await tallest.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  const unclipped = await tip.evaluate((el) => {
    const r = el.getBoundingClientRect();
    (el as HTMLElement).style.pointerEvents = 'auto';
    const corners = [
      [r.left + 3, r.top + 3],
      [r.right - 3, r.top + 3],
      [r.left + 3, r.bottom - 3],
    ];
    const ok = corners.every(([x, y]) => el.contains(document.elementFromPoint(x!, y!)));
    (el as HTMLElement).style.pointerEvents = '';
    return ok;
  });
  expect(unclipped).toBe(true);

  await page.getByRole('button', { name: 'About this data' }).click();
  const about = page.getByRole('dialog', { name: 'About this data' });
  await expect(about).toContainText(corpus.source);
  await expect(about).toContainText('Dates are listing days');
  await expect(about).toContainText(`${corpus.anomalies.length} notes`);
  await expectAccessible(page, 'dialog[open]');
});

test('in the reader, punctuation after a name never starts a line', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page);
  const article = page.getByRole('region', { name: 'Background' }).getByRole('article');
  for (const width of [1440, 1300, 1600]) {
    await page.setViewportSize({ width, height: 900 });
    const strays = await article.locator('p').evaluateAll((ps) =>
      ps.flatMap((p) => {
        const out: string[] = [];
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const t = n as Text;
          const m = /^[,.;:]/.exec(t.data);
          if (!m) continue;
          // The punctuation's box against the box of the text just before it: a new line starts further left.
          const r = document.createRange();
          r.setStart(t, 0);
          r.setEnd(t, 1);
          const prev = t.previousSibling ?? t.parentElement?.previousSibling;
          const pb = prev instanceof Element ? prev.getBoundingClientRect() : null;
          const c = r.getBoundingClientRect();
          if (pb && c.left < pb.left) out.push(`${prev?.textContent ?? ''}${t.data.slice(0, 10)}`);
        }
        return out;
      }),
    );
    expect(strays, `at ${width} px`).toEqual([]);
  }
});
