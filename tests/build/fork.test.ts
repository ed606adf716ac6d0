/**
 * The fixture fork (tests/fixtures/fork) built over the real baseline: it shows the organization's
 * name, colour, logo, contacts, policy pages, replaced page, tree and outcome changes and its
 * stricter rule, under its base path, and not the page it hides; and its review interval, judged
 * on a fixed day (GUIDE_TODAY). One real build (a few seconds), and one page in Chromium for the colours and logo.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/content/check-content.ts';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser.ts';
import { buildEnv, forkOverBaseline, ROOT } from '../helpers/fork-site.ts';

const fork = forkOverBaseline();
/** Seven months after records-requests was reviewed: past the fork's six-month interval, within the baseline's twelve. */
const TODAY = '2027-01-15';
const out = join(fork.dir, 'dist');
let log = '';
/** A built page's HTML, with the apostrophes Astro escapes put back. */
const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8').replaceAll('&#39;', "'");

beforeAll(() => {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], {
    cwd: ROOT,
    env: buildEnv({ GUIDE_CONTENT_DIR: fork.dir, GUIDE_TODAY: TODAY }),
    encoding: 'utf8',
  });
  log = run.stdout + run.stderr;
  if (run.status !== 0) throw new Error(`the fork did not build:\n${log}`);
}, 120_000);
afterAll(() => fork.cleanup());

