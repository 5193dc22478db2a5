/** Page helpers shared by several specs (the side pane's tabs, zooming into stories). */
import { expect, type Page } from '@playwright/test';

/** On wide screens the side pane holds the details and the article as tabs: bring the article forward. */
export async function showBackground(page: Page): Promise<void> {
  const tab = page.getByRole('tab', { name: 'Background' });
  if ((await tab.count()) > 0 && (await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await expect(page.getByRole('region', { name: 'Background' })).toBeVisible();
}

/** Zoom in with the toolbar until the timeline draws stories (not day bars). */
export async function zoomToStories(page: Page): Promise<void> {
  const stories = page.getByRole('region', { name: 'Timeline' }).getByRole('group', { name: 'Stories' });
  for (let i = 0; i < 6 && !(await stories.isVisible()); i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(stories).toBeVisible();
}

/** Wait until the timeline's plot listens to wheel and drag gestures (d3-zoom arrives after the first frame). */
export async function gesturesReady(page: Page): Promise<void> {
  await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('group', { name: /Timeline plot/ })).toHaveAttribute('data-gestures', 'ready');
}
