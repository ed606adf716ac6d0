/**
 * What the reader typed, as the search runs it: a list of concepts, one per meaningful word or
 * thesaurus phrase, each with the index words that stand for it. Pure, so it is tested in Node.
 *
 * "kid being hit at home" → kid (kid, child), hit (hit, abuse), home; "being" and "at" are dropped.
 * A word the index does not have is mended when a close index word exists ("supena" → subpoena),
 * and otherwise left without terms: it then matches nothing, honestly, instead of whatever
 * Pagefind finds for its first letters.
 */
import { STOP_WORDS } from './stop-words.ts';
import { correct, isKnown, type Vocabulary } from './vocabulary.ts';
import { phrase, singular, stem, typedWords, words } from './words.ts';

/** Everyday words → the guide's words, keyed by `thesaurusKey` so that "kids" finds the entry for "kid". */
export type Thesaurus = ReadonlyMap<string, readonly string[]>;

/** Plurals meet their singular ("cops" finds "cop"); other endings do not ("recording" is not "records"). */
export function thesaurusKey(text: string): string {
  return words(text).map(singular).join(' ');
}

/** The thesaurus from its entries (the baseline's, then an organization's): targets of one key are merged. */
export function makeThesaurus(entries: Iterable<readonly [string, readonly string[]]>): Thesaurus {
  const map = new Map<string, string[]>();
  for (const [key, targets] of entries) {
    const k = thesaurusKey(key);
    const list = map.get(k) ?? [];
    for (const target of targets.map(phrase)) if (target && !list.includes(target)) list.push(target);
    map.set(k, list);
  }
  return map;
}

export interface CrisisWords {
  /** Phrases that suggest someone may be in danger now. */
  words: readonly string[];
  /** Phrases that contain one of those words but are not about danger ("substance abuse"). */
  except: readonly string[];
}

export interface QueryContext {
  vocabulary: Vocabulary;
  thesaurus: Thesaurus;
  crisis: CrisisWords;
}

export interface Term {
  /** What is sent to Pagefind: one word, or a phrase whose words must all match. */
  text: string;
  /**
   * Match the whole word only: short words and acronyms ("VA" must not find "varies"), and any
   * word the index has as it is ("cops" must not find "copy"). Other forms still match.
   */
  whole: boolean;
  /** How much a match through this term counts (a guessed spelling counts a little less). */
  weight: number;
}

export interface Concept {
  /** What the reader typed for it. */
  typed: string;
  terms: Term[];
  /** Words searched for that the reader did not type: synonyms and corrected spellings. */
  added: string[];
  /** It names a danger (a crisis word, or a word the thesaurus reads as one). */
  crisis: boolean;
}

export interface ParsedQuery {
  concepts: Concept[];
  /** The query suggests someone may be in danger now. */
  crisis: boolean;
}

const LONGEST_PHRASE = 4;
/** What a thesaurus word counts beside the word the reader typed, when the guide has that word too. */
const SYNONYM_WEIGHT = 0.8;

export function parseQuery(raw: string, context: QueryContext): ParsedQuery {
  const typed = typedWords(raw);
  const tokens = typed.map((w) => w.toLowerCase());
  const danger = dangerWords(tokens, context.crisis);
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length;) {
    const length = longestKey(tokens, i, context.thesaurus) || 1;
    const span = tokens.slice(i, i + length);
    const key = thesaurusKey(span.join(' '));
    if ((length > 1 || context.thesaurus.has(key) || !STOP_WORDS.has(span[0]!)) && !seen.has(key)) {
      seen.add(key);
      const concept = conceptFor(span, typed.slice(i, i + length).join(' '), context);
      if (danger.slice(i, i + length).some(Boolean)) concept.crisis = true;
      concepts.push(concept);
    }
    i += length;
  }
  // A danger phrase may span stop words ("end my life"), so the whole query is checked too.
  return { concepts, crisis: danger.some(Boolean) || concepts.some((c) => c.crisis) };
}

/** How many words from `start` make the longest thesaurus entry (0 for none). */
function longestKey(tokens: string[], start: number, thesaurus: Thesaurus): number {
  for (let length = Math.min(LONGEST_PHRASE, tokens.length - start); length >= 1; length--) {
    if (thesaurus.has(thesaurusKey(tokens.slice(start, start + length).join(' ')))) return length;
  }
  return 0;
}