describe('a fork built over the baseline', () => {
  it('ships its own search words with the baseline’s, and search addresses under its base path', () => {
    const data = JSON.parse(readFileSync(join(out, 'pagefind', 'guide-search.json'), 'utf8')) as {
      thesaurus: [string, string[]][];
      safety?: string;
      sections: { url: string }[];
    };
    expect(data.thesaurus).toContainEqual(['records office', ['records request']]);
    expect(data.thesaurus).toContainEqual(['kid', ['child']]);
    expect(data.safety).toBe('/riverside/tools/worried-about-safety/');
    expect(data.sections.every((s) => s.url.startsWith('/riverside/'))).toBe(true);
  });

  it('shows the organization’s name, logo and footer link, under its base path', () => {
    const home = html('');
    expect(home).toContain('Riverside Peer Center Confidentiality Guide');
    expect(home).toMatch(/<img class="site-logo" src="\/riverside\/org-logo\.svg"/);
    expect(existsSync(join(out, 'org-logo.svg'))).toBe(true);
    expect(home).toContain('href="https://riverside-peer.example.org"');
    expect(home).toContain('href="/riverside/principles/"');
    expect(home).not.toMatch(/href="\/principles\//);
  });

  it('shows its accent colour and logo in the header, in Chromium: its light accent in light mode, its dark accent in dark mode', async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      // The built files, served at the fork's base path without a server.
      await page.route('http://fork.test/**', (route) => {
        const path = decodeURIComponent(new URL(route.request().url()).pathname).replace(/^\/riverside\//, '');
        const file = join(out, path, extname(path) ? '' : 'index.html');
        return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
      });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto('http://fork.test/riverside/');
      const header = page.locator('.site-header');
      expect(await header.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(91, 42, 134)'); // #5b2a86
      const logo = header.locator('img.site-logo');
      await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      expect((await logo.boundingBox())?.height).toBeGreaterThan(0);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await header.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(201, 166, 239)'); // #c9a6ef
    } finally {
      await browser.close();
    }
  });

  it('gives its own review date and the main project’s (from content/guide/project.yaml) on the About page, and its own address for mistakes', () => {
    const about = html('about');
    const baseline = parse(readFileSync(join(ROOT, 'content', 'guide', 'project.yaml'), 'utf8')) as { reviewed: string };
    expect(about).toMatch(
      new RegExp(
        `The guide as a whole was reviewed on <time datetime="2026-11-20">20 November 2026</time>\\s*\\(the baseline guidance it builds on, by the main project, on\\s*<time datetime="${baseline.reviewed}">`,
      ),
    );
    expect(about).toContain('href="mailto:privacy@riverside-peer.example.org"');
  });

  it('publishes its policy pages, with its contacts filled in by the page components', () => {
    const policy = html('policies/texting-policy');
    expect(policy).toContain("Your organization's policy");
    expect(policy).toContain('At Riverside Peer Center, use only the work phone');
    expect(policy).toContain('Ask your shift lead first');
    expect(policy).toContain('mailto:privacy@riverside-peer.example.org');
    expect(html('policies/records-requests')).toContain('988 Suicide &amp; Crisis Lifeline');
    expect(html('policies')).toContain('Requests for records');
  });

  it('replaces a baseline page at the same address, and marks baseline pages as such', () => {
    const replaced = html('situations/family-member-calls');
    expect(replaced).toContain('At Riverside we share nothing with family');
    expect(replaced).toContain("Your organization's policy");
    expect(html('situations/unknown-caller')).toContain('Baseline guidance');
  });

  it('leaves out the hidden page everywhere, and turns links to it into text', () => {
    expect(existsSync(join(out, 'situations', 'reporter-calls'))).toBe(false);
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).not.toContain('reporter-calls');
    expect(html('a-z')).not.toContain('reporter-calls');
    expect(html('principles/after-a-person-dies')).not.toContain('reporter-calls/"');
    expect(log).toContain('reporter-calls');
  });

  it('applies its tree and outcome changes, with the organization’s contact in the outcome', () => {
    const tool = html('tools/may-i-share');
    expect(tool).toContain('At Riverside, also tell your shift lead at once.');
    expect(tool).toContain("Call Riverside's privacy officer, Dana Okafor, at (503) 555-0142 the same day.");
  });

  it('marks a page past the organization’s review interval as due for review, beside its review date, and warns in the build', () => {
    const due = html('policies/records-requests');
    expect(due).toMatch(
      /Last reviewed <time datetime="2026-05-04">4 May 2026<\/time>\. This page is not legal advice\.\s*<\/p>\s*<p class="review-due"/,
    );
    expect(due).toContain('<strong>Due for review:</strong> this page was last checked more than 6 months ago.');
    expect(html('policies/texting-policy')).not.toContain('Due for review');
    expect(html('situations/unknown-caller')).not.toContain('Due for review');
    expect(log).toContain('The page was last reviewed on 2026-05-04, more than 6 months ago');
  });

  it('lists its own rule change on the What changed page, newest first and marked as its own, beside the baseline’s', () => {
    const page = html('what-changed');
    const ids = [...page.matchAll(/<h2 id="([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual([
      'riverside-texting-2026',
      'reproductive-health-rule-vacated',
      'part2-2024-final-rule',
      'telehealth-enforcement-ended',
    ]);
    expect(page).toMatch(/<dt>Added by<\/dt>\s*<dd>Your organization<\/dd>/);
    expect(page).toContain('href="/riverside/policies/texting-policy/"');
    expect(html('')).toContain('href="/riverside/what-changed/"');
  });

  it('notes the rule change on the pages it affects, linking to it under the base path', () => {
    const policy = html('policies/texting-policy');
    expect(policy).toContain('Our texting policy now allows the work phone only, 1 September 2026.');
    expect(policy).toContain('href="/riverside/what-changed/#riverside-texting-2026"');
    expect(html('principles/consent')).toContain("Part 2's 2024 final rule, compliance from 16 February 2026.");
  });

  it('applies its stricter rule: sharing with family now says ask, in its own words, in every tool', () => {
    for (const tree of ['may-i-share', 'someone-is-asking']) {
      const family = /<section id="share-with-family"[^>]*>/.exec(html(`tools/${tree}`))?.[0];
      expect(family, tree).toContain('data-verdict="ask"');
    }
    expect(html('tools/may-i-share')).toContain("Ask Riverside's privacy officer first");
  });

  it('leaves the baseline untouched: the same content checked without the fork has every baseline page and no organization page', () => {
    const baseline = checkContent(join(ROOT, 'content'));
    expect(baseline.problems).toEqual([]);
    expect(baseline.pages.every((p) => p.origin === 'baseline')).toBe(true);
    expect(baseline.pages.map((p) => p.ref)).toContain('situations/reporter-calls');
  });
});
