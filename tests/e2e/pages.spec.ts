/**
 * Every built page: it loads, sends nothing to another origin, stores nothing about its reader,
 * logs no errors, and axe finds no WCAG 2.2 A or AA problem, in light and in dark. On a phone
 * (375x740) its first screen has the crisis line, and a guidance page's answer (issue 14).
 */
import { expect, test, type Page } from '@playwright/test';
import { loadSite } from '../../src/config/load-site.ts';
import { telHref } from '../../src/config/site-schema.ts';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { SECTIONS } from '../../src/core/sections.ts';
import { axeInBothSchemes, builtPages, NOTHING_STORED, storedState, watch } from './site.ts';

const pages = builtPages();
const tels = loadSite(CONTENT_DIR).contacts.crisis_lines.flatMap((line) => (line.phone ? [telHref(line.phone)] : []));
const guidance = new RegExp(`^/(${SECTIONS.map((s) => s.id).join('|')})/[^/]+/$`);

/** What of the crisis line and of a guidance page's answer is outside the first screen of a phone. */
async function firstScreen(page: Page, path: string): Promise<string[]> {
  await page.setViewportSize({ width: 375, height: 740 });
  return page.evaluate(
    ({ tels, isGuidance }) => {
      scrollTo(0, 0);
      const problems: string[] = [];
      const inside = (el: Element | null | undefined) => {
        const r = el?.getBoundingClientRect();
        return !!r && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
      };
      for (const tel of tels) if (!inside(document.querySelector(`.crisis-bar a[href="${tel}"]`))) problems.push(`the ${tel} link`);
      if (isGuidance) {
        // The answer: the short answer where the page has one, a script's first section, or else the start of its
        // text, with room for its first two lines (about 27 px each); and its heading, when it opens with one.
        const first = ".short-answer, section[aria-labelledby='when-to-use'], .page-text > *";
        const start = document.querySelector(`article :is(${first})`)?.getBoundingClientRect();
        if (!start || start.top < 0 || start.top > innerHeight - 54) problems.push('the start of the answer');
        const heading = document.querySelector(
          'article :is(.short-answer h2, #when-to-use, .page-text > h2:first-child, .page-text > .heading:first-child h2)',
        );
        if (heading && !inside(heading)) problems.push(`the first heading “${heading.textContent}”`);
      }
      return problems;
    },
    { tels, isGuidance: guidance.test(path) },
  );
}

test('the build has every kind of page', () => {
  expect(pages).toEqual(
    expect.arrayContaining(['/', '/a-z/', '/about/', '/search/', '/404.html', '/principles/', '/tools/', '/tools/may-i-share/']),
  );
  expect(pages.length).toBeGreaterThan(40);
});

for (const path of pages) {
  test(`${path} is private, error-free, fits 320 px and passes axe in light and dark`, async ({ page }) => {
    const seen = watch(page);
    const response = await page.goto(path);
    expect(response?.status(), 'status').toBe(200);
    expect(await axeInBothSchemes(page)).toEqual([]);
    expect(await firstScreen(page, path), 'outside the first screen of a phone').toEqual([]);
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
