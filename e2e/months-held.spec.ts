/**
 * A year of coverage split by month, held in part: the app holds only the months its headline budget allows
 * around the window, says which ones the counts and search cover, drops the others and fetches them again
 * when the window comes back. The corpus is a synthetic year of 2,000 headlines written by the real generator
 * (its months hold 36 to 438 headlines); the budget, 400 headlines, is set in storage as a reader could.
 * With the default budget the same corpus is held whole, as before.
 */
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUDGET_KEY } from '../src/corpus/budget';
import type { Manifest } from '../src/corpus/schema';
import { guard } from './guard';

const dir = mkdtempSync(join(tmpdir(), 'months-held-'));
execFileSync('npx', ['tsx', 'scripts/synthetic.ts', '--n', '2000', '--span', 'year', '--split', 'month', '--out', join(dir, 'year.json')], { stdio: 'pipe' });
const manifest = JSON.parse(readFileSync(join(dir, 'year.json'), 'utf8')) as Manifest;
const count = (...months: string[]) => months.reduce((s, m) => s + manifest.chunks.find((c) => c.id === `2025-${m}`)!.headlineCount, 0);

async function serve(page: Page) {
  for (const name of readdirSync(dir)) await page.route(`**/${name}`, (route) => route.fulfill({ path: join(dir, name), contentType: 'application/json' }));
}

const summary = (page: Page) => page.getByRole('status').filter({ hasText: /of [\d,]+ headlines/ }).first();
const held = (page: Page) => page.getByRole('status').filter({ hasText: /^Counts and search cover/ });
const loading = (page: Page) => page.getByRole('status').filter({ hasText: /^Loading months/ });
const monthFile = (requests: readonly string[], month: string) => requests.filter((u) => new URL(u).pathname.endsWith(`/year.2025-${month}.json`)).length;

/** Pan with Shift + an arrow (a fifth of the window each) until the months-held status reads `text`, each pan's months loaded. */
async function panUntil(page: Page, key: 'ArrowLeft' | 'ArrowRight', text: string) {
  await page.getByRole('region', { name: 'Timeline' }).focus();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(`Shift+${key}`);
    await expect(loading(page)).toHaveCount(0);
    if ((await held(page).textContent()) === text) return;
  }
  throw new Error(`the status never read "${text}"`);
}

test('a year held in part: the status names the months held, the counts are theirs, a month dropped is fetched again', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const g = await guard(page, baseURL);
  await page.addInitScript((key) => localStorage.setItem(key, '400'), BUDGET_KEY);
  await serve(page);
  // June (63 headlines), then May (201) and July (79) around it; April (177) and August (132) would pass 400.
  await page.goto('./?corpus=year.json&from=2025-06-05&to=2025-06-25');
  await expect(held(page)).toHaveText('Counts and search cover 3 of 12 months (May–Jul 2025); pan to load others');
  await expect(summary(page)).toHaveText(`${count('05', '06', '07')} of ${count('05', '06', '07')} headlines`);
  // Only those months were fetched: nothing else loads in the background.
  expect(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => monthFile(g.requests, m))).toEqual([0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0]);
  // Search covers what is held, and says so beside the count.
  await page.getByRole('searchbox', { name: 'Search headlines' }).fill('ceasefire');
  await expect(summary(page)).toHaveText(new RegExp(`^[\\d,]+ of ${count('05', '06', '07')} headlines$`));
  await expect(held(page)).toHaveText(/^Counts and search cover 3 of 12 months/);
  await page.getByRole('searchbox', { name: 'Search headlines' }).fill('');

  // On to October, 438 headlines alone, more than the budget: it is held by itself, the summer dropped.
  await panUntil(page, 'ArrowRight', 'Counts and search cover 1 of 12 months (Oct 2025); pan to load others');
  await expect(summary(page)).toHaveText(`${count('10')} of ${count('10')} headlines`);

  // Back to June: May, June and July are fetched again.
  await panUntil(page, 'ArrowLeft', 'Counts and search cover 3 of 12 months (May–Jul 2025); pan to load others');
  await expect(summary(page)).toHaveText(`${count('05', '06', '07')} of ${count('05', '06', '07')} headlines`);
  expect(monthFile(g.requests, '06')).toBe(2);
  expect(monthFile(g.requests, '10')).toBe(1);
  await g.expectClean();
});

test('with the default budget the same year is held whole, and nothing says otherwise', async ({ page, baseURL }) => {
  const g = await guard(page, baseURL);
  await serve(page);
  await page.goto('./?corpus=year.json&from=2025-06-05&to=2025-06-25');
  await expect(summary(page)).toHaveText('2,000 of 2,000 headlines');
  await expect(loading(page)).toHaveCount(0);
  await expect(held(page)).toHaveCount(0);
  expect(manifest.chunks.map((c) => monthFile(g.requests, c.id.slice(5)))).toEqual(manifest.chunks.map(() => 1));
  await g.expectClean();
});
