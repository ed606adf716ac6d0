/**
 * Reading the rule table: content/guide/rules.yaml (the closed vocabulary of facts and the
 * baseline rules) and an organization's content/org/rules.yaml (rules tried first, which may only
 * tighten: src/engine/verdict-checks.ts). Shapes are checked here; the checks that need the whole
 * table are in src/engine/rule-checks.ts. A table with any problem is not used to judge outcomes,
 * since its verdicts could be wrong.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { checkRules } from '../engine/rule-checks.ts';
import type { FactDefinition, Rule, RuleOrigin, RuleTable, Vocabulary } from '../engine/rules.ts';
import { VERDICT_IDS, type VerdictId } from '../engine/verdicts.ts';
import { SLUG, Slug, Text } from '../core/schema.ts';
import { problemsFromZod, type Problem } from '../core/problems.ts';
import { isRecord, locateIn, readYamlFile, type YamlFile } from './yaml-file.ts';

// YAML reads an unquoted true or 12 as a boolean or a number; a fact value is always a word.
const Scalar = z.preprocess((v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v), Slug('a value'));

const FactSchema = z.strictObject({
  label: Text(200).describe('The question the fact answers, in plain words.'),
  values: z
    .record(Slug('a value'), Text(400))
    .refine((v) => Object.keys(v).length > 0, { error: 'must list at least one value' })
    .describe('Each value the fact may have, with what it means, for example `imminent: Harm could happen at any moment.`'),
});

const RuleSchema = z.strictObject({
  id: Slug('a rule id').describe('A stable id for the rule: lower-case words joined by hyphens, for example family-spoken.'),
  when: z
    .record(
      Slug('a fact'),
      z.preprocess(
        (v: unknown): unknown => (Array.isArray(v) ? v : [v]),
        z.array(Scalar).min(1, { error: 'must list at least one value' }),
      ),
    )
    .refine((when) => Object.keys(when).length > 0, { error: 'must name at least one fact' })
    .describe('The facts the rule looks at, each with one value or a list, for example { recipient: family, consent: [spoken, written] }.'),
  verdict: z
    .enum(VERDICT_IDS as [VerdictId, ...VerdictId[]], { error: `must be one of: ${VERDICT_IDS.join(', ')}` })
    .describe(`One of: ${VERDICT_IDS.join(', ')}.`),
  why: Text(1000).describe('Why the rule gives this verdict, in plain words, for the people who review it.'),
  sources: z
    .array(Slug('a source id'))
    .min(1, { error: 'must list at least one source id' })
    .describe('A list of ids from content/sources.yaml.'),
});

const FACTS_HELP = 'The facts outcomes may state, each under its name with a `label:` and its `values:`.';
const RULES_HELP = 'The rules, in the order they are tried: the first whose conditions all hold decides.';
const BaselineFileSchema = z.strictObject({
  facts: z.record(z.string(), z.unknown()).describe(FACTS_HELP),
  rules: z.array(z.unknown()).describe(RULES_HELP),
});
const OrgFileSchema = z.strictObject({ rules: z.array(z.unknown()).describe(RULES_HELP) });

export interface RuleInputs {
  contentDir: string;
  rel: (path: string) => string;
  sourceIds: ReadonlySet<string>;
}

export interface RuleFiles {
  /** The facts, when they could be read: outcomes' facts are checked against them. */
  vocabulary?: Vocabulary;
  /** The rules, when every rule file is free of problems. */
  table?: RuleTable;
}

export function readRuleTable({ contentDir, rel, sourceIds }: RuleInputs, problems: Problem[]): RuleFiles {
  const path = join(contentDir, 'guide', 'rules.yaml');
  const found: Problem[] = [];
  const base = readYamlFile(path, rel(path), found);
  if (!base) {
    if (!found.length)
      found.push({
        file: rel(path),
        message: 'The rule table is missing.',
        fix: 'Create content/guide/rules.yaml with the facts and the rules (see docs/authoring.md).',
      });
    problems.push(...found);
    return {};
  }
  const top = BaselineFileSchema.safeParse(base.data);
  if (!top.success) {
    problems.push(...problemsFromZod(base.file, top.error, BaselineFileSchema, base.lines, [], base.data));
    return {};
  }
  const vocabulary = readFacts(top.data.facts, base, found);
  const baseline = readRules(top.data.rules, 'baseline', base, found);
  if (vocabulary) found.push(...checkRules(baseline, { vocabulary, sourceIds, where: locateIn(base) }));

  const orgPath = join(contentDir, 'org', 'rules.yaml');
  const org = readYamlFile(orgPath, rel(orgPath), found);
  let own: Rule[] = [];
  if (org && isRecord(org.data) && 'facts' in org.data) {
    found.push({
      file: org.file,
      where: 'facts',
      line: org.lines(['facts']),
      message: 'An organization cannot add facts: they are a closed list, shared by every fork.',
      fix: `Remove \`facts:\`, and write your rules with the facts in ${base.file}. If a fact is missing, ask the main project to add it.`,
    });
  } else if (org) {
    const parsed = OrgFileSchema.safeParse(org.data);
    if (!parsed.success) found.push(...problemsFromZod(org.file, parsed.error, OrgFileSchema, org.lines, [], org.data));
    else {
      own = readRules(parsed.data.rules, 'organization', org, found);
      if (vocabulary) found.push(...checkRules(own, { vocabulary, sourceIds, where: locateIn(org), taken: baseline }));
    }
  }
  problems.push(...found);
  // The organization's rules come first: they may only tighten, which the outcome checks enforce.
  return { vocabulary, table: vocabulary && !found.length ? { vocabulary, rules: [...own, ...baseline] } : undefined };
}

function readFacts(raw: Record<string, unknown>, source: YamlFile, problems: Problem[]): Vocabulary | undefined {
  const facts: Record<string, FactDefinition> = {};
  const before = problems.length;
  for (const [name, definition] of Object.entries(raw)) {
    if (!SLUG.test(name)) {
      problems.push({
        file: source.file,
        where: `facts.${name}`,
        line: source.lines(['facts', name]),
        message: `\`${name}\` cannot be a fact name.`,
        fix: 'Use lower-case words joined by hyphens, for example recipient.',
      });
      continue;
    }
    const result = FactSchema.safeParse(definition);
    if (result.success) facts[name] = result.data;
    else problems.push(...problemsFromZod(source.file, result.error, FactSchema, source.lines, ['facts', name], definition));
  }
  return problems.length === before ? { facts, file: source.file } : undefined;
}

function readRules(raw: unknown[], origin: RuleOrigin, source: YamlFile, problems: Problem[]): Rule[] {
  return raw.flatMap((entry, index): Rule[] => {
    const result = RuleSchema.safeParse(entry);
    if (!result.success) {
      problems.push(...problemsFromZod(source.file, result.error, RuleSchema, source.lines, ['rules', index], entry));
      return [];
    }
    return [{ ...result.data, origin, file: source.file, line: source.lines(['rules', index]), index }];
  });
}
