/**
 * Time zones and locales: the date-sensitive tasks (a dated link, choosing a day, a headline's date, the
 * visible window) under five settings: UTC−11, UTC and UTC+14 in en-GB, then de-DE and ar-EG (right to left)
 * in the extreme zones. The same calendar days everywhere; dates formatted by Intl in the reader's locale; in
 * a right-to-left locale the page mirrors while the time axis stays left to right, and nothing scrolls sideways.
 * (Rather than the whole suite five times: one page per setting, the tasks as steps.)
 */
import { test, expect, type Page } from '@playwright/test';
import { headlinesOf, total } from './corpus';
import { expectNoSidewaysScroll, guard } from './guard';
import { showBackground } from './page';

interface Setting {
  readonly timezoneId: string;
  readonly locale: string;
  readonly rtl: boolean;
  /** How this locale writes 17 Oct 2025 (medium): checks the browser's Intl before it is trusted. */
  readonly medium17: RegExp;
}

const settings: readonly Setting[] = [
  { timezoneId: 'Pacific/Pago_Pago', locale: 'en-GB', rtl: false, medium17: /^17 Oct 2025$/ },
  { timezoneId: 'UTC', locale: 'en-GB', rtl: false, medium17: /^17 Oct 2025$/ },
  { timezoneId: 'Pacific/Kiritimati', locale: 'en-GB', rtl: false, medium17: /^17 Oct 2025$/ },
  { timezoneId: 'Pacific/Kiritimati', locale: 'de-DE', rtl: false, medium17: /^17\. Okt\. 2025$/ },
  { timezoneId: 'Pacific/Pago_Pago', locale: 'ar-EG', rtl: true, medium17: /^١٧ أكتوبر[،,]? ٢٠٢٥$/ },
];

