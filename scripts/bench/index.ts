/**
 * `npm run bench`: measures what tests must not time, and writes docs/benchmarks.md.
 * - build time (median of 3 cold builds) at the real content, and once at 10x, about 2,000 and about
 *   4,000 pages of synthetic content, with ms per page (wall and processor time), peak memory and
 *   the Pagefind index size;
 * - the weight of a typical page of each kind, and of the tool, at the real size and at 10x;
 * - the tool's time from a click to the next question, and search's first-query bytes and latency (search.ts);
 * - Lighthouse (mobile) on four pages, when `--lighthouse` is given (run with `npx -y` from a temporary folder);
 * - the same pages built with Starlight, side by side, when `--starlight` is given (installs it into .bench/).
 * Needs a Chromium (scripts/ensure-browser.ts). Slow: minutes, not seconds.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/browser.ts';
import { runLighthouse, type LighthouseRow } from './lighthouse.ts';
import { BENCH, ROOT, kb, median, serve, sizeOf, timedBuild, total, weighPage, type Build, type PageWeight } from './measure.ts';
import { factorFor, syntheticContent } from './scale.ts';
import { buildStarlight } from './starlight.ts';
import { benchSearch, searchSection } from './search.ts';

const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PORT = 4390;
const args = new Set(process.argv.slice(2));

const PAGES: [string, string][] = [
  ['Home', '/'],
  ['Principle', '/principles/consent/'],
  ['Script', '/scripts/asking-permission-family/'],
  ['Group setting', '/groups/group-agreement/'],
  ['Situation', '/situations/family-member-calls/'],
  ['Flowchart', '/flowcharts/may-i-share/'],
  ['Tool', '/tools/may-i-share/'],
];

function coldBuild(contentDir?: string, outDir = join(ROOT, 'dist')): Build & { pagefindKiB: number } {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(join(ROOT, 'node_modules', '.astro'), { recursive: true, force: true });
  const env = contentDir ? { GUIDE_CONTENT_DIR: contentDir } : {};
  const build = timedBuild([process.execPath, ASTRO, 'build', '--outDir', outDir], ROOT, env);
  return { ...build, pagefindKiB: Math.round(sizeOf(join(outDir, 'pagefind')) / 1024) };
}

async function toolTimings(browser: Browser): Promise<{ work: number[]; painted: number[] }> {
  const tool = await browser.newPage();
  await tool.goto(`http://127.0.0.1:${PORT}/tools/may-i-share/`);
  await tool.waitForSelector('decision-tool[data-enhanced]');
  const work: number[] = [];
  const painted: number[] = [];
  for (let i = 0; i < 30; i++) {
    await tool.evaluate(() => document.querySelector<HTMLElement>(`[data-action="restart"]`)?.click());
    const [w, p] = await tool.evaluate(
      () =>
        new Promise<[number, number]>((resolve) => {
          const start = performance.now();
          document.querySelector<HTMLElement>('[data-node="danger-now"] [data-option="no"]')!.click();
          // The widget updates the page synchronously; the next frame is when it is on screen.
          const done = performance.now() - start;
          requestAnimationFrame(() => setTimeout(() => resolve([done, performance.now() - start]), 0));
        }),
    );
    work.push(w);
    painted.push(p);
  }
  await tool.close();
  return { work, painted };
}

const weightRow = (label: string, w: PageWeight) =>
  `| ${label} | ${kb(w.html.brotli)} | ${kb(w.css.brotli)} | ${kb(w.js.brotli)} | ${kb(total(w))} | ${kb(w.html.raw + w.css.raw + w.js.raw + w.other.raw)} | ${w.requests} |`;

async function main() {
  const real = [coldBuild(), coldBuild(), coldBuild()];
  const realPages = real[0]!.pages;
  const scaled = [
    { label: '10x synthetic', factor: 10 },
    { label: 'about 2,000 pages', factor: factorFor(2000, realPages) },
    { label: 'about 4,000 pages', factor: factorFor(4000, realPages) },
  ].map(({ label, factor }) => ({ label, factor, ...coldBuild(syntheticContent(factor), join(BENCH, `dist-x${factor}`)) }));
  const base = coldBuild(); // leaves dist/ as the real site for the page measurements

  const server = serve(join(ROOT, 'dist'), PORT);
  const tenfold = serve(join(BENCH, 'dist-x10'), PORT + 10);
  await new Promise((r) => setTimeout(r, 800));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  let lighthouse: LighthouseRow[] = [];
  let starlight: Awaited<ReturnType<typeof buildStarlight>> | undefined;
  const weights: [string, PageWeight, PageWeight][] = [];
  try {
    for (const [label, path] of PAGES)
      weights.push([
        label,
        await weighPage(browser, `http://127.0.0.1:${PORT}${path}`, 1500),
        await weighPage(browser, `http://127.0.0.1:${PORT + 10}${path}`, 1500),
      ]);
    const tool = await toolTimings(browser);
    const search = await benchSearch(browser, `http://127.0.0.1:${PORT}`);
    if (args.has('--lighthouse'))
      lighthouse = runLighthouse(
        PORT,
        PAGES.filter(([l]) => ['Home', 'Situation', 'Flowchart', 'Tool'].includes(l)),
      );
    if (args.has('--starlight')) starlight = await buildStarlight(browser);

    const date = new Date().toISOString().slice(0, 10);
    const buildRows = [
      {
        label: 'the real content',
        b: {
          ...base,
          ms: median(real.map((r) => r.ms)),
          cpuMs: median(real.map((r) => r.cpuMs)),
          peakMiB: median(real.map((r) => r.peakMiB)),
        },
      },
      ...scaled.map((s) => ({ label: s.label, b: s })),
    ].map(
      ({ label, b }) =>
        `| ${label} | ${b.pages} | ${(b.ms / 1000).toFixed(2)} s | ${(b.ms / b.pages).toFixed(1)} ms | ${(b.cpuMs / b.pages).toFixed(1)} ms | ${b.peakMiB.toFixed(0)} MiB | ${b.pagefindKiB} KiB |`,
    );
    const load = loadavg()[0]!.toFixed(1);

    const report = `# Benchmarks

Measured by \`npm run bench${args.size ? ` ${[...args].join(' ')}` : ''}\` on ${date}: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, headless Chromium on 127.0.0.1. Timings vary with the machine and its load; bytes do not.

## Build

Cold builds (no cache). The real content is the median of three; the synthetic sets repeat every guidance page (generated in .bench/, never committed), built once each. Wall time depends on what else the machine runs (load average ${load} at the end of this run, on ${cpus().length} cores); processor time (user and system, all processes of the build) much less. Peak memory is the largest process's resident set (the build's Node process; Pagefind's indexer runs beside it).

| content | pages built | build (wall) | per page (wall) | per page (processor) | peak memory | Pagefind index |
| --- | --- | --- | --- | --- | --- | --- |
${buildRows.join('\n')}

## Page weight

What each page requests on load (and 1.5 s of idle time), before any search, at the real size and in the 10x synthetic site (the same page). HTML, CSS and JavaScript compressed with brotli (quality 11), as a static host would send them.

| page | HTML | CSS | JavaScript | total (brotli) | total (raw) | requests | total at 10x (brotli) |
| --- | --- | --- | --- | --- | --- | --- | --- |
${weights.map(([l, w, w10]) => `${weightRow(l, w)} ${kb(total(w10))} |`).join('\n')}

## The tool

From a click on an answer to the next question, 30 runs: the widget's own work (replaying the answers, showing the section, moving focus) takes a median of ${median(tool.work).toFixed(2)} ms (slowest ${Math.max(...tool.work).toFixed(2)} ms); the next question is painted at the next frame, a median of ${median(tool.painted).toFixed(1)} ms after the click.

${searchSection(search)}${lighthouse.length ? lighthouseSection(lighthouse) : ''}${starlight ? starlightSection(starlight, weights, real) : ''}`;
    writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), report);
    console.log(report);
  } finally {
    await browser.close();
    server.kill();
    tenfold.kill();
  }
}

function lighthouseSection(rows: LighthouseRow[]): string {
  return `
## Lighthouse (mobile profile)

| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.map((r) => `| ${r.label} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcp} s | ${r.tbt} ms | ${r.cls} |`).join('\n')}
`;
}

function starlightSection(s: Awaited<ReturnType<typeof buildStarlight>>, ours: [string, PageWeight, PageWeight][], real: Build[]): string {
  const oursSituation = ours.find(([l]) => l === 'Situation')![1];
  const ratio = total(s.page) / total(oursSituation);
  const ourBuild = median(real.map((r) => r.ms));
  return `
## Side by side with Starlight

The same ${s.pages} guidance pages built with Starlight ${s.version} (installed into .bench/ by the script), measured in the same run on the same machine. The page compared is the same situation page.

| | build | per page | page on load (brotli) | after idle (search UI) |
| --- | --- | --- | --- | --- |
| this site | ${(ourBuild / 1000).toFixed(2)} s | ${(ourBuild / real[0]!.pages).toFixed(1)} ms | ${kb(total(oursSituation))} | ${kb(total(oursSituation))} (search loads only when used) |
| Starlight | ${(s.build.ms / 1000).toFixed(2)} s | ${(s.build.ms / s.build.pages).toFixed(1)} ms | ${kb(total(s.pageNoIdle))} | ${kb(total(s.page))} |

A typical page here is ${ratio.toFixed(1)} times lighter than Starlight's once Starlight's search UI has loaded on idle.
`;
}

await main();
