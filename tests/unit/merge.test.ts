/**
 * A fork keeps receiving upstream improvements without merge conflicts: the fixture fork touches
 * only site.yaml and org/, upstream changes only guide/ and sources.yaml. A real git merge proves it.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FORK_FIXTURE, ROOT } from '../helpers/fork-site.ts';

const repo = mkdtempSync(join(tmpdir(), 'guide-merge-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, encoding: 'utf8' });

it("a change to the baseline guide merges into a fork's branch without a conflict", () => {
  cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
  git('init', '-q', '-b', 'upstream');
  git('add', '-A');
  git('commit', '-qm', 'upstream release');

  git('checkout', '-q', '-b', 'fork');
  cpSync(FORK_FIXTURE, join(repo, 'content'), { recursive: true });
  git('add', '-A');
  git('commit', '-qm', 'our settings and policies');
  const forkFiles = git('diff', '--name-only', 'upstream', 'fork').trim().split('\n');

  git('checkout', '-q', 'upstream');
  const page = join(repo, 'content', 'guide', 'situations', 'family-member-calls.mdx');
  writeFileSync(page, readFileSync(page, 'utf8').replace(/reviewed: \d{4}-\d{2}-\d{2}/, 'reviewed: 2027-01-15'));
  appendFileSync(
    join(repo, 'content', 'sources.yaml'),
    '\nnew-source-2027:\n  title: A new source\n  publisher: HHS\n  url: https://www.hhs.gov/\n  checked: 2027-01-15\n',
  );
  git('add', '-A');
  git('commit', '-qm', 'upstream improvement');
  const upstreamFiles = git('diff', '--name-only', 'fork~1', 'upstream').trim().split('\n');

  expect(forkFiles.every((f) => f === 'content/site.yaml' || f.startsWith('content/org/'))).toBe(true);
  expect(upstreamFiles.filter((f) => forkFiles.includes(f))).toEqual([]);

  git('checkout', '-q', 'fork');
  expect(() => git('merge', '-q', '--no-edit', 'upstream')).not.toThrow();
  expect(git('status', '--porcelain')).toBe('');
  expect(readFileSync(page, 'utf8')).toContain('reviewed: 2027-01-15');
  expect(readFileSync(join(repo, 'content', 'site.yaml'), 'utf8')).toContain('Riverside');
});
