/** How a typed query becomes concepts: stop words, thesaurus phrases, whole words, typos, danger. */
import { describe, expect, it } from 'vitest';
import { makeThesaurus, parseQuery, type QueryContext } from '../../../src/search/query.ts';
import { makeVocabulary } from '../../../src/search/vocabulary.ts';

const context: QueryContext = {
  vocabulary: makeVocabulary([
    'child',
    'abuse',
    'home',
    'family',
    'suicide',
    'crisis',
    'subpoena',
    'police',
    'release',
    'consent',
    'varies',
    'roi',
    'public',
    'overdose',
    'hurt',
    'records',
    'recording',
    'death',
    'social',
    'media',
  ]),
  thesaurus: makeThesaurus([
    ['kid', ['child']],
    ['hit', ['abuse', 'hurt']],
    ['kill herself', ['suicide', 'crisis']],
    ['end it', ['suicide', 'crisis']],
    ['cop', ['police']],
    ['roi', ['release', 'consent']],
    ['records', ['records']],
    ['shoot', ['hurt']],
    ['passed away', ['death']],
    ['insta', ['social media']],
  ]),
  crisis: { words: ['suicide', 'kill', 'end it', 'overdose', 'abuse', 'hurt', 'shoot'], except: ['substance abuse'] },
};

const parse = (q: string) => parseQuery(q, context);
const terms = (q: string) => parse(q).concepts.map((c) => c.terms.map((t) => t.text));

describe('parseQuery', () => {
  it('drops stop words and keeps one concept per meaningful word, with its thesaurus words', () => {
    expect(terms('kid being hit at home')).toEqual([['child'], ['abuse', 'hurt'], ['home']]);
    expect(parse('kid being hit at home').concepts.map((c) => c.added)).toEqual([['child'], ['abuse', 'hurt'], []]);
  });

  it('reads a thesaurus phrase as one concept, even when it contains stop words', () => {
    expect(terms('wants to kill herself tonight')).toEqual([['suicide', 'crisis'], []]);
    expect(terms('he is going to end it')).toEqual([['suicide', 'crisis']]);
    expect(terms('client passed away')).toEqual([[], ['death']]);
  });

  it('finds the entry for a plural ("cops" → cop), but not for another word with the same start', () => {
    expect(terms('cops')).toEqual([['police']]);
    expect(terms('recording')).toEqual([['recording']]);
  });

  it('leaves a word the index lacks without terms, so Pagefind cannot match it to a word it starts with', () => {
    expect(terms('immigration')).toEqual([[]]);
  });

  it('mends a typo to the closest index word, and says so', () => {
    const [concept] = parse('supena').concepts;
    expect(concept!.terms).toEqual([{ text: 'subpoena', whole: true, weight: 0.9 }]);
    expect(concept!.added).toEqual(['subpoena']);
    expect(terms('polcie')).toEqual([['police']]);
  });

  it('reads another form of a thesaurus word when the index lacks it ("shooting": shoot)', () => {
    expect(terms('shooting')).toEqual([['hurt']]);
  });

  it('matches short words and acronyms as whole words: "VA" is not "varies"', () => {
    expect(parse('VA').concepts[0]!.terms).toEqual([]);
    expect(parse('ROI').concepts[0]!.terms).toEqual([
      { text: 'roi', whole: true, weight: 1 },
      { text: 'release', whole: true, weight: 0.8 },
      { text: 'consent', whole: true, weight: 0.8 },
    ]);
    expect(parse('HOME').concepts[0]!.terms[0]).toEqual({ text: 'home', whole: true, weight: 1 });
  });

  it('matches a word the index has as a whole word ("cops" is not "copy"), and a word being typed as a start', () => {
    expect(parse('subpoena').concepts[0]!.terms).toEqual([{ text: 'subpoena', whole: true, weight: 1 }]);
    expect(parse('subpoe').concepts[0]!.terms).toEqual([{ text: 'subpoe', whole: false, weight: 1 }]);
  });

  it('sends a thesaurus phrase to Pagefind as a phrase', () => {
    expect(terms('insta')).toEqual([['social media']]);
  });

  it('has no concepts for a query of stop words only', () => {
    expect(parse('what should I do').concepts).toEqual([]);
  });
});

describe('crisis words', () => {
  it.each([
    'wants to kill herself tonight',
    'killing',
    'he said he will end it',
    'client overdosed',
    'sucide',
    'kid being hit at home',
    'shooting at the bus stop',
  ])('"%s" suggests danger now', (q) => {
    expect(parse(q).crisis).toBe(true);
  });

  it.each(['substance abuse records', 'family called', 'ROI expired', 'immigration'])('"%s" does not', (q) => {
    expect(parse(q).crisis).toBe(false);
  });

  it('marks the concept that names the danger, for the ranking', () => {
    expect(parse('kid being hit at home').concepts.map((c) => c.crisis)).toEqual([false, true, false]);
  });
});
