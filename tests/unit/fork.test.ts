/**
 * The fixture fork (tests/fixtures/fork) built over the real baseline: it shows the organization's
 * name, colour, logo, contacts, policy pages, replaced page and tree override, under its base
 * path, and not the page it hides. One real build (a few seconds).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { buildEnv, forkOverBaseline, ROOT } from '../helpers/fork-site.ts';

const fork = forkOverBaseline();
const out = join(fork.dir, 'dist');
let log = '';
/** A built page's HTML, with the apostrophes Astro escapes put back. */
const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8').replaceAll('&#39;', "'");

beforeAll(() => {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], {
    cwd: ROOT,
    env: buildEnv({ GUIDE_CONTENT_DIR: fork.dir }),
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

  it('uses its accent colour', () => {
    expect(readFileSync(join(out, 'theme.css'), 'utf8')).toContain('--accent:#5b2a86');
    expect(html('')).toContain('href="/riverside/theme.css"');
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

  it('applies its tree override, with the organization’s contact in the outcome', () => {
    const tool = html('tools/may-i-share');
    expect(tool).toContain("Call Riverside's privacy officer, Dana Okafor, at (503) 555-0142 the same day.");
  });

  it('leaves the baseline untouched: the same content checked without the fork has every baseline page and no organization page', () => {
    const baseline = checkContent(join(ROOT, 'content'));
    expect(baseline.problems).toEqual([]);
    expect(baseline.pages.every((p) => p.origin === 'baseline')).toBe(true);
    expect(baseline.pages.map((p) => p.ref)).toContain('situations/reporter-calls');
  });
});
