/**
 * One registry of the site's own pages (src/core/site-pages.ts) and the build agree: each page
 * in it is built, the header, phone menu and footer link each where the registry says, the
 * sitemap lists every page a search engine may index and nothing else, and the build's link check
 * finds every link whole. (tests/e2e/urls.spec.ts holds the address manifest to the build.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadSite } from '../../src/config/load-site.ts';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { SITE_PAGES } from '../../src/core/site-pages.ts';
import { checkLinks } from '../../src/integrations/links.ts';
import { builtPages, DIST } from './site.ts';

const base = loadSite(CONTENT_DIR).base;
const html = (page: string) => readFileSync(join(DIST, page, 'index.html'), 'utf8');
const hasPractice = existsSync(join(DIST, 'practice', 'index.html'));
const registry = SITE_PAGES.filter((p) => p.when !== 'practice' || hasPractice);
const address = (path: string) => `/${path ? `${path}/` : ''}`;

test('every page of the registry is built', () => {
  const pages = builtPages();
  expect(registry.map((p) => address(p.path)).filter((a) => !pages.includes(a))).toEqual([]);
});

test('the header, the phone menu and the footer link the registry’s pages where it says', () => {
  const home = html('');
  const links = (selector: RegExp) => [...(home.match(selector)?.[0] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
  const sections = links(/<nav class="container site-nav"[\s\S]*?<\/nav>/);
  const menu = links(/<nav class="site-menu__nav"[\s\S]*?<\/nav>/);
  const footer = links(/<nav aria-label="Footer"[\s\S]*?<\/nav>/);
  for (const page of registry) {
    const at = address(page.path);
    expect(sections.includes(at), `${at} in the header`).toBe(page.nav === 'header');
    expect(menu.includes(at), `${at} in the phone menu`).toBe(page.nav === 'header' || page.nav === 'menu');
    expect(footer.includes(at), `${at} in the footer`).toBe(page.nav === 'menu' || page.nav === 'footer');
  }
});

test('the sitemap lists every page a search engine may index, and only built pages', () => {
  const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>[a-z]+:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]!);
  const indexable = builtPages().filter((page) => page !== '/404.html' && !/<meta name="robots" content="noindex/.test(html(page)));
  expect(
    indexable.filter((page) => !listed.includes(page)),
    'indexable pages missing from the sitemap',
  ).toEqual([]);
  expect(
    listed.filter((page) => !indexable.includes(page)),
    'sitemap entries that are not indexable built pages',
  ).toEqual([]);
  for (const page of registry) expect(listed.includes(address(page.path)), `${address(page.path)} in the sitemap`).toBe(page.sitemap);
});

test('the build’s link check finds every internal link and anchor whole', () => {
  expect(checkLinks(DIST, base)).toEqual([]);
});
