/**
 * The safety invariants' patterns and the harm walk. Their messages are pinned by the broken
 * fixtures (tests/fixtures/broken/trees/); here, what each pattern accepts and refuses, and that
 * the walk stays linear on a tree with more paths than could ever be listed.
 */
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkTreeSafety, mentionsHarm } from '../../../src/engine/safety-paths.ts';
import { CRISIS_STEP, OWN_DUTY, PERMISSION_ALONE, checkOutcomeSafety, needsCrisisContacts } from '../../../src/engine/safety.ts';
import type { OutcomeNode } from '../../../src/engine/types.ts';
import { parseFixtureTree } from '../../helpers/tree-fixtures.ts';

const where = () => ({ file: 'tree.yaml' });
function outcome(fields: Partial<OutcomeNode>): OutcomeNode {
  return {
    kind: 'outcome',
    id: 'x',
    verdict: 'ask',
    facts: {},
    title: 'X',
    body: 'Body.',
    next_steps: ['Step.'],
    record: [],
    scripts: [],
    sources: [],
    see: [],
    ...fields,
  };
}

describe('which answers mention harm', () => {
  it.each([
    ['What did they say?', 'They talked about hurting someone'],
    ['What did they say?', 'They have a plan'],
    ['What happened?', 'Someone may overdose'],
    ['What happened?', 'They were threatened'],
    ['Is anyone in danger right now?', 'Yes'],
    ['Does anyone have a weapon?', 'Yes, a knife'],
  ])('%s → %s', (question, label) => expect(mentionsHarm(question, label)).toBe(true));

  it.each([
    ['Is anyone in danger right now?', 'No'],
    ['Is anyone in danger right now?', 'No one is in danger'],
    ['Did they talk about hurting someone?', 'Not right now'],
    ['Is anyone in danger right now?', "I'm not sure"],
    ['Who is asking?', 'Their family'],
    ['What do you want to explain?', 'Their schedule'],
  ])('not %s → %s', (question, label) => expect(mentionsHarm(question, label)).toBe(false));
});

describe('patterns', () => {
  it('a crisis step names 911, 988 or a crisis line or plan', () => {
    expect(
      ['Call 911 now.', 'Call or text 988 together.', 'Follow your crisis plan.', 'Call the crisis line.'].every((s) =>
        CRISIS_STEP.test(s),
      ),
    ).toBe(true);
    expect(CRISIS_STEP.test('Tell your supervisor today.')).toBe(false);
  });

  it('a duty that may be the reader’s own is said within one sentence of "report" or "duty"', () => {
    expect(OWN_DUTY.test('In many states the duty to report is yours personally.')).toBe(true);
    expect(OWN_DUTY.test('The report may be your own to make.')).toBe(true);
    expect(OWN_DUTY.test('Make sure the report is made. Then take your own notes.')).toBe(false);
  });

  it('permission alone deciding is found in a sentence, and a negated sentence passes', () => {
    expect(PERMISSION_ALONE.test('The young person’s consent is enough.')).toBe(true);
    expect(PERMISSION_ALONE.test('Share with only their permission.')).toBe(true);
    const negated = "Never let the young person's word alone decide.";
    expect(PERMISSION_ALONE.test(negated)).toBe(true);
    expect(checkOutcomeSafety(outcome({ facts: { person: 'minor' }, body: negated }), where, ['x'])).toEqual([]);
  });
});

describe('crisis contacts', () => {
  it('show for safety-first outcomes, for harm and for a safety worry, and not otherwise', () => {
    expect(needsCrisisContacts(outcome({ verdict: 'safety-first', facts: { danger: 'imminent' } }))).toBe(true);
    expect(needsCrisisContacts(outcome({ facts: { harm: 'others', duty: 'report' } }))).toBe(true);
    expect(needsCrisisContacts(outcome({ facts: { danger: 'concern' } }))).toBe(true);
    expect(needsCrisisContacts(outcome({ facts: { danger: 'none', recipient: 'family' } }))).toBe(false);
  });
});

describe('the harm walk', () => {
  /** A chain of `n` questions, each with two answers to the next: 2^n paths, one harm answer on every other. */
  function chain(n: number, lastStep: string) {
    const nodes: Record<string, unknown> = {
      q0: {
        question: 'Is anyone in danger right now?',
        options: [
          { value: 'yes', label: 'Yes', next: 'help' },
          { value: 'no', label: 'No', next: 'q1' },
        ],
      },
      help: {
        verdict: 'safety-first',
        facts: { danger: 'imminent' },
        title: 'Help',
        body: 'Now.',
        next_steps: ['Call 911.'],
        sources: ['hipaa-164-510-b'],
      },
      end: {
        verdict: 'ask',
        facts: { danger: 'concern' },
        title: 'End',
        body: 'Ask.',
        next_steps: [lastStep],
        sources: ['hipaa-164-510-b'],
      },
    };
    for (let i = 1; i <= n; i++) {
      const next = i === n ? 'end' : `q${i + 1}`;
      nodes[`q${i}`] = {
        question: `Question ${i}?`,
        options: [
          { value: 'a', label: i % 2 ? 'They may hurt someone' : 'Something else', next },
          { value: 'b', label: 'Nothing worrying', next },
        ],
      };
    }
    const { tree, problems } = parseFixtureTree(stringify({ title: 'Chain', summary: 'A chain.', start: 'q0', nodes }));
    expect(problems).toEqual([]);
    return tree!;
  }

  // 2^40 paths: a check that walked them would never finish, so this test would time out.
  it('reports an outcome once, with a shortest path, on a tree of 2^40 paths', () => {
    const problems = checkTreeSafety(chain(40, 'Tell your supervisor today.'), where);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe('nodes.q40.options[0]');
    expect(problems[0]!.message).toContain('"Question 1? → They may hurt someone"');
  });

  it('is satisfied when the outcome starts with crisis steps', () => {
    expect(checkTreeSafety(chain(40, 'If a life is at risk, call 911.'), where)).toEqual([]);
  });
});
