/** With JavaScript off: the site reads and navigates, and every path of every tree reaches its outcome. */
import { expect, test } from '@playwright/test';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { enumeratePaths } from '../../src/engine/resolve.ts';
import { toRoutes } from '../../src/engine/validate.ts';

test.use({ javaScriptEnabled: false });

const { trees } = checkContent(CONTENT_DIR);

test('a reader finds a page from the home page through a section, and through the A–Z index', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.search-box')).toBeHidden();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Everyday situations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Everyday situations' })).toBeVisible();
  await page.locator('.card-list a').first().click();
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();

  await page.getByRole('link', { name: 'A–Z index' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'A–Z index' })).toBeVisible();
  // Each entry lists the page's other names beneath it, so find-in-page stands in for search.
  const entry = page.locator('.az-list > li', { has: page.locator('.az-also', { hasText: /\bcops\b/ }) }).first();
  await expect(entry).toBeVisible();
  await entry.getByRole('link').first().click();
  await expect(page.locator('article h1')).toBeVisible();
});

test('the search page tells a reader without JavaScript to use the A–Z index', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
});

/**
 * Paths that between them take every answer of the tree at least once: every link of every step
 * is followed without walking all paths (which grow much faster than the answers do).
 */
function coveringPaths(tree: (typeof trees)[number]) {
  const taken = new Set<string>();
  return enumeratePaths(toRoutes(tree)).filter((path) => {
    const edges = path.answers.map((a) => `${a.node}=${a.value}`);
    if (edges.every((e) => taken.has(e))) return false;
    edges.forEach((e) => taken.add(e));
    return true;
  });
}

// A few paths per test, so one slow machine never times out a correct site (issue 16).
const CHUNK = 6;
for (const tree of trees) {
  const paths = coveringPaths(tree);
  for (let i = 0; i < paths.length; i += CHUNK) {
    const chunk = paths.slice(i, i + CHUNK);
    test(`${tree.id}: paths ${i + 1}–${i + chunk.length} of the ${paths.length} that take every answer reach their outcomes by following links`, async ({
      page,
    }) => {
      for (const path of chunk) {
        await page.goto(`/tools/${tree.id}/`);
        await expect(page.locator(`[data-node="${tree.start}"]`)).toBeVisible();
        for (const { node, value } of path.answers) {
          const section = page.locator(`[data-node="${node}"]`);
          await expect(section).toBeVisible();
          await section.locator(`[data-option="${value}"]`).click();
        }
        const outcome = page.locator(`[data-node="${path.outcome}"]`);
        await expect(outcome).toBeVisible();
        await expect(outcome).toHaveAttribute('data-verdict', /.+/);
        await expect(page.locator('.tool-node:visible')).toHaveCount(1);
      }
    });
  }
}

test('the home page leads with the tools, the one for someone in danger first', async ({ page }) => {
  await page.goto('/');
  const tools = page.getByRole('region', { name: "What's happening?" }).getByRole('link');
  await expect(tools.first()).toHaveAttribute('href', /\/tools\/worried-about-safety\/$/);
  expect(await tools.count()).toBeGreaterThanOrEqual(6);
});
