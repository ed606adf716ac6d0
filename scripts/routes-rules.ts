/**
 * docs/routes/rules.md: the rule table as a reviewer reads it (DESIGN.md, "Rules behind the
 * tools"): the rules in the order they are tried, each with its conditions in words, its verdict,
 * why, its sources and the outcomes it decides; then every fact and what its values mean.
 */
import type { ContentCheck } from '../src/content/check-content.ts';
import { decideVerdict, describeWhen, type Rule } from '../src/engine/rules.ts';
import { VERDICTS, type VerdictId } from '../src/engine/verdicts.ts';

export const generated = (from: string) =>
  `<!-- Written by \`npm run routes\` from ${from}. Do not edit: change the content and run it again. -->`;

/** Text for a table cell or a list item: one line, no pipes. */
export const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');

export const verdictLabel = (verdict: VerdictId) => `${VERDICTS[verdict].label} (\`${verdict}\`)`;

export function renderRules(check: ContentCheck): string {
  const { rules, vocabulary } = check.rules!;
  const decided = outcomesByRule(check);
  const summary = rules.map(
    (rule, i) => `| ${i + 1} | [\`${rule.id}\`](#${rule.id}) | ${cell(describeWhen(rule))} | ${verdictLabel(rule.verdict)} |`,
  );
  const sections = rules.flatMap((rule) => {
    const conditions = Object.entries(rule.when).flatMap(([fact, values]) => {
      const definition = vocabulary.facts[fact]!;
      return [
        `  - ${cell(definition.label)} (\`${fact}\`)${values.length > 1 ? ', one of' : ''}:`,
        ...values.map((v) => `    - \`${v}\`: ${cell(definition.values[v] ?? '')}`),
      ];
    });
    const sources = rule.sources.map((id) => {
      const source = check.sources[id];
      return source ? `[${cell(source.title)}](${source.url})` : `\`${id}\``;
    });
    const outcomes = decided.get(rule) ?? [];
    return [
      `### \`${rule.id}\``,
      '',
      `- **When** every one of these holds:`,
      ...conditions,
      `- **Verdict:** ${verdictLabel(rule.verdict)}`,
      `- **Why:** ${cell(rule.why)}`,
      `- **Sources:** ${sources.join('; ')}`,
      `- **Decides:** ${outcomes.length ? outcomes.join(', ') : 'no outcome yet'}`,
      '',
    ];
  });
  const facts = Object.entries(vocabulary.facts).flatMap(([fact, definition]) => [
    `### \`${fact}\`: ${cell(definition.label)}`,
    '',
    ...Object.entries(definition.values).map(([value, meaning]) => `- \`${value}\`: ${cell(meaning)}`),
    '',
  ]);
  return [
    '# The rules behind the tools',
    '',
    generated('content/guide/rules.yaml'),
    '',
    'Every outcome of every tool states the facts it stands on, and these rules give its verdict, so two tools can never give different advice for the same facts. The build fails when an outcome says anything else.',
    '',
    'How to read them: top to bottom, the **first** rule whose conditions all hold decides. A condition holds only when the outcome states that fact, with one of the values listed; an outcome that does not state a fact does not meet a condition on it. The order follows the law: danger first, then a legal duty or legal process, then who would receive the information, then permission in the form that recipient requires. An organization may add stricter rules of its own, tried first (content/org/rules.yaml; see docs/fork-guide.md).',
    '',
    '## The rules, in order',
    '',
    '| # | Rule | When | Verdict |',
    '| --: | --- | --- | --- |',
    ...summary,
    '',
    '## Each rule',
    '',
    ...sections,
    '## The facts',
    '',
    'Outcomes may state only these facts, each with one of its values.',
    '',
    ...facts,
  ].join('\n');
}

/** For each rule, the outcomes it decides: shared ones by id, a tree's own as `tree: id`. */
function outcomesByRule(check: ContentCheck): Map<Rule, string[]> {
  const byRule = new Map<Rule, string[]>();
  const add = (facts: Record<string, string>, name: string) => {
    const rule = decideVerdict(facts, check.rules!.rules);
    if (rule) byRule.set(rule, [...(byRule.get(rule) ?? []), name]);
  };
  for (const [id, outcome] of check.outcomes) add(outcome.facts, `\`${id}\``);
  for (const tree of check.trees)
    for (const node of tree.nodes.values())
      if (node.kind === 'outcome' && !check.outcomes.has(node.id)) add(node.facts, `${tree.id}: \`${node.id}\``);
  return byRule;
}
