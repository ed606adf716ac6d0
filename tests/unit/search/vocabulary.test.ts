/** Words as search compares them, and telling the index's words from others. */
import { describe, expect, it } from 'vitest';
import { correct, editDistance, isKnown, longerWords, makeVocabulary } from '../../../src/search/vocabulary.ts';
import { singular, stem, typedWords, words } from '../../../src/search/words.ts';

describe('words', () => {
  it('folds case, accents and apostrophes as Pagefind does', () => {
    expect(words("I'm at the Café, don’t tell")).toEqual(['im', 'at', 'the', 'cafe', 'dont', 'tell']);
    expect(typedWords('Call VA now')).toEqual(['Call', 'VA', 'now']);
    expect(typedWords("he OD'd, she was ODing, two ROIs")).toEqual(['he', 'OD', 'she', 'was', 'OD', 'two', 'ROI']);
  });

  it('stems forms of a word to one, and takes plurals to the singular', () => {
    expect(new Set(['overdose', 'overdosed', 'overdoses', 'overdosing'].map(stem))).toEqual(new Set(['overdos']));
    expect(singular('cops')).toBe('cop');
    expect(singular('parties')).toBe('party');
    expect(singular('status')).toBe('status');
  });
});

describe('the vocabulary', () => {
  const vocabulary = makeVocabulary(
    ['police', 'subpoena', 'overdose', 'varies', 'confidentiality', 'grief', 'policy', 'psyched'],
    ['police', 'subpoena', 'overdose', 'confidentiality', 'grief'],
  );

  it('knows a word as it is, in another form, or as the start of a longer word', () => {
    expect(isKnown(vocabulary, 'police')).toBe(true);
    expect(isKnown(vocabulary, 'overdosed')).toBe(true);
    expect(isKnown(vocabulary, 'subpoe')).toBe(true);
    expect(isKnown(vocabulary, 'immigration')).toBe(false);
  });

  it('lists the longer index words a search word starts, for each word of a phrase, but not for one or two letters', () => {
    expect(longerWords(vocabulary, 'polic')).toEqual(['police', 'policy']);
    expect(longerWords(vocabulary, 'police')).toEqual([]);
    expect(longerWords(vocabulary, 'subp overdose')).toEqual(['subpoena']);
    expect(longerWords(vocabulary, 'va')).toEqual([]);
  });

  it('knows a whole word only as it is: "va" is not "varies"', () => {
    expect(isKnown(vocabulary, 'va', true)).toBe(false);
    expect(isKnown(vocabulary, 'va')).toBe(false);
  });

  it('mends typos by the fewest edits, a swap counting as one', () => {
    expect(correct(vocabulary, 'supena')).toBe('subpoena');
    expect(correct(vocabulary, 'greif')).toBe('grief');
    expect(correct(vocabulary, 'confidentaility')).toBe('confidentiality');
    expect(correct(vocabulary, 'polcie')).toBe('police');
  });

  it('makes a two-edit guess only towards a word the guide is about', () => {
    expect(correct(vocabulary, 'punched')).toBeUndefined();
    expect(correct(vocabulary, 'supena')).toBe('subpoena');
  });

  it('does not guess from a different first letter, a short word or a far word', () => {
    expect(correct(vocabulary, 'tolice')).toBeUndefined();
    expect(correct(vocabulary, 'pol')).toBeUndefined();
    expect(correct(vocabulary, 'parliament')).toBeUndefined();
    expect(correct(makeVocabulary(['whether', 'weapon']), 'weather', new Set(['whether']))).toBeUndefined();
  });

  it('counts edits with transpositions', () => {
    expect(editDistance('greif', 'grief')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'xyz', 2)).toBe(2);
  });
});
