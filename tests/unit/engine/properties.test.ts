/**
 * Properties over generated trees: every valid tree resolves to an outcome along every path, and
 * every broken tree is reported as problems, never thrown.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { enumeratePaths, resolveStep } from '../../../src/engine/resolve.ts';
import { toRoutes } from '../../../src/engine/validate.ts';
import { validTree, type RawTree } from '../../helpers/generated-trees.ts';
import { parseFixtureTree } from '../../helpers/tree-fixtures.ts';

const clone = <T>(value: T): T => structuredClone(value);

/** Ways to break a valid tree, each a single defect. */
const MUTATIONS: ((t: RawTree) => string)[] = [
  (t) => {
    const q = clone(t);
    (q.nodes.q0!.options as { next: string }[])[0]!.next = 'missing-node';
    return stringify(q);
  },
  (t) => {
    const q = clone(t);
    const outcome = Object.values(q.nodes).find((n) => 'verdict' in n)!;
    delete outcome.sources;
    return stringify(q);
  },
  (t) => {
    const q = clone(t);
    q.nodes.orphan = {
      verdict: 'ask',
      facts: { consent: 'unclear' },
      title: 'Orphan',
      body: 'x',
      next_steps: ['x'],
      sources: ['hipaa-164-510-b'],
    };
    return stringify(q);
  },
  (t) => {
    const q = clone(t);
    const last = Object.entries(q.nodes)
      .filter(([, n]) => 'options' in n)
      .pop()![1];
    (last.options as { next: string }[])[0]!.next = 'q0';
    return stringify(q);
  },
  (t) => {
    const q = clone(t);
    q.nodes.q0!.options = (q.nodes.q0!.options as unknown[]).slice(0, 1);
    return stringify(q);
  },
  (t) => {
    const q = clone(t);
    const options = q.nodes.q0!.options as { value: string }[];
    options[1]!.value = options[0]!.value;
    return stringify(q);
  },
  (t) => {
    const q = clone(t);
    q.nodes.q0!.qestion = q.nodes.q0!.question;
    return stringify(q);
  },
  (t) => stringify(t).replace('nodes:', 'nodes: [').replace(/\n/, '\n\t'),
  (t) => {
    const q = clone(t);
    const outcome = Object.values(q.nodes).find((n) => 'verdict' in n)!;
    outcome.sources = ['no-such-source'];
    return stringify(q);
  },
  () => '',
  () => 'just a sentence',
  () => '- a\n- list',
];

describe('generated trees', () => {
  it('a valid tree parses without problems, and every path resolves to an outcome', () => {
    fc.assert(
      fc.property(validTree, (raw) => {
        const { tree, problems } = parseFixtureTree(stringify(raw));
        expect(problems).toEqual([]);
        const routes = toRoutes(tree!);
        const paths = enumeratePaths(routes);
        expect(paths.length).toBeGreaterThan(0);
        for (const path of paths) {
          const step = resolveStep(routes, Object.fromEntries(path.answers.map((a) => [a.node, a.value])));
          expect(step.outcome).toBe(path.outcome);
          expect(tree!.nodes.get(path.outcome)?.kind).toBe('outcome');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a broken tree is reported with problems naming the file and a fix, never thrown', () => {
    fc.assert(
      fc.property(validTree, fc.integer({ min: 0, max: MUTATIONS.length - 1 }), (raw, m) => {
        const text = MUTATIONS[m]!(raw);
        let result: ReturnType<typeof parseFixtureTree> | undefined;
        expect(() => (result = parseFixtureTree(text))).not.toThrow();
        expect(result!.tree).toBeUndefined();
        expect(result!.problems.length).toBeGreaterThan(0);
        for (const p of result!.problems) {
          expect(p.file).toBe('test-tree.yaml');
          expect(p.fix.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 300 },
    );
  });
});
