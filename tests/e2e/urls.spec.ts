/**
 * Links that last: every address in tests/urls.txt still resolves in the build (as a page, a
 * redirect, or a tool step), unless the organization hid that page on purpose (site.yaml `hide`).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { MANIFEST, builtAddresses, resolves } from '../../scripts/urls.ts';
import { DIST } from './site.ts';

const manifest = readFileSync(MANIFEST, 'utf8').split('\n').filter(Boolean);
const { hidden } = checkContent(CONTENT_DIR);

test(`every one of the ${manifest.length} published addresses still works`, () => {
  const isHidden = (address: string) => hidden.has(address.split('#')[0]!.replace(/^\/|\/$/g, ''));
  const missing = manifest.filter((address) => !isHidden(address) && !resolves(DIST, address));
  expect(missing, 'addresses that disappeared: add `redirect_from` to the page that replaced them').toEqual([]);
});

test('every address of the build is in the manifest (run `npm run urls` after adding pages)', () => {
  const unlisted = builtAddresses(DIST).filter((a) => !manifest.includes(a));
  expect(unlisted).toEqual([]);
});

test('an old address redirects to the page that replaced it, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/principles/release-of-information/');
  await expect(page).toHaveURL(/\/principles\/consent\/$/);
  // The engine's own pages too: the tools were listed under /flowcharts/ until issue 14.
  await page.goto('/flowcharts/');
  await expect(page).toHaveURL(/\/tools\/$/);
  await context.close();
});

for (const javaScriptEnabled of [false, true]) {
  test(`an old tool step address opens the step that replaced it, with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    // `talk-to-supervisor-today` was the first release's outcome for a worry with no sign of imminent risk.
    await page.goto('/tools/worried-about-safety/#talk-to-supervisor-today');
    await expect(page.locator('.tool-node:visible')).toHaveCount(1);
    await expect(page.locator('.tool-node:visible')).toHaveAttribute('data-node', 'suicide-concern');
    await context.close();
  });
}
