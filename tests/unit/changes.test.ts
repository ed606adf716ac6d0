/** Rule changes: the baseline's and an organization's, newest first, with hidden pages left out (broken inputs: tests/fixtures/broken/changes). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { siteCopies } from '../helpers/fixture-site.ts';

const site = siteCopies();

const ORG_CHANGE = `riverside-consent-form-2026:
  date: 2026-09-01
  rule: Riverside policy 4.2
  title: Our new consent form
  what_changed: [Use the 2026 consent form for every release.]
  sources: [hipaa-164-510-b]
  pages: [principles/consent, scripts/asking-permission]
`;

describe('rule changes', () => {
  it('reads the baseline file, with its dates and pages', () => {
    const { changes, problems } = checkContent(site().dir);
    expect(problems).toEqual([]);
    expect(changes).toMatchObject([
      {
        id: 'part2-2024-final-rule',
        origin: 'baseline',
        date: new Date('2024-04-16T00:00:00Z'),
        compliance: new Date('2026-02-16T00:00:00Z'),
        pages: ['principles/consent'],
      },
    ]);
  });

  it("adds the organization's own, marked as such, newest first", () => {
    const s = site();
    s.write('org/changes.yaml', ORG_CHANGE);
    const { changes, problems } = checkContent(s.dir, s.dir);
    expect(problems).toEqual([]);
    expect(changes.map((c) => [c.id, c.origin])).toEqual([
      ['riverside-consent-form-2026', 'organization'],
      ['part2-2024-final-rule', 'baseline'],
    ]);
  });

  it('names a hidden page as a warning, not a problem', () => {
    const s = site();
    s.write('org/changes.yaml', ORG_CHANGE);
    s.write('site.yaml', `${readFileSync(`${s.dir}/site.yaml`, 'utf8')}\nhide: [scripts/asking-permission]\n`);
    const { problems, warnings } = checkContent(s.dir, s.dir);
    expect(problems).toEqual([]);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        file: 'org/changes.yaml',
        where: 'riverside-consent-form-2026.pages[1]',
        message: 'The affected page `scripts/asking-permission` is hidden, so it is left out.',
      }),
    );
  });
});
