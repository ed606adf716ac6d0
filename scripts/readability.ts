/**
 * `npm run readability`: the Flesch–Kincaid grade of every guidance page (wooorm's
 * flesch-kincaid and syllable packages), over the words a reader reads: the summary, the short
 * answer, a script's lines and the body, with Markdown, links and source citations removed.
 * Prints the table; `--write` also saves it to docs/readability.md; exits 1 when the median is
 * above 8 or any page above 10 (DESIGN.md: write for a reader at about grade 8).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { CONTENT_DIR } from '../src/config/paths.ts';
import { checkContent, type PageRecord } from '../src/content/check-content.ts';

export const MEDIAN_LIMIT = 8;
export const PAGE_LIMIT = 10;

/** The prose of a page as plain text. */
export function readableText(page: PageRecord): string {
  const d = page.data as { summary: string; answer?: string; when?: string; say?: string[]; alternatives?: string[] };
  const parts = [d.summary, d.answer, d.when, ...(d.say ?? []), ...(d.alternatives ?? []), page.body];
  return parts
    .filter(Boolean)
    .join('\n\n')
    .replace(/<[^>]+>/g, ' ') // HTML tags (details, summary)
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1') // links → their text
    .replace(/\(([^()]*\b(CFR|FAQ|HHS|U\.S\.C\.|Code|Caldicott|\d{4})\b[^()]*)\)/g, ' ') // citations in brackets
    .replace(/^#{1,6}\s+(.*)$/gm, '$1.') // a heading reads as a sentence
    .replace(/^\s*([-*]|\d+\.)\s+(.*?)([.!?:])?\s*$/gm, (_m, _b: string, item: string, end?: string) => `${item}${end ?? '.'}`) // list items as sentences
    .replace(/[*_`|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Score {
  ref: string;
  words: number;
  sentences: number;
  grade: number;
}

export function score(page: PageRecord): Score {
  const text = readableText(page);
  // Abbreviations and section numbers are not sentence ends.
  const forSentences = text.replace(/\b(e\.g|i\.e|U\.S|vs|No|Dr|St)\./g, '$1').replace(/(\d)\.(\d)/g, '$1$2');
  const sentences = Math.max(1, forSentences.split(/[.!?]+(?=\s|$)/).filter((s) => /[a-z]/i.test(s)).length);
  const words = text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const syllables = words.reduce((n, w) => n + syllable(w.replace(/[^a-z'-]/gi, '')), 0);
  return {
    ref: page.ref,
    words: words.length,
    sentences,
    grade: fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables }),
  };
}

export function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function main() {
  const { pages } = checkContent(CONTENT_DIR);
  const scores = pages.map(score).sort((a, b) => b.grade - a.grade);
  const median = medianOf(scores.map((s) => s.grade));
  const over = scores.filter((s) => s.grade > PAGE_LIMIT);
  const table = [
    `| page | words | sentences | grade |`,
    `| --- | --- | --- | --- |`,
    ...scores.map((s) => `| ${s.ref} | ${s.words} | ${s.sentences} | ${s.grade.toFixed(1)} |`),
  ].join('\n');
  const report = `# Reading level

Flesch–Kincaid grade of each guidance page, measured by \`npm run readability\` (packages
\`flesch-kincaid\` and \`syllable\`) over what a reader reads: summary, short answer, script lines
and body, without Markdown, links or bracketed citations. Target: median at most ${MEDIAN_LIMIT}, no page above ${PAGE_LIMIT}.

**${pages.length} pages: median grade ${median.toFixed(1)}, highest ${scores[0]?.grade.toFixed(1) ?? '-'}, ${over.length} above ${PAGE_LIMIT}.**

${table}
`;
  console.log(report);
  if (process.argv.includes('--write')) writeFileSync(join(import.meta.dirname, '..', 'docs', 'readability.md'), report);
  if (median > MEDIAN_LIMIT || over.length) process.exit(1);
}

if (import.meta.main) main();
