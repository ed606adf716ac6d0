/**
 * Guidance that ages honestly: pages past their review interval and cited sources not checked for
 * 12 months are warnings (never problems), with the file, the line and what to do. Every test
 * names its own "today", so none depends on the day it runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { today } from '../../src/config/today.ts';
import { addMonths, isOverdue } from '../../src/content/aging.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { formatWarnings } from '../../src/core/problems.ts';
import { siteCopies } from '../helpers/fixture-site.ts';

const site = siteCopies();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** The minimal site with the consent page reviewed on `reviewed`. */
function withConsentReviewed(reviewed: string) {
  const s = site();
  const path = `${s.dir}/guide/principles/consent.mdx`;
  s.write('guide/principles/consent.mdx', readFileSync(path, 'utf8').replace('reviewed: 2026-11-26', `reviewed: ${reviewed}`));
  return s;
}

describe('months', () => {
  it('adds months by the calendar, ending on the last day of a shorter month', () => {
    expect(addMonths(day('2026-01-31'), 1)).toEqual(day('2026-02-28'));
    expect(addMonths(day('2024-02-29'), 12)).toEqual(day('2025-02-28'));
    expect(addMonths(day('2026-11-26'), 12)).toEqual(day('2027-11-26'));
  });

  it('is overdue only once more than the interval has passed', () => {
    expect(isOverdue(day('2026-11-26'), 12, day('2027-11-26'))).toBe(false);
    expect(isOverdue(day('2026-11-26'), 12, day('2027-11-27'))).toBe(true);
  });
});

describe('pages past their review interval', () => {
  it('are warnings with the file, the line and the fix, and are due for review', () => {
    const s = withConsentReviewed('2025-06-01');
    const result = checkContent(s.dir, s.dir, { today: day('2026-12-01') });
    expect(result.problems).toEqual([]);
    expect(result.dueForReview).toEqual(new Set(['principles/consent']));
    expect(formatWarnings(result.warnings)).toMatchInlineSnapshot(`
      "1 note on the content (they do not stop the build):

      ⚠ guide/principles/consent.mdx:4 → reviewed
        The page was last reviewed on 2025-06-01, more than 12 months ago, so it shows a "Due for review" notice.
        Note: Check the page against its sources and correct what has changed, then set \`reviewed:\` to the day you checked it. (In a fork, a baseline page is reviewed upstream: bring in the main project's updates.)
      "
    `);
  });

  it('are not warned about within the interval', () => {
    const s = withConsentReviewed('2025-12-01');
    const result = checkContent(s.dir, s.dir, { today: day('2026-12-01') });
    expect(result.warnings).toEqual([]);
    expect(result.dueForReview.size).toBe(0);
  });

  it('follow the interval an organization sets in site.yaml', () => {
    const s = withConsentReviewed('2026-05-15');
    const when = { today: day('2026-12-01') };
    expect(checkContent(s.dir, s.dir, when).warnings).toEqual([]);
    s.write('site.yaml', `${readFileSync(`${s.dir}/site.yaml`, 'utf8')}\nreview_interval_months: 6\n`);
    const result = checkContent(s.dir, s.dir, when);
    expect(result.problems).toEqual([]);
    expect(result.dueForReview).toEqual(new Set(['principles/consent']));
    expect(result.warnings.map((w) => w.message)).toEqual([
      'The page was last reviewed on 2026-05-15, more than 6 months ago, so it shows a "Due for review" notice.',
    ]);
  });
});

describe('sources not checked for 12 months', () => {
  it('are warnings naming the pages that cite them; an uncited old source is not', () => {
    const s = site();
    const registry = readFileSync(`${s.dir}/sources.yaml`, 'utf8');
    const [, second] = registry.split('cfr42-2-31:');
    s.write(
      'sources.yaml',
      registry.replace(`cfr42-2-31:${second}`, `cfr42-2-31:${second!.replace('checked: 2026-11-29', 'checked: 2025-10-01')}`) +
        'uncited-source:\n  title: Nobody cites this\n  publisher: Someone\n  url: https://example.org\n  checked: 2020-01-01\n',
    );
    const result = checkContent(s.dir, s.dir, { today: day('2026-12-01') });
    expect(result.problems).toEqual([]);
    expect(result.dueForReview.size).toBe(0);
    expect(formatWarnings(result.warnings)).toMatchInlineSnapshot(`
      "1 note on the content (they do not stop the build):

      ⚠ sources.yaml:13 → cfr42-2-31.checked
        \`cfr42-2-31\` was last checked on 2025-10-01, more than 12 months ago, and 1 page cites it: principles/consent.
        Note: Open the source and check that it still says what those pages rely on; update the pages if the rule changed. Then set \`checked:\` to the day you checked it.
      "
    `);
  });

  it("point at the organization's own registry when the source is there", () => {
    const s = site();
    s.write(
      'org/sources.yaml',
      'our-policy:\n  title: Our policy\n  publisher: Us\n  url: https://example.org/policy\n  checked: 2024-03-01\n',
    );
    s.write(
      'org/policies/our-policy.mdx',
      '---\ntitle: Our policy\nsummary: Ours.\nreviewed: 2026-11-20\nsources: [our-policy]\n---\n\nOurs.\n',
    );
    const result = checkContent(s.dir, s.dir, { today: day('2026-12-01') });
    expect(result.problems).toEqual([]);
    expect(result.warnings).toMatchObject([{ file: 'org/sources.yaml', line: 5, where: 'our-policy.checked' }]);
    expect(result.warnings[0]!.message).toContain('1 page cites it: policies/our-policy.');
  });
});

describe('today', () => {
  it('is GUIDE_TODAY when set, and refuses a date it cannot read', () => {
    expect(today({ GUIDE_TODAY: '2027-01-15' })).toEqual(day('2027-01-15'));
    expect(() => today({ GUIDE_TODAY: '15/01/2027' })).toThrow('GUIDE_TODAY must be a date written as YYYY-MM-DD');
    expect(today({}).toISOString()).toMatch(/T00:00:00\.000Z$/);
  });
});
