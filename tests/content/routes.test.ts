/** docs/routes/ is what a reviewer reads: it must match the trees, outcomes and rules in content/ (the baseline). */
import { expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { formatProblems } from '../../src/core/problems.ts';
import { checkBaseline, renderRoutes, ROUTES_DIR, staleRoutes } from '../../scripts/routes.ts';

it('docs/routes/ is up to date with the trees and the rules (if not: run npm run routes, and commit it)', () => {
  const check = checkBaseline(CONTENT_DIR);
  expect(check.problems.length ? formatProblems(check.problems) : '').toBe('');
  expect(staleRoutes(ROUTES_DIR, renderRoutes(check)), 'stale files in docs/routes/: run npm run routes').toEqual([]);
});
