/**
 * Every built page: it loads, sends nothing to another origin, stores nothing about its reader,
 * logs no errors, and axe finds no WCAG 2.2 A or AA problem, in light and in dark.
 */
import { expect, test } from '@playwright/test';
import { axeInBothSchemes, builtPages, NOTHING_STORED, storedState, watch } from './site.ts';

const pages = builtPages();

test('the build has every kind of page', () => {
  expect(pages).toEqual(
    expect.arrayContaining(['/', '/a-z/', '/about/', '/search/', '/404.html', '/principles/', '/flowcharts/', '/tools/may-i-share/']),
  );
  expect(pages.length).toBeGreaterThan(40);
});

for (const path of pages) {
  test(`${path} is private, error-free, fits 320 px and passes axe in light and dark`, async ({ page }) => {
    const seen = watch(page);
    const response = await page.goto(path);
    expect(response?.status(), 'status').toBe(200);
    expect(await axeInBothSchemes(page)).toEqual([]);
    // At 320 px wide nothing scrolls sideways (the flowchart scrolls inside its own box).
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
    expect(seen.foreign, 'requests to other origins').toEqual([]);
    expect(seen.consoleErrors, 'console errors').toEqual([]);
    expect(seen.failed, 'failed requests').toEqual([]);
    expect(await storedState(page)).toEqual(NOTHING_STORED);
  });
}