const n17 = headlinesOf((h) => h.date === '2025-10-17').length;
const n19 = headlinesOf((h) => h.date === '2025-10-19').length;
const list = (page: Page) => page.getByRole('list', { name: 'Headlines' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const search = (page: Page) => new URL(page.url()).search;

/** What the page should say, formatted by the browser's Intl for the locale (calendar days are UTC midnights). */
function expectedTexts(page: Page, locale: string) {
  return page.evaluate(
    ({ locale, counts }) => {
      const ms = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
      const f = (d: string, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' }).format(ms(d));
      const medium = { day: 'numeric', month: 'short', year: 'numeric' } as const;
      const long = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
      const n = (x: number) => new Intl.NumberFormat(locale).format(x);
      return {
        medium17: f('2025-10-17', medium),
        medium19: f('2025-10-19', medium),
        long13: f('2025-10-13', long),
        long19: f('2025-10-19', long),
        window17: `${f('2025-10-16', { day: 'numeric', month: 'short' })} – ${f('2025-10-18', medium)}`,
        summary17: `${n(counts.n17)} of ${n(counts.total)} headlines on ${f('2025-10-17', medium)}`,
        summary19: `${n(counts.n19)} of ${n(counts.total)} headlines on ${f('2025-10-19', medium)}`,
        day19: `${f('2025-10-19', long)}: ${n(counts.n19)} headlines`,
      };
    },
    { locale, counts: { n17, n19, total } },
  );
}

for (const s of settings) {
  test.describe(`${s.locale} in ${s.timezoneId}`, () => {
    test.use({ timezoneId: s.timezoneId, locale: s.locale });

    test('dated links, days and headlines show the same calendar days, formatted for the locale; the layout holds', async ({ page, baseURL }) => {
      const g = await guard(page, baseURL);
      await page.goto('./?date=2025-10-17');
      await expect(list(page)).toBeVisible();
      const t = await expectedTexts(page, s.locale);
      expect(t.medium17).toMatch(s.medium17);

      await test.step('date=2025-10-17 shows the 17 October headlines', async () => {
        await expect(page.getByRole('status').filter({ hasText: t.summary17 })).toHaveText(t.summary17);
        const times = list(page).locator('time');
        await expect(times).toHaveCount(n17);
        expect(new Set(await times.evaluateAll((els) => els.map((e) => e.getAttribute('datetime'))))).toEqual(new Set(['2025-10-17']));
        expect(new Set(await times.allTextContents())).toEqual(new Set([t.medium17]));
        await expect(timeline(page).getByText(t.window17, { exact: true })).toBeVisible();
        if (s.locale === 'en-GB') {
          await expect(page.getByRole('status').filter({ hasText: `${n17} of ${total} headlines on 17 Oct 2025` })).toBeVisible();
          await expect(timeline(page).getByText('16 Oct – 18 Oct 2025', { exact: true })).toBeVisible();
        }
      });

      await test.step('choosing 19 October on the timeline selects that day', async () => {
        await page.getByRole('button', { name: 'Reset zoom' }).click();
        await timeline(page).getByRole('button', { name: t.day19 }).click();
        await expect(page.getByRole('status').filter({ hasText: t.summary19 })).toHaveText(t.summary19);
        await expect.poll(() => search(page)).toBe('?date=2025-10-19');
        await expect(list(page).getByRole('listitem')).toHaveCount(n19);
      });

      await test.step('a headline’s details give its date in full', async () => {
        await list(page).getByRole('button').first().click();
        // The listing day (the outlet's line may cite dated pages too).
        const date = page.getByRole('region', { name: 'Headline details' }).locator('dd', { hasText: 'not a verified publication day' }).locator('time');
        await expect(date).toHaveAttribute('datetime', '2025-10-19');
        await expect(date).toHaveText(t.long19);
      });

      await test.step(`the page is ${s.rtl ? 'mirrored, right to left' : 'left to right'}; the time axis runs left to right`, async () => {
        const html = page.locator('html');
        await expect(html).toHaveAttribute('dir', s.rtl ? 'rtl' : 'ltr');
        await expect(html).toHaveAttribute('lang', 'en');
        await page.getByRole('button', { name: 'Reset zoom' }).click();
        // The axis's day buttons come in date order; they sit left to right whatever the page's direction.
        const days = timeline(page).getByRole('toolbar', { name: 'Days' }).getByRole('button');
        const lefts = await days.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
        expect(lefts.length).toBeGreaterThan(10);
        expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
        const names = await days.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
        expect(names.findIndex((n) => n.startsWith(t.long19))).toBeGreaterThan(0);
        // So do the coverage strip's day columns, and the overview's years before October 2025 on its left.
        const cell = async (d: string) => (await timeline(page).getByRole('button', { name: `AP News, ${d}: `, exact: false }).boundingBox())!.x;
        expect(await cell(t.long13)).toBeLessThan(await cell(t.long19));
        const years = (await timeline(page).getByRole('group', { name: 'Years of the background article' }).boundingBox())!;
        const brush = (await timeline(page).getByRole('slider', { name: 'Visible window' }).boundingBox())!;
        expect(years.x + years.width).toBeLessThanOrEqual(brush.x + 1);
        const filters = (await page.getByRole('complementary', { name: 'Filters' }).boundingBox())!;
        const main = (await page.getByRole('main').boundingBox())!;
        await showBackground(page);
        const background = (await page.getByRole('region', { name: 'Background' }).boundingBox())!;
        if (s.rtl) {
          expect(filters.x).toBeGreaterThan(main.x + main.width - 1);
          expect(background.x + background.width).toBeLessThan(main.x + 1);
        } else {
          expect(filters.x + filters.width).toBeLessThan(main.x + 1);
          expect(background.x).toBeGreaterThan(main.x + main.width - 1);
        }
        await expectNoSidewaysScroll(page);
        await page.setViewportSize({ width: 360, height: 740 });
        await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeVisible();
        await expectNoSidewaysScroll(page);
        await expect(html).toHaveAttribute('dir', s.rtl ? 'rtl' : 'ltr');
      });
      await g.expectClean();
    });
  });
}
