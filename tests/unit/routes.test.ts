/** docs/routes/, rendered from the minimal fixture site: one row per route, with the deciding rule; and what counts as stale. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBaseline, renderRoutes, staleRoutes, writeRoutes } from '../../scripts/routes.ts';
import { copySite } from '../helpers/fixture-site.ts';

const site = copySite();
const out = mkdtempSync(join(tmpdir(), 'guide-routes-out-'));
afterAll(() => {
  site.cleanup();
  rmSync(out, { recursive: true, force: true });
});

describe('the routes of the minimal site', () => {
  // An organization's changes are left out: the files describe the baseline every fork shares.
  site.write(
    'org/rules.yaml',
    'rules:\n  - id: ours\n    when: { recipient: police }\n    verdict: ask\n    why: Ours.\n    sources: [cfr42-2-31]\n',
  );
  const check = checkBaseline(site.dir);
  const rendered = renderRoutes(check);

  it('has a file per tree and the rule table, from the baseline only', () => {
    expect(check.problems).toEqual([]);
    expect([...rendered.keys()]).toEqual(['may-i-share.md', 'rules.md']);
    expect(rendered.get('rules.md')).not.toContain('`ours`');
  });

  it('lists every route as its answers, the outcome, its verdict and the rule that decides it', () => {
    const rows = rendered
      .get('may-i-share.md')!
      .split('\n')
      .filter((line) => /^\| \d/.test(line));
    expect(rows).toEqual([
      '| 1 | Is anyone in danger right now? → **Yes** | `safety-first`: Get help now | Get help now (`safety-first`) | [`imminent-danger`](rules.md#imminent-danger) |',
      '| 2 | Is anyone in danger right now? → **No**<br>Do you have their permission? → **Yes** | `share-minimum`: Share what they agreed to | You may share (`share`) | [`written-permission`](rules.md#written-permission) |',
      '| 3 | Is anyone in danger right now? → **No**<br>Do you have their permission? → **They said I may tell their family** | `share-with-family`: You may tell their family | You may share (`share`) | [`family-spoken`](rules.md#family-spoken) |',
      '| 4 | Is anyone in danger right now? → **No**<br>Do you have their permission? → **No** | `ask-first`: Ask them first | Only with permission (`consent-first`) | [`permission-first`](rules.md#permission-first) |',
      "| 5 | Is anyone in danger right now? → **No**<br>Do you have their permission? → **I'm not sure** | `ask-before-you-share`: Check what the permission covers first | Ask before you decide (`ask`) | [`unclear-permission`](rules.md#unclear-permission) |",
    ]);
  });

  it('renders each rule with its conditions, verdict, sources and the outcomes it decides', () => {
    const rules = rendered.get('rules.md')!;
    expect(rules).toContain('| 8 | [`family-spoken`](#family-spoken) | recipient: family, consent: spoken | You may share (`share`) |');
    const section = rules.slice(rules.indexOf('### `permission-first`'), rules.indexOf('## The facts'));
    expect(section).toContain('  - What permission do you have? (`consent`), one of:\n    - `not-asked`: You have not asked yet.');
    expect(section).toContain('- **Decides:** may-i-share: `ask-first`');
    expect(section).toContain('[42 CFR 2.31: Consent requirements](https://www.ecfr.gov/current/title-42/section-2.31)');
  });

  it('finds files that are stale, missing or left over, and none once written', () => {
    expect(staleRoutes(out, rendered)).toEqual(['may-i-share.md', 'rules.md']);
    writeRoutes(out, rendered);
    expect(staleRoutes(out, rendered)).toEqual([]);
    writeFileSync(join(out, 'rules.md'), 'edited by hand');
    writeFileSync(join(out, 'old-tree.md'), 'a tree that is gone');
    expect(staleRoutes(out, rendered)).toEqual(['old-tree.md', 'rules.md']);
    writeRoutes(out, rendered);
    expect(staleRoutes(out, rendered)).toEqual([]);
  });
});
