/** Search: loaded only when used, finds pages by the words readers type, filters by kind, keeps the query out of the address. */
import { expect, test } from '@playwright/test';
import { watch } from './site.ts';

test('the search code loads only when the reader starts to search', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/principles/consent/');
  await expect(page.locator('#header-search-input')).toBeVisible();
  expect(seen.requested.filter((u) => u.includes('/pagefind/') || u.includes('search-ui'))).toEqual([]);
  await page.locator('#header-search-input').focus();
  await expect.poll(() => seen.requested.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('an alias finds its page: “ROI” finds the consent page, and the query stays out of the address', async ({ page }) => {
  await page.goto('/');
  const input = page.locator('#header-search-input');
  await input.fill('ROI');
  const results = page.locator('#header-search-results .search-list > li > a');
  await expect(page.locator('#header-search-results [role="status"]')).toContainText('match');
  const top = await results.evaluateAll((links) => links.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(top).toContain('/principles/consent/');
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe('');
  await input.press('Enter');
  expect(page.url()).not.toContain('ROI');
});

test('results show the kind, and the kind filter narrows them', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#page-search-input').fill('family');
  const kinds = page.locator('#page-search-results .search-kind');
  await expect(kinds.first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Script' }).check();
  await expect(page.locator('#page-search-results [role="status"]')).toContainText('match');
  await expect.poll(async () => new Set(await kinds.allTextContents())).toEqual(new Set(['Script']));
});

test('results list matching sections of a page under it', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#page-search-input').fill('subpoena');
  const first = page.locator('#page-search-results .search-list > li').first();
  await expect(first).toBeVisible();
  await expect(page.locator('#page-search-results .search-list > li ul a').first()).toHaveAttribute('href', /#/);
});
