/**
 * The corpus of broken inputs (tests/fixtures/broken/): each file has exactly one defect and says,
 * in an `expect:` comment, the words its problem must contain. Each is dropped into a copy of
 * the minimal fixture site, byte for byte (some are deliberately not UTF-8); the check must report
 * it with the file, the place and a fix, and must never throw. The full messages are pinned in the
 * snapshot, since they are product output.
 *
 * tests/fixtures/broken/files/ holds the mistakes that are about files rather than what is in
 * them (a page in the wrong folder, a link to outside the project, an SVG logo with a script):
 * each is a folder laid over the site, with a case.yaml naming the file the problem must be about,
 * the words it must contain, any symbolic links to make, and a line to add to site.yaml.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { formatProblems } from '../../src/core/problems.ts';
import { copySite, type FixtureSite } from '../helpers/fixture-site.ts';

const BROKEN = join(import.meta.dirname, '..', 'fixtures', 'broken');

interface Case {
  name: string;
  /** The broken file, or for a files/ case its folder. */
  source: string;
  /** Where the file goes in the site copy, or for a files/ case the file the problem names. */
  target: string;
  expected: string;
  files?: FilesCase;
}

interface FilesCase {
  file: string;
  expect: string;
  symlinks?: Record<string, string>;
  site_yaml_adds?: string;
}

function cases(): Case[] {
  const list: Case[] = [];
  const add = (folder: string, target: (name: string) => string) => {
    for (const name of readdirSync(join(BROKEN, folder)).sort()) {
      const source = join(BROKEN, folder, name);
      const expected = /expect: (.*?)(?: \*\/\})?$/m.exec(readFileSync(source, 'utf8'))?.[1]?.trim();
      if (!expected) throw new Error(`${folder}/${name} has no "expect:" comment`);
      list.push({ name: `${folder}/${name}`, source, target: target(name), expected });
    }
  };
  add('pages', (name) => {
    const [kind, file] = name.split('--');
    return `guide/${kind}/${file}`;
  });
  add('trees', (name) => `guide/trees/${name}`);
  add('site', () => 'site.yaml');
  add('sources', () => 'sources.yaml');
  add('glossary', () => 'guide/glossary.yaml');
  add('changes', () => 'guide/changes.yaml');
  add('synonyms', () => 'guide/synonyms.yaml');
  add('crisis-words', () => 'guide/crisis-words.yaml');
  // The practice question bank: each file is one topic, named as it would be in content/guide/practice/.
  add('practice', (name) => `guide/practice/${name}`);
  // The organization's overlay: `org/trees--x.yaml` goes to org/trees/x.yaml, `org/changes.yaml` to org/changes.yaml.
  add('org', (name) => `org/${name.replace('--', '/')}`);
  // The rules behind the tools: each file is a whole rule table or outcomes file with one defect.
  add('rules', () => 'guide/rules.yaml');
  add('outcomes', () => 'guide/outcomes.yaml');
  add('org-rules', () => 'org/rules.yaml');
  add('org-outcomes', () => 'org/outcomes.yaml');
  for (const name of readdirSync(join(BROKEN, 'files')).sort()) {
    const source = join(BROKEN, 'files', name);
    const files = parse(readFileSync(join(source, 'case.yaml'), 'utf8')) as FilesCase;
    list.push({ name: `files/${name}`, source, target: files.file, expected: files.expect, files });
  }
  return list;
}

const sites: FixtureSite[] = [];
afterAll(() => sites.forEach((s) => s.cleanup()));

function checkWith(c: Case) {
  const site = copySite();
  sites.push(site);
  if (c.files) {
    cpSync(c.source, site.dir, { recursive: true, filter: (path) => !path.endsWith('case.yaml') });
    for (const [path, target] of Object.entries(c.files.symlinks ?? {})) {
      mkdirSync(dirname(join(site.dir, path)), { recursive: true });
      symlinkSync(target, join(site.dir, path));
    }
    if (c.files.site_yaml_adds) site.write('site.yaml', `${readFileSync(join(site.dir, 'site.yaml'), 'utf8')}${c.files.site_yaml_adds}\n`);
  } else site.write(c.target, readFileSync(c.source));
  return { result: checkContent(site.dir, site.dir), site };
}

describe('the minimal fixture site', () => {
  it('has no problems, so every problem below comes from the one broken file', () => {
    const site = copySite();
    sites.push(site);
    expect(checkContent(site.dir, site.dir).problems).toEqual([]);
  });

  it('reads settings, pages and trees saved with a byte-order mark (as some Windows editors save UTF-8)', () => {
    const site = copySite();
    sites.push(site);
    for (const path of ['site.yaml', 'guide/principles/consent.mdx', 'guide/trees/may-i-share.yaml']) {
      site.write(path, `\uFEFF${readFileSync(join(site.dir, path), 'utf8')}`);
    }
    const result = checkContent(site.dir, site.dir);
    expect(result.problems).toEqual([]);
    expect(result.site!.name).toBe('Peer Support Confidentiality Guide');
    expect(result.pages.find((p) => p.ref === 'principles/consent')!.data.title).toBe('Consent');
    expect(result.trees.map((t) => t.title)).toEqual(['May I share this?']);
  });
});

describe('broken content is reported, never thrown', () => {
  const all = cases();

  it('has at least 25 broken inputs', () => {
    expect(all.length).toBeGreaterThanOrEqual(25);
  });

  for (const c of all) {
    it(`${c.name}: reports "${c.expected}" with the file and a fix`, () => {
      const { result } = checkWith(c);
      expect(result.problems).toHaveLength(1);
      const [problem] = result.problems;
      expect(problem!.file).toBe(c.target);
      expect(problem!.message + ' ' + problem!.fix).toContain(c.expected);
      expect(problem!.fix.length).toBeGreaterThan(10);
      expect(formatProblems(result.problems)).toMatchSnapshot();
    });
  }
});
