import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, enumeratePaths, resolveStep } from '../../../src/engine/resolve.ts';
import { toRoutes } from '../../../src/engine/validate.ts';
import { minimalTree, nextFor } from '../../helpers/tree-fixtures.ts';

const tree = minimalTree();
const routes = toRoutes(tree);

describe('the fixture tree, node by node', () => {
  it('danger-now goes to safety-first for yes', () => expect(nextFor(tree, 'danger-now', 'yes')).toBe('safety-first'));
  it('danger-now goes to have-permission for no', () => expect(nextFor(tree, 'danger-now', 'no')).toBe('have-permission'));
  it('have-permission goes to share-minimum for yes', () => expect(nextFor(tree, 'have-permission', 'yes')).toBe('share-minimum'));
  it('have-permission goes to the shared outcome share-with-family for family', () =>
    expect(nextFor(tree, 'have-permission', 'family')).toBe('share-with-family'));
  it('have-permission goes to ask-first for no', () => expect(nextFor(tree, 'have-permission', 'no')).toBe('ask-first'));
  it('have-permission goes to the shared outcome ask-before-you-share for not-sure', () =>
    expect(nextFor(tree, 'have-permission', 'not-sure')).toBe('ask-before-you-share'));
  it('the helper refuses an answer a question does not offer', () =>
    expect(() => nextFor(tree, 'danger-now', 'maybe')).toThrow('has no answer maybe'));
});

describe('resolveStep', () => {
  it('shows the first question when there are no answers', () => {
    expect(resolveStep(routes, {})).toEqual({ current: 'danger-now', trail: [], answers: {} });
  });

  it('follows answers to an outcome and returns the trail in order', () => {
    const step = resolveStep(routes, { 'danger-now': 'no', 'have-permission': 'yes' });
    expect(step.outcome).toBe('share-minimum');
    expect(step.trail.map((t) => `${t.node}=${t.value}`)).toEqual(['danger-now=no', 'have-permission=yes']);
  });

  it('stops at the first unanswered question', () => {
    const step = resolveStep(routes, { 'danger-now': 'no' });
    expect(step.current).toBe('have-permission');
    expect(step.outcome).toBeUndefined();
  });

  it('drops answers to questions no longer on the path (stale answers)', () => {
    const step = resolveStep(routes, { 'danger-now': 'yes', 'have-permission': 'no' });
    expect(step.outcome).toBe('safety-first');
    expect(step.answers).toEqual({ 'danger-now': 'yes' });
  });

  it('drops values a question does not offer, and ids no node has, without throwing', () => {
    const step = resolveStep(routes, { 'danger-now': 'perhaps', 'no-such-node': 'yes' });
    expect(step).toEqual({ current: 'danger-now', trail: [], answers: {} });
  });

  it('ignores inherited object keys in answers', () => {
    const answers = Object.create({ 'danger-now': 'yes' }) as Record<string, string>;
    expect(resolveStep(routes, answers).current).toBe('danger-now');
  });
});

describe('enumeratePaths', () => {
  it('lists every route from the start to an outcome', () => {
    const paths = enumeratePaths(routes).map((p) => `${p.answers.map((a) => `${a.node}=${a.value}`).join(',')} → ${p.outcome}`);
    expect(paths).toEqual([
      'danger-now=yes → safety-first',
      'danger-now=no,have-permission=yes → share-minimum',
      'danger-now=no,have-permission=family → share-with-family',
      'danger-now=no,have-permission=no → ask-first',
      'danger-now=no,have-permission=not-sure → ask-before-you-share',
    ]);
  });

  it('every enumerated path resolves to its outcome', () => {
    for (const path of enumeratePaths(routes)) {
      const answers = Object.fromEntries(path.answers.map((a) => [a.node, a.value]));
      expect(resolveStep(routes, answers).outcome).toBe(path.outcome);
    }
  });
});

describe('answers in a link fragment', () => {
  it('round-trips', () => {
    const answers = { 'danger-now': 'no', 'have-permission': 'not-sure' };
    expect(encodeAnswers(answers)).toBe('answers:danger-now=no;have-permission=not-sure');
    expect(decodeAnswers(`#${encodeAnswers(answers)}`)).toEqual(answers);
  });

  it('ignores fragments that are not answers, and parts that are not ids', () => {
    expect(decodeAnswers('#have-permission')).toBeUndefined();
    expect(decodeAnswers('answers:danger-now=no;<script>=x;have-permission')).toEqual({ 'danger-now': 'no' });
  });
});
