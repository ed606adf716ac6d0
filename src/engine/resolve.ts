/**
 * Following answers through a tree. State is rebuilt by replaying answers keyed by node id from
 * the start (the lesson of GOV.UK Smart Answers, ADR 2): an answer to a question that is no
 * longer on the path, or a value the question does not offer, is dropped, never an error.
 */
import type { Answers, TreeRoutes } from './types.ts';

export interface TrailStep {
  node: string;
  value: string;
  next: string;
}

export interface Step {
  /** The node now shown: the next question, or the outcome. */
  current: string;
  /** The questions answered on the way, in order. */
  trail: TrailStep[];
  /** The outcome id when the answers reach one. */
  outcome?: string;
  /** The answers actually used (stale and unknown ones removed). */
  answers: Record<string, string>;
}

export function resolveStep(tree: TreeRoutes, answers: Answers): Step {
  const trail: TrailStep[] = [];
  const used: Record<string, string> = {};
  const seen = new Set<string>();
  let current = tree.start;
  for (;;) {
    const node = tree.nodes[current];
    if (!node || seen.has(current)) break;
    seen.add(current);
    if (!node.options) return { current, trail, outcome: current, answers: used };
    const value = Object.hasOwn(answers, current) ? answers[current] : undefined;
    const option = node.options.find((o) => o.value === value);
    if (!option) break;
    trail.push({ node: current, value: option.value, next: option.next });
    used[current] = option.value;
    current = option.next;
  }
  return { current, trail, answers: used };
}

export interface TreePath {
  answers: { node: string; value: string }[];
  outcome: string;
}

/** Every route from the start to an outcome, depth first in option order. */
export function enumeratePaths(tree: TreeRoutes): TreePath[] {
  const paths: TreePath[] = [];
  const walk = (id: string, answers: TreePath['answers'], seen: Set<string>) => {
    const node = tree.nodes[id];
    if (!node || seen.has(id)) return;
    if (!node.options) {
      paths.push({ answers, outcome: id });
      return;
    }
    const next = new Set(seen).add(id);
    for (const option of node.options) walk(option.next, [...answers, { node: id, value: option.value }], next);
  };
  walk(tree.start, [], new Set());
  return paths;
}

/** Answers as a link fragment: `answers:danger-now=no;who-asks=family`. Never a query string. */
export function encodeAnswers(answers: Answers): string {
  const parts = Object.entries(answers).map(([node, value]) => `${node}=${value}`);
  return `answers:${parts.join(';')}`;
}

export function decodeAnswers(fragment: string): Record<string, string> | undefined {
  const text = fragment.replace(/^#/, '');
  if (!text.startsWith('answers:')) return undefined;
  const answers: Record<string, string> = {};
  for (const part of text.slice('answers:'.length).split(';')) {
    const [node, value] = part.split('=');
    if (node && value && /^[a-z0-9-]+$/.test(node) && /^[a-z0-9-]+$/.test(value)) answers[node] = value;
  }
  return answers;
}
