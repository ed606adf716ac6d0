/**
 * The offline copy (docs/decisions/0011): nothing registered or stored until the reader asks; after
 * "Keep this guide on this device", with the network cut, pages, the tools and search still work;
 * "Remove the offline copy" leaves nothing behind. Without JavaScript the control says why it
 * cannot work. The privacy crawl of every page (pages.spec.ts) checks for service workers and
 * Cache Storage too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { enumeratePaths } from '../../src/engine/resolve.ts';
import { toRoutes } from '../../src/engine/validate.ts';
import type { OfflineManifest } from '../../src/integrations/offline.ts';
import { DIST, NOTHING_STORED, storedState } from './site.ts';

const manifest = JSON.parse(readFileSync(join(DIST, 'offline-manifest.json'), 'utf8')) as OfflineManifest;

/** Ten pages of every kind, and two tools with three of their paths each (the shortest, a middle one, the longest). */
const PAGES = [
  '/',
  '/principles/consent/',
  '/scripts/asking-permission-family/',
  '/groups/group-agreement/',
  '/situations/family-member-calls/',
  '/scenarios/',
  '/flowcharts/may-i-share/',
  '/glossary/',
  '/a-z/',
  '/what-changed/',
];
const { trees } = checkContent(CONTENT_DIR);
const TOOLS = trees
  .filter((t) => ['may-i-share', 'worried-about-safety'].includes(t.id))
  .map((tree) => {
    const paths = enumeratePaths(toRoutes(tree)).sort((a, b) => a.answers.length - b.answers.length);
    return { id: tree.id, paths: [paths[0]!, paths[Math.floor(paths.length / 2)]!, paths.at(-1)!] };
  });

const control = (page: Page) => page.locator('[data-offline]');

test('the offline copy lists every built page, the search index and the tools’ scripts', () => {
  expect(manifest.files).toEqual(expect.arrayContaining([...PAGES.map((p) => p.slice(1)), 'tools/may-i-share/', 'pagefind/pagefind.js']));
  expect(manifest.files.some((f) => f.startsWith('pagefind/index/'))).toBe(true);
  expect(manifest.files.some((f) => f.startsWith('_astro/DecisionTool'))).toBe(true);
  // Nothing the site's own search never loads, and never the worker or the list themselves.
  expect(manifest.files.filter((f) => /pagefind-(ui|component-ui|modular-ui)|_headers|^sw\.js$|offline-manifest/.test(f))).toEqual([]);
});

test('before the reader asks, no service worker is registered and nothing is stored, on About too', async ({ page }) => {
  for (const path of ['/', '/situations/family-member-calls/', '/tools/may-i-share/', '/about/']) {
    await page.goto(path);
    expect(await storedState(page), path).toEqual(NOTHING_STORED);
  }
  await expect(control(page).getByRole('status')).toHaveText(/^Not saved on this device\. The copy takes \d+\.\d MB\.$/);
  await expect(control(page).getByRole('button', { name: 'Keep this guide on this device' })).toBeVisible();
  expect(await storedState(page)).toEqual(NOTHING_STORED);
});

test('after “Keep this guide on this device”, with the network cut, pages, tool paths and search work; “Remove” leaves nothing', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.goto('/about/');
  await control(page).getByRole('button', { name: 'Keep this guide on this device' }).click();
  await expect(control(page).getByRole('status')).toHaveText(
    /^Available offline, updated \d{1,2} \w+ \d{4} \(\d+\.\d MB on this device\)\.$/,
    {
      timeout: 60_000,
    },
  );
  await expect(control(page).getByRole('status')).toBeFocused();
  const saved = await page.evaluate(async () => (await caches.keys()).length);
  expect(saved, 'one cache, for this version').toBe(1);

  await context.setOffline(true);
  await test.step('the network is really cut: a page that is not in the copy fails', async () => {
    // In a page of its own: the failed navigation leaves its tab on Chromium's error page.
    const probe = await context.newPage();
    await expect(probe.goto('/no-such-page/')).rejects.toThrow();
    await probe.close();
  });

  await test.step('ten pages', async () => {
    for (const path of PAGES) {
      const response = await page.goto(path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1').first(), path).toBeVisible();
    }
  });

  await test.step('tool paths, answered one question at a time', async () => {
    for (const tool of TOOLS) {
      for (const path of tool.paths) {
        await page.goto(`/tools/${tool.id}/`);
        await expect(page.locator('decision-tool[data-enhanced]')).toBeAttached();
        for (const a of path.answers) await page.locator(`[data-node="${a.node}"] [data-option="${a.value}"]`).click();
        await expect(page.locator(`[data-node="${path.outcome}"]`), `${tool.id}: ${path.outcome}`).toBeVisible();
      }
    }
  });

  await test.step('a search', async () => {
    await page.goto('/');
    await page.locator('#header-search-input').fill('subpoena');
    await expect(page.locator('#header-search-results .search-list')).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('#header-search-results [role="status"]')).toContainText('match');
    await expect(page.locator('#header-search-results .search-list > li > a').first()).toHaveAttribute('href', /^\//);
  });

  await context.setOffline(false);
  await page.goto('/about/');
  await control(page).getByRole('button', { name: 'Remove the offline copy' }).click();
  await expect(control(page).getByRole('status')).toHaveText('The offline copy is removed from this device.');
  await expect(control(page).getByRole('button', { name: 'Keep this guide on this device' })).toBeFocused();
  expect(await storedState(page)).toEqual(NOTHING_STORED);
  await page.reload();
  expect(await storedState(page), 'after a reload').toEqual(NOTHING_STORED);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the About page says an offline copy needs JavaScript, and the footer links to it', async ({ page }) => {
    await page.goto('/situations/family-member-calls/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Keep this guide on this device' }).click();
    await expect(page).toHaveURL(/\/about\/#keep-this-guide-on-this-device$/);
    await expect(control(page)).toContainText('Keeping an offline copy needs JavaScript');
    await expect(control(page).getByRole('button')).toHaveCount(0);
  });
});

test('the web app manifest names the guide and starts at its home page', async ({ page, request }) => {
  await page.goto('/');
  const link = await page.locator('link[rel="manifest"]').getAttribute('href');
  const app = (await (await request.get(link!)).json()) as {
    name: string;
    start_url: string;
    scope: string;
    display: string;
    icons: unknown[];
  };
  expect(app).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
  expect(app.name.length).toBeGreaterThan(0);
  expect(app.icons.length).toBeGreaterThan(0);
});
