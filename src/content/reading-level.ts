/**
 * The Flesch–Kincaid grade of plain text (wooorm's flesch-kincaid and syllable packages). Used by
 * `npm run readability` for guidance pages and by the practice check for question banks, so both
 * count words and sentences the same way. DESIGN.md: write for a reader at about grade 8.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export const MEDIAN_LIMIT = 8;
export const PAGE_LIMIT = 10;

export interface Grade {
  words: number;
  sentences: number;
  grade: number;
}

/** Markdown and bracketed citations removed, as a reader hears the text. */
export function plainText(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ') // HTML tags (details, summary)
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1') // links → their text
    .replace(/\(([^()]*\b(CFR|FAQ|HHS|U\.S\.C\.|Code|Caldicott|\d{4})\b[^()]*)\)/g, ' ') // citations in brackets
    .replace(/^#{1,6}\s+(.*)$/gm, '$1.') // a heading reads as a sentence
    .replace(/^\s*([-*]|\d+\.)\s+(.*?)([.!?:])?\s*$/gm, (_m, _b: string, item: string, end?: string) => `${item}${end ?? '.'}`) // list items as sentences
    .replace(/[*_`|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function gradeOf(text: string): Grade {
  // Abbreviations and section numbers are not sentence ends.
  const forSentences = text.replace(/\b(e\.g|i\.e|U\.S|vs|No|Dr|St)\./g, '$1').replace(/(\d)\.(\d)/g, '$1$2');
  const sentences = Math.max(1, forSentences.split(/[.!?]+(?=\s|$)/).filter((s) => /[a-z]/i.test(s)).length);
  const words = text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const syllables = words.reduce((n, w) => n + syllable(w.replace(/[^a-z'-]/gi, '')), 0);
  return { words: words.length, sentences, grade: fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables }) };
}
