/**
 * Reading the decision trees. An organization can change a baseline tree without copying it:
 * content/org/trees/<id>.yaml lists only what differs. A node there with a baseline id replaces
 * the fields it gives (say, the `next_steps` of an outcome); a node with a new id is added (a new
 * question, linked in by overriding the `options` of the question before it). The merged tree is
 * checked with the same messages, each pointing at the file the mistake is in.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { Tree } from '../engine/types.ts';
import { parseTree, validateTree, type Locate } from '../engine/validate.ts';
import { yamlLocator, yamlSyntaxProblems, type Problem } from './problems.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
type RawTree = { nodes?: Record<string, Record<string, unknown>> } & Record<string, unknown>;

export interface TreeInputs {
  contentDir: string;
  rel: (path: string) => string;
  sourceIds: ReadonlySet<string>;
  pages: ReadonlySet<string>;
}

export function readTrees(inputs: TreeInputs, problems: Problem[], ids: string[]): Tree[] {
  const { contentDir, rel } = inputs;
  const baseDir = join(contentDir, 'guide', 'trees');
  const orgDir = join(contentDir, 'org', 'trees');
  const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)) : []);
  const names = [...new Set([...list(baseDir), ...list(orgDir)])].sort();
  const trees: Tree[] = [];
  for (const name of names) {
    const id = name.replace(/\.ya?ml$/, '');
    const base = join(baseDir, name);
    const org = join(orgDir, name);
    if (!SLUG.test(id)) {
      problems.push({ file: rel(existsSync(org) ? org : base), message: `The file name "${name}" cannot be used as a web address.`, fix: 'Rename the file with lower-case words joined by hyphens, for example may-i-share.yaml.' });
      continue;
    }
    ids.push(id);
    const context = { id, file: rel(existsSync(org) ? org : base), sourceIds: inputs.sourceIds, pages: inputs.pages };
    const parsed =
      existsSync(base) && existsSync(org)
        ? mergeAndValidate(base, org, id, inputs)
        : parseTree(readFileSync(existsSync(org) ? org : base, 'utf8'), context);
    problems.push(...parsed.problems);
    if (parsed.tree) trees.push(parsed.tree);
  }
  return trees;
}

function mergeAndValidate(basePath: string, orgPath: string, id: string, inputs: TreeInputs): ReturnType<typeof validateTree> {
  const baseFile = inputs.rel(basePath);
  const orgFile = inputs.rel(orgPath);
  const baseText = readFileSync(basePath, 'utf8');
  const orgText = readFileSync(orgPath, 'utf8');
  const syntax = [...yamlSyntaxProblems(baseText, baseFile), ...yamlSyntaxProblems(orgText, orgFile)];
  if (syntax.length) return { problems: syntax };
  const base = (parseDocument(baseText).toJS() ?? {}) as RawTree;
  const org = (parseDocument(orgText).toJS() ?? {}) as RawTree;
  const baseLines = yamlLocator(baseText);
  const orgLines = yamlLocator(orgText);

  const problems: Problem[] = [];
  const nodes: Record<string, Record<string, unknown>> = { ...(base.nodes ?? {}) };
  for (const [nodeId, override] of Object.entries(org.nodes ?? {})) {
    const existing = nodes[nodeId];
    const complete = override && ('question' in override || 'verdict' in override);
    if (!existing && !complete) {
      problems.push({
        file: orgFile,
        where: `nodes.${nodeId}`,
        line: orgLines(['nodes', nodeId]),
        message: `\`${nodeId}\` is not a node of the baseline tree, so there is nothing to change.`,
        fix: `Check the id against ${baseFile}; to add a new node instead, give it a whole question (question, options) or outcome (verdict, title, body, next_steps, sources).`,
      });
      continue;
    }
    nodes[nodeId] = { ...(existing ?? {}), ...override };
  }
  if (problems.length) return { problems };
  const merged = { ...base, ...org, nodes };
  // A place is in the organization's file when that file gives it, else in the baseline's.
  const where: Locate = (path) => {
    const [top, nodeId, field] = path;
    const fromOrg =
      top === 'nodes' ? nodeId !== undefined && org.nodes?.[String(nodeId)] !== undefined && (field === undefined || field in (org.nodes[String(nodeId)] ?? {})) : top !== undefined && top in org;
    return fromOrg ? { file: orgFile, line: orgLines(path) } : { file: baseFile, line: baseLines(path) };
  };
  return validateTree(merged, { id, file: orgFile, sourceIds: inputs.sourceIds, pages: inputs.pages }, where);
}
