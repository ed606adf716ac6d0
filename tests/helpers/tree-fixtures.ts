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
