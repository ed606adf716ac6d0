/**
 * Checks on the rule table and on the facts an outcome states, against the closed vocabulary
 * (`facts:` in content/guide/rules.yaml). The shapes were checked when the files were read; these
 * are the checks that need the whole table: names, values, ids, sources and rules that can never
 * decide anything.
 */
import { closest, joinWords, problemAt, suggest, type Locate, type PathSegment, type Problem } from '../core/problems.ts';
import { ORG_RULE_VERDICTS, shadowingRule, type Facts, type Rule, type Vocabulary } from './rules.ts';

export interface RuleCheckContext {
  vocabulary: Vocabulary;
  sourceIds: ReadonlySet<string>;
  where: Locate;
  /** Rules already read (the baseline's, when checking an organization's): their ids are taken. */
  taken?: readonly Rule[];
}

export function checkRules(rules: readonly Rule[], context: RuleCheckContext): Problem[] {
  const { facts: vocabulary, file: vocabularyFile } = context.vocabulary;
  const where = context.where;
  const problems: Problem[] = [];
  const seen = new Map<string, Rule>();
  for (const rule of rules) {
    const at = ['rules', rule.index];
    const before = context.taken?.find((r) => r.id === rule.id) ?? seen.get(rule.id);
    if (before) {
      problems.push(
        problemAt(
          where,
          [...at, 'id'],
          before.origin === rule.origin
            ? `Two rules have the id \`${rule.id}\`.`
            : `The rule id \`${rule.id}\` is already a baseline rule (${before.file}${before.line ? `:${before.line}` : ''}).`,
          'Give each rule its own id: messages and the review table (docs/routes/rules.md) name rules by id.',
        ),
      );
    }
    seen.set(rule.id, rule);
    for (const [fact, values] of Object.entries(rule.when)) {
      const definition = vocabulary[fact];
      if (!definition) {
        problems.push(
          problemAt(
            where,
            [...at, 'when', fact],
            `The rule \`${rule.id}\` looks at \`${fact}\`, which is not a fact.`,
            suggest(fact, Object.keys(vocabulary), 'fact', `or use one of the facts listed under \`facts:\` in ${vocabularyFile}`),
          ),
        );
        continue;
      }
      for (const value of values) {
        if (Object.hasOwn(definition.values, value)) continue;
        problems.push(
          problemAt(
            where,
            [...at, 'when', fact],
            `The fact \`${fact}\` has no value \`${value}\`.`,
            valueFix(value, definition.values, vocabularyFile),
          ),
        );
      }
    }
    problems.push(...checkSources(rule.sources, context.sourceIds, where, at));
    if (rule.origin === 'organization' && !ORG_RULE_VERDICTS.includes(rule.verdict)) {
      problems.push(
        problemAt(
          where,
          [...at, 'verdict'],
          `The rule \`${rule.id}\` gives \`${rule.verdict}\`, but an organization's rule may give only ${joinWords(ORG_RULE_VERDICTS, 'or')}.`,
          'Danger and legal duties are decided by the baseline rules, which every fork keeps. Give one of those verdicts, or remove the rule.',
        ),
      );
    }
  }
  rules.forEach((rule, i) => {
    const first = shadowingRule(rule, rules.slice(0, i));
    if (!first) return;
    problems.push(
      problemAt(
        where,
        ['rules', rule.index],
        `The rule \`${rule.id}\` can never decide anything: the earlier rule \`${first.id}\`${first.line ? ` (line ${first.line})` : ''} applies to every outcome it applies to.`,
        `Move \`${rule.id}\` above \`${first.id}\` if it is the more specific rule, or delete it.`,
      ),
    );
  });
  return problems;
}

/** Every id in a `sources:` list (of a rule or an outcome at `prefix`) is in the source registry. */
export function checkSources(
  ids: readonly string[],
  sourceIds: ReadonlySet<string>,
  where: Locate,
  prefix: readonly PathSegment[],
): Problem[] {
  return ids.flatMap((id, i) =>
    sourceIds.has(id)
      ? []
      : [
          problemAt(
            where,
            [...prefix, 'sources', i],
            `The source id \`${id}\` is not in content/sources.yaml.`,
            suggest(id, [...sourceIds], 'source id', 'or add an entry for it to content/sources.yaml'),
          ),
        ],
  );
}

/** An outcome's `facts:` against the vocabulary: every fact known, every value one it has. */
export function checkFacts(
  facts: Facts,
  { facts: vocabulary, file: vocabularyFile }: Vocabulary,
  where: Locate,
  prefix: readonly PathSegment[],
): Problem[] {
  return Object.entries(facts).flatMap(([fact, value]): Problem[] => {
    const definition = vocabulary[fact];
    const path = [...prefix, 'facts', fact];
    if (!definition) {
      return [
        problemAt(
          where,
          path,
          `\`${fact}\` is not a fact.`,
          suggest(fact, Object.keys(vocabulary), 'fact', `or use one of the facts listed under \`facts:\` in ${vocabularyFile}`),
        ),
      ];
    }
    if (Object.hasOwn(definition.values, value)) return [];
    return [problemAt(where, path, `The fact \`${fact}\` has no value \`${value}\`.`, valueFix(value, definition.values, vocabularyFile))];
  });
}

function valueFix(value: string, values: Readonly<Record<string, string>>, vocabularyFile: string): string {
  const names = Object.keys(values);
  const guess = closest(value, names);
  const list = `one of: ${names.map((v) => `\`${v}\``).join(', ')}`;
  return guess ? `Did you mean \`${guess}\`? Use ${list}.` : `Use ${list} (each is explained under \`facts:\` in ${vocabularyFile}).`;
}
