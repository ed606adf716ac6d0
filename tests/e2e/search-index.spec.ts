/**
 * The search index of the build (dist/pagefind): what Pagefind stores as each page's text is the
 * page's content only, so no excerpt can show an alias list, the "depends on where you work"
 * disclaimer, hidden "Link to the section" text, breadcrumbs, "On this page" or a tool's chrome;
 * titles, other names and summaries are metadata, so they still match.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readFragments } from '../../src/integrations/search-data.ts';
import { ENGINE_PAGE_WORDS } from '../../src/content/vocabulary.ts';
import { words } from '../../src/search/words.ts';
import { loadSite } from '../../src/config/load-site.ts';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { DIST } from './site.ts';

const fragments = readFragments(join(DIST, 'pagefind'));
const site = loadSite(CONTENT_DIR);

test('the index holds the guidance pages, the tools, the glossary, and the trainers’ pages', () => {
  const urls = fragments.map((f) => f.url);
  expect(urls).toEqual(
    expect.arrayContaining(['/principles/consent/', '/tools/may-i-share/', '/glossary/', '/for-trainers/', '/handouts/']),
  );
  expect(urls.length).toBeGreaterThan(60);
});

test('no page’s indexed text contains an alias list, the disclaimer, hidden link text or page chrome', () => {
  const disclaimer = site.jurisdiction.note.replace(/\s+/g, ' ').slice(0, 60);
  const noise = [
    'Also called',
    'Link to the section',
    disclaimer,
    'This depends on where you work',
    'On this page',
    'Baseline guidance',
    'Start again',
    'Printed from',
    'Still unsure?',
  ];
  const found = fragments.flatMap((f) => noise.filter((n) => f.content.includes(n)).map((n) => `${f.url}: “${n}”`));
  expect(found).toEqual([]);
});

test('titles, other names and summaries are metadata, so they still match', () => {
  const consent = fragments.find((f) => f.url === '/principles/consent/');
  expect(consent?.meta.title).toBe('Consent and release of information (ROI)');
  expect(consent?.meta.aliases).toContain('release form');
  expect(consent?.meta.summary).toMatch(/^Good consent is informed/);
  // Names most pages carry ("HIPAA") would lift them all alike, so they are not weighted.
  expect(consent?.meta.aliases?.split(', ')).not.toContain('HIPAA');
  const glossary = fragments.find((f) => f.url === '/glossary/');
  expect(glossary?.meta.terms?.toLowerCase()).toContain('need to know');
});

test('the search words file lists the index’s words, the thesaurus and the crisis lines', () => {
  const data = JSON.parse(readFileSync(join(DIST, 'pagefind', 'guide-search.json'), 'utf8')) as {
    pages: number;
    words: string[];
    thesaurus: [string, string[]][];
    lines: { contact: string; tel?: string }[];
  };
  expect(data.pages).toBe(fragments.length);
  expect(data.words).toEqual(expect.arrayContaining(['subpoena', 'confidentiality', 'overdose']));
  expect(data.thesaurus).toEqual(expect.arrayContaining([['kid', ['child']]]));
  expect(data.lines.map((l) => l.tel)).toEqual(site.contacts.crisis_lines.map((l) => /\d+/.exec(l.contact)?.[0]));
  // The thesaurus check counts these words as the engine's own pages' (src/content/vocabulary.ts).
  expect(words(ENGINE_PAGE_WORDS).filter((w) => !data.words.includes(w))).toEqual([]);
});
