/**
 * The query set (tests/search/queries.yaml): natural queries in specialists' words, typed into the
 * search page of the built site one after another in one browser page. A right page must be in
 * the first three results for at least 95% of them, every query must find something without
 * being told the guide has no page on it, and the crisis lines must open the results when a query
 * is marked `crisis`. A failure lists the misses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

interface Case {
  q: string | number;
  pages: string[];
  type: 'sentence' | 'phrase' | 'word' | 'typo';
  meant?: string;
  crisis?: boolean;
}

const CASES = parse(readFileSync(join(import.meta.dirname, '..', 'search', 'queries.yaml'), 'utf8')) as Case[];
const TARGET = 0.95;

test('the query set is large and natural: at least 120 queries, 30 whole sentences and 10 typos', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(120);
  const sentences = CASES.filter((c) => c.type === 'sentence');
  expect(sentences.filter((c) => String(c.q).split(/\s+/).length >= 4).length).toBeGreaterThanOrEqual(30);
  const typos = CASES.filter((c) => c.type === 'typo');
  expect(typos.filter((c) => c.meant && !String(c.q).toLowerCase().includes(c.meant.toLowerCase())).length).toBeGreaterThanOrEqual(10);
  expect(new Set(CASES.map((c) => String(c.q))).size, 'no query twice').toBe(CASES.length);
});

test(`natural queries find a right page in the first three results (at least ${TARGET * 100}%)`, async ({ page }, info) => {
  test.setTimeout(240_000);
  await page.goto('/search/');
  const input = page.locator('#page-search-input');
  const list = page.locator('#page-search-results .search-list');
  const misses: string[] = [];
  const empty: string[] = [];
  const crisis: string[] = [];
  const denied: string[] = [];
  for (const c of CASES) {
    const query = String(c.q);
    await input.fill(query);
    await expect(list).toHaveAttribute('aria-busy', 'false');
    const top = await list.locator(':scope > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const shown = await page.locator('#page-search-results .search-crisis').count();
    if ((await page.locator('#page-search-results [role="status"]').textContent())?.includes('no page on that')) denied.push(query);
    const wanted = c.pages.map((p) => `/${p}/`);
    if (!top.length) empty.push(query);
    else if (!top.slice(0, 3).some((href) => wanted.includes(href)))
      misses.push(`“${query}” → ${top.slice(0, 3).join(', ')} (wanted ${wanted.join(' or ')})`);
    if (c.crisis !== undefined && Boolean(shown) !== c.crisis) crisis.push(`“${query}”: crisis lines ${shown ? 'shown' : 'missing'}`);
  }
  const found = CASES.length - misses.length - empty.length;
  const measured = `${found}/${CASES.length} queries (${((100 * found) / CASES.length).toFixed(1)}%) have a right page in the first three`;
  info.annotations.push({ type: 'measured', description: measured });
  console.log(`${measured}${misses.length ? `; missed:\n  ${misses.join('\n  ')}` : ''}`);
  expect(empty, 'queries that found nothing').toEqual([]);
  expect(crisis, 'crisis lines').toEqual([]);
  expect(denied, 'answerable queries told “no page on that yet”').toEqual([]);
  expect(found / CASES.length, `${measured}; missed:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(TARGET);
});
