/**
 * A corpus of two pages written for the test (e2e/fixtures/two-periods): April 2017 and October 2025
 * headlines, one headline on both pages, a cut copy of a whole one. Built with the real CLI (whole and split by
 * month), served in place of a corpus file: both periods on one axis, each reachable, links to a 2017 day.
 */
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from '../src/corpus/schema';

const dir = mkdtempSync(join(tmpdir(), 'two-periods-'));
const build = (out: string, ...extra: string[]) =>
  execFileSync('npx', ['tsx', 'scripts/corpus.ts', 'e2e/fixtures/two-periods', '--out', join(dir, out), ...extra], { stdio: 'pipe' });
build('two.json');
build('twosplit.json', '--split', 'month');
const corpus = JSON.parse(readFileSync(join(dir, 'two.json'), 'utf8')) as Corpus;

async function serve(page: Page) {
  for (const name of readdirSync(dir)) await page.route(`**/${name}`, (route) => route.fulfill({ path: join(dir, name), contentType: 'application/json' }));
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const windowLabel = (page: Page) => timeline(page).getByText(/^\d{1,2} [A-Z][a-z]{2}( \d{4})?( – \d{1,2} [A-Z][a-z]{2})? \d{4}$/);
const summary = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ headlines/ }).first();

test('the built corpus merged the shared headline and the cut copy, keeping every place', () => {
  expect(corpus.headlines).toHaveLength(8);
  const shared = corpus.headlines.filter((h) => (h.sources?.length ?? 0) > 1);
  expect(shared.map((h) => h.sources!.map((s) => s.page).sort())).toEqual([
    ['april-2017.txt', 'october-2025.txt'],
    ['april-2017.txt', 'october-2025.txt'],
  ]);
  expect(shared.every((h) => !h.truncated)).toBe(true);
});

for (const file of ['two.json', 'twosplit.json']) {
  test.describe(`${file === 'two.json' ? 'whole' : 'split by month'}`, () => {
    test('opens on both periods; zooms into each; Reset zoom shows both again', async ({ page }) => {
      await serve(page);
      await page.goto(`./?corpus=${file}`);
      await expect(summary(page)).toHaveText(`8 of 8 headlines`);
      // Both periods, side by side past a break: the window spans the years.
      await expect(windowLabel(page)).toHaveText(/2016 – .* 2025$/);
      const days = timeline(page).getByRole('group', { name: 'Headlines per day' }).getByRole('button');
      await expect(days.filter({ hasText: '' }).first()).toBeAttached();
      const names = await days.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      expect(names.some((n) => /April 2017/.test(n))).toBe(true);
      expect(names.some((n) => /October 2025/.test(n))).toBe(true);
      // The overview names the periods.
      await expect(timeline(page).getByText(/Apr 2017/).first()).toBeAttached();
      await expect(timeline(page).getByText(/2025/).first()).toBeAttached();

      await timeline(page).getByRole('group', { name: 'Headlines per day' }).getByRole('button', { name: /^Friday,? 14 April 2017/ }).click();
      await expect(windowLabel(page)).toHaveText('13 Apr – 15 Apr 2017');
      await expect(summary(page)).toHaveText(/^2 of 8 headlines on 14 Apr 2017$/);
      await page.getByRole('button', { name: 'Reset zoom' }).click();
      await expect(windowLabel(page)).toHaveText(/2016 – .* 2025$/);
    });

    test('a link to a 2017 day opens that day', async ({ page }) => {
      await serve(page);
      await page.goto(`./?corpus=${file}&date=2017-04-15`);
      await expect(windowLabel(page)).toHaveText('14 Apr – 16 Apr 2017');
      await expect(page.getByRole('list', { name: 'Headlines' }).getByRole('listitem')).toHaveCount(1);
      await expect(page.getByRole('list', { name: 'Headlines' })).toContainText('Moscow talks on Afghanistan end');
    });
  });
}

test.describe('in Pacific/Kiritimati', () => {
  test.use({ timezoneId: 'Pacific/Kiritimati' });
  test('the 2017 day is the same day', async ({ page }) => {
    await serve(page);
    await page.goto('./?corpus=two.json&date=2017-04-14');
    await expect(windowLabel(page)).toHaveText('13 Apr – 15 Apr 2017');
    await expect(page.getByRole('list', { name: 'Headlines' }).getByRole('listitem')).toHaveCount(2);
  });
});

test('a headline found on both pages says where', async ({ page }) => {
  await serve(page);
  const shared = corpus.headlines.find((h) => (h.sources?.length ?? 0) > 1 && h.title.startsWith('Pakistan and Afghanistan agree'))!;
  await page.goto(`./?corpus=two.json&h=${shared.id}`);
  const details = page.getByRole('region', { name: 'Headline details' });
  await expect(details).toContainText('april-2017.txt, line 4');
  await expect(details).toContainText('october-2025.txt, line 7');
});
