/** Keyboard only: the header, search and a visible focus indicator everywhere. */
import { expect, test, type Page } from '@playwright/test';

async function tabTo(page: Page, predicate: string, max = 20): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((p) => document.activeElement?.matches(p) ?? false, predicate)) return true;
  }
  return false;
}

test('the first Tab shows a skip link that moves to the main content', async ({ page }) => {
  await page.goto('/situations/texting/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('by keyboard alone a reader searches, moves to a result and opens it', async ({ page }) => {
  await page.goto('/');
  expect(await tabTo(page, '#header-search-input')).toBe(true);
  await page.keyboard.type('subpoena');
  await expect(page.locator('#header-search-results .search-list a').first()).toBeVisible();
  expect(await tabTo(page, '#header-search-results .search-list a')).toBe(true);
  const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('Escape clears the search and hides the results', async ({ page }) => {
  await page.goto('/');
  await page.locator('#header-search-input').fill('family');
  await expect(page.locator('#header-search-results')).toBeVisible();
  await page.locator('#header-search-input').press('Escape');
  await expect(page.locator('#header-search-input')).toHaveValue('');
  await expect(page.locator('#header-search-results')).toBeHidden();
});

test('every control shows a visible focus indicator', async ({ page }) => {
  await page.goto('/tools/may-i-share/');
  const seen: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
      return { what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30) ?? ''}`, visible };
    });
    if (!style) continue;
    if (!style.visible) seen.push(style.what);
  }
  expect(seen, 'controls without a focus indicator').toEqual([]);
});
