/**
 * Search through the real search box: loaded on focus, sentences that find pages through some of
 * their words, crisis lines first, an honest "no page on that yet", whole-word acronyms, "Show
 * more", filters on the search page only, and the query kept out of the address and storage.
 * The query set is in search-quality.spec.ts; the index itself in search-index.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeInBothSchemes, NOTHING_STORED, storedState, watch } from './site.ts';

/** Types a query into a search box and waits until its results are shown. */
async function search(page: Page, id: string, query: string) {
  await page.locator(`#${id}-input`).fill(query);
  await expect(page.locator(`#${id}-results .search-list`)).toHaveAttribute('aria-busy', 'false');
  return {
    status: page.locator(`#${id}-results [role="status"]`),
    links: page.locator(`#${id}-results .search-list > li > a`),
    panel: page.locator(`#${id}-results`),
  };
}

test('the search code and index start loading when the box gets focus, before the first key', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/principles/consent/');
  await expect(page.locator('#header-search-input')).toBeVisible();
  expect(seen.requested.filter((u) => u.includes('/pagefind/') || u.includes('search-ui'))).toEqual([]);
  await page.locator('#header-search-input').focus();
  for (const file of ['/pagefind/pagefind.js', '/pagefind/guide-search.json', '.pagefind']) {
    await expect.poll(() => seen.requested.some((u) => u.includes(file)), file).toBe(true);
  }
});

test('an alias finds its page: “ROI” puts the consent page first, and the query stays out of the address and storage', async ({ page }) => {
  await page.goto('/');
  const { links, status } = await search(page, 'header-search', 'ROI');
  await expect(status).toContainText('match');
  await expect(links.first()).toHaveAttribute('href', '/principles/consent/');
  await page.locator('#header-search-input').press('Enter');
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe('');
  expect(await storedState(page)).toEqual(NOTHING_STORED);
});

test('a sentence finds pages through some of its words, and says so', async ({ page }) => {
  await page.goto('/search/');
  const { links, status, panel } = await search(page, 'page-search', 'client died sister wants to know');
  await expect(status).toHaveText(/No page has all your words; these \d+ pages match some of them\.|have all your words/);
  await expect(links.first()).toHaveAttribute('href', /person-has-died|after-a-person-dies|questions-after-a-death/);
  await expect(panel.locator('.search-note')).toContainText('death');
});

test('a query that suggests danger opens with tap-to-call crisis lines and the safety tool, before any result', async ({ page }) => {
  await page.goto('/situations/texting/');
  const { status, panel } = await search(page, 'header-search', 'wants to kill herself tonight');
  await expect(status).toContainText('Crisis lines are shown first.');
  const crisis = panel.locator('.search-crisis');
  await expect(crisis.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  await expect(crisis.getByRole('link', { name: 'Call or text 988' })).toHaveAttribute('href', 'tel:988');
  await expect(crisis.getByRole('link', { name: /Worried about safety/ })).toHaveAttribute('href', '/tools/worried-about-safety/');
  const first = await panel.evaluate(
    (p) => [...p.querySelectorAll('.search-crisis, .search-list > li')].map((e) => e.className || 'result')[0],
  );
  expect(first).toBe('search-crisis');
  // No crisis panel for an everyday question.
  await search(page, 'header-search', 'family called');
  await expect(panel.locator('.search-crisis')).toHaveCount(0);
});

test('when the guide has no page on a topic it says so, offers the sections and a way to report the gap', async ({ page }) => {
  await page.goto('/search/');
  let { status, links, panel } = await search(page, 'page-search', 'astronomy');
  await expect(status).toHaveText('This guide has no page on that yet.');
  await expect(links).toHaveCount(0);
  const notice = panel.locator('.search-notice');
  await expect(notice.getByRole('link', { name: 'Tell us what you were looking for' })).toBeVisible();
  await expect(notice.getByRole('link', { name: 'A–Z index' })).toHaveAttribute('href', '/a-z/');
  // A word that pages only mention in passing: the closest sections, labelled as such.
  ({ status, links, panel } = await search(page, 'page-search', 'tax return'));
  await expect(status).toContainText('This guide has no page on that yet.');
  await expect(panel.locator('.search-notice')).toContainText('The closest sections are below: they mention some of your words');
  expect(await links.count()).toBeGreaterThan(0);
});

test('short words and acronyms match whole words: “VA” never finds “varies”, “AI” never finds “aid”', async ({ page }) => {
  await page.goto('/search/');
  for (const query of ['VA', 'AI']) {
    const { panel } = await search(page, 'page-search', query);
    const marked = await panel.locator('.search-list mark').allTextContents();
    expect(
      marked.filter((m) => m.toLowerCase() !== query.toLowerCase()),
      query,
    ).toEqual([]);
  }
});

test('“Show more” lists the next five results and moves focus to the first of them', async ({ page }) => {
  await page.goto('/search/');
  const { links, panel } = await search(page, 'page-search', 'family');
  await expect(links).toHaveCount(5);
  const more = panel.getByRole('button', { name: /Show 5 more \(5 of \d+ shown\)/ });
  await more.click();
  await expect(links).toHaveCount(10);
  await expect(links.nth(5)).toBeFocused();
});

test('results show the kind; the kind filter narrows them, on the search page only', async ({ page }) => {
  await page.goto('/search/');
  await search(page, 'page-search', 'family');
  const kinds = page.locator('#page-search-results .search-kind');
  await expect(kinds.first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Script' }).check();
  await expect(page.locator('#page-search-results [role="status"]')).toContainText('match');
  await expect.poll(async () => new Set(await kinds.allTextContents())).toEqual(new Set(['Script']));
  await page.goto('/');
  await search(page, 'header-search', 'family');
  await expect(page.locator('#header-search-results .search-filters')).toHaveCount(0);
});

test('results list matching sections of a page under it', async ({ page }) => {
  await page.goto('/search/');
  await search(page, 'page-search', 'subpoena');
  await expect(page.locator('#page-search-results .search-list > li ul a').first()).toHaveAttribute('href', /#/);
});

test('the results panel, crisis lines and “no page” notice pass axe in light and dark, and fit 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/search/');
  for (const query of ['overdose what did he take', 'astronomy']) {
    await search(page, 'page-search', query);
    expect(await axeInBothSchemes(page), query).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, query).toBeLessThanOrEqual(0);
  }
});

test('when search cannot load, the panel says so and points to the A–Z index', async ({ page }) => {
  await page.route('**/pagefind/guide-search.json', (route) => route.abort());
  await page.goto('/search/');
  const { status } = await search(page, 'page-search', 'family');
  await expect(status).toHaveText(/Search could not load\..*A–Z index/);
});
