/**
 * The tree as an outline that grows with its nodes and answers, never with its paths. Each
 * question is written out once. A question that only one answer leads to sits under that answer,
 * so a branch reads on its own; a question that several answers lead to (or that would sit too
 * deep to read) becomes a part of its own, and each answer leading to it says "go to part N".
 * Outcomes are one line, so they are repeated under every answer that reaches them.
 */
import type { OutcomeNode, QuestionNode, Tree } from './types.ts';

/** Questions nested deeper than this start a part of their own (nested lists get hard to follow, and narrow). */
export const MAX_NESTING = 10;

export interface OutlineQuestion {
  node: QuestionNode;
  answers: OutlineAnswer[];
}

export interface OutlineAnswer {
  value: string;
  label: string;
  /** What the answer leads to: an outcome, a question written out here, or a part of the outline. */
  then: { outcome: OutcomeNode } | { question: OutlineQuestion } | { part: number; node: QuestionNode };
}

export interface OutlinePart {
  /** 1 for the part that starts with the first question. */
  number: number;
  question: OutlineQuestion;
}

export function treeOutline(tree: Tree): OutlinePart[] {
  const incoming = new Map<string, number>();
  for (const node of tree.nodes.values()) {
    if (node.kind === 'question') for (const o of node.options) incoming.set(o.next, (incoming.get(o.next) ?? 0) + 1);
  }
  const partOf = new Map<string, number>();
  const parts: OutlinePart[] = [];
  const pending: QuestionNode[] = [];
  const partFor = (node: QuestionNode) => {
    if (!partOf.has(node.id)) {
      partOf.set(node.id, partOf.size + 1);
      pending.push(node);
    }
    return partOf.get(node.id)!;
  };
  const start = tree.nodes.get(tree.start);
  if (start?.kind !== 'question') return [];
  partFor(start);
  // Each question is written out once: in its own part, or under the one answer that leads to it.
  // The nesting is at most MAX_NESTING deep, so this recursion is too.
  const write = (node: QuestionNode, depth: number): OutlineQuestion => ({
    node,
    answers: node.options.flatMap((option): OutlineAnswer[] => {
      const next = tree.nodes.get(option.next);
      if (!next) return [];
      const { value, label } = option;
      if (next.kind === 'outcome') return [{ value, label, then: { outcome: next } }];
      if (incoming.get(next.id) === 1 && depth + 1 < MAX_NESTING) return [{ value, label, then: { question: write(next, depth + 1) } }];
      return [{ value, label, then: { part: partFor(next), node: next } }];
    }),
  });
  for (let i = 0; i < pending.length; i++) parts.push({ number: i + 1, question: write(pending[i]!, 0) });
  return parts;
}
