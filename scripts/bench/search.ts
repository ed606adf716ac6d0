/**
 * Search's cost on the built site: what a first query fetches (from the focus on the box to its
 * first results) and how long results take after the last key once search has loaded. Timings
 * belong in a bench, never a test; `npm run bench` includes this, `npm run bench:search` runs it
 * alone and refreshes only the Search section of docs/benchmarks.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { parse } from 'yaml';
import { PAUSE_MS } from '../../src/search/search-ui.ts';
import { kb, median, ROOT, weigh, type Weight } from './measure.ts';

export interface FirstQuery {
  query: string;
  /** From the last key to the first results, in a fresh page. */
  ms: number;
  requests: number;
  raw: number;
  /** As a static host sends it: brotli for text and WebAssembly; Pagefind's index files are already compressed. */
  sent: number;
}

export interface SearchBench {
  first: FirstQuery[];
  /** Once loaded: from the last key to the first results, for queries from tests/search/queries.yaml. */
  latencies: { query: string; ms: number }[];
}

const PAUSE_BETWEEN_KEYS = 40;

async function typeAndTime(page: Page, query: string): Promise<number> {
  const input = page.locator('#header-search-input');
  await input.fill('');
  await input.pressSequentially(query.slice(0, -1), { delay: PAUSE_BETWEEN_KEYS });
  const armed = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('#header-search-input')!;
        const list = document.querySelector('#header-search-results .search-list')!;
        input.addEventListener(
          'keydown',
          () => {
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (list.getAttribute('aria-busy') === 'false') {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
          },
          { once: true },
        );
      }),
  );
  await page.waitForTimeout(50);
  await input.press(query.slice(-1));
  return armed;
}

async function firstQuery(browser: Browser, origin: string, query: string): Promise<FirstQuery> {
  const page = await browser.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  const bodies: Promise<Weight & { compressed: boolean }>[] = [];
  page.on('response', (r) => {
    const compressed = /\.pf_(index|fragment|filter|meta)$/.test(new URL(r.url()).pathname);
    bodies.push(r.body().then((b) => ({ ...weigh(b), compressed })));
  });
  await page.locator('#header-search-input').focus();
  await page.locator('#header-search-results .search-list').waitFor({ state: 'attached' });
  const ms = await typeAndTime(page, query);
  await page.waitForLoadState('networkidle');
  const weights = await Promise.all(bodies);
  await page.close();
  return {
    query,
    ms,
    requests: weights.length,
    raw: weights.reduce((n, w) => n + w.raw, 0),
    sent: weights.reduce((n, w) => n + (w.compressed ? w.raw : w.brotli), 0),
  };
}

export async function benchSearch(browser: Browser, origin: string): Promise<SearchBench> {
  const first = [await firstQuery(browser, origin, 'subpoena'), await firstQuery(browser, origin, 'client died sister wants to know')];
  const cases = parse(readFileSync(join(ROOT, 'tests', 'search', 'queries.yaml'), 'utf8')) as { q: string | number }[];
  const sample = cases.filter((_, i) => i % 10 === 0).map((c) => String(c.q));
  const page = await browser.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await typeAndTime(page, 'family'); // load search
  const latencies: { query: string; ms: number }[] = [];
  for (const query of sample) latencies.push({ query, ms: await typeAndTime(page, query) });
  await page.close();
  return { first, latencies };
}

export function searchSection({ first, latencies }: SearchBench): string {
  const ms = latencies.map((l) => l.ms);
  const slowest = latencies.reduce((a, b) => (b.ms > a.ms ? b : a));
  return `## Search

A first query on a fresh page: the search box gets focus (which starts loading the panel, Pagefind and its words), then the query is typed key by key (${PAUSE_BETWEEN_KEYS} ms apart). Time is from the last key to the first results on screen; bytes are everything fetched from the focus on.

| first query | first results after the last key | requests | fetched (raw) | sent (brotli, as a static host would) |
| --- | --- | --- | --- | --- |
${first.map((f) => `| “${f.query}” | ${f.ms.toFixed(0)} ms | ${f.requests} | ${kb(f.raw)} | ${kb(f.sent)} |`).join('\n')}

Once search has loaded, ${latencies.length} queries from tests/search/queries.yaml (every tenth), typed key by key: first results a median of ${median(ms).toFixed(0)} ms after the last key, the slowest ${slowest.ms.toFixed(0)} ms (“${slowest.query}”). This includes the ${PAUSE_MS} ms pause the panel waits for the next key.
`;
}
