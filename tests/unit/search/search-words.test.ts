/** The thesaurus and crisis words as content: the organization's add to the baseline's. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/check-content.ts';
import { makeThesaurus } from '../../../src/search/query.ts';
import { MINIMAL_SITE, siteCopies } from '../../helpers/fixture-site.ts';

const copy = siteCopies();

function site(files: Record<string, string>) {
  const s = copy();
  for (const [path, text] of Object.entries(files)) s.write(path, text);
  return checkContent(s.dir, s.dir);
}

describe('search words in content', () => {
  it('are optional: a site without them has an empty thesaurus and no crisis words', () => {
    const { problems, search } = site({});
    expect(problems).toEqual([]);
    expect(search).toEqual({ thesaurus: [], crisis: { words: [], except: [] } });
  });

  it('merge an organization’s thesaurus and crisis words into the baseline’s', () => {
    const { problems, search } = site({
      'guide/synonyms.yaml': 'mom: [family]\nROI: [consent]\n',
      'org/synonyms.yaml': 'mom: [family member]\nstaffing: [group]\n',
      'guide/crisis-words.yaml': 'words: [suicide]\nexcept: [substance abuse]\n',
      'org/crisis-words.yaml': 'words: [overdose, 988]\n',
    });
    expect(problems).toEqual([]);
    const thesaurus = makeThesaurus(search.thesaurus);
    expect(thesaurus.get('mom')).toEqual(['family', 'family member']);
    expect(thesaurus.get('staffing')).toEqual(['group']);
    expect(thesaurus.get('roi')).toEqual(['consent']);
    expect(search.crisis).toEqual({ words: ['suicide', 'overdose', '988'], except: ['substance abuse'] });
  });

  it('still accept a baseline word that only a page the organization hid uses', () => {
    const siteYaml = readFileSync(join(MINIMAL_SITE, 'site.yaml'), 'utf8');
    const { problems } = site({
      'site.yaml': `${siteYaml}\nhide: [situations/family-member-calls]\n`,
      'guide/synonyms.yaml': 'relatives: [worried]\n',
      'guide/situations/family-member-calls.mdx': readFileSync(
        join(MINIMAL_SITE, 'guide/situations/family-member-calls.mdx'),
        'utf8',
      ).replace('title:', 'aliases: [worried]\ntitle:'),
    });
    expect(problems).toEqual([]);
  });

  it('accept a word the pages use in another form ("families" for "family")', () => {
    expect(site({ 'guide/synonyms.yaml': 'relatives: [families]\n' }).problems).toEqual([]);
  });
});
