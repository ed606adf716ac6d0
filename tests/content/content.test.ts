/**
 * Over whatever is in content/ (the baseline, or a fork's): every setting, page and tree is valid,
 * every path of every tree ends at an outcome with sources, and every page is reachable from
 * another. These stay green in every fork that keeps its content valid.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { formatProblems } from '../../src/core/problems.ts';
import { enumeratePaths } from '../../src/engine/resolve.ts';
import { toRoutes } from '../../src/engine/validate.ts';
import { MEDIAN_LIMIT, PAGE_LIMIT, medianOf, score } from '../../scripts/readability.ts';

const result = checkContent(CONTENT_DIR);

describe('content/', () => {
  it('has no problems', () => {
    // Printed in full on failure: the same text the build shows.
    expect(result.problems.length ? formatProblems(result.problems) : '').toBe('');
  });

  it('has at least three pages of each kind', () => {
    for (const kind of ['principles', 'scripts', 'groups', 'situations']) {
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

describe.each(result.trees.map((t) => [t.id, t] as const))('tree %s', (_id, tree) => {
  const paths = enumeratePaths(toRoutes(tree));

  it('ends every path at an outcome', () => {
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(tree.nodes.get(path.outcome)?.kind).toBe('outcome');
  });

  it('gives every outcome a verdict, next steps and sources', () => {
    for (const node of tree.nodes.values()) {
      if (node.kind !== 'outcome') continue;
      expect(node.sources.length, node.id).toBeGreaterThan(0);
      expect(node.next_steps.length, node.id).toBeGreaterThan(0);
    }
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
