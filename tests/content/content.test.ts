/**
 * Over whatever is in content/ (the baseline, or a fork's): every setting, page and tree is valid
 * (the content check: a tree whose path ends anywhere but an outcome, or an outcome without steps or
 * sources, is one of its problems), each section the site shows has pages, and every page is
 * reachable from another. These stay green in every fork that keeps its content valid.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { formatProblems } from '../../src/core/problems.ts';
import { MEDIAN_LIMIT, PAGE_LIMIT, medianOf, score } from '../../scripts/readability.ts';

const result = checkContent(CONTENT_DIR);

describe('content/', () => {
  it('has no problems', () => {
    // Printed in full on failure: the same text the build shows.
    expect(result.problems.length ? formatProblems(result.problems) : '').toBe('');
  });

  it('has at least three pages of each kind of guidance the site shows (site.yaml `sections`)', () => {
    const shown: readonly string[] | undefined = result.site?.sections;
    for (const kind of ['principles', 'scripts', 'groups', 'situations'].filter((k) => !shown || shown.includes(k))) {
      expect(result.pages.filter((p) => p.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
    }
  });

  // Guidance pages should lead to each other. Training scenarios and an organization's policies
  // are reached from their own section pages, so they are not required to be linked from guidance.
  it('links every guidance page from at least one other page (no orphans)', () => {
    const linked = new Set<string>();
    for (const page of result.pages) {
      for (const ref of page.data.related as string[]) linked.add(ref);
      for (const m of page.body.matchAll(/\]\(\/([a-z0-9-]+\/[a-z0-9-]+)\/?[)#]/g)) if (m[1] !== page.ref) linked.add(m[1]!);
    }
    for (const tree of result.trees) {
      for (const node of tree.nodes.values()) if (node.kind === 'outcome') [...node.see, ...node.scripts].forEach((r) => linked.add(r));
    }
    const orphans = result.pages.filter((p) => !['scenarios', 'policies'].includes(p.kind) && !linked.has(p.ref)).map((p) => p.ref);
    expect(orphans).toEqual([]);
  });
});

describe('reading level', () => {
  it(`has a median Flesch–Kincaid grade of at most ${MEDIAN_LIMIT} and no page above ${PAGE_LIMIT}`, () => {
    const scores = result.pages.map(score);
    const over = scores.filter((s) => s.grade > PAGE_LIMIT).map((s) => `${s.ref} (${s.grade.toFixed(1)})`);
    expect(over).toEqual([]);
    expect(medianOf(scores.map((s) => s.grade))).toBeLessThanOrEqual(MEDIAN_LIMIT);
  });
});
