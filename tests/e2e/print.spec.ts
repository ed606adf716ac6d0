/** Printing: no navigation or search, details open, the page's address and sources at the end. */
import { expect, test } from '@playwright/test';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { encodeAnswers, enumeratePaths } from '../../src/engine/resolve.ts';
import { toRoutes } from '../../src/engine/validate.ts';

test('a guidance page prints without navigation, with its address, sources and review date', async ({ page }) => {
  await page.goto('/situations/family-member-calls/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.breadcrumbs')).toBeHidden();
  await expect(page.locator('.heading-link').first()).toBeHidden();
  await expect(page.locator('.print-only')).toBeVisible();
  await expect(page.locator('.print-only')).toContainText('/situations/family-member-calls/');
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByText('Last reviewed')).toBeVisible();
});

test('details are open on paper', async ({ page }) => {
  await page.goto('/situations/family-member-calls/');
  await page.evaluate(() => {
    const details = document.createElement('details');
    details.innerHTML = '<summary>More</summary><p id="inside">Hidden on screen until opened.</p>';
    document.querySelector('.prose')!.append(details);
  });
  await expect(page.locator('#inside')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#inside')).toBeVisible();
});

test('a tool result prints with the answers and without the buttons', async ({ page }) => {
  const tree = checkContent(CONTENT_DIR).trees.find((t) => t.id === 'may-i-share')!;
  const path = enumeratePaths(toRoutes(tree))[0]!;
  await page.goto(`/tools/may-i-share/#${encodeAnswers(Object.fromEntries(path.answers.map((a) => [a.node, a.value])))}`);
  await expect(page.locator(`[data-node="${path.outcome}"]`)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.tool-toolbar')).toBeHidden();
  await expect(page.locator('.tool-actions').first()).toBeHidden();
  await expect(page.locator('.tool-node:visible')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible();
  await expect(page.locator('[data-print-meta]')).toContainText('/tools/may-i-share/');
});
