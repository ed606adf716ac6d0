/**
 * Safety invariants on single outcomes (DESIGN.md, "Rules behind the tools"). They follow from a
 * correct rule table, and are checked directly so that a mistake in the table, or a fork's change,
 * cannot break them. Each pattern is written out here, since authors meet them in messages.
 */
import { problemAt, type Locate, type PathSegment, type Problem } from '../core/problems.ts';
import type { OutcomeNode } from './types.ts';

/** A step that tells the reader how to get help now. */
export const CRISIS_STEP = /\b(?:911|988)\b|\bcrisis (?:line|plan)/i;

/**
 * The duty may be the reader's own: "your own", "yours personally", "you personally" or "you
 * yourself" within one sentence of "report…", "duty" or "duties", at most 80 characters apart.
 * In many states a mandated reporter's duty is personal, and telling a supervisor does not meet
 * it (Cal. Penal Code 11166(i)(1); Child Welfare Information Gateway, 2023).
 */
const PERSONAL = String.raw`\b(?:your own|yours personally|you personally|you yourself)\b`;
const DUTY = String.raw`\b(?:report|duty|duties)`;
export const OWN_DUTY = new RegExp(`${PERSONAL}[^.!?]{0,80}${DUTY}|${DUTY}[^.!?]{0,80}${PERSONAL}`, 'i');

/**
 * A sentence that lets permission alone decide: "…consent is enough", "their word alone…",
 * "only their permission…". A sentence with a negation ("never let their word alone decide") is
 * the opposite, and passes. Who decides for a minor depends on state law, the care consented to,
 * and in a Part 2 program 42 CFR 2.14 (rule `minor` in content/guide/rules.yaml).
 */
export const PERMISSION_ALONE =
  /\b(?:permission|word|consent|yes|agreement|say-so)\b[^.!?;]{0,60}\b(?:alone|by itself|on its own|is enough|is all you need|decides?)\b|\bonly (?:their|his|her|the young person[’']s) (?:permission|word|consent|yes|agreement)\b/i;
const NEGATION = /\b(?:never|not|no|nor|cannot)\b|n[’']t\b/i;

export function hasCrisisSteps(outcome: OutcomeNode): boolean {
  return CRISIS_STEP.test(outcome.next_steps[0] ?? '');
}

/** Crisis contacts show with every safety-first outcome, and wherever harm or a safety worry is a fact. */
export function needsCrisisContacts(outcome: OutcomeNode): boolean {
  return outcome.verdict === 'safety-first' || Object.hasOwn(outcome.facts, 'harm') || outcome.facts.danger === 'concern';
}

export function checkOutcomeSafety(outcome: OutcomeNode, where: Locate, prefix: readonly PathSegment[]): Problem[] {
  const problems: Problem[] = [];
  const { id, facts, verdict } = outcome;
  if (facts.danger === 'imminent' && verdict !== 'safety-first') {
    problems.push(
      problemAt(
        where,
        [...prefix, 'verdict'],
        `The outcome \`${id}\` says someone may be harmed soon (\`danger: imminent\`), but its verdict is \`${verdict}\`, not \`safety-first\`.`,
        'Make it `safety-first`, with how to get help as its first step. If the rules give another verdict for these facts, a rule above `imminent-danger` decides first: fix the rule table.',
      ),
    );
  }
  if (facts.person === 'minor') {
    if (verdict === 'share' || verdict === 'consent-first') {
      problems.push(
        problemAt(
          where,
          [...prefix, 'verdict'],
          `The outcome \`${id}\` is about a young person (\`person: minor\`), but its verdict is \`${verdict}\`, which lets the young person's permission decide.`,
          'Give it `ask` or a more cautious verdict. If the rules give this verdict for these facts, a rule above `minor` decides first: fix the rule table.',
        ),
      );
    }
    for (const [path, text] of texts(outcome, prefix)) {
      const sentence = sentences(text).find((s) => PERMISSION_ALONE.test(s) && !NEGATION.test(s));
      if (!sentence) continue;
      problems.push(
        problemAt(
          where,
          path,
          `The outcome \`${id}\` is about a young person (\`person: minor\`), but says that permission alone decides: "${sentence}"`,
          "Say that who decides for a young person depends on state law and on the care they agreed to, and send the reader to their supervisor or privacy officer. Never let the young person's word alone decide.",
        ),
      );
    }
  }
  if (verdict === 'must-report' && !texts(outcome, prefix).some(([, text]) => OWN_DUTY.test(text))) {
    problems.push(
      problemAt(
        where,
        [...prefix, 'body'],
        `The outcome \`${id}\` says a report may be required, but not that the duty may be the reader's own.`,
        'Say it in the body or a next step, for example: "In many states the duty to report is yours personally: telling your supervisor may not be enough." (The check looks for "your own", "yours personally", "you personally" or "you yourself" in the same sentence as "report" or "duty".)',
      ),
    );
  }
  return problems;
}

/** The outcome's words, each with its YAML path: the body, then each next step. */
function texts(outcome: OutcomeNode, prefix: readonly PathSegment[]): [PathSegment[], string][] {
  return [
    [[...prefix, 'body'], outcome.body],
    ...outcome.next_steps.map((step, i): [PathSegment[], string] => [[...prefix, 'next_steps', i], step]),
  ];
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
