/** Helpers for the browser tests: the built pages, and watching what a page sends. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every HTML page in the build, as a path from the site root (404 included; redirect pages are tested in urls.spec.ts). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html') && !readFileSync(path, 'utf8').includes('http-equiv="refresh"')) {
        const rel = relative(DIST, path).replace(/index\.html$/, '');
        pages.push(`/${rel}`);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

export interface Watch {
  /** Requests to any origin other than the site's own. */
  foreign: string[];
  /** Every URL requested. */
  requested: string[];
  consoleErrors: string[];
  failed: string[];
}

export function watch(page: Page): Watch {
  const w: Watch = { foreign: [], requested: [], consoleErrors: [], failed: [] };
  page.on('request', (request) => {
    const url = request.url();
    w.requested.push(url);
    if (!url.startsWith('http://127.0.0.1:') && !url.startsWith('data:') && !url.startsWith('blob:')) w.foreign.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') w.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => w.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => w.failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  return w;
}

/** Anything the page stored about its reader, and any service worker or Cache Storage (there only when the reader asks for an offline copy). */
export async function storedState(
  page: Page,
): Promise<{ cookies: number; local: number; session: number; idb: number; caches: number; workers: number }> {
  const cookies = (await page.context().cookies()).length;
  const storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  return { cookies, ...storage };
}

export const NOTHING_STORED = { cookies: 0, local: 0, session: 0, idb: 0, caches: 0, workers: 0 };

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** What axe finds against WCAG 2.2 A and AA on the page as shown, in light and then in dark: `scheme: rule: where` lines. */
export async function axeInBothSchemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    found.push(...results.violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  }
  return found;
}
