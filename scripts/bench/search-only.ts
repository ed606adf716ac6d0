/**
 * `npm run bench:search`: measures search on the current build (run `npm run build` first) and
 * replaces the Search section of docs/benchmarks.md, leaving the rest as the full bench wrote it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/browser.ts';
import { ROOT, serve } from './measure.ts';
import { benchSearch, searchSection } from './search.ts';

const PORT = 4389;
if (!existsSync(join(ROOT, 'dist', 'pagefind'))) throw new Error('No build with a search index in dist/: run `npm run build` first.');
const server = serve(join(ROOT, 'dist'), PORT);
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const section = searchSection(await benchSearch(browser, `http://127.0.0.1:${PORT}`));
  const file = join(ROOT, 'docs', 'benchmarks.md');
  const report = readFileSync(file, 'utf8');
  const start = report.indexOf('## Search\n');
  const end = report.indexOf('\n## ', start + 1);
  const date = new Date().toISOString().slice(0, 10);
  const dated = section.replace('\n\n', `\n\nMeasured by \`npm run bench:search\` on ${date}.\n\n`);
  writeFileSync(file, start < 0 ? `${report}\n${dated}` : `${report.slice(0, start)}${dated}${end < 0 ? '' : report.slice(end)}`);
  console.log(dated);
} finally {
  await browser.close();
  server.kill();
}
