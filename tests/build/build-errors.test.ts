/**
 * The real build, pointed at a fixture with one broken file: it must stop before building, print
 * the problem with the file, the field and the fix, and print no stack trace. Besides an ordinary
 * mistake, the inputs that used to pass the check and then crash the build: a missing logo file
 * and 5,000 nested quotes. (The check and the build run the same checkContent, so every other
 * broken input in tests/fixtures/broken/ stops the build the same way; a build costs seconds.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteCopies } from '../helpers/fixture-site.ts';
import { buildEnv } from '../helpers/fork-site.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const newSite = siteCopies();

const page = (frontmatter: string, body: string) =>
  `---\ntitle: Notes and documentation\nsummary: What to write down.\nreviewed: 2026-11-26\n${frontmatter}---\n\n${body}\n`;

const cases = [
  {
    name: 'a misspelt source id',
    file: 'guide/principles/documentation.mdx',
    text: () => page('sources: [hipaa-164-510-z]\n', 'Text.'),
    place: 'guide/principles/documentation.mdx:5 → sources[0]',
    says: ['The source id `hipaa-164-510-z` is not in content/sources.yaml.', 'Fix: Did you mean `hipaa-164-510-b`?'],
  },
  {
    name: 'a logo file that is not there',
    file: 'site.yaml',
    text: (dir: string) => `${readFileSync(join(dir, 'site.yaml'), 'utf8')}logo: org/logo.svg\n`,
    place: 'site.yaml:35 → logo',
    says: ['The logo file content/org/logo.svg is not there.', 'Fix: Upload the logo into content/org/'],
  },
  {
    name: '5,000 nested quotes',
    file: 'guide/principles/documentation.mdx',
    text: () => page('sources: [hipaa-164-510-b]\n', `${'> '.repeat(5000)}Too deep.`),
    place: 'guide/principles/documentation.mdx:8',
    says: ['The text is nested more than 20 levels deep', 'Fix: Flatten it'],
  },
];

describe('astro build on bad content', () => {
  for (const c of cases) {
    it(`stops on ${c.name} with the file, the line and the fix, and no stack trace`, () => {
      const site = newSite();
      site.write(c.file, c.text(site.dir));
      const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', join(site.dir, 'dist')], {
        cwd: ROOT,
        env: buildEnv({ GUIDE_CONTENT_DIR: site.dir }),
        encoding: 'utf8',
      });
      const output = run.stdout + run.stderr;
      expect(run.status).toBe(1);
      expect(output).toContain(`${site.dir.split('/').pop()}/${c.place}`);
      for (const words of c.says) expect(output).toContain(words);
      expect(output).toContain('The site was not built.');
      expect(output).not.toMatch(/Stack trace|    at .*\.(ts|js):\d+/);
      expect(output).not.toContain('Browser APIs');
    }, 60_000);
  }
});
