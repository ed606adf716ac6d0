/**
 * Ownership that merges (src/content/ownership.ts): a real fork of this project, made with Git in
 * a temporary folder, brings in an update with the command the fork guide gives, and nothing
 * conflicts. The fork changes every file it owns (its settings, and the fixture fork's pages, tree
 * and outcome changes, rules and logo, stamped with based_on); the main project changes every file
 * it owns (each file of this checkout that is not the fork's, listed by Git, so a new file is
 * covered the day it is added), including its review date and the very page the fork replaced.
 * About 440 files copied and a few Git commands, then one content check of the merged fork.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { FORK_OWNED, ownerOf, UPSTREAM_OWNED } from '../../src/content/ownership.ts';
import { stampFiles } from '../../scripts/drift.ts';
import { FORK_FIXTURE, ROOT } from '../helpers/fork-site.ts';

const tmp = mkdtempSync(join(tmpdir(), 'guide-merge-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const UPSTREAM = join(tmp, 'upstream');
const FORK = join(tmp, 'fork');

/** Git with no settings from this machine: a fork's editor has none either (no pull.rebase, no merge editor). */
function git(cwd: string, args: string[]) {
  return spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
    },
  });
}
function ok(cwd: string, ...args: string[]): string {
  const run = git(cwd, args);
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  return run.stdout;
}
const lines = (text: string) => text.split('\n').filter(Boolean);

/** This checkout's files as Git lists them, as they are now (uncommitted changes included). */
const files = lines(ok(ROOT, 'ls-files')).filter((f) => existsSync(join(ROOT, f)) && !lstatSync(join(ROOT, f)).isSymbolicLink());
const forkOwned = files.filter((f) => ownerOf(f) === 'fork');
const upstreamOwned = files.filter((f) => ownerOf(f) === 'upstream');

/** The main project's edit of one of its files, in a way the file's kind allows (the content must still pass the check). */
function upstreamEdit(path: string): void {
  const file = join(UPSTREAM, path);
  if (path === 'content/guide/project.yaml') {
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^reviewed: .*$/m, 'reviewed: 2027-03-01'));
  } else if (path === 'package.json') {
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"version": "[^"]*"/, '"version": "9.9.9"'));
  } else if (/\.mdx?$/.test(path)) appendFileSync(file, '\nA correction from the main project.\n');
  else if (/\.ya?ml$|^\.|LICENSE$|\.ci\/run$/.test(path)) appendFileSync(file, '\n# An edit from the main project.\n');
  else if (/\.(ts|js|mjs)$/.test(path)) appendFileSync(file, '\n// An edit from the main project.\n');
  else if (/\.(css|astro)$/.test(path)) appendFileSync(file, path.endsWith('.css') ? '\n/* An edit from the main project. */\n' : '\n');
  else appendFileSync(file, '\n');
}

