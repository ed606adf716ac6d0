/**
 * The dilemma corpus through the rules and through every tool that claims each case (issue 11).
 * Three questions per case: do the rules give the expected verdict for its facts; does each tool,
 * answered as the specialist in the story would, reach that verdict; and do the tools agree.
 * Then the corpus itself: big enough, partly written before the trees, reaching every outcome.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { resolveStep } from '../../src/engine/resolve.ts';
import { decideVerdict } from '../../src/engine/rules.ts';
import { toRoutes } from '../../src/engine/graph.ts';
import type { OutcomeNode } from '../../src/engine/types.ts';
import { readDilemmas } from '../helpers/dilemmas.ts';

const content = checkContent(CONTENT_DIR);
const dilemmas = readDilemmas();
const trees = new Map(content.trees.map((t) => [t.id, t]));

/** Replays a case's answers; the outcome reached, or why the walk stopped. */
function walk(tool: string, answers: Record<string, string>): { outcome?: OutcomeNode; problem?: string } {
  const tree = trees.get(tool);
  if (!tree) return { problem: `there is no tool \`${tool}\`` };
  const step = resolveStep(toRoutes(tree), answers);
  const unused = Object.keys(answers).filter((q) => !Object.hasOwn(step.answers, q));
  if (!step.outcome) return { problem: `stopped at \`${step.current}\` (answers used: ${JSON.stringify(step.answers)})` };
  if (unused.length) return { problem: `answers not used on the way: ${unused.join(', ')}` };
  return { outcome: tree.nodes.get(step.outcome) as OutcomeNode };
}

describe('the dilemma corpus', () => {
  it('has at least 80 cases, a third of them written from the reference alone', () => {
    expect(dilemmas.length).toBeGreaterThanOrEqual(80);
    expect(dilemmas.filter((d) => d.from === 'reference').length * 3).toBeGreaterThanOrEqual(dilemmas.length);
  });

  it('gives every case a unique id, at least one walk, and sources that exist', () => {
    const ids = dilemmas.map((d) => d.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(dilemmas.filter((d) => Object.keys(d.walks).length === 0).map((d) => d.id)).toEqual([]);
    const unknown = dilemmas.flatMap((d) => d.sources.filter((s) => !content.sources[s]).map((s) => `${d.id}: ${s}`));
    expect(unknown).toEqual([]);
  });

  it('reaches every outcome of every tool with at least one case', () => {
    const reached = new Set<string>();
    for (const d of dilemmas)
      for (const [tool, answers] of Object.entries(d.walks)) {
        const { outcome } = walk(tool, answers);
        if (outcome) reached.add(`${tool}#${outcome.id}`);
      }
    const missing = content.trees.flatMap((t) =>
      [...t.nodes.values()].filter((n) => n.kind === 'outcome' && !reached.has(`${t.id}#${n.id}`)).map((n) => `${t.id}#${n.id}`),
    );
    expect(missing).toEqual([]);
  });
});

describe.each(dilemmas.map((d) => [d.id, d] as const))('%s', (_id, d) => {
  it(`the rules give ${d.expected} for its facts`, () => {
    const rule = decideVerdict(d.facts, content.rules!.rules);
    expect(rule ? `${rule.verdict} (rule ${rule.id})` : 'no rule decides these facts').toMatch(new RegExp(`^${d.expected} `));
  });

  for (const [tool, answers] of Object.entries(d.walks)) {
    it(`${tool} reaches ${d.expected}`, () => {
      const { outcome, problem } = walk(tool, answers);
      expect(problem ?? `${outcome!.verdict} (${outcome!.id})`).toMatch(new RegExp(`^${d.expected} `));
    });
  }

  if (Object.keys(d.walks).length > 1) {
    it('gets the same verdict from every tool that claims it', () => {
      const verdicts = Object.entries(d.walks).map(([tool, answers]) => `${tool}: ${walk(tool, answers).outcome?.verdict ?? 'none'}`);
      expect(new Set(verdicts.map((v) => v.split(': ')[1])).size, verdicts.join(', ')).toBe(1);
    });
  }
});
