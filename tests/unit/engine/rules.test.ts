/** The rule table's semantics (content/guide/rules.yaml, header comment): first match decides, and a condition needs the fact stated. */
import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/engine/rule-checks.ts';
import { decideVerdict, describeWhen, shadowingRule, type Rule, type Vocabulary } from '../../../src/engine/rules.ts';
import type { VerdictId } from '../../../src/engine/verdicts.ts';

let index = 0;
function rule(id: string, when: Record<string, string | string[]>, verdict: VerdictId, origin: Rule['origin'] = 'baseline'): Rule {
  const list = Object.fromEntries(Object.entries(when).map(([fact, v]) => [fact, Array.isArray(v) ? v : [v]]));
  return {
    id,
    when: list,
    verdict,
    why: 'Because.',
    sources: ['hipaa-164-510-b'],
    origin,
    file: 'rules.yaml',
    line: 10 + index,
    index: index++,
  };
}

const RULES = [
  rule('imminent-danger', { danger: 'imminent' }, 'safety-first'),
  rule('legal-process', { legal: ['court-order', 'subpoena'] }, 'ask'),
  rule('family-spoken', { recipient: 'family', consent: 'spoken' }, 'share'),
  rule('permission-first', { consent: ['not-asked', 'spoken'] }, 'consent-first'),
];

describe('decideVerdict', () => {
  it('returns the first rule whose every condition holds, even when a later one holds too', () => {
    expect(decideVerdict({ danger: 'imminent', consent: 'spoken' }, RULES)?.id).toBe('imminent-danger');
    expect(decideVerdict({ recipient: 'family', consent: 'spoken' }, RULES)?.id).toBe('family-spoken');
  });

  it('accepts any of the values a condition lists', () => {
    expect(decideVerdict({ legal: 'subpoena' }, RULES)?.verdict).toBe('ask');
    expect(decideVerdict({ legal: 'court-order' }, RULES)?.verdict).toBe('ask');
    expect(decideVerdict({ legal: 'police-request' }, RULES)).toBeUndefined();
  });

  it('does not meet a condition on a fact the outcome does not state', () => {
    // family-spoken needs `recipient`; without it, the next rule that holds decides.
    expect(decideVerdict({ consent: 'spoken' }, RULES)?.id).toBe('permission-first');
    expect(decideVerdict({ recipient: 'family' }, RULES)).toBeUndefined();
  });

  it('returns nothing when no rule decides', () => {
    expect(decideVerdict({ program: 'hipaa' }, RULES)).toBeUndefined();
  });
});

describe('shadowingRule', () => {
  it('finds an earlier rule with a subset of the facts, each allowing the later rule’s values', () => {
    const later = rule('family-any', { recipient: 'family', consent: ['spoken', 'not-asked'] }, 'share');
    expect(shadowingRule(later, RULES)?.id).toBe('permission-first');
  });

  it('does not report a later rule that allows a value the earlier one does not', () => {
    const later = rule('written', { consent: ['written', 'spoken'] }, 'share');
    expect(shadowingRule(later, RULES)).toBeUndefined();
  });

  it('does not report a more general rule after a more specific one', () => {
    expect(shadowingRule(RULES[3]!, RULES.slice(0, 3))).toBeUndefined();
  });
});

describe('checkRules', () => {
  const vocabulary: Vocabulary = {
    file: 'guide/rules.yaml',
    facts: {
      danger: { label: 'Danger?', values: { imminent: 'Soon.', none: 'None.' } },
      recipient: { label: 'Who?', values: { family: 'Family.', police: 'Police.' } },
    },
  };
  const where = () => ({ file: 'guide/rules.yaml', line: 3 });

  it('reports every unknown fact, unknown value, taken id and unknown source, in words', () => {
    const rules = [
      rule('a', { dangr: 'imminent' }, 'safety-first'),
      rule('b', { recipient: 'famly' }, 'ask'),
      { ...rule('a', { recipient: 'police' }, 'ask'), sources: ['nope'] },
    ].map((r, i) => ({ ...r, index: i }));
    const problems = checkRules(rules, { vocabulary, sourceIds: new Set(['hipaa-164-510-b']), where });
    expect(problems.map((p) => `${p.where}: ${p.message} ${p.fix}`)).toMatchInlineSnapshot(`
      [
        "rules[0].when.dangr: The rule \`a\` looks at \`dangr\`, which is not a fact. Did you mean \`danger\`? Correct it, or use one of the facts listed under \`facts:\` in guide/rules.yaml.",
        "rules[1].when.recipient: The fact \`recipient\` has no value \`famly\`. Did you mean \`family\`? Use one of: \`family\`, \`police\`.",
        "rules[2].id: Two rules have the id \`a\`. Give each rule its own id: messages and the review table (docs/routes/rules.md) name rules by id.",
        "rules[2].sources[0]: The source id \`nope\` is not in content/sources.yaml. Check the spelling of the source id, or add an entry for it to content/sources.yaml.",
      ]
    `);
  });
});

describe('describeWhen', () => {
  it('writes a rule’s conditions as a reviewer reads them', () => {
    expect(describeWhen(RULES[1]!)).toBe('legal: court-order or subpoena');
    expect(describeWhen(RULES[2]!)).toBe('recipient: family, consent: spoken');
  });
});