describe('a fork that changed every file it owns brings in an update to every file the main project owns', () => {
  it('sorts every file of the project into the fork’s or the main project’s, and the fork owns its settings and content/org', () => {
    expect(forkOwned).toEqual(['content/site.yaml']);
    expect(upstreamOwned).toContain('content/guide/project.yaml');
    expect(upstreamOwned.length).toBeGreaterThan(400);
    expect(ownerOf('content/org/logo.svg')).toBe('fork');
    expect(ownerOf('content/organization.yaml')).toBe('upstream');
  });

  it('the fork guide’s ownership table names exactly the files of src/content/ownership.ts, each with its owner', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'fork-guide.md'), 'utf8');
    const rows = [...guide.matchAll(/^\| `([^`]+)`\s*\| (your organization|the main project)\s*\|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([
      ...FORK_OWNED.map((o) => [o.path, 'your organization']),
      ...UPSTREAM_OWNED.map((o) => [o.path, 'the main project']),
    ]);
  });

  it('merges with the fork guide’s update command and no conflict; the fork keeps its files and gets every file of the update', () => {
    for (const f of files) {
      mkdirSync(dirname(join(UPSTREAM, f)), { recursive: true });
      cpSync(join(ROOT, f), join(UPSTREAM, f));
    }
    ok(UPSTREAM, 'init', '-q', '-b', 'main');
    ok(UPSTREAM, 'add', '.');
    ok(UPSTREAM, 'commit', '-qm', 'The main project');
    // The organization's copy, with the main project as `upstream` (fork guide, section 13).
    ok(tmp, 'clone', '-q', UPSTREAM, FORK);
    ok(FORK, 'remote', 'rename', 'origin', 'upstream');

    // The fork: its settings and every kind of file content/org can hold, its versions stamped.
    cpSync(join(FORK_FIXTURE, 'site.yaml'), join(FORK, 'content', 'site.yaml'));
    cpSync(join(FORK_FIXTURE, 'org'), join(FORK, 'content', 'org'), { recursive: true });
    const versions = ['content/org/situations/family-member-calls.mdx', 'content/org/trees/may-i-share.yaml'];
    expect(
      stampFiles(
        join(FORK, 'content'),
        versions.map((f) => join(FORK, f)),
        FORK,
      ).ok,
    ).toBe(true);
    ok(FORK, 'add', 'content');
    ok(FORK, 'commit', '-qm', 'Riverside: our settings, pages and changes');
    const forkChanged = lines(ok(FORK, 'diff', '--name-only', 'upstream/main', 'HEAD'));
    expect(forkChanged).toEqual(expect.arrayContaining([...forkOwned, ...versions, 'content/org/logo.svg']));
    expect(forkChanged.filter((f) => ownerOf(f) !== 'fork')).toEqual([]);

    // The main project: an edit to every file it owns, and a new file.
    for (const f of upstreamOwned) upstreamEdit(f);
    writeFileSync(join(UPSTREAM, 'src', 'a-new-upstream-file.ts'), 'export {};\n');
    ok(UPSTREAM, 'add', '.');
    ok(UPSTREAM, 'commit', '-qm', 'The main project: version 9.9.9');
    expect(lines(ok(UPSTREAM, 'diff', '--name-only', 'HEAD~1', 'HEAD'))).toEqual(expect.arrayContaining(upstreamOwned));

    // The old instruction, `git pull upstream main`, stops on a fork with commits of its own.
    const plain = git(FORK, ['pull', 'upstream', 'main']);
    expect(plain.status).not.toBe(0);
    expect(plain.stderr).toContain('Need to specify how to reconcile divergent branches');

    // The command the guide gives now, read from the guide.
    const guide = readFileSync(join(ROOT, 'docs', 'fork-guide.md'), 'utf8');
    const command = /^git (pull .*upstream main)$/m.exec(guide)?.[1]?.split(' ') ?? [];
    expect(command).toEqual(['pull', '--no-rebase', '--no-edit', 'upstream', 'main']);
    const pull = git(FORK, command);
    expect(pull.stdout + pull.stderr).not.toContain('CONFLICT');
    expect(pull.status).toBe(0);
    expect(lines(ok(FORK, 'diff', '--name-only', '--diff-filter=U'))).toEqual([]);
    expect(
      lines(ok(FORK, 'log', '-1', '--format=%P'))
        .join(' ')
        .split(' '),
    ).toHaveLength(2);

    for (const f of [...upstreamOwned, 'src/a-new-upstream-file.ts'])
      expect(readFileSync(join(FORK, f), 'utf8'), f).toBe(readFileSync(join(UPSTREAM, f), 'utf8'));
    expect(readFileSync(join(FORK, 'content', 'site.yaml'), 'utf8')).toBe(readFileSync(join(FORK_FIXTURE, 'site.yaml'), 'utf8'));
  });

  it('the merged fork passes the check, with the main project’s new review date, its own name, and a warning that the page it replaced changed upstream', () => {
    const merged = checkContent(join(FORK, 'content'), FORK, { today: new Date('2027-03-02T00:00:00Z') });
    expect(merged.problems).toEqual([]);
    expect(merged.site?.name).toBe('Riverside Peer Center Confidentiality Guide');
    expect(merged.project?.reviewed).toEqual(new Date('2027-03-01T00:00:00Z'));
    expect(merged.warnings.filter((w) => w.where === 'based_on').map((w) => w.file)).toEqual([
      'content/org/situations/family-member-calls.mdx',
      'content/org/trees/may-i-share.yaml',
    ]);
  });
});
