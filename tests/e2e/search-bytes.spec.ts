/**
 * What a reader's first search costs: everything fetched from the moment the search box gets
 * focus (the panel, Pagefind, its index files, the search words, the pages shown) until the first
 * results are on screen, for typical queries typed key by key. Bytes are the response bodies as
 * sent: text brotli-compressed by the test server as a static host would, Pagefind's index files
 * already compressed. Headers are left out: hosts send them over HTTP/2, which compresses the
 * repeated ones to a few bytes. Timings belong in `npm run bench`; bytes are a test.
 */
import { expect, test, type Page } from '@playwright/test';

const BUDGET = 150 * 1024;

async function firstSearch(page: Page, query: string): Promise<{ bytes: number; requests: number }> {
  await page.goto('/', { waitUntil: 'networkidle' });
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize)));
  const input = page.locator('#header-search-input');
  await input.focus();
  await input.pressSequentially(query, { delay: 40 });
  await expect(page.locator('#header-search-results .search-list > li').first()).toBeVisible();
  await expect(page.locator('#header-search-results .search-list')).toHaveAttribute('aria-busy', 'false');
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(sizes);
  return { bytes: all.reduce((a, b) => a + b, 0), requests: all.length };
}

for (const query of ['can I tell his mom', 'mandatory report']) {
  test(`a first search for “${query}” fetches at most 150 KB`, async ({ page }, info) => {
    const { bytes, requests } = await firstSearch(page, query);
    const measured = `“${query}”: ${(bytes / 1024).toFixed(1)} KB in ${requests} requests`;
    info.annotations.push({ type: 'measured', description: measured });
    console.log(measured);
    expect(bytes, measured).toBeLessThanOrEqual(BUDGET);
  });
}
