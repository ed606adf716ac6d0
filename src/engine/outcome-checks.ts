/**
 * Checks on one outcome's references: its sources, the pages it links to and the facts it states.
 * The same for an outcome inside a tree and a shared one (content/guide/outcomes.yaml), which is
 * checked once, in its own file.
 */
import { checkFacts, checkSources } from './rule-checks.ts';
import { problemAt, suggest, type Locate, type PathSegment, type Problem } from '../core/problems.ts';
import type { Vocabulary } from './rules.ts';
import type { OutcomeNode } from './types.ts';

export interface OutcomeContext {
  sourceIds: ReadonlySet<string>;
  /** Pages that exist, as `kind/slug`. */
  pages: ReadonlySet<string>;
  /** The facts outcomes may state; without it (the rule table could not be read) facts are not checked. */
  vocabulary?: Vocabulary;
}

export function checkOutcome(node: OutcomeNode, context: OutcomeContext, where: Locate, prefix: readonly PathSegment[]): Problem[] {
  const problems = checkSources(node.sources, context.sourceIds, where, prefix);
  for (const field of ['see', 'scripts'] as const) {
    node[field].forEach((ref, i) => {
      if (context.pages.has(ref)) return;
      problems.push(
        problemAt(
          where,
          [...prefix, field, i],
          `The page \`${ref}\` does not exist.`,
          suggest(ref, [...context.pages], 'page', 'or remove it from the list'),
        ),
      );
    });
  }
  if (context.vocabulary) problems.push(...checkFacts(node.facts, context.vocabulary, where, prefix));
  return problems;
}
