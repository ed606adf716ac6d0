/**
 * The corpus of broken inputs (tests/fixtures/broken/): each file has exactly one defect and says,
 * in an `expect:` comment, the words its problem must contain. Each is dropped into a copy of
 * the minimal fixture site; the check must report it with the file, the place and a fix, and
 * must never throw. The full messages are pinned in the snapshot, since they are product output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { formatProblems } from '../../src/content/problems.ts';
import { copySite, type FixtureSite } from '../helpers/fixture-site.ts';

const BROKEN = join(import.meta.dirname, '..', 'fixtures', 'broken');

interface Case {
  name: string;
  source: string;
  /** Where the file goes in the site copy. */
  target: string;
  expected: string;
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
  return list;
}

const sites: FixtureSite[] = [];
afterAll(() => sites.forEach((s) => s.cleanup()));

function checkWith(c: Case) {
  const site = copySite();
  sites.push(site);
  site.write(c.target, readFileSync(c.source, 'utf8'));
  return { result: checkContent(site.dir, site.dir), site };
}

describe('the minimal fixture site', () => {
  it('has no problems, so every problem below comes from the one broken file', () => {
    const site = copySite();
    sites.push(site);
    expect(checkContent(site.dir, site.dir).problems).toEqual([]);
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
