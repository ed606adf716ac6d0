/**
 * Every outcome's verdict against the rule table (DESIGN.md, "Rules behind the tools";
 * docs/decisions/0008): the verdict must be the one the first matching rule gives for its facts,
 * an organization may only make verdicts more cautious, and an outcome whose verdict an
 * organization changes must be rewritten by it. Shared outcomes are checked once, not per tree.
 */
import { formatPath, joinWords, type Locate, type PathSegment, type Problem } from '../core/problems.ts';
import { CAUTION, FIXED_VERDICTS, citeRule, decideVerdict, describeFacts, type Facts, type Rule, type RuleTable } from './rules.ts';
import { checkOutcomeSafety } from './safety.ts';
import type { OutcomeNode } from './types.ts';

export interface OutcomeRecord {
  outcome: OutcomeNode;
  /** How messages name it: "`x` in the tree may-i-share", "the shared outcome `x`". */
  name: string;
  where: Locate;
  prefix: readonly PathSegment[];
  /** The fields the organization's file gives for this outcome (none for a baseline outcome left alone). */
  orgFields: ReadonlySet<string>;
  /** The baseline's facts, when the outcome comes from the baseline: before the organization changed anything. */
  baselineFacts?: Facts;
  /** The organization's file for changing it: content/org/outcomes.yaml or content/org/trees/<id>.yaml. */
  orgFile: string;
}

/** What an organization must write itself when its rules change an outcome's verdict. */
const REWRITE = ['verdict', 'title', 'body', 'next_steps'] as const;

export function checkDecisions(records: readonly OutcomeRecord[], table: RuleTable | undefined): Problem[] {
  const problems: Problem[] = [];
  const refused = new Map<Rule, string[]>();
  const undecided: OutcomeRecord[] = [];
  const baselineRules = table?.rules.filter((rule) => rule.origin === 'baseline') ?? [];
  for (const record of records) {
    const { outcome, prefix } = record;
    const safety = checkOutcomeSafety(outcome, record.where, prefix);
    problems.push(...safety);
    const decided = table && decideVerdict(outcome.facts, table.rules);
    if (!decided) {
      undecided.push(record);
      if (table) problems.push(at(record, 'facts', `No rule decides these facts (${describeFacts(outcome.facts)}).`, gapFix(table)));
      continue;
    }
    // An invariant on the verdict already says what is wrong with it, and why.
    if (safety.some((p) => p.where === formatPath([...prefix, 'verdict']))) continue;
    const base = record.baselineFacts && decideVerdict(record.baselineFacts, baselineRules);
    if (base && base.verdict !== decided.verdict) {
      if (FIXED_VERDICTS.includes(base.verdict) || CAUTION[decided.verdict] < CAUTION[base.verdict]) {
        const change = `from \`${base.verdict}\` to \`${decided.verdict}\``;
        if (decided.origin === 'organization') refused.set(decided, [...(refused.get(decided) ?? []), `${record.name} (${change})`]);
        else
          problems.push(
            at(
              record,
              'facts',
              `Your change to the facts of ${record.name} changes its verdict ${change}, which an organization may not do.`,
              LOOSEN_FIX,
            ),
          );
        continue;
      }
      const missing = REWRITE.filter((field) => !record.orgFields.has(field));
      if (missing.length) {
        problems.push(rewrite(record, base, decided, missing));
        continue;
      }
    }
    if (outcome.verdict !== decided.verdict) {
      problems.push(
        at(
          record,
          'verdict',
          `The rules give \`${decided.verdict}\` for these facts (${citeRule(decided)}), but this outcome says \`${outcome.verdict}\`.`,
          record.orgFields.has('verdict') && CAUTION[outcome.verdict] > CAUTION[decided.verdict]
            ? `Change the verdict, or correct its facts. To make your organization more cautious here, add a rule giving \`${outcome.verdict}\` to content/org/rules.yaml: its rules are tried first.`
            : 'Change the verdict, or correct its facts.',
        ),
      );
    }
  }
  for (const [rule, changes] of refused) {
    problems.push({
      file: rule.file,
      where: `rules[${rule.index}]`,
      line: rule.line,
      message: `The organization's rule \`${rule.id}\` would change ${changes.length === 1 ? 'an outcome' : `${changes.length} outcomes`} in a way an organization may not: ${changes.join('; ')}.`,
      fix: `${LOOSEN_FIX} Narrow the rule's \`when:\` so it leaves ${changes.length === 1 ? 'this outcome' : 'these outcomes'} to the baseline rules, for example with a fact ${changes.length === 1 ? 'it does' : 'they do'} not state.`,
    });
  }
  return [...problems, ...conflicts(undecided)];
}

const LOOSEN_FIX =
  'An organization may only make a verdict more cautious (share, then consent-first, then ask, then do-not-share), and may not change a safety-first or must-report outcome.';

function gapFix(table: RuleTable): string {
  return `Check the facts: most outcomes also state who would receive it (\`recipient\`) and what permission there is (\`consent\`). If they are right, the rule table has a gap: add a rule to ${table.vocabulary.file} and have it reviewed.`;
}

function at(record: OutcomeRecord, field: string, message: string, fix: string): Problem {
  const path = [...record.prefix, field];
  return { ...record.where(path), where: formatPath(path), message, fix };
}

/** The organization's rules changed the verdict: it must give the new verdict, in its own words. */
function rewrite(record: OutcomeRecord, base: Rule, decided: Rule, missing: readonly string[]): Problem {
  const id = record.outcome.id;
  const place = record.orgFields.size ? record.where(record.prefix) : { file: record.orgFile };
  const words = missing.filter((field) => field !== 'verdict').map((field) => `\`${field}\``);
  const add = joinWords([
    ...(missing.includes('verdict') ? [`\`verdict: ${decided.verdict}\``] : []),
    ...(words.length ? [`your own ${joinWords(words)}`] : []),
  ]);
  return {
    ...place,
    where: formatPath(record.prefix),
    message: `The rules now give \`${decided.verdict}\` for ${record.name} (${citeRule(decided)}), where the baseline gives \`${base.verdict}\`, so the organization must rewrite it.`,
    fix: `In ${record.orgFile}, under \`${id}:\`${record.prefix[0] === 'nodes' ? ' (inside `nodes:`)' : ''}, add ${add}, saying what your organization wants the reader to do.`,
  };
}

/** Outcomes with the same facts must agree. Where the table decides, each was checked against it; elsewhere, against each other. */
function conflicts(records: readonly OutcomeRecord[]): Problem[] {
  const first = new Map<string, OutcomeRecord>();
  const problems: Problem[] = [];
  for (const record of records) {
    const key = JSON.stringify(Object.entries(record.outcome.facts).sort(([a], [b]) => a.localeCompare(b)));
    const earlier = first.get(key);
    if (!earlier) first.set(key, record);
    else if (earlier.outcome.verdict !== record.outcome.verdict) {
      problems.push(
        at(
          record,
          'verdict',
          `This outcome has the same facts as ${earlier.name} but another verdict: \`${record.outcome.verdict}\` here, \`${earlier.outcome.verdict}\` there.`,
          'The same facts must get the same advice in every tool: give both the same verdict, or correct the facts that tell them apart.',
        ),
      );
    }
  }
  return problems;
}
