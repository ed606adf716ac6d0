/**
 * The shape of a decision tree. A tree is data: questions lead to questions or outcomes, and
 * every outcome carries a verdict, its reasons, what to do next and its sources. Keys (node ids,
 * option values) are stable identifiers; labels are copy and may change (DESIGN.md).
 */
import type { Facts } from './rules.ts';
import type { VerdictId } from './verdicts.ts';

export interface TreeOption {
  value: string;
  label: string;
  next: string;
}

export interface QuestionNode {
  kind: 'question';
  id: string;
  question: string;
  hint?: string;
  options: TreeOption[];
}

export interface OutcomeNode {
  kind: 'outcome';
  id: string;
  verdict: VerdictId;
  /** What the outcome stands on; the rule table gives the verdict for them (content/guide/rules.yaml). */
  facts: Facts;
  title: string;
  /** Markdown: why this is the answer. */
  body: string;
  next_steps: string[];
  /** What to write down afterwards. */
  record: string[];
  /** Script pages to use, as `scripts/slug`. */
  scripts: string[];
  sources: string[];
  /** Guidance pages that explain the outcome, as `kind/slug`. */
  see: string[];
}

export type TreeNode = QuestionNode | OutcomeNode;

export interface Tree {
  id: string;
  title: string;
  summary: string;
  start: string;
  /** Nodes in file order, then the shared outcomes the tree's answers lead to (content/guide/outcomes.yaml). */
  nodes: Map<string, TreeNode>;
  /** Old node ids that links may still use, each with the node that replaced it. */
  renamed: Readonly<Record<string, string>>;
}

/**
 * The part of a tree needed to follow answers: what the browser receives. `resolveStep` and
 * `enumeratePaths` take this, so the same code runs at build time and in the tool.
 */
export interface TreeRoutes {
  start: string;
  nodes: Record<string, { options?: { value: string; next: string }[] }>;
  /** Old node ids → the node that replaced them, so old links open the right step. */
  renamed?: Readonly<Record<string, string>>;
}

/** Answers keyed by question id: `{ 'danger-now': 'no' }`. */
export type Answers = Readonly<Record<string, string>>;
