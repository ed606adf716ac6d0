/**
 * Properties over generated trees: every valid tree resolves to an outcome along every path, and
 * every broken tree is reported as problems, never thrown.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { layoutTree } from '../../../src/engine/layout.ts';
import { enumeratePaths, resolveStep } from '../../../src/engine/resolve.ts';
import { toRoutes } from '../../../src/engine/validate.ts';
import { parseFixtureTree } from '../../helpers/tree-fixtures.ts';

type RawNode = Record<string, unknown>;
interface RawTree {
  title: string;
  summary: string;
  start: string;
  nodes: Record<string, RawNode>;
}

/** A random DAG: questions q0..qn point only forward, to later questions or to outcomes; unreachable nodes are pruned. */
const validTree = fc
  .record({
    questions: fc.integer({ min: 1, max: 7 }),
    outcomes: fc.integer({ min: 1, max: 6 }),
    seed: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 60, maxLength: 60 }),
  })
  .map(({ questions, outcomes, seed }): RawTree => {
    let i = 0;
    const next = () => seed[i++ % seed.length]!;
    const nodes: Record<string, RawNode> = {};
    const verdicts = ['share', 'consent-first', 'do-not-share', 'must-report', 'safety-first', 'ask'];
    for (let q = 0; q < questions; q++) {
      const targets = [
        ...Array.from({ length: questions - q - 1 }, (_, k) => `q${q + k + 1}`),
        ...Array.from({ length: outcomes }, (_, k) => `o${k}`),
      ];
      const count = 2 + (next() % 3);
      nodes[`q${q}`] = {
        question: `Question ${q}?`,
        options: Array.from({ length: count }, (_, k) => ({
          value: `a${k}`,
          label: `Answer ${k}`,
          next: targets[next() % targets.length],
        })),
      };
    }
    for (let o = 0; o < outcomes; o++) {
      nodes[`o${o}`] = {
        verdict: verdicts[next() % verdicts.length],
        facts: { consent: 'written' },
        title: `Outcome ${o}`,
        body: 'Because.',
        next_steps: ['Do this.'],
        sources: ['hipaa-164-510-b'],
      };
    }
    return prune({ title: 'Generated', summary: 'A generated tree.', start: 'q0', nodes });
  });

function prune(tree: RawTree): RawTree {
  const seen = new Set<string>();
  const stack = [tree.start];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const o of (tree.nodes[id]?.options as { next: string }[] | undefined) ?? []) stack.push(o.next);
  }
  return { ...tree, nodes: Object.fromEntries(Object.entries(tree.nodes).filter(([id]) => seen.has(id))) };
}

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

  it('the flowchart layout draws every question once and every answer as an arrow, labels clear of each other and of the boxes, arrows around the boxes, the start at the top left', async () => {
    type Box = { x: number; y: number; width: number; height: number };
    const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    await fc.assert(
      fc.asyncProperty(validTree, async (raw) => {
        const { tree } = parseFixtureTree(stringify(raw));
        const layout = (await layoutTree(tree!))!;
        // Each question once; each outcome once under every question that leads to it.
        expect(layout.nodes.map((n) => n.key).sort()).toEqual(
          [...tree!.nodes.values()]
            .flatMap((n) =>
              n.kind === 'question'
                ? [n.id, ...new Set(n.options.filter((o) => tree!.nodes.get(o.next)?.kind === 'outcome').map((o) => `${n.id}>${o.next}`))]
                : [],
            )
            .sort(),
        );
        const drawn = layout.edges.flatMap((e) => e.value.split(' ').map((v) => `${e.from}:${v}>${e.to}`)).sort();
        const options = [...tree!.nodes.values()]
          .flatMap((n) => (n.kind === 'question' ? n.options.map((o) => `${n.id}:${o.value}>${o.next}`) : []))
          .sort();
        expect(drawn).toEqual(options);
        const boxes = [...layout.nodes, ...layout.edges.map((e) => e.labelBox)];
        boxes.forEach((a, i) => {
          for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
          expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
          expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
        });
        for (const edge of layout.edges) {
          expect(edge.points.length).toBeGreaterThanOrEqual(2);
          for (let k = 1; k < edge.points.length; k++) {
            const [p, q] = [edge.points[k - 1]!, edge.points[k]!];
            expect(p.x === q.x || p.y === q.y).toBe(true);
            const segment = {
              x: Math.min(p.x, q.x),
              y: Math.min(p.y, q.y),
              width: Math.abs(p.x - q.x) || 0.01,
              height: Math.abs(p.y - q.y) || 0.01,
            };
            for (const n of layout.nodes) {
              if (n.key === edge.from || n.key === edge.target) continue;
              expect(overlap(segment, { x: n.x + 1, y: n.y + 1, width: n.width - 2, height: n.height - 2 })).toBe(false);
            }
          }
        }
        const start = layout.nodes.find((n) => n.key === tree!.start)!;
        expect(start.x).toBeLessThanOrEqual(12);
        expect(Math.min(...boxes.map((b) => b.y))).toBe(start.y);
      }),
      { numRuns: 50 },
    );
  });
});
