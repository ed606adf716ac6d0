/**
 * Every built page is valid HTML by html-validate's recommended, accessibility and document rules.
 * Three are relaxed in .htmlvalidate.json: `require-sri`, since every script is our own, same-origin
 * under a 'self' CSP; `valid-id`, since HTML allows an id to start with a digit and glossary terms
 * such as 42-cfr-part-2 are addresses trainers link to; and `tel-non-breaking`, which is for a bare
 * number, while our call links say what they call ("Call 988, Suicide & Crisis Lifeline"). Browsers repair invalid markup silently, each in
 * its own way (a <p> inside a <span> is moved out of it), so what a screen reader meets can differ
 * from what we wrote; and landmarks without a unique name are hard to tell apart.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, DIST } from './site.ts';

test('every built page is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(100);
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(join(DIST, page.endsWith('/') ? `${page}index.html` : page));
    for (const { messages } of report.results) {
      for (const m of messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
    }
  }
  expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
});
