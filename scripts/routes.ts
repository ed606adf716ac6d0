/**
 * `npm run routes`: writes the routes through every tool as data a reviewer can read: for each
 * baseline tree, docs/routes/<tree>.md with one row per route (the answers, the outcome, its
 * verdict and the rule that gives it), and docs/routes/rules.md, the rule table. A supervisor or
 * privacy officer reviews these, not YAML (DESIGN.md, "Rules behind the tools").
 * tests/content/routes.test.ts fails when they are stale. Only the baseline is written: a fork's
 * content/org/ is left out, so a fork never has to change upstream's files (docs/decisions/0006).
 * Routes multiply with the questions, so this is for review only, never part of the build, and it
 * stops on a tree with more than MAX_ROUTES of them rather than run for hours.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, type ContentCheck } from '../src/content/check-content.ts';
import { formatProblems } from '../src/core/problems.ts';
import { countPaths, enumeratePaths } from '../src/engine/resolve.ts';
import { decideVerdict } from '../src/engine/rules.ts';
import type { Tree } from '../src/engine/types.ts';
import { toRoutes } from '../src/engine/validate.ts';
import { cell, generated, renderRules, verdictLabel } from './routes-rules.ts';

export const ROOT = join(import.meta.dirname, '..');
export const ROUTES_DIR = join(ROOT, 'docs', 'routes');

/** The baseline's content checked without content/org/, with problems named as in the project (content/…). */
export function checkBaseline(contentDir: string): ContentCheck {
  const copy = mkdtempSync(join(tmpdir(), 'guide-routes-'));
  try {
    cpSync(contentDir, join(copy, 'content'), { recursive: true, filter: (path) => path !== join(contentDir, 'org') });
    return checkContent(join(copy, 'content'), copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** More routes than a reviewer can read: `npm run routes` stops instead of listing them. */
export const MAX_ROUTES = 5000;

/** A tree with too many routes to list; its message says which tree and what to do. */
export class TooManyRoutes extends Error {}

/** Every file of docs/routes/, by name, from checked content. */
export function renderRoutes(check: ContentCheck): Map<string, string> {
  const files = new Map<string, string>();
  if (!check.rules) throw new Error('The rule table has problems: run npm run check.');
  for (const tree of check.trees) files.set(`${tree.id}.md`, renderTree(tree, check));
  files.set('rules.md', renderRules(check));
  return files;
}

function renderTree(tree: Tree, check: ContentCheck): string {
  const count = countPaths(toRoutes(tree));
  if (count > MAX_ROUTES) {
    throw new TooManyRoutes(
      `content/guide/trees/${tree.id}.yaml has ${count > 1e12 ? 'over a trillion' : count.toLocaleString('en-US')} routes from the first question to an outcome, more than the ${MAX_ROUTES.toLocaleString('en-US')} that npm run routes lists for review. Routes multiply with every question that more than one answer leads to: split the tree into smaller ones, or review it with its flowchart and outline (/flowcharts/${tree.id}/).`,
    );
  }
  const paths = enumeratePaths(toRoutes(tree));
  const start = tree.nodes.get(tree.start);
  const reached = new Set(paths.map((p) => p.outcome));
  const rows = paths.map((path, i) => {
    const answers = path.answers.map(({ node, value }) => {
      const question = tree.nodes.get(node);
      const label = question?.kind === 'question' ? question.options.find((o) => o.value === value)?.label : value;
      return `${question?.kind === 'question' ? question.question : node} → **${label}**`;
    });
    const outcome = tree.nodes.get(path.outcome);
    if (outcome?.kind !== 'outcome') throw new Error(`${tree.id}: ${path.outcome} is not an outcome`);
    const rule = decideVerdict(outcome.facts, check.rules!.rules);
    const ruleCell = rule ? `[\`${rule.id}\`](rules.md#${rule.id})` : 'none';
    return `| ${i + 1} | ${cell(answers.join('<br>'))} | \`${outcome.id}\`: ${cell(outcome.title)} | ${verdictLabel(outcome.verdict)} | ${ruleCell} |`;
  });
  return [
    `# Routes: ${tree.title}`,
    '',
    generated(`content/guide/trees/${tree.id}.yaml, content/guide/outcomes.yaml and content/guide/rules.yaml`),
    '',
    cell(tree.summary),
    '',
    `- The tool: \`/tools/${tree.id}/\`. It starts with the question **${start?.kind === 'question' ? cell(start.question) : tree.start}** (\`${tree.start}\`).`,
    `- ${paths.length} routes, ending at ${reached.size} outcomes.`,
    '',
    'How to read it: each row is one way through the tool, from the first question to an outcome. **Answers** are the questions in the order the tool asks them, each with the answer chosen. **Rule** is the rule in [the rule table](rules.md) that gives the verdict for the facts the outcome states; the build fails when the outcome says anything else. To review, read each row and ask: is this the right advice for someone who gave these answers?',
    '',
    '| # | Answers | Outcome | Verdict | Rule |',
    '| --: | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** Names of files in docs/routes/ that differ from `rendered`, are missing, or should not be there. */
export function staleRoutes(dir: string, rendered: Map<string, string>): string[] {
  const present = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.md')) : [];
  const stale = [...rendered]
    .filter(([name, text]) => !present.includes(name) || readFileSync(join(dir, name), 'utf8') !== text)
    .map(([name]) => name);
  return [...stale, ...present.filter((name) => !rendered.has(name))].sort();
}

export function writeRoutes(dir: string, rendered: Map<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.md') && !rendered.has(name)) rmSync(join(dir, name));
  for (const [name, text] of rendered) writeFileSync(join(dir, name), text);
}

if (import.meta.main) {
  const check = checkBaseline(join(ROOT, 'content'));
  if (check.problems.length) {
    process.stderr.write(`${formatProblems(check.problems)}\nFix the problems above, then run npm run routes again.\n`);
    process.exit(1);
  }
  let rendered: Map<string, string>;
  try {
    rendered = renderRoutes(check);
  } catch (error) {
    if (!(error instanceof TooManyRoutes)) throw error;
    process.stderr.write(`${error.message}\nNothing was written to docs/routes/.\n`);
    process.exit(1);
  }
  writeRoutes(ROUTES_DIR, rendered);
  console.log(`Wrote ${rendered.size} files to docs/routes/ (${rendered.size - 1} trees and the rule table).`);
}
