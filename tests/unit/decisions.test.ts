/**
 * The rules behind the tools, over the minimal fixture site: shared outcomes seen as ordinary
 * nodes of each tree that names them, outcomes with the same facts, and an organization's rules
 * (allowed when they tighten and the organization rewrites what they change, refused otherwise).
 * Single-defect messages are pinned in the broken corpus; these need two files or more.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { formatProblems } from '../../src/core/problems.ts';
import { enumeratePaths } from '../../src/engine/resolve.ts';
import { toRoutes } from '../../src/engine/validate.ts';
import { siteCopies } from '../helpers/fixture-site.ts';
import { FORK_FIXTURE } from '../helpers/fork-site.ts';

const site = siteCopies();
const SECOND_TREE = [
  'title: Someone is asking',
  'summary: A second tree for tests.',
  'start: danger-now',
  'nodes:',
  '  danger-now:',
  '    question: Is anyone in danger right now?',
  '    options:',
  '      - { value: yes, label: "Yes", next: safety-first }',
  '      - { value: no, label: "No", next: share-with-family }',
  '',
].join('\n');

describe('shared outcomes', () => {
  it('are nodes of every tree that names them, to routes, paths and pages alike', () => {
    const s = site();
    s.write('guide/trees/someone-is-asking.yaml', SECOND_TREE);
    const { trees, outcomes, problems } = checkContent(s.dir, s.dir);
    expect(problems).toEqual([]);
    const second = trees.find((t) => t.id === 'someone-is-asking')!;
    expect([...second.nodes.keys()]).toEqual(['danger-now', 'safety-first', 'share-with-family']);
    expect(second.nodes.get('share-with-family')).toBe(outcomes.get('share-with-family'));
    expect(enumeratePaths(toRoutes(second)).map((p) => p.outcome)).toEqual(['safety-first', 'share-with-family']);
  });

  it('one no tree names is a note, not a problem', () => {
    const s = site();
    s.write(
      'guide/outcomes.yaml',
      `${readFileSync(join(s.dir, 'guide', 'outcomes.yaml'), 'utf8')}\nspare:\n  verdict: ask\n  facts: { consent: unclear }\n  title: Spare\n  body: Not used.\n  next_steps: [Ask.]\n  sources: [cfr42-2-31]\n`,
    );
    const { problems, warnings } = checkContent(s.dir, s.dir);
    expect(problems).toEqual([]);
    expect(formatProblems(warnings).replace(/^Found.*\n\n/, '')).toMatchInlineSnapshot(`
      "✗ guide/outcomes.yaml:28 → spare
        No tree uses the shared outcome \`spare\`.
        Fix: Nothing to fix: it is not shown. Lead an answer's \`next:\` to it, or delete it.
      "
    `);
  });

  it('in a fork, a baseline outcome its changes no longer lead to is a note that never asks to edit the baseline file', () => {
    const s = site();
    // The fork's answers to have-permission lead away from the shared outcome share-with-family.
    s.write(
      'org/trees/may-i-share.yaml',
      [
        'nodes:',
        '  have-permission:',
        '    options:',
        '      - { value: yes, label: "Yes", next: share-minimum }',
        '      - { value: family, label: "They said I may tell their family", next: ask-first }',
        '      - { value: no, label: "No", next: ask-first }',
        '      - { value: not-sure, label: "I\'m not sure", next: ask-before-you-share }',
        '',
      ].join('\n'),
    );
    const { problems, warnings } = checkContent(s.dir, s.dir);
    expect(problems).toEqual([]);
    const note = warnings.find((w) => w.where === 'share-with-family')!;
    expect(note.file).toBe('guide/outcomes.yaml');
    expect(note.fix).toContain('leave the baseline file as it is');
    expect(note.fix).not.toContain('delete');
  });

  it('an org tree file that names a shared outcome is sent to content/org/outcomes.yaml', () => {
    const s = site();
    s.write('org/trees/may-i-share.yaml', 'nodes:\n  share-with-family:\n    title: Ours\n');
    expect(checkContent(s.dir, s.dir).problems.map((p) => p.fix)).toEqual([
      '`share-with-family` is a shared outcome: change it in content/org/outcomes.yaml instead (see docs/fork-guide.md).',
    ]);
  });
});

describe('outcomes with the same facts', () => {
  it('must agree where no rule decides them, each named with its tree', () => {
    const s = site();
    const facts = '{ recipient: team, program: hipaa }';
    const outcome = (verdict: string) =>
      `    verdict: ${verdict}\n    facts: ${facts}\n    title: Team\n    body: Team.\n    next_steps: [Talk.]\n    sources: [cfr42-2-31]\n`;
    s.write(
      'guide/trees/someone-is-asking.yaml',
      SECOND_TREE.replace('next: share-with-family', 'next: team-a') + `  team-a:\n${outcome('share')}`,
    );
    s.write('guide/trees/team.yaml', SECOND_TREE.replace('next: share-with-family', 'next: team-b') + `  team-b:\n${outcome('ask')}`);
    expect(formatProblems(checkContent(s.dir, s.dir).problems)).toMatchInlineSnapshot(`
      "Found 3 problems in the content:

      ✗ guide/trees/someone-is-asking.yaml:12 → nodes.team-a.facts
        No rule decides these facts (recipient: team, program: hipaa).
        Fix: Check the facts: most outcomes also state who would receive it (\`recipient\`) and what permission there is (\`consent\`). If they are right, the rule table has a gap: add a rule to guide/rules.yaml and have it reviewed.

      ✗ guide/trees/team.yaml:12 → nodes.team-b.facts
        No rule decides these facts (recipient: team, program: hipaa).
        Fix: Check the facts: most outcomes also state who would receive it (\`recipient\`) and what permission there is (\`consent\`). If they are right, the rule table has a gap: add a rule to guide/rules.yaml and have it reviewed.

      ✗ guide/trees/team.yaml:11 → nodes.team-b.verdict
        This outcome has the same facts as \`team-a\` in the tree someone-is-asking but another verdict: \`ask\` here, \`share\` there.
        Fix: The same facts must get the same advice in every tool: give both the same verdict, or correct the facts that tell them apart.
      "
    `);
  });
});

describe("an organization's rules", () => {
  /** The fork fixture's decision files (its rules, outcome changes, tree change and sources) over the minimal site. */
  function forkRules() {
    const s = site();
    for (const file of ['rules.yaml', 'outcomes.yaml', 'sources.yaml', 'trees/may-i-share.yaml'])
      cpSync(join(FORK_FIXTURE, 'org', file), join(s.dir, 'org', file));
    return s;
  }

  it('may tighten: the fork asks the privacy officer before sharing with family, and says so in its words', () => {
    const s = forkRules();
    const { problems, trees, rules } = checkContent(s.dir, s.dir);
    expect(problems).toEqual([]);
    expect(rules!.rules[0]).toMatchObject({ id: 'family-ask-privacy-officer', origin: 'organization', file: 'org/rules.yaml', line: 5 });
    const family = trees.find((t) => t.id === 'may-i-share')!.nodes.get('share-with-family');
    expect(family).toMatchObject({ verdict: 'ask', title: "Ask Riverside's privacy officer first" });
  });

  it('that change a verdict need the outcome rewritten: the message names the rule, the outcome and what to add where', () => {
    const s = forkRules();
    s.remove('org/outcomes.yaml');
    expect(formatProblems(checkContent(s.dir, s.dir).problems)).toMatchInlineSnapshot(`
      "Found 1 problem in the content:

      ✗ org/outcomes.yaml → share-with-family
        The rules now give \`ask\` for the shared outcome \`share-with-family\` (rule \`family-ask-privacy-officer\`, org/rules.yaml:5), where the baseline gives \`share\`, so the organization must rewrite it.
        Fix: In org/outcomes.yaml, under \`share-with-family:\`, add \`verdict: ask\` and your own \`title\`, \`body\` and \`next_steps\`, saying what your organization wants the reader to do.
      "
    `);
  });

  it('that change a tree’s own outcome point at the tree’s file in content/org/trees/, and name only what is missing', () => {
    const s = forkRules();
    s.remove('org/outcomes.yaml');
    s.write(
      'org/rules.yaml',
      readFileSync(join(s.dir, 'org', 'rules.yaml'), 'utf8').replace(
        '{ recipient: family, consent: [spoken, written] }',
        '{ consent: written }',
      ),
    );
    s.write('org/trees/may-i-share.yaml', 'nodes:\n  share-minimum:\n    verdict: ask\n    title: Ask first\n');
    expect(checkContent(s.dir, s.dir).problems.map((p) => `${p.file}:${p.line} ${p.where}\n${p.fix}`)).toEqual([
      'org/trees/may-i-share.yaml:2 nodes.share-minimum\nIn org/trees/may-i-share.yaml, under `share-minimum:` (inside `nodes:`), add your own `body` and `next_steps`, saying what your organization wants the reader to do.',
    ]);
  });

  it('that would loosen several outcomes are refused once, at the rule, naming each', () => {
    const s = forkRules();
    s.remove('org/outcomes.yaml');
    s.write(
      'org/rules.yaml',
      'rules:\n  - id: share-freely\n    when: { consent: [not-asked, unclear] }\n    verdict: share\n    why: No.\n    sources: [hipaa-164-510-b]\n',
    );
    expect(checkContent(s.dir, s.dir).problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      "org/rules.yaml:2 The organization's rule `share-freely` would change 2 outcomes in a way an organization may not: the shared outcome `ask-before-you-share` (from `ask` to `share`); `ask-first` in the tree may-i-share (from `consent-first` to `share`).",
    ]);
  });
});
