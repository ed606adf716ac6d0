/**
 * Reading and checking a tree file. Every defect is reported at once, each with the file, the
 * YAML path, the line and the fix; nothing here throws on bad input. Pure TypeScript: the caller
 * reads the file and says which source ids and pages exist.
 */
import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { PageRefSchema, SLUG, Slug, Text } from '../core/schema.ts';
import {
  formatPath,
  lowerFirst,
  problemsFromZod,
  suggest,
  yamlLocator,
  yamlSyntaxProblems,
  type Locate,
  type PathSegment,
  type Problem,
} from '../core/problems.ts';
import { checkOutcome, type OutcomeContext } from './outcome-checks.ts';
import { findCycle, reachableFrom, toRoutes } from './graph.ts';
import type { OutcomeNode, QuestionNode, Tree, TreeNode } from './types.ts';
import { VERDICT_IDS } from './verdicts.ts';

export type { Locate } from '../core/problems.ts';
// Imported from here by pages and tests since before the graph had a module of its own.
export { findCycle, toRoutes } from './graph.ts';

const OptionSchema = z.strictObject({
  value: Slug('an option value').describe('A stable id for the answer, for example yes, no or not-sure.'),
  label: Text(120).describe('The answer as the reader sees it.'),
  next: Slug('a node id').describe('The id of the node this answer leads to.'),
});

const QuestionSchema = z.strictObject({
  question: Text(200).describe('The question, in plain words, answerable at a glance.'),
  hint: Text(400).describe('A sentence that helps the reader answer.').optional(),
  options: z.array(OptionSchema).describe('A list of at least two answers, each with `value:`, `label:` and `next:`.'),
});

const FACTS_HELP =
  'The facts this outcome stands on, each a fact from content/guide/rules.yaml with one of its values, for example { recipient: family, consent: spoken }; the rules there give its verdict.';

const OutcomeSchema = z.strictObject({
  verdict: z
    .enum(VERDICT_IDS as [string, ...string[]], { error: `must be one of: ${VERDICT_IDS.join(', ')}` })
    .describe(`One of: ${VERDICT_IDS.join(', ')}.`),
  // Required (parseOutcome says so in its own words); names and values are checked against the
  // rule table's vocabulary in checkOutcome.
  facts: z
    .record(z.string(), z.string())
    .refine((facts) => Object.keys(facts).length > 0, { error: 'must name at least one fact' })
    .describe(FACTS_HELP)
    .optional(),
  title: Text(120).describe('The title of the outcome, in plain words.'),
  body: Text(4000).describe('Why this is the answer, in Markdown.'),
  next_steps: z.array(Text(400)).min(1, { error: 'must list at least one step' }).describe('A list of what to do now.'),
  record: z.array(Text(400)).describe('A list of what to write down afterwards.').default([]),
  scripts: z.array(PageRefSchema).describe('A list of script pages, for example [scripts/first-meeting].').default([]),
  sources: z
    .array(Slug('a source id'))
    .min(1, { error: 'must list at least one source id' })
    .describe('A list of ids from content/sources.yaml.'),
  see: z.array(PageRefSchema).describe('A list of guidance pages, for example [principles/consent].').default([]),
});

const TreeFileSchema = z.strictObject({
  title: Text(60).describe('The title of the tree, in plain words, at most 60 characters (its flowchart page adds ": flowchart").'),
  summary: Text(200).describe('One sentence saying what the tree helps decide.'),
  start: Slug('a node id').describe('The id of the first question, one of the keys under `nodes:`.'),
  nodes: z.record(z.string(), z.unknown()).describe('The questions and outcomes, each under its id.'),
  renamed: z
    .record(z.string(), Slug('a node id'))
    .describe('Old step ids that links may still use, each with the node that replaced it: `old-id: new-id`.')
    .default({}),
});

/**
 * The most nodes (questions and outcomes) a tree may have. No reader answers hundreds of
 * questions, and the tool, flowchart and outline pages grow with every node (docs/authoring.md).
 */
export const MAX_TREE_NODES = 500;

/** Ids the page itself uses; a node with one of these ids would break its links. */
export const RESERVED_IDS = new Set(['main', 'sources', 'answers', 'tool', 'outline', 'flowchart', 'related', 'top']);

export interface TreeContext extends OutcomeContext {
  /** The tree's id (its file name). */
  id: string;
  /** The file, as printed in problems. */
  file: string;
  /** Shared outcomes (content/guide/outcomes.yaml), already checked: an answer's `next:` may name one. */
  shared?: ReadonlyMap<string, OutcomeNode>;
  /** Shared outcomes that could not be read (reported in their own file): a tree that names one is not built. */
  unreadable?: ReadonlySet<string>;
}

export interface ParsedTree {
  tree?: Tree;
  problems: Problem[];
}

export function parseTree(text: string, context: TreeContext): ParsedTree {
  const syntax = yamlSyntaxProblems(text, context.file);
  if (syntax.length) return { problems: syntax };
  const lines = yamlLocator(text);
  return validateTree(parseDocument(text).toJS() ?? {}, context, (path) => ({ file: context.file, line: lines(path) }));
}

