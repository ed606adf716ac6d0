/**
 * The rules behind every tool (DESIGN.md, "Rules behind the tools"; docs/decisions/0008). Each
 * outcome states the facts it stands on; an ordered table maps facts to a verdict, so a verdict
 * never depends on which tool the reader opened. Pure data in, data out: content/guide/rules.yaml
 * is read and checked in src/content/rules.ts.
 */
import { joinWords } from '../core/problems.ts';
import type { VerdictId } from './verdicts.ts';

/** An outcome's facts: each fact named once, with one value (`{ recipient: family, consent: spoken }`). */
export type Facts = Readonly<Record<string, string>>;

export interface FactDefinition {
  /** The question the fact answers, for reviewers. */
  label: string;
  /** Each value and what it means. */
  values: Readonly<Record<string, string>>;
}

/** The closed vocabulary of facts (`facts:` in content/guide/rules.yaml), and the file it is in (for messages). */
export interface Vocabulary {
  facts: Readonly<Record<string, FactDefinition>>;
  file: string;
}

export type RuleOrigin = 'baseline' | 'organization';

export interface Rule {
  id: string;
  /** Each fact the rule looks at, and the values that meet it. */
  when: Readonly<Record<string, readonly string[]>>;
  verdict: VerdictId;
  why: string;
  sources: readonly string[];
  /** An organization's rules come first and may only tighten (content/org/rules.yaml). */
  origin: RuleOrigin;
  /** Where the rule is written, for messages: the file, the line and its place in `rules:`. */
  file: string;
  line?: number;
  index: number;
}

export interface RuleTable {
  vocabulary: Vocabulary;
  /** The rules in the order they are tried: the organization's first, then the baseline's. */
  rules: readonly Rule[];
}

/** A rule's condition on one fact holds only when the outcome states that fact, with a listed value. */
export function ruleHolds(rule: Rule, facts: Facts): boolean {
  return Object.entries(rule.when).every(([fact, values]) => Object.hasOwn(facts, fact) && values.includes(facts[fact]!));
}

/** The rule that decides these facts: the first whose every condition holds. */
export function decideVerdict(facts: Facts, rules: readonly Rule[]): Rule | undefined {
  return rules.find((rule) => ruleHolds(rule, facts));
}

/**
 * The earlier rule that always wins over `rule`, if any: one whose facts are a subset of its facts,
 * each allowing at least the values `rule` allows. Then every outcome `rule` would decide is
 * decided first by that rule. Exact but not complete: a rule covered only by several earlier rules
 * together is not found, which keeps the check simple and every report true.
 */
export function shadowingRule(rule: Rule, earlier: readonly Rule[]): Rule | undefined {
  return earlier.find((first) =>
    Object.entries(first.when).every(([fact, values]) => rule.when[fact]?.every((value) => values.includes(value)) ?? false),
  );
}

/**
 * How cautious each verdict is. An organization's rule may only move a verdict up this order
 * (share < consent-first < ask < do-not-share); safety-first and must-report come from danger and
 * legal duties, which only the baseline decides.
 */
export const CAUTION: Readonly<Record<VerdictId, number>> = {
  share: 0,
  'consent-first': 1,
  ask: 2,
  'do-not-share': 3,
  'must-report': 4,
  'safety-first': 5,
};

/** The verdicts an organization's rule may give. */
export const ORG_RULE_VERDICTS: readonly VerdictId[] = ['share', 'consent-first', 'ask', 'do-not-share'];

/** Verdicts no organization may change: someone may be in danger, or a law may require a report. */
export const FIXED_VERDICTS: readonly VerdictId[] = ['safety-first', 'must-report'];

/** `danger: imminent, harm: self`: facts as a reader of a message or a review table sees them. */
export function describeFacts(facts: Facts): string {
  return Object.entries(facts)
    .map(([fact, value]) => `${fact}: ${value}`)
    .join(', ');
}

/** `legal: court-order or subpoena, recipient: court`: a rule's conditions in words. */
export function describeWhen(rule: Rule): string {
  return Object.entries(rule.when)
    .map(([fact, values]) => `${fact}: ${joinWords(values, 'or')}`)
    .join(', ');
}

/** `rule \`legal-process\`, content/guide/rules.yaml:57`: where to read a rule. */
export function citeRule(rule: Rule): string {
  return `rule \`${rule.id}\`, ${rule.file}${rule.line ? `:${rule.line}` : ''}`;
}
