/** The organization's overlay over the minimal fixture site: replaced and hidden pages, tree changes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { enumeratePaths } from '../../src/engine/resolve.ts';
import { toRoutes } from '../../src/engine/validate.ts';
import { siteCopies } from '../helpers/fixture-site.ts';

const site = siteCopies();

describe('pages', () => {
  it('an org page at a baseline path replaces the baseline page and says where it comes from', () => {
    const s = site();
    s.write(
      'org/groups/group-agreement.mdx',
      '---\ntitle: Our group agreement\nsummary: Ours.\nreviewed: 2026-11-26\nsources: [hipaa-164-510-b]\n---\n\nOurs.\n',
    );
    const { pages, problems } = checkContent(s.dir, s.dir);
    expect(problems).toEqual([]);
    const page = pages.find((p) => p.ref === 'groups/group-agreement')!;
    expect(page).toMatchObject({ origin: 'organization', replaces: true, file: 'org/groups/group-agreement.mdx' });
    expect(pages.filter((p) => p.ref === 'groups/group-agreement')).toHaveLength(1);
  });

  it('a hidden page is left out, and links to it are warnings, not problems', () => {
    const s = site();
    s.write('site.yaml', `${readFileSync(`${s.dir}/site.yaml`, 'utf8')}\nhide: [scripts/asking-permission]\n`);
    const { pages, problems, warnings, hidden } = checkContent(s.dir, s.dir);
    expect(problems).toEqual([]);
    expect(pages.map((p) => p.ref)).not.toContain('scripts/asking-permission');
    expect(hidden).toEqual(new Set(['scripts/asking-permission']));
    expect(warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'The related page `scripts/asking-permission` is hidden, so it is left out of the list.',
        'The link to `/scripts/asking-permission/` goes to a hidden page, so it is shown as plain text.',
        'The outcome links to the hidden page `scripts/asking-permission`, so the link is left out.',
      ]),
    );
  });
});

describe('trees', () => {
  it('an org file changes an outcome’s text without copying the tree', () => {
    const s = site();
    s.write('org/trees/may-i-share.yaml', 'nodes:\n  ask-first:\n    next_steps: [Call our privacy officer.]\n');
    const tree = checkContent(s.dir, s.dir).trees.find((t) => t.id === 'may-i-share')!;
    const outcome = tree.nodes.get('ask-first');
    expect(outcome).toMatchObject({ kind: 'outcome', verdict: 'consent-first', next_steps: ['Call our privacy officer.'] });
  });

  it('an org file adds a question, linked in by changing the options before it', () => {
    const s = site();
    s.write(
      'org/trees/may-i-share.yaml',
      [
        'nodes:',
        '  danger-now:',
        '    options:',
        '      - { value: yes, label: "Yes", next: safety-first }',
        '      - { value: no, label: "No", next: our-policy }',
        '  our-policy:',
        '    question: Does our texting policy cover it?',
        '    options:',
        '      - { value: yes, label: "Yes", next: share-minimum }',
        '      - { value: no, label: "No", next: have-permission }',
        '',
      ].join('\n'),
    );
    const { trees, problems } = checkContent(s.dir, s.dir);
    expect(problems).toEqual([]);
    const paths = enumeratePaths(toRoutes(trees.find((t) => t.id === 'may-i-share')!)).map(
      (p) => p.answers.map((a) => a.node).join('>') + `>${p.outcome}`,
    );
    expect(paths).toContain('danger-now>our-policy>share-minimum');
    expect(paths).toContain('danger-now>our-policy>have-permission>ask-first');
  });

  it('a mistake in the org file is reported in the org file, with its line', () => {
    const s = site();
    s.write(
      'org/trees/may-i-share.yaml',
      'nodes:\n  danger-now:\n    options:\n      - { value: yes, label: "Yes", next: safety-first }\n      - { value: no, label: "No", next: nowhere }\n',
    );
    const { problems } = checkContent(s.dir, s.dir);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'org/trees/may-i-share.yaml',
        line: 5,
        where: 'nodes.danger-now.options[1].next',
        message: 'The answer "No" leads to `nowhere`, which is not a node.',
      }),
    ]);
  });

  it('a YAML mistake in the baseline file is the one problem reported, not the org file read as a whole tree', () => {
    const s = site();
    s.write('org/trees/may-i-share.yaml', 'nodes:\n  ask-first:\n    next_steps: [Call our privacy officer.]\n');
    const tree = readFileSync(`${s.dir}/guide/trees/may-i-share.yaml`, 'utf8');
    s.write('guide/trees/may-i-share.yaml', tree.replace('next_steps: [Ask the person.]', 'next_steps: [Ask the person.'));
    expect(checkContent(s.dir, s.dir).problems.map((p) => [p.file, p.message.slice(0, 24)])).toEqual([
      ['guide/trees/may-i-share.yaml', 'The YAML cannot be read:'],
    ]);
  });

  it('a mistake in the baseline part of a merged tree still points at the baseline file', () => {
    const s = site();
    s.write('org/trees/may-i-share.yaml', 'nodes:\n  ask-first:\n    sources: [hipaa-164-510-b]\n');
    s.write(
      'guide/trees/may-i-share.yaml',
      readFileSync(`${s.dir}/guide/trees/may-i-share.yaml`, 'utf8').replace('sources: [cfr42-2-31]', 'sources: [cfr42-2-99]'),
    );
    const { problems } = checkContent(s.dir, s.dir);
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ['guide/trees/may-i-share.yaml', 'The source id `cfr42-2-99` is not in content/sources.yaml.'],
    ]);
  });
});
