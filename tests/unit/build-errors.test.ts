/**
 * The real build, pointed at a fixture with one broken page: it must stop before building, print
 * the problem with the file, the field and the fix, and print no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySite } from '../helpers/fixture-site.ts';
import { buildEnv } from '../helpers/fork-site.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

const site = copySite();
afterAll(() => site.cleanup());

describe('astro build on bad content', () => {
  it('stops with the file, the field and the fix, and no stack trace', () => {
    site.write(
      'guide/principles/documentation.mdx',
      '---\ntitle: Notes and documentation\nsummary: What to write down.\nreviewed: 2026-11-26\nsources: [hipaa-164-510-z]\n---\n\nText.\n',
    );
    const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', join(site.dir, 'dist')], {
      cwd: ROOT,
      env: buildEnv({ GUIDE_CONTENT_DIR: site.dir }),
      encoding: 'utf8',
    });
    const output = run.stdout + run.stderr;
    expect(run.status).toBe(1);
    expect(output).toContain(`${site.dir.split('/').pop()}/guide/principles/documentation.mdx:5 → sources[0]`);
    expect(output).toContain('The source id `hipaa-164-510-z` is not in content/sources.yaml.');
    expect(output).toContain('Fix: Did you mean `hipaa-164-510-b`?');
    expect(output).toContain('The site was not built.');
    expect(output).not.toMatch(/Stack trace|    at .*\.(ts|js):\d+/);
    expect(output).not.toContain('Browser APIs');
  });
});
