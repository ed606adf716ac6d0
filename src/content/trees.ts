/**
 * Reading the decision trees. An organization can change a baseline tree without copying it:
 * content/org/trees/<id>.yaml lists only what differs. A node there with a baseline id replaces
 * the fields it gives (say, the `next_steps` of an outcome); a node with a new id is added (a new
 * question, linked in by overriding the `options` of the question before it). The merged tree is
 * checked with the same messages, each pointing at the file the mistake is in, and then against
 * the safety invariants (src/engine/safety-paths.ts).
 */
import { SLUG } from '../core/schema.ts';
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locate, Problem } from '../core/problems.ts';
import type { Vocabulary } from '../engine/rules.ts';
import { checkTreeSafety } from '../engine/safety-paths.ts';
import type { OutcomeNode, Tree } from '../engine/types.ts';
import { validateTree } from '../engine/validate.ts';
import type { OutcomeRecord } from '../engine/verdict-checks.ts';
import { markdownFieldProblems } from './body-checks.ts';
import { entriesOf, factsOf, mergeEntries, overlayLocator } from './merge.ts';
import { isRecord, locateIn, readYamlFile, type YamlFile } from './yaml-file.ts';

export interface TreeInputs {
  contentDir: string;
  rel: (path: string) => string;
  sourceIds: ReadonlySet<string>;
  pages: ReadonlySet<string>;
  /** Shared outcomes (content/guide/outcomes.yaml), which answers may lead to. */
  shared?: ReadonlyMap<string, OutcomeNode>;
  /** Shared outcomes that could not be read: a tree naming one is not built (the problem is reported once). */
  unreadable?: ReadonlySet<string>;
  /** The facts outcomes may state (content/guide/rules.yaml). */
  vocabulary?: Vocabulary;
}

/** Reads every tree; `ids` receives every tree id, even of a broken tree, and `records` each tree's own outcomes, for the rule checks. */
export function readTrees(inputs: TreeInputs, problems: Problem[], ids: string[], records: OutcomeRecord[] = []): Tree[] {
  const { contentDir, rel } = inputs;
  const baseDir = join(contentDir, 'guide', 'trees');
  const orgDir = join(contentDir, 'org', 'trees');
  // Only .yaml files: any other name (.yml, a link to elsewhere) is reported by checkContentFiles.
  const list = (dir: string) =>
    existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.yaml') && lstatSync(join(dir, n)).isFile()) : [];
  const names = [...new Set([...list(baseDir), ...list(orgDir)])].sort();
  const trees: Tree[] = [];
  for (const name of names) {
    const id = name.replace(/\.yaml$/, '');
    const orgPath = join(orgDir, name);
    const file = rel(existsSync(orgPath) ? orgPath : join(baseDir, name));
    if (!SLUG.test(id)) {
      problems.push({
        file,
        message: `The file name "${name}" cannot be used as a web address.`,
        fix: 'Rename the file with lower-case words joined by hyphens, for example may-i-share.yaml.',
      });
      continue;
    }
    ids.push(id);
    const before = problems.length;
    const base = readYamlFile(join(baseDir, name), rel(join(baseDir, name)), problems);
    const org = readYamlFile(orgPath, rel(orgPath), problems);
    // The baseline version a tree change was written against is checked on its own (src/content/drift.ts).
    if (isRecord(org?.data)) delete org.data.based_on;
    // A file that cannot be read is reported; the other one alone would only add knock-on problems.
    if (problems.length > before) continue;
    const only = org ?? base;
    const read = base && org ? merge(base, org, inputs, problems) : only && single(only);
    if (!read) continue;
    const parsed = validateTree(read.raw, { ...inputs, id, file }, read.where);
    problems.push(...parsed.problems);
    if (!parsed.tree) continue;
    const text = ownBodyProblems(parsed.tree, read.where, inputs.shared);
    if (text.length) {
      problems.push(...text);
      continue;
    }
    problems.push(...checkTreeSafety(parsed.tree, read.where));
    records.push(...ownOutcomes(parsed.tree, read.where, base, org, rel(orgPath), inputs.shared));
    trees.push(parsed.tree);
  }
  return trees;
}

interface Read {
  raw: unknown;
  where: Locate;
}

function single(file: YamlFile): Read {
  return { raw: file.data, where: locateIn(file) };
}

