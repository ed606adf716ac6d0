/**
 * The practice question bank in content/guide/practice/: enough questions, every topic covered,
 * every question linked to a page that teaches it, and the sets the site builds from it. The
 * shape, sources, links, single best answer and reading level are checked by `npm run check`
 * (content.test.ts fails on any problem); these are the promises the issue made about the bank.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { mixedSet, questionsForPage } from '../../src/content/practice.ts';

const { practice, pages } = checkContent(CONTENT_DIR);
const questions = practice.flatMap((t) => t.questions);
const TOPICS = ['principles', 'consent', 'groups', 'limits', 'part-2', 'texting-social-media', 'small-communities'];

describe('the practice question bank', () => {
  it('has at least 60 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
  });

  it('has at least seven questions in each of the seven topics', () => {
    const counts = Object.fromEntries(practice.map((t) => [t.id, t.questions.length]));
    for (const topic of TOPICS) expect(counts[topic] ?? 0, topic).toBeGreaterThanOrEqual(7);
  });

  it('links every question to at least one published page', () => {
    const published = new Set(pages.map((p) => p.ref));
    for (const q of questions) {
      expect(q.pages.length, q.id).toBeGreaterThan(0);
      for (const ref of q.pages) expect(published.has(ref), `${q.id} → ${ref}`).toBe(true);
    }
  });

  it('has one best answer among three to five choices in every question', () => {
    for (const q of questions) {
      expect(q.choices.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.choices.length, q.id).toBeLessThanOrEqual(5);
      expect(
        q.choices.filter((c) => c.best),
        q.id,
      ).toHaveLength(1);
    }
  });

  it('does not put the best answer in the same place every time', () => {
    const places = new Set(questions.map((q) => q.choices.findIndex((c) => c.best)));
    expect(places.size).toBeGreaterThanOrEqual(3);
  });

  it('builds a mixed set with questions from every topic, easier and harder', () => {
    const mixed = mixedSet(practice);
    expect(new Set(mixed.map((q) => q.topic))).toEqual(new Set(practice.map((t) => t.id)));
    expect(mixed.some((q) => q.difficulty === 'foundation')).toBe(true);
    expect(mixed.some((q) => q.difficulty !== 'foundation')).toBe(true);
  });

  it('gives every page a question links to one to three questions to check understanding, each linking to it', () => {
    const linked = new Set(questions.flatMap((q) => q.pages));
    for (const ref of linked) {
      const shown = questionsForPage(practice, ref);
      expect(shown.length, ref).toBeGreaterThanOrEqual(1);
      expect(shown.length, ref).toBeLessThanOrEqual(3);
      for (const q of shown) expect(q.pages, ref).toContain(ref);
    }
  });
});
