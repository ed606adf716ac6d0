/**
 * Safety invariants on the routes of a tree (DESIGN.md, "Rules behind the tools"): help within one
 * step of the start, and no answer that mentions harm followed by an outcome without crisis
 * steps. The walk visits each node at most twice (before and after a harm answer), so it stays
 * linear in the size of the tree, however many paths there are.
 */
import { problemAt, type Locate, type Problem } from '../core/problems.ts';
import { hasCrisisSteps } from './safety.ts';
import type { QuestionNode, Tree } from './types.ts';

/** Words that mean someone may be hurt. Matched at the start of a word: "harmed", "threatened", "suicide". */
export const HARM_WORDS = /\b(?:hurt|harm|kill|suicid|plan|weapon|gun|overdos|threat|danger)/i;
/** An answer that says no such thing: "No", "No one is in danger", "Not right now". */
const DENIAL = /^\s*(?:no|not|none|nobody|never)\b/i;
const YES = /^\s*yes\b/i;

/** An answer mentions harm in its own words, or says "Yes" to a question that does. */
export function mentionsHarm(question: string, label: string): boolean {
  if (DENIAL.test(label)) return false;
  return HARM_WORDS.test(label) || (YES.test(label) && HARM_WORDS.test(question));
}

export function checkTreeSafety(tree: Tree, where: Locate): Problem[] {
  return [...helpAtStart(tree, where), ...harmWithoutCrisisSteps(tree, where)];
}

function helpAtStart(tree: Tree, where: Locate): Problem[] {
  const start = tree.nodes.get(tree.start);
  if (start?.kind !== 'question') return [];
  const leadsToHelp = start.options.some((o) => {
    const next = tree.nodes.get(o.next);
    return next?.kind === 'outcome' && next.verdict === 'safety-first';
  });
  if (leadsToHelp) return [];
  return [
    problemAt(
      where,
      ['nodes', start.id, 'options'],
      `The first question, \`${start.id}\`, has no answer that leads straight to a safety-first outcome, so a reader facing danger must answer more questions before seeing how to get help.`,
      'Add an answer such as { value: danger, label: "Someone may be in danger right now", next: <a safety-first outcome> } (DESIGN.md: help within one step of every start).',
    ),
  ];
}

/** A message about a long path quotes this many answers from each end. */
const ENDS_SHOWN = 3;

interface Visit {
  node: string;
  /** The first answer on the way that mentions harm, if any: the walk's second state. */
  harm?: string;
  from?: Visit;
  question?: QuestionNode;
  option?: number;
}

function harmWithoutCrisisSteps(tree: Tree, where: Locate): Problem[] {
  const problems: Problem[] = [];
  const queue: Visit[] = [{ node: tree.start }];
  const seen = new Set([`-${tree.start}`]);
  const reported = new Set<string>();
  // Breadth first, so the path reported for an outcome is a shortest one.
  for (let i = 0; i < queue.length; i++) {
    const visit = queue[i]!;
    const node = tree.nodes.get(visit.node);
    if (!node) continue;
    if (node.kind === 'outcome') {
      if (visit.harm === undefined || reported.has(node.id) || hasCrisisSteps(node)) continue;
      reported.add(node.id);
      const answers = pathTo(visit).map(([q, label]) => `"${q} → ${label}"`);
      // A long path shows its first and last answers, so the message stays readable.
      if (answers.length > 2 * ENDS_SHOWN + 1)
        answers.splice(ENDS_SHOWN, answers.length - 2 * ENDS_SHOWN, `… ${answers.length - 2 * ENDS_SHOWN} more …`);
      problems.push(
        problemAt(
          where,
          ['nodes', visit.question!.id, 'options', visit.option!],
          `The answers ${answers.join(', ')} mention harm ("${visit.harm}") but end at \`${node.id}\` (${node.title}), whose first step gives no crisis contact.`,
          'Make the first of its `next_steps` say how to get help now (call 911, call or text 988, or follow the crisis plan or crisis line), or lead that answer to a safety-first outcome.',
        ),
      );
      continue;
    }
    node.options.forEach((option, index) => {
      const harm = visit.harm ?? (mentionsHarm(node.question, option.label) ? option.label : undefined);
      const key = `${harm === undefined ? '-' : '+'}${option.next}`;
      if (seen.has(key)) return;
      seen.add(key);
      queue.push({ node: option.next, harm, from: visit, question: node, option: index });
    });
  }
  return problems;
}

/** The answers chosen on the way to a visit, first to last, as [question, answer]. */
function pathTo(visit: Visit): [string, string][] {
  const steps: [string, string][] = [];
  for (let v: Visit | undefined = visit; v?.question; v = v.from)
    steps.unshift([v.question.question, v.question.options[v.option!]!.label]);
  return steps;
}