/** Validates tree data (already parsed from YAML, perhaps merged from two files). */
export function validateTree(raw: unknown, context: TreeContext, where: Locate): ParsedTree {
  const problems: Problem[] = [];
  const lineIn = (path: readonly PathSegment[]) => where(path).line;
  const top = TreeFileSchema.safeParse(raw);
  if (!top.success) return { problems: problemsFromZod(where([]).file, top.error, TreeFileSchema, lineIn, [], raw) };

  const count = Object.keys(top.data.nodes).length;
  if (count > MAX_TREE_NODES) {
    return {
      problems: [
        {
          ...where(['nodes']),
          where: 'nodes',
          message: `The tree has ${count} nodes (questions and outcomes), more than the ${MAX_TREE_NODES} a tree may have.`,
          fix: 'Split it into smaller trees, each a tool of its own: no reader answers this many questions, and its pages would be too long to use (docs/authoring.md, "How big a tree may be").',
        },
      ],
    };
  }
  const nodes = new Map<string, TreeNode>();
  const shared = context.shared ?? new Map<string, OutcomeNode>();
  for (const [id, rawNode] of Object.entries(top.data.nodes)) {
    const at = where(['nodes', id]);
    if (!SLUG.test(id)) {
      problems.push({
        ...at,
        where: `nodes.${id}`,
        message: `The node id \`${id}\` cannot be used in a link.`,
        fix: 'Use lower-case words joined by hyphens, for example who-asks.',
      });
      continue;
    }
    if (RESERVED_IDS.has(id)) {
      problems.push({
        ...at,
        where: `nodes.${id}`,
        message: `The node id \`${id}\` is used by the page itself.`,
        fix: `Choose another id, for example ${id}-step.`,
      });
      continue;
    }
    if (shared.has(id)) {
      // Node ids are link targets (#id) on the tool page, where a shared outcome is a node too.
      problems.push({
        ...at,
        where: `nodes.${id}`,
        message: `\`${id}\` is already the id of a shared outcome, and a tree cannot have two nodes with one id.`,
        fix: 'Rename this node (and the `next:` values that point to it), or delete it and let its answers lead to the shared outcome.',
      });
      continue;
    }
    const node = parseNode(id, rawNode, at.file, lineIn, problems);
    if (node) nodes.set(id, node);
  }

  const declared = Object.keys(top.data.nodes);
  const complete = nodes.size === declared.length;
  includeSharedOutcomes(nodes, shared, top.data.start);
  const tree: Tree = {
    id: context.id,
    title: top.data.title,
    summary: top.data.summary,
    start: top.data.start,
    nodes,
    renamed: top.data.renamed,
  };
  problems.push(...checkRenamed(tree, where));
  // A node that could not be read has no answers to follow; checking the graph would only add
  // knock-on problems ("unreachable") to the one already reported.
  if (complete) problems.push(...checkGraph(tree, context, where, declared));
  const missing = [...nodes.values()].some((n) => n.kind === 'question' && n.options.some((o) => context.unreadable?.has(o.next)));
  return problems.length || missing ? { problems } : { tree, problems };
}

/**
 * Old step addresses (`/tools/x/#old-id`) that trainers may have linked keep working: each names
 * the node that replaced it, and must not be a live node id itself.
 */
function checkRenamed(tree: Tree, where: Locate): Problem[] {
  return Object.entries(tree.renamed).flatMap(([old, now]) => {
    const at = { ...where(['renamed', old]), where: `renamed.${old}` };
    if (tree.nodes.has(old)) {
      return [
        {
          ...at,
          message: `\`${old}\` is still a node of this tree, so it cannot also be an old, renamed id.`,
          fix: 'Remove it from `renamed:`.',
        },
      ];
    }
    if (!tree.nodes.has(now)) {
      return [
        {
          ...at,
          message: `The old id \`${old}\` points to \`${now}\`, which is not a node of this tree.`,
          fix: suggest(now, [...tree.nodes.keys()], 'node id', 'or point it at the node that replaced it'),
        },
      ];
    }
    return [];
  });
}

/** The shared outcomes the tree names join its nodes, after its own, in the order first named. */
function includeSharedOutcomes(nodes: Map<string, TreeNode>, shared: ReadonlyMap<string, OutcomeNode>, start: string): void {
  const named = [start, ...[...nodes.values()].flatMap((node) => (node.kind === 'question' ? node.options.map((o) => o.next) : []))];
  for (const id of named) {
    const outcome = shared.get(id);
    if (outcome && !nodes.has(id)) nodes.set(id, outcome);
  }
}

