/** Trainer kit: heading links by keyboard, handouts in print, scenarios that open the right tool. */
import { expect, test } from '@playwright/test';

test('a heading’s link is reachable by keyboard and puts the section’s address in the address bar', async ({ page }) => {
  await page.goto('/principles/consent/');
  const link = page.locator('.prose .heading-link').first();
  const target = await link.getAttribute('href');
  await link.focus();
  await expect(link).toBeFocused();
  await expect(link).toHaveAccessibleName(/^Link to the section “.+”$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
});

test('a scenario links to its tool at the first question', async ({ page }) => {
  await page.goto('/scenarios/');
  await page.locator('.card-list a').first().click();
  await expect(page.getByRole('heading', { name: 'Questions to discuss' })).toBeVisible();
  await page.getByRole('link', { name: 'Walk this case through the tool' }).click();
  await expect(page).toHaveURL(/\/tools\/[a-z-]+\/$/);
  await expect(page.locator('.tool-node:visible')).toHaveAttribute('data-start', '');
});

test('the suggested response is closed on screen and open on paper', async ({ page }) => {
  await page.goto('/scenarios/worried-mother/');
  const response = page.locator('main details').first();
  const inside = response.locator('p').first();
  await expect(inside).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(inside).toBeVisible();
});

test('the script booklet prints one script per page, without navigation', async ({ page }) => {
  await page.goto('/handouts/all-scripts/');
  const handouts = page.locator('article.handout');
  expect(await handouts.count()).toBeGreaterThanOrEqual(12);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  expect(await handouts.nth(1).evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
});

test('the trainers’ page gives an embed snippet that points at an embed page', async ({ page }) => {
  await page.goto('/for-trainers/');
  const snippet = await page.locator('pre code').textContent();
  expect(snippet).toMatch(/<iframe src="https?:\/\/[^"]+\/embed\/may-i-share\/"/);
  await page.goto(new URL(/src="([^"]+)"/.exec(snippet!)![1]!).pathname);
  await expect(page.locator('decision-tool')).toBeAttached();
});
