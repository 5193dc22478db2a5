import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8')) as { headlines: unknown[] };

test('the built app loads the corpus and shows its headline count', async ({ page }) => {
  expect(corpus.headlines.length).toBeGreaterThan(0);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Pakistan–Afghanistan');
  await expect(page.getByText(`${corpus.headlines.length} of ${corpus.headlines.length} headlines`)).toBeVisible();
});
