import { test, expect, type Page } from '@playwright/test';
import { gesturesReady } from './page';
import { corpus, headlinesOf, total } from './corpus';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const windowLabel = (page: Page) => timeline(page).getByText(/^\d{1,2} [A-Z][a-z]{2}( – \d{1,2} [A-Z][a-z]{2})? 2025$/);
const plot = (page: Page) => timeline(page).getByRole('group', { name: /Timeline plot/ });

async function open(page: Page, path = './') {
  await page.goto(path);
  await expect(page.getByText(new RegExp(`of ${total} headlines`))).toBeVisible();
  await gesturesReady(page);
}

test('shows a skeleton while loading, then the timeline', async ({ page }) => {
  await page.route('**/corpus.json', async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByText('Loading headlines…')).toBeAttached();
  await expect(timeline(page)).toBeVisible();
  const ready = await page.evaluate(() => performance.getEntriesByName('timeline:ready').length);
  expect(ready).toBe(1);
});

// A failed load, its reason and Retry: corpus-failures.spec.ts.

test('zoom buttons, wheel and keys change the axis; Reset zoom restores it', async ({ page }) => {
  await open(page);
  const initial = await windowLabel(page).textContent();
  // The default window fits what there is: the headlines (13–21 October) and the key events of their period
  // (7 October to 7 November), a day either side.
  expect(initial).toBe('6 Oct – 8 Nov 2025');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await windowLabel(page).textContent();
  expect(zoomed).not.toBe(initial);
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect(windowLabel(page)).toHaveText(initial!);

  // Wheel over the plot zooms around the pointer.
  const box = (await plot(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
  await expect(windowLabel(page)).not.toHaveText(initial!);
  const afterWheel = await windowLabel(page).textContent();

  // Drag pans.
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 300, box.y + 40, { steps: 8 });
  await page.mouse.up();
  await expect(windowLabel(page)).not.toHaveText(afterWheel!);

  // Keyboard: 0 resets, + zooms, arrows pan, - zooms out.
  await plot(page).focus();
  await page.keyboard.press('0');
  await expect(windowLabel(page)).toHaveText(initial!);
  await page.keyboard.press('+');
  await expect(windowLabel(page)).toHaveText('14 Oct – 31 Oct 2025');
  await page.keyboard.press('ArrowRight');
  await expect(windowLabel(page)).toHaveText('17 Oct – 3 Nov 2025');
  await page.keyboard.press('-');
  await expect(windowLabel(page)).not.toHaveText('17 Oct – 3 Nov 2025');
});

test('the overview brush pans when dragged and zooms by its edges', async ({ page }) => {
  await open(page);
  const brush = page.getByRole('slider', { name: 'Visible window' });
  const before = await brush.getAttribute('aria-valuenow');
  const b = (await brush.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  // Towards November (the 2025 period runs to its end): the window stays in 2025.
  await page.mouse.move(b.x + b.width / 2 + 40, b.y + b.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect(brush).not.toHaveAttribute('aria-valuenow', before!);
  const label = await windowLabel(page).textContent();

  const end = page.getByRole('slider', { name: 'Window end' });
  await end.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(windowLabel(page)).not.toHaveText(label!);
  const span = (await brush.boundingBox())!.width;
  expect(span).toBeLessThan(b.width);
});

test('zoomed in, stories sit in lanes by topic, origin or outlet', async ({ page }) => {
  await open(page, './?from=2025-10-18&to=2025-10-20');
  const stories = timeline(page).getByRole('group', { name: 'Stories' });
  // The four-outlet "pledge to respect ceasefire" story is one mark with its count.
  const pledge = corpus.stories.find((s) => s.label.startsWith('Afghanistan and Pakistan pledge to respect ceasefire'))!;
  await expect(stories.getByRole('button', { name: new RegExp(`^Story: Afghanistan and Pakistan pledge.*${pledge.headlineIds.length} headlines`) })).toBeVisible();
  const firstTopic = corpus.topics.find((t) => corpus.headlines.some((h) => h.date === '2025-10-19' && h.topics[0] === t.id))!;
  await expect(stories.getByText(new RegExp(`^${firstTopic.label} · \\d+$`))).toBeVisible();

  await timeline(page).getByText('Origin', { exact: true }).click();
  const origins = new Set(headlinesOf((h) => h.date === '2025-10-19').map((h) => corpus.outlets.find((o) => o.id === h.outletId)?.origin));
  for (const o of origins) {
    const label = corpus.origins.find((x) => x.id === o)?.label;
    if (label) await expect(stories.getByText(new RegExp(`^${label} · \\d+$`))).toBeVisible();
  }
  await timeline(page).getByText('Outlet', { exact: true }).click();
  const ap = headlinesOf((h) => h.outletId === 'ap-news' && h.date >= '2025-10-18' && h.date <= '2025-10-20').length;
  await expect(stories.getByText(`AP News · ${ap}`, { exact: true })).toBeVisible();
});

test('a story expands into its headlines; selecting one opens the detail panel and marks the list item', async ({ page }) => {
  await open(page, './?from=2025-10-18&to=2025-10-20');
  const stories = timeline(page).getByRole('group', { name: 'Stories' });
  await stories.getByRole('button', { name: /^Story: Afghanistan and Pakistan pledge/ }).click();
  const pledge = headlinesOf((h) => h.title.startsWith('Afghanistan and Pakistan pledge to respect ceasefire'));
  const firstOf = [...pledge].sort((a, b) => a.date.localeCompare(b.date) || a.sourceLine - b.sourceLine)[0]!;
  const detail = page.getByRole('region', { name: 'Headline details' });
  await expect(detail.getByRole('heading', { name: firstOf.title })).toBeVisible();
  // Expanded: the story's visible headlines are marks of their own.
  const visible = pledge.filter((h) => h.date <= '2025-10-20');
  await expect(stories.locator('[data-kind="headline"]')).toHaveCount(visible.length);
  const list = page.getByRole('list', { name: 'Headlines' });
  await expect(list.locator('[aria-current="true"]')).toContainText(firstOf.title);
});

test('selecting in the list selects on the timeline and brings it into view', async ({ page }) => {
  await open(page);
  const h = headlinesOf((x) => x.date === '2025-10-15' && x.outletId === 'al-jazeera')[0]!;
  await page.getByRole('list', { name: 'Headlines' }).getByRole('button', { name: new RegExp(h.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
  await expect(windowLabel(page)).toHaveText('14 Oct – 16 Oct 2025');
  const selected = timeline(page).locator('[aria-current="true"]');
  await expect(selected).toHaveAttribute('aria-label', new RegExp(h.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(selected).toBeInViewport();
});

test('clicking a heatmap cell filters to that outlet and day', async ({ page }) => {
  await open(page);
  const day = '2025-10-19';
  const count = headlinesOf((h) => h.outletId === 'ap-news' && h.date === day).length;
  await timeline(page).getByRole('button', { name: new RegExp(`^AP News, Sunday,? 19 October 2025: ${count} headlines? listed$`) }).click();
  await expect(page.getByText(`${count} of ${total} headlines`)).toBeVisible();
  const items = page.getByRole('list', { name: 'Headlines' }).getByRole('listitem');
  await expect(items).toHaveCount(count);
  for (const h of headlinesOf((x) => x.outletId === 'ap-news' && x.date === day)) await expect(items.filter({ hasText: h.title })).toHaveCount(1);
});

test('clicking a day on the axis or a day bar selects it', async ({ page }) => {
  await open(page);
  const n = headlinesOf((h) => h.date === '2025-10-17').length;
  await timeline(page).getByRole('button', { name: new RegExp(`^Friday,? 17 October 2025: ${n} headlines`) }).click();
  await expect(page.getByText(`${n} of ${total} headlines`)).toBeVisible();
  await expect(windowLabel(page)).toHaveText('16 Oct – 18 Oct 2025');
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await timeline(page).getByRole('toolbar', { name: 'Days' }).getByRole('button', { name: /^Sunday,? 19 October 2025/ }).click();
  await expect(page.getByText(`${headlinesOf((h) => h.date === '2025-10-19').length} of ${total} headlines`)).toBeVisible();
});

test('marks can be walked with arrow keys and announce themselves', async ({ page }) => {
  await open(page);
  const bars = timeline(page).getByRole('group', { name: 'Headlines per day' });
  await page.getByRole('button', { name: 'Reset zoom' }).focus();
  // Tab from the plot through the phases and the key events (one tab stop each) into the day bars (one more).
  await plot(page).focus();
  await page.keyboard.press('Tab');
  await expect(timeline(page).getByRole('list', { name: 'Phases' }).getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(timeline(page).getByRole('list', { name: 'Key events' }).getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Tab');
  const days = [...new Set(corpus.headlines.map((h) => h.date))].sort();
  await expect(bars.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('aria-label', new RegExp(`^\\w+,? ${Number(days[1]!.slice(8))} October 2025: \\d+ headlines`));
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText(new RegExp(`^${headlinesOf((h) => h.date === days[1]).length} of ${total} headlines`))).toBeVisible();
});

// Accessibility scans (light and dark, zoomed out and in): a11y.spec.ts.

test('dark mode follows the system and the toggle', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  await expect(page.locator('html')).toHaveClass(/dark/);
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('the timeline zooms with a pinch, and the page does not scroll sideways', async ({ page }) => {
    await open(page);
    const before = await windowLabel(page).textContent();
    const box = (await plot(page).boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + 60;
    // Two fingers moving apart, sent as real touch events (d3-zoom reads touches).
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [
          { x: cx - d, y: cy, id: 0 },
          { x: cx + d, y: cy, id: 1 },
        ],
      });
    await touch('touchStart', 20);
    for (let d = 30; d <= 140; d += 10) await touch('touchMove', d);
    await touch('touchEnd', 0);
    await expect(windowLabel(page)).not.toHaveText(before!);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
