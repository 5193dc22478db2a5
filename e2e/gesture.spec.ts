/**
 * A continuous wheel and drag over the plot of a large corpus (5,000 synthetic headlines in a month, about 160 a day): during the gesture
 * the plot is only transformed (level of detail), and when it rests the store, the URL, the window label and
 * what is drawn all agree on the window the gesture showed.
 */
import { test, expect, type Page } from '@playwright/test';
import { gesturesReady } from './page';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const N = 5_000;
let body = '';
let dir = '';

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gesture-e2e-'));
  const file = join(dir, 'big.json');
  execFileSync('npx', ['tsx', 'scripts/synthetic.ts', '--n', String(N), '--span', 'month', '--out', file], { stdio: 'ignore' });
  body = readFileSync(file, 'utf8');
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const plot = (page: Page) => timeline(page).getByRole('group', { name: /Timeline plot/ });
/** The toolbar's window label ("3 Mar – 9 Apr 2025", "31 Dec 2024 – 2 Jan 2025", "5 May 2025"). */
const windowLabel = (page: Page) => timeline(page).getByText(/^\d{1,2} [A-Z][a-z]{2}( \d{4})?( – \d{1,2} [A-Z][a-z]{2})? \d{4}$/);
const params = (page: Page) => new URL(page.url()).searchParams;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `2025-03-09` as the label writes it: `9 Mar`. */
const short = (day: string) => `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;

async function open(page: Page, query = '') {
  await page.route('**/big.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto(`./?corpus=big.json${query}`);
  await expect(page.getByText(/of 5,000 headlines/)).toBeVisible({ timeout: 30_000 });
  await expect(windowLabel(page)).toBeVisible();
  await gesturesReady(page);
}

/** Open the large corpus and zoom in once with the toolbar; the window label before the zoom. */
async function openZoomedIn(page: Page): Promise<string> {
  await open(page);
  const before = (await windowLabel(page).textContent())!;
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(windowLabel(page)).not.toHaveText(before);
  return before;
}

/** Nothing in the plot is left stretched or moved by a gesture's transform. */
async function noGestureTransform(page: Page): Promise<number> {
  return plot(page).evaluate((el) => [el, ...el.querySelectorAll<HTMLElement>('*')].filter((e) => /scaleX/.test(e.style.transform)).length);
}

test('a continuous wheel over a large corpus zooms; at rest the URL, the label and the drawing agree', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  const before = (await windowLabel(page).textContent())!;
  const box = (await plot(page).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 120);
  await page.mouse.move(x, y);
  // Twelve wheel events sent without waiting for the page, as a spun wheel sends them.
  const cdp = await page.context().newCDPSession(page);
  await Promise.all(Array.from({ length: 12 }, () => cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: 0, deltaY: -100 })));

  // At rest: a narrower window, the same in the label and the URL, and nothing left transformed.
  await expect(windowLabel(page)).not.toHaveText(before);
  await expect.poll(() => params(page).get('from')).not.toBeNull();
  const from = params(page).get('from')!;
  const to = params(page).get('to')!;
  await expect(windowLabel(page)).toHaveText(new RegExp(`^${short(from)}( \\d{4})? – ${short(to)} \\d{4}$`));
  expect(await noGestureTransform(page)).toBe(0);
  // Zoomed in about 2^(12 × 0.2) ≈ 5 times around the middle: the days the axis offers are the window's days.
  const days = timeline(page).getByRole('toolbar', { name: 'Days' }).getByRole('button');
  const names = await days.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? ''));
  expect(names.length).toBeGreaterThan(2);
  expect(names.length).toBeLessThan(40);
  const dayName = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  expect(names[0]).toContain(dayName(from));
  expect(names.at(-1)).toContain(dayName(to));

  // A drag pans; at rest the URL follows, and a reload opens the same window.
  const label = (await windowLabel(page).textContent())!;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 300, y, { steps: 12 });
  await page.mouse.up();
  await expect(windowLabel(page)).not.toHaveText(label);
  await expect.poll(() => params(page).get('from')).not.toBe(from);
  const panned = (await windowLabel(page).textContent())!;
  expect(await noGestureTransform(page)).toBe(0);
  await page.reload();
  await expect(windowLabel(page)).toHaveText(panned);
});

test('buttons and keys zoom a large corpus at once, without a gesture', async ({ page }) => {
  test.setTimeout(120_000);
  const before = await openZoomedIn(page);
  const zoomed = (await windowLabel(page).textContent())!;
  await plot(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(windowLabel(page)).not.toHaveText(zoomed);
  await page.keyboard.press('0');
  await expect(windowLabel(page)).toHaveText(before);
  expect(await noGestureTransform(page)).toBe(0);
});

test('a window set while a gesture is under way wins over the gesture when it rests', async ({ page }) => {
  test.setTimeout(120_000);
  const before = await openZoomedIn(page);
  await plot(page).focus();
  // Six wheel events and then the reset key, in one task of the page (so in this order, and long before the
  // gesture rests 150 ms after its last event): the reset must stand when the gesture rests.
  await plot(page).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const at = { clientX: r.left + r.width / 2, clientY: r.top + Math.min(r.height / 2, 120), bubbles: true, cancelable: true };
    for (let i = 0; i < 6; i++) el.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -100 }));
    el.dispatchEvent(new KeyboardEvent('keydown', { key: '0', bubbles: true, cancelable: true }));
  });
  await page.waitForTimeout(600);
  await expect(windowLabel(page)).toHaveText(before);
  expect(params(page).get('from')).toBeNull();
  expect(await noGestureTransform(page)).toBe(0);
});