function conceptFor(span: string[], typed: string, context: QueryContext): Concept {
  const terms: Term[] = [];
  const added: string[] = [];
  const add = (text: string, weight: number, isAdded: boolean) => {
    if (terms.some((t) => t.text === text)) return;
    // A word the index has as it is matches as itself: Pagefind would also find longer words that
    // start with it ("cops" found "copy", "police" found "policy").
    const exact = !text.includes(' ') && context.vocabulary.words.has(text);
    terms.push({ text, whole: exact || isWholeWord(text, typed, isAdded), weight });
    if (isAdded) added.push(text);
  };
  const word = span.length === 1 ? span[0] : undefined;
  const known = word !== undefined && isKnown(context.vocabulary, word, isWholeWord(word, typed, false));
  // A word the guide does not use may be another form of a thesaurus word ("shooting": shoot).
  const targets =
    context.thesaurus.get(thesaurusKey(span.join(' '))) ?? (word && !known ? byStem(context.thesaurus).get(stem(word)) : undefined);
  if (known) add(word, 1, false);
  // A synonym stands in for the reader's word: when the guide has the word itself, it counts more.
  for (const target of targets ?? []) add(target, known ? SYNONYM_WEIGHT : 1, true);
  if (word && !targets && !terms.length) {
    const mended = correct(context.vocabulary, word, STOP_WORDS);
    if (mended) {
      add(mended, 0.9, true);
      for (const target of context.thesaurus.get(thesaurusKey(mended)) ?? []) add(target, 0.9 * SYNONYM_WEIGHT, true);
    }
  }
  // What the reader typed is checked in context (dangerWords); what the search added, here.
  const crisis = added.some((text) => dangerWords(words(text), context.crisis).some(Boolean));
  return { typed, terms, added, crisis };
}

const stemIndexes = new WeakMap<Thesaurus, Map<string, readonly string[]>>();

/** The thesaurus by the stem of each one-word entry. */
function byStem(thesaurus: Thesaurus): Map<string, readonly string[]> {
  let index = stemIndexes.get(thesaurus);
  if (!index) {
    index = new Map();
    for (const [key, targets] of thesaurus) if (!key.includes(' ') && !index.has(stem(key))) index.set(stem(key), targets);
    stemIndexes.set(thesaurus, index);
  }
  return index;
}

/** Short words, numbers and acronyms typed in capitals match only as whole words. */
function isWholeWord(text: string, typed: string, isAdded: boolean): boolean {
  if (text.includes(' ')) return false;
  if (text.length <= 3 || /^\d+$/.test(text)) return true;
  return !isAdded && typed.length >= 2 && typed === typed.toUpperCase() && /[A-Z]/.test(typed);
}

/** For each word, whether it is part of a crisis phrase with no exception around it ("substance abuse"). */
function dangerWords(sequence: readonly string[], crisis: CrisisWords): boolean[] {
  const entries = crisis.words.map(phrase).filter(Boolean);
  const except = crisis.except.map(phrase).filter(Boolean);
  const marks = sequence.map(() => false);
  sequence.forEach((_, i) => {
    for (const entry of entries) {
      if (!matchesAt(sequence, i, entry) || except.some((e) => covers(sequence, i, e))) continue;
      for (let k = i; k < i + entry.split(' ').length; k++) marks[k] = true;
    }
  });
  return marks;
}

/** The phrase starts at `i`; its last word may be the start of a longer word ("kill" in "killing"). */
function matchesAt(sequence: readonly string[], i: number, entry: string): boolean {
  const parts = entry.split(' ');
  return parts.every((part, k) => {
    const token = sequence[i + k];
    if (token === undefined) return false;
    if (token === part) return true;
    return k === parts.length - 1 && part.length >= 4 && token.startsWith(part);
  });
}

/** An exception phrase that includes the word at `i` ("substance abuse" covers "abuse"). */
function covers(sequence: readonly string[], i: number, exception: string): boolean {
  const length = exception.split(' ').length;
  for (let start = Math.max(0, i - length + 1); start <= i; start++) if (matchesAt(sequence, start, exception)) return true;
  return false;
}
