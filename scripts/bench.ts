/**
 * `npm run bench`: measures what tests must not time. Build time (median of 3 cold builds), the
 * weight of a typical page of each kind, the tool's time from a click to the next question, and
 * search's first-query cost. Writes docs/benchmarks.md. Needs a Chromium (see scripts/ensure-browser.ts).
 */
import { execFileSync, spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/browser.ts';

const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PORT = 4390;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function build(): number {
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  rmSync(join(ROOT, 'node_modules', '.astro'), { recursive: true, force: true });
  const start = performance.now();
  execFileSync(process.execPath, [ASTRO, 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return performance.now() - start;
}

function weigh(body: Buffer) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const PAGES: [string, string][] = [
  ['Home', '/'],
  ['Principle', '/principles/consent/'],
  ['Script', '/scripts/asking-permission-family/'],
  ['Group setting', '/groups/group-agreement/'],
  ['Situation', '/situations/family-member-calls/'],
  ['Flowchart', '/flowcharts/may-i-share/'],
  ['Tool', '/tools/may-i-share/'],
];

async function main() {
  const builds = [build(), build(), build()];
  const pageCount = Number(
    /(\d+) page\(s\) built/.exec(
      execFileSync(process.execPath, [ASTRO, 'build'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      }),
    )?.[1] ?? 0,
  );

  const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.ts'), '--port', String(PORT)], { cwd: ROOT, stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 800));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const rows: string[] = [];
  try {
    for (const [label, path] of PAGES) {
      const page = await browser.newPage();
      const totals = { html: weigh(Buffer.alloc(0)), css: weigh(Buffer.alloc(0)), js: weigh(Buffer.alloc(0)) };
      let requests = 0;
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        requests++;
        const type = response.headers()['content-type'] ?? '';
        const kind = type.includes('javascript') ? 'js' : type.includes('css') ? 'css' : type.includes('html') ? 'html' : undefined;
        if (!kind) return;
        pending.push(
          response.body().then((body) => {
            const w = weigh(body);
            totals[kind] = { raw: totals[kind].raw + w.raw, gzip: totals[kind].gzip + w.gzip, brotli: totals[kind].brotli + w.brotli };
          }),
        );
      });
      await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
      await Promise.all(pending);
      const all = totals.html.brotli + totals.css.brotli + totals.js.brotli;
      rows.push(
        `| ${label} | ${kb(totals.html.brotli)} | ${kb(totals.css.brotli)} | ${kb(totals.js.brotli)} | ${kb(all)} | ${kb(totals.html.raw + totals.css.raw + totals.js.raw)} | ${requests} |`,
      );
      await page.close();
    }

    // The tool: from a click on an answer to the next question on screen, 30 times.
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

    // Search: bytes fetched and time to the first results for a first query on a fresh page.
    const search = await browser.newPage();
    let searchBytes = 0;
    search.on('response', (r) => {
      if (r.url().includes('/pagefind/') || r.url().includes('search-ui')) void r.body().then((b) => (searchBytes += b.length));
    });
    await search.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: 'networkidle' });
    const t0 = Date.now();
    await search.locator('#header-search-input').pressSequentially('subpoena');
    await search.locator('#header-search-results .search-list > li').first().waitFor();
    const searchMs = Date.now() - t0;
    await search.waitForLoadState('networkidle');

    const pagefindSize = execFileSync('du', ['-sk', join(ROOT, 'dist', 'pagefind')], { encoding: 'utf8' }).split('\t')[0];
    const date = new Date().toISOString().slice(0, 10);
    const report = `# Benchmarks

Measured by \`npm run bench\` on ${date}: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, headless Chromium on 127.0.0.1. Timings vary with the machine; bytes do not.

## Build

| content | pages | cold build, median of 3 | per page | Pagefind index |
| --- | --- | --- | --- | --- |
| the real content | ${pageCount} | ${(median(builds) / 1000).toFixed(2)} s | ${(median(builds) / pageCount).toFixed(0)} ms | ${pagefindSize} KiB |

## Page weight (what the page requests on load, before any search)

| page | HTML | CSS | JavaScript | total (brotli) | total (raw) | requests |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

HTML, CSS and JavaScript are compressed with brotli (quality 11), as a static host would send them. No page loads fonts or images other than the favicon.

## The tool

From a click on an answer to the next question, 30 runs: the widget's own work (replaying the answers, showing the section, moving focus) takes a median of ${median(work).toFixed(2)} ms (slowest ${Math.max(...work).toFixed(2)} ms); the next question is painted at the next frame, a median of ${median(painted).toFixed(1)} ms after the click.

## Search

A first query ("subpoena") on a fresh page, typed key by key: first results after ${searchMs} ms, ${kb(searchBytes)} fetched (search panel, Pagefind's script, WebAssembly and index chunks, uncompressed).
`;
    writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), report);
    console.log(report);
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
