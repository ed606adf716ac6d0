/** Small trees for engine tests, parsed through the real parser. */
import { checkContent } from '../../src/content/check-content.ts';
import { parseTree } from '../../src/engine/validate.ts';
import type { Tree } from '../../src/engine/types.ts';
import { MINIMAL_SITE } from './fixture-site.ts';

export const FIXTURE_SOURCES = new Set(['hipaa-164-510-b', 'cfr42-2-31']);
export const FIXTURE_PAGES = new Set([
  'principles/consent',
  'scripts/asking-permission',
  'groups/group-agreement',
  'situations/family-member-calls',
]);

export function parseFixtureTree(text: string, id = 'test-tree') {
  return parseTree(text, { id, file: `${id}.yaml`, sourceIds: FIXTURE_SOURCES, pages: FIXTURE_PAGES });
}

/**
 * The minimal site's tree, read as the build reads it (with the site's shared outcomes and rules):
 * danger-now → (yes) safety-first | (no) have-permission → share-minimum | share-with-family | ask-first | ask-before-you-share.
 */
export function minimalTree(): Tree {
  const { trees, problems } = checkContent(MINIMAL_SITE, MINIMAL_SITE);
  const tree = trees.find((t) => t.id === 'may-i-share');
  if (!tree || problems.length) throw new Error(`fixture tree is invalid: ${JSON.stringify(problems)}`);
  return tree;
}

/** "Question X goes to Y for answer Z", refusing answers for questions that do not exist (as Smart Answers' flow test helper does). */
export function nextFor(tree: Tree, question: string, value: string): string {
  const node = tree.nodes.get(question);
  if (node?.kind !== 'question') throw new Error(`${question} is not a question of ${tree.id}`);
  const option = node.options.find((o) => o.value === value);
  if (!option) throw new Error(`${question} has no answer ${value}`);
  return option.next;
}

/** The shared outcomes a large tree ends at: the minimal site's by default. */
export interface BigTreeOutcomes {
  /** A safety-first outcome, for the first question's way to help now. */
  help: string;
  /** Where "Yes" ends in a chain. */
  yes: string;
  /** Where the last question leads. */
  end: string;
}
const MINIMAL_OUTCOMES: BigTreeOutcomes = { help: 'safety-first', yes: 'share-with-family', end: 'ask-before-you-share' };
/** The same roles in the baseline's content/guide/outcomes.yaml. */
export const BASELINE_OUTCOMES: BigTreeOutcomes = { help: 'get-help-now', yes: 'share-with-family', end: 'family-ask-first' };

/**
 * Large trees, as YAML. A chain of `n` questions: each answer "Yes" ends at an outcome and "No"
 * goes on to the next question (n + 2 routes).
 */
export function chainTreeYaml(n: number, outcomes = MINIMAL_OUTCOMES): string {
  return bigTreeYaml(`A chain of ${n} questions`, n, outcomes, (next) => [
    { value: 'yes', label: 'Yes', next: outcomes.yes },
    { value: 'no', label: 'No', next },
  ]);
}

/** A yes/no checklist of `n` questions: both answers of each question lead to the next, so it has 2^n routes. */
export function checklistTreeYaml(n: number, outcomes = MINIMAL_OUTCOMES): string {
  return bigTreeYaml(`A checklist of ${n} questions`, n, outcomes, (next) => [
    { value: 'yes', label: 'Yes', next },
    { value: 'no', label: 'No', next },
  ]);
}

/** The first question also offers the way to help now, as every tree must (src/engine/safety-paths.ts). */
function bigTreeYaml(
  title: string,
  n: number,
  outcomes: BigTreeOutcomes,
  options: (next: string) => { value: string; label: string; next: string }[],
): string {
  const lines = [`title: ${title}`, 'summary: A generated tree with many questions.', 'start: q1', 'nodes:'];
  for (let i = 1; i <= n; i++) {
    const answers = options(i === n ? outcomes.end : `q${i + 1}`);
    if (i === 1) answers.unshift({ value: 'danger', label: 'Someone may be in danger right now', next: outcomes.help });
    lines.push(`  q${i}:`, `    question: Is item ${i} of the list done?`, '    options:');
    for (const a of answers) lines.push(`      - { value: ${a.value}, label: "${a.label}", next: ${a.next} }`);
  }
  return `${lines.join('\n')}\n`;
}
