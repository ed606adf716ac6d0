/**
 * Drift (src/content/drift.ts, scripts/drift.ts): the fixture fork over the real baseline, in a Git
 * repository. Stamping records the Git id of the baseline file (Git itself is the oracle); the check
 * is silent while the baseline is unchanged and warns, naming the file and line, once it moves on;
 * `npm run drift` lists the commits and what changed. Two content checks and a few Git commands.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { checkDrift } from '../../src/content/drift.ts';
import { driftReport, stampFiles } from '../../scripts/drift.ts';
import { forkOverBaseline } from '../helpers/fork-site.ts';

const fork = forkOverBaseline();
afterAll(() => fork.cleanup());
const dir = fork.dir;
const rel = (path: string) => path.slice(dir.length + 1);
const git = (...args: string[]) => {
  const run = spawnSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}:\n${run.stderr}`);
  return run.stdout.trim();
};
git('init', '-q', '-b', 'main');
git('config', 'user.name', 'Test');
git('config', 'user.email', 'test@example.org');
git('add', '.');
git('commit', '-qm', 'Baseline with the fork');

const PAGE = 'org/situations/family-member-calls.mdx';
const TREE = 'org/trees/may-i-share.yaml';
const BASELINE_PAGE = 'guide/situations/family-member-calls.mdx';

describe('drift: a fork’s versions of baseline files record the baseline they were written against', () => {
  it('lists the versions without based_on, then stamps each with the Git id of its baseline, in the frontmatter or at the top of the tree change', () => {
    const before = driftReport(dir, dir);
    expect(before.unstamped).toEqual([PAGE, TREE]);
    expect(before.text).toContain(`npm run drift -- --stamp ${PAGE}`);

    const { lines, ok } = stampFiles(dir, [join(dir, PAGE), join(dir, TREE)], dir);
    expect(ok).toBe(true);
    const pageId = git('hash-object', BASELINE_PAGE).slice(0, 12);
    const treeId = git('hash-object', 'guide/trees/may-i-share.yaml').slice(0, 12);
    expect(lines[0]).toBe(`✓ ${PAGE}: based_on: '${pageId}' (the current ${BASELINE_PAGE}).`);
    const page = readFileSync(join(dir, PAGE), 'utf8');
    expect(page).toMatch(new RegExp(`^---\\n[^]*\\nbased_on: '${pageId}'\\n---\\n`));
    expect(readFileSync(join(dir, TREE), 'utf8')).toMatch(new RegExp(`^# [^\\n]*\\nbased_on: '${treeId}'\\nnodes:`));

    // Stamping again replaces the line instead of adding one.
    stampFiles(dir, [join(dir, PAGE)], dir);
    expect(readFileSync(join(dir, PAGE), 'utf8')).toBe(page);
    expect(driftReport(dir, dir).text).toContain(`✓ ${PAGE}: written against the current ${BASELINE_PAGE}.`);
  });

  it('refuses to stamp a page that is not a version of a baseline page', () => {
    const { lines, ok } = stampFiles(dir, [join(dir, 'org/policies/texting-policy.mdx')], dir);
    expect(ok).toBe(false);
    expect(lines[0]).toContain('is not your version of a baseline page or tree');
  });

  it('passes the check while the baseline is unchanged, and warns with the file, line and command once it changes', () => {
    git('add', '.');
    git('commit', '-qm', 'Fork: stamp the replacement page and the tree change');
    const quiet = checkContent(dir, dir);
    expect(quiet.problems).toEqual([]);
    expect(quiet.warnings.filter((w) => w.where === 'based_on')).toEqual([]);

    // The main project adds a section to the page the fork replaced, and changes its summary.
    const text = readFileSync(join(dir, BASELINE_PAGE), 'utf8');
    writeFileSync(join(dir, BASELINE_PAGE), text.replace(/^summary: .*$/m, 'summary: A new summary from upstream.'));
    appendFileSync(join(dir, BASELINE_PAGE), '\n## When the caller is a personal representative\n\nNew guidance.\n');
    git('commit', '-qam', 'Family calls: when the caller is a personal representative');

    const { problems, warnings } = checkDrift(dir, rel);
    expect(problems).toEqual([]);
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    expect(warning).toMatchObject({ file: PAGE, where: 'based_on', line: 8 });
    expect(warning?.message).toContain(`The baseline ${BASELINE_PAGE} has changed since this file was written against it`);
    expect(warning?.fix).toContain(`npm run drift -- --stamp ${PAGE}`);
  });

  it('`npm run drift` says what changed upstream: the commit, the lines, the new heading, the changed field, and how to see it all', () => {
    const report = driftReport(dir, dir);
    expect(report.stale).toEqual([PAGE]);
    const section = report.text.slice(report.text.indexOf(`⚠ ${PAGE}`));
    expect(section).toMatch(
      /Changed upstream in 1 commit:\n {4}[0-9a-f]{12} \d{4}-\d{2}-\d{2} Family calls: when the caller is a personal representative\n/,
    );
    expect(section).toContain('In the baseline: 5 lines added, 1 removed.');
    expect(section).toContain('Headings added: “When the caller is a personal representative”.');
    expect(section).toContain('Fields changed: summary.');
    expect(section).toMatch(new RegExp(`See every change: git diff [0-9a-f]{12} -- ${BASELINE_PAGE}`));
    expect(report.text).toContain(`✓ ${TREE}: written against the current guide/trees/may-i-share.yaml.`);
  });

  it('a based_on on a new page, or one not written by the command, is a problem with the fix', () => {
    const policy = join(dir, 'org/policies/texting-policy.mdx');
    writeFileSync(policy, readFileSync(policy, 'utf8').replace(/^---\n/, "---\nbased_on: '0123456789ab'\n"));
    writeFileSync(join(dir, PAGE), readFileSync(join(dir, PAGE), 'utf8').replace(/^based_on: .*$/m, 'based_on: last tuesday'));
    const { problems } = checkDrift(dir, rel);
    expect(problems.map((p) => [p.file, p.line, p.fix])).toEqual([
      [PAGE, 8, `Let the command write it: \`npm run drift -- --stamp ${PAGE}\`.`],
      [
        'org/policies/texting-policy.mdx',
        2,
        'Remove the `based_on:` line: this is a new page or tree of your own, not your version of a baseline one.',
      ],
    ]);
  });
});
