/**
 * `npm run screenshot`: builds nothing itself; serve the app first (`npm start`, or `npm run preview`),
 * then this captures the main view for the README into e2e/screenshots/main-view.png.
 * Usage: npm run screenshot [-- URL]
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/?from=2025-10-17&to=2025-10-19';
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p));
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'en-GB', timezoneId: 'UTC' });
await page.goto(url);
await page.getByRole('region', { name: 'Timeline' }).waitFor();
await page.waitForTimeout(500);
mkdirSync('e2e/screenshots', { recursive: true });
await page.screenshot({ path: 'e2e/screenshots/main-view.png' });
await browser.close();
console.log('screenshot: e2e/screenshots/main-view.png');
