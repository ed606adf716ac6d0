/**
 * The words of the index, to tell a word the guide uses from one it does not, and to mend typos.
 * Pure. Pagefind matches any index word that starts with a query word, and when nothing does,
 * words that the query word starts with ("immigration" found "I'm"); so a query word the guide
 * does not use is left out of the search rather than trusted to Pagefind.
 */
import { stem } from './words.ts';

export interface Vocabulary {
  /** Every index word, most widespread first (the order breaks ties between corrections). */
  list: readonly string[];
  words: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  /** Words of titles, other names and summaries: what the guide is about. */
  about: ReadonlySet<string>;
}

export function makeVocabulary(list: readonly string[], about: readonly string[] = list): Vocabulary {
  return { list, words: new Set(list), stems: new Set(list.map(stem)), about: new Set(about) };
}

/**
 * Whether the index has this word: as it is, in another form ("overdosed" for "overdose"), or, for
 * a word being typed, as the start of a longer word ("subpoe" for "subpoena").
 * `whole`: the word must appear as it is (short words and acronyms: "VA" is not "varies").
 */
export function isKnown(vocabulary: Vocabulary, word: string, whole = false): boolean {
  if (vocabulary.words.has(word)) return true;
  if (whole) return false;
  if (vocabulary.stems.has(stem(word))) return true;
  return word.length >= 4 && vocabulary.list.some((w) => w.startsWith(word));
}

/**
 * The index word the reader probably meant: same first letter, one edit (a swap of two letters
 * counts as one), or two for a word of six letters or more when the result is a word the guide is
 * about ("supena": subpoena; but "punched" is not "psyched"). Words in `skip` are never offered
 * ("weather" is not "whether").
 */
export function correct(vocabulary: Vocabulary, word: string, skip: ReadonlySet<string> = new Set()): string | undefined {
  if (word.length < 4 || /\d/.test(word)) return undefined;
  const limit = word.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary.list) {
    if (candidate[0] !== word[0] || Math.abs(candidate.length - word.length) > limit || candidate.length < 3 || skip.has(candidate))
      continue;
    const d = editDistance(word, candidate, bestDistance);
    if (d < bestDistance && (d < 2 || vocabulary.about.has(candidate))) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The index words that a query word is the start of ("report": reported, reporter, reporting).
 * Pagefind matches them too, but loads only the index file where the query word itself would
 * sit; a longer word can be in the next one (the index is split into small files,
 * src/integrations/search-index.ts), so the search preloads these first. Not for words of one or
 * two letters: half the index starts with "t".
 */
export function longerWords(vocabulary: Vocabulary, text: string): string[] {
  const starts = text.split(' ').filter((s) => s.length > 2);
  if (starts.length === 0) return [];
  return vocabulary.list.filter((w) => starts.some((s) => w.length > s.length && w.startsWith(s)));
}

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits), or `cap` once it is at least that. */
export function editDistance(a: string, b: string, cap = Infinity): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= cap) return cap;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
