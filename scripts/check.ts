/**
 * `npm run check`: validates the settings, every page and every tree, without building the site.
 * Prints the same problems the build prints, and exits 1 when there are any.
 */
import { CONTENT_DIR } from '../src/config/paths.ts';
import { checkContent } from '../src/content/check-content.ts';
import { formatProblems, formatWarnings } from '../src/core/problems.ts';

const started = performance.now();
const { problems, warnings, pages, trees, sources, practice, dueForReview } = checkContent(CONTENT_DIR);
const ms = Math.round(performance.now() - started);
if (problems.length) {
  process.stderr.write(`${formatProblems(problems)}\n`);
  process.exit(1);
}
if (warnings.length) console.log(formatWarnings(warnings));
const paths = trees.reduce((n, t) => n + t.nodes.size, 0);
console.log(
  `✓ Content is valid: ${pages.length} pages (${dueForReview.size} due for review), ${trees.length} trees (${paths} nodes), ${Object.keys(sources).length} sources, ${practice.reduce((n, t) => n + t.questions.length, 0)} practice questions, checked in ${ms} ms.`,
);