function merge(base: YamlFile, org: YamlFile, inputs: TreeInputs, problems: Problem[]): Read | undefined {
  const merged = mergeEntries(
    entriesOf(base.data, 'nodes'),
    entriesOf(org.data, 'nodes'),
    (node) => 'question' in node || 'verdict' in node,
    (nodeId) => ({
      file: org.file,
      where: `nodes.${nodeId}`,
      line: org.lines(['nodes', nodeId]),
      message: `\`${nodeId}\` is not a node of the baseline tree, so there is nothing to change.`,
      fix: inputs.shared?.has(nodeId)
        ? `\`${nodeId}\` is a shared outcome: change it in content/org/outcomes.yaml instead (see docs/fork-guide.md).`
        : `Check the id against ${base.file}; to add a new node instead, give it a whole question (question, options) or outcome (verdict, facts, title, body, next_steps, sources).`,
    }),
  );
  const raw = { ...(isRecord(base.data) ? base.data : {}), ...(isRecord(org.data) ? org.data : {}), nodes: merged.entries };
  const found = [...merged.problems, ...strandedSteps(base, org, raw, inputs.shared)];
  if (found.length) {
    problems.push(...found);
    return undefined;
  }
  return { raw, where: overlayLocator(base, org, 'nodes') };
}

/**
 * Baseline steps that the organization's answers no longer lead to. Reported at the organization's
 * change, with a fix in its own file: the baseline file is never the one to edit.
 */
function strandedSteps(
  base: YamlFile,
  org: YamlFile,
  merged: { start?: unknown; nodes: Record<string, unknown> },
  shared: ReadonlyMap<string, OutcomeNode> | undefined,
): Problem[] {
  const baseNodes = entriesOf(base.data, 'nodes');
  const ledTo = new Set([merged.start]);
  for (const node of Object.values(merged.nodes)) {
    if (isRecord(node) && Array.isArray(node.options)) for (const option of node.options) if (isRecord(option)) ledTo.add(option.next);
  }
  // An answer leading to no node is the mistake to report (with "did you mean"); a step it strands follows from it.
  if ([...ledTo].some((id) => typeof id !== 'string' || !(id in merged.nodes || shared?.has(id)))) return [];
  const problems: Problem[] = [];
  for (const [id, change] of Object.entries(entriesOf(org.data, 'nodes'))) {
    const before = baseNodes[id];
    if (!isRecord(change) || !('options' in change) || !isRecord(before) || !Array.isArray(before.options)) continue;
    for (const option of before.options) {
      if (!isRecord(option) || typeof option.next !== 'string' || ledTo.has(option.next) || !(option.next in baseNodes)) continue;
      ledTo.add(option.next);
      problems.push({
        file: org.file,
        where: `nodes.${id}.options`,
        line: org.lines(['nodes', id, 'options']),
        message: `Your answers to \`${id}\` no longer lead to the baseline's step \`${option.next}\` (its answer "${String(option.label)}" did), so no reader can reach that step.`,
        fix: `Copy that answer back into your list of answers (from ${base.file}: value ${String(option.value)}, next ${option.next}). A fork cannot remove a baseline step: to change what readers see there, keep the answer and change its \`label\`, or change \`${option.next}\` itself under \`nodes:\` in your file.`,
      });
    }
  }
  return problems;
}

/** Links, HTML and nesting in the text of the tree's own outcomes (shared ones are checked in their file). */
function ownBodyProblems(tree: Tree, where: Locate, shared: ReadonlyMap<string, OutcomeNode> | undefined): Problem[] {
  return [...tree.nodes.values()].flatMap((node) =>
    node.kind !== 'outcome' || shared?.get(node.id) === node
      ? []
      : markdownFieldProblems(node.body, where(['nodes', node.id, 'body']), `nodes.${node.id}.body`),
  );
}

/** The tree's own outcomes (shared ones are checked once, with their file), with what the organization changed. */
function ownOutcomes(
  tree: Tree,
  where: Locate,
  base: YamlFile | undefined,
  org: YamlFile | undefined,
  orgFile: string,
  shared: ReadonlyMap<string, OutcomeNode> | undefined,
): OutcomeRecord[] {
  const baseNodes = base && entriesOf(base.data, 'nodes');
  const orgNodes = entriesOf(org?.data, 'nodes');
  return [...tree.nodes.values()].flatMap((node): OutcomeRecord[] => {
    if (node.kind !== 'outcome' || shared?.get(node.id) === node) return [];
    const changes = orgNodes[node.id];
    return [
      {
        outcome: node,
        name: `\`${node.id}\` in the tree ${tree.id}`,
        where,
        prefix: ['nodes', node.id],
        orgFields: new Set(isRecord(changes) ? Object.keys(changes) : []),
        baselineFacts: baseNodes && factsOf(baseNodes[node.id]),
        orgFile,
      },
    ];
  });
}
