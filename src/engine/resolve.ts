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

/**
 * Every route from the start to an outcome, depth first in option order. Their number can grow
 * exponentially with the questions (a yes/no checklist of 30 questions has a billion), so only
 * reviews and tests use this, never the build: check `countPaths` first.
 */
export function enumeratePaths(tree: TreeRoutes): TreePath[] {
  const paths: TreePath[] = [];
  // Depth first without recursion: the answers on the way, and for each question the next option to try.
  const answers: TreePath['answers'] = [];
  const stack: { id: string; next: number }[] = [];
  const onPath = new Set<string>();
  const enter = (id: string) => {
    const node = tree.nodes[id];
    if (!node || onPath.has(id)) return false;
    if (!node.options) {
      paths.push({ answers: [...answers], outcome: id });
      return false;
    }
    onPath.add(id);
    stack.push({ id, next: 0 });
    return true;
  };
  enter(tree.start);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const option = tree.nodes[top.id]!.options![top.next++];
    if (!option) {
      stack.pop();
      onPath.delete(top.id);
      answers.pop();
      continue;
    }
    answers.push({ node: top.id, value: option.value });
    if (!enter(option.next)) answers.pop();
  }
  return paths;
}

/** How many routes `enumeratePaths` would list, counted in time linear in the tree (a loop counts as none). */
export function countPaths(tree: TreeRoutes): number {
  const count = new Map<string, number>();
  const open = new Set<string>();
  const stack: { id: string; next: number }[] = [{ id: tree.start, next: 0 }];
  open.add(tree.start);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const options = tree.nodes[top.id]?.options;
    const option = options?.[top.next++];
    if (option && !count.has(option.next) && !open.has(option.next) && tree.nodes[option.next]) {
      open.add(option.next);
      stack.push({ id: option.next, next: 0 });
      continue;
    }
    if (option) continue;
    stack.pop();
    open.delete(top.id);
    const node = tree.nodes[top.id];
    count.set(top.id, !node ? 0 : !options ? 1 : options.reduce((n, o) => n + (count.get(o.next) ?? 0), 0));
  }
  return count.get(tree.start) ?? 0;
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
