/**
 * `npm run readability`: the Flesch–Kincaid grade of every guidance page (wooorm's
 * flesch-kincaid and syllable packages), over the words a reader reads: the summary, the short
 * answer, a script's lines and the body, with Markdown, links and source citations removed.
 * Prints the table; `--write` also saves it to docs/readability.md; exits 1 when the median is
 * above 8 or any page above 10 (DESIGN.md: write for a reader at about grade 8).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../src/config/paths.ts';
import { checkContent, type PageRecord } from '../src/content/check-content.ts';
import { gradeOf, MEDIAN_LIMIT, PAGE_LIMIT, plainText } from '../src/content/reading-level.ts';

export { MEDIAN_LIMIT, PAGE_LIMIT };

/** The prose of a page as plain text. */
export function readableText(page: PageRecord): string {
  const d = page.data as { summary: string; answer?: string; when?: string; say?: string[]; alternatives?: string[] };
  const parts = [d.summary, d.answer, d.when, ...(d.say ?? []), ...(d.alternatives ?? []), page.body];
  return plainText(parts.filter(Boolean).join('\n\n'));
}

export interface Score {
  ref: string;
  words: number;
  sentences: number;
  grade: number;
}

export function score(page: PageRecord): Score {
  return { ref: page.ref, ...gradeOf(readableText(page)) };
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
