import { readFileSync } from 'node:fs';
import { checkContent } from '/work/main/src/content/check-content.ts';
import { formatProblems } from '/work/main/src/content/problems.ts';
import { copySite } from '/work/main/tests/helpers/fixture-site.ts';
for (const [src, target] of process.argv.slice(2).map(a => a.split('='))) {
  const s = copySite(); s.write(target!, readFileSync(src!, 'utf8'));
  console.log(formatProblems(checkContent(s.dir, s.dir).problems)); s.cleanup();
}
