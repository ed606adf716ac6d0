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

test('an alias finds its page: “ROI” puts the consent page first, and the query stays out of the address', async ({ page }) => {
  await page.goto('/');
  const input = page.locator('#header-search-input');
  await input.fill('ROI');
  const results = page.locator('#header-search-results .search-list > li > a');
  await expect(page.locator('#header-search-results [role="status"]')).toContainText('match');
  await expect(results.first()).toHaveAttribute('href', '/principles/consent/');
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

/** The words specialists type, and the page that should come up in the first three results. */
const QUERIES: [string, string][] = [
  ['ROI', '/principles/consent/'],
  ['release form', '/principles/consent/'],
  ['subpoena', '/situations/subpoena-or-court-order/'],
  ['court order', '/situations/subpoena-or-court-order/'],
  ['police', '/situations/police-at-the-door/'],
  ['cops', '/situations/police-at-the-door/'],
  ['mandated report', '/situations/child-may-be-abused/'],
  ['child abuse', '/situations/child-may-be-abused/'],
  ['elder abuse', '/situations/adult-may-be-abused/'],
  ['duty to warn', '/situations/threat-to-another-person/'],
  ['Tarasoff', '/situations/threat-to-another-person/'],
  ['suicide', '/situations/someone-in-crisis/'],
  ['Part 2', '/glossary/'],
  ['42 CFR', '/principles/layers-of-rules/'],
  ['HIPAA', '/principles/layers-of-rules/'],
  ['minimum necessary', '/principles/minimum-necessary/'],
  ['friend request', '/situations/friend-request/'],
  ['Facebook', '/scripts/friend-request/'],
  ['text message', '/situations/texting/'],
  ['mom called', '/situations/family-member-calls/'],
  ['reporter', '/situations/reporter-calls/'],
  ['died', '/situations/person-has-died/'],
  ['group agreement', '/groups/group-agreement/'],
  ['zoom', '/groups/online-groups/'],
  ['probation', '/scripts/probation-or-parole/'],
  ['self-disclosure', '/principles/your-story-and-theirs/'],
  ['keep a secret', '/situations/young-person-keep-secret/'],
  ['revoke', '/scripts/revoking-consent/'],
  ['supervisor', '/situations/asking-supervisor-for-advice/'],
  ['is she a client', '/scripts/declining-to-confirm/'],
  ['landlord letter', '/situations/letter-for-landlord-or-employer/'],
  ['grocery store', '/scripts/chance-meeting/'],
];

test(`the words specialists type find the right page in the first three results (${QUERIES.length} queries)`, async ({ page }) => {
  await page.goto('/');
  const misses: string[] = [];
  for (const [query, expected] of QUERIES) {
    const top = await page.evaluate(async (q) => {
      const url = '/pagefind/pagefind.js';
      const pagefind = (await import(url)) as {
        init(): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      };
      await pagefind.init();
      const found = await pagefind.search(q);
      return Promise.all(found.results.slice(0, 3).map(async (r) => (await r.data()).url));
    }, query);
    if (!top.includes(expected)) misses.push(`"${query}" → ${top.join(', ')} (expected ${expected})`);
  }
  expect(misses).toEqual([]);
});
