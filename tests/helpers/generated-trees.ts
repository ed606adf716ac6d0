/** Random decision trees for property tests: questions q0..qn point only forward, to later questions or to outcomes. */
import fc from 'fast-check';

export type RawNode = Record<string, unknown>;
export interface RawTree {
  title: string;
  summary: string;
  start: string;
  nodes: Record<string, RawNode>;
}

/** A random DAG: questions q0..qn point only forward, to later questions or to outcomes; unreachable nodes are pruned. */
export const validTree = fc
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