/** Reads one outcome, in a tree or shared: its shape, with every problem reported at `prefix`. */
export function parseOutcome(
  id: string,
  raw: unknown,
  file: string,
  locate: (p: readonly PathSegment[]) => number | undefined,
  prefix: readonly PathSegment[],
  problems: Problem[],
): OutcomeNode | undefined {
  const result = OutcomeSchema.safeParse(raw);
  const noFacts = typeof raw === 'object' && raw !== null && !('facts' in raw);
  if (noFacts) {
    problems.push({
      file,
      where: formatPath(prefix),
      line: locate(prefix),
      message: `The outcome \`${id}\` has no facts, so the rules cannot check its verdict.`,
      fix: `Add \`facts:\`: ${lowerFirst(FACTS_HELP)}`,
    });
  }
  if (!result.success) {
    problems.push(...problemsFromZod(file, result.error, OutcomeSchema, locate, prefix, raw));
    return undefined;
  }
  return noFacts ? undefined : ({ kind: 'outcome', id, ...result.data } as OutcomeNode);
}

function parseNode(
  id: string,
  raw: unknown,
  file: string,
  locate: (p: readonly PathSegment[]) => number | undefined,
  problems: Problem[],
): TreeNode | undefined {
  const prefix = ['nodes', id];
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const keys = isObject ? Object.keys(raw) : [];
  if (keys.includes('question') || keys.includes('options')) {
    const result = QuestionSchema.safeParse(raw);
    if (!result.success) {
      problems.push(...problemsFromZod(file, result.error, QuestionSchema, locate, prefix, raw));
      return undefined;
    }
    return { kind: 'question', id, ...result.data } satisfies QuestionNode;
  }
  if (keys.includes('verdict') || keys.includes('title')) return parseOutcome(id, raw, file, locate, prefix, problems);
  problems.push({
    file,
    where: `nodes.${id}`,
    line: locate(prefix),
    message: `The node \`${id}\` is neither a question nor an outcome.`,
    fix: 'Give a question `question:` and `options:`, or an outcome `verdict:`, `facts:`, `title:`, `body:`, `next_steps:` and `sources:`.',
  });
  return undefined;
}

function checkGraph(tree: Tree, context: TreeContext, where: Locate, declared: string[]): Problem[] {
  const problems: Problem[] = [];
  const own = new Set(declared);
  const exists = (id: string) => own.has(id) || (context.shared?.has(id) ?? false) || (context.unreadable?.has(id) ?? false);
  const ids = [...declared, ...(context.shared?.keys() ?? [])];

  if (!exists(tree.start)) {
    problems.push({
      ...where(['start']),
      where: 'start',
      message: `\`start\` names the node \`${tree.start}\`, which does not exist.`,
      fix: suggest(tree.start, ids, 'node id', 'or add that node under `nodes:`'),
    });
  } else if (tree.nodes.get(tree.start)?.kind === 'outcome') {
    problems.push({
      ...where(['start']),
      where: 'start',
      message: 'The tree starts with an outcome, so it asks nothing.',
      fix: 'Point `start:` at the first question.',
    });
  }

  for (const node of tree.nodes.values()) {
    if (node.kind === 'question') {
      if (node.options.length < 2) {
        problems.push({
          ...where(['nodes', node.id, 'options']),
          where: `nodes.${node.id}.options`,
          message: `The question \`${node.id}\` has ${node.options.length === 0 ? 'no answers' : 'only one answer'}.`,
          fix: 'Give it at least two options, or replace the question with the node it leads to.',
        });
      }
      const values = new Map<string, number>();
      node.options.forEach((option, i) => {
        const at = ['nodes', node.id, 'options', i];
        if (values.has(option.value)) {
          problems.push({
            ...where([...at, 'value']),
            where: `nodes.${node.id}.options[${i}].value`,
            message: `The question \`${node.id}\` has two answers with the value \`${option.value}\`.`,
            fix: 'Give each answer its own value: links and saved results use it to tell answers apart.',
          });
        }
        values.set(option.value, i);
        if (!exists(option.next)) {
          problems.push({
            ...where([...at, 'next']),
            where: `nodes.${node.id}.options[${i}].next`,
            message: `The answer "${option.label}" leads to \`${option.next}\`, which is not a node.`,
            fix: suggest(option.next, ids, 'node id', 'or add that node under `nodes:`'),
          });
        }
      });
    } else if (own.has(node.id)) {
      // A shared outcome was checked once, in its own file.
      problems.push(...checkOutcome(node, context, where, ['nodes', node.id]));
    }
  }

  if (problems.length || !exists(tree.start)) return problems;
  const routes = toRoutes(tree);
  const cycle = findCycle(routes);
  if (cycle) {
    problems.push({
      ...where(['nodes', cycle[0] ?? '']),
      where: `nodes.${cycle[0]}`,
      message: `The answers loop back on themselves: ${cycle.join(' → ')}.`,
      fix: 'Every path must end at an outcome: point one of these answers to a later question or an outcome.',
    });
    return problems;
  }
  const reachable = reachableFrom(routes);
  for (const id of declared) {
    if (!reachable.has(id)) {
      problems.push({
        ...where(['nodes', id]),
        where: `nodes.${id}`,
        message: `No answer leads to the node \`${id}\`, so no reader can reach it.`,
        fix: 'Point an answer’s `next:` at it, or delete it.',
      });
    }
  }
  return problems;
}
