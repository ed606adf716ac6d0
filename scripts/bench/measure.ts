/** Shared measuring helpers for the benchmark: builds, page weights, a static server. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
export { sizeOf } from '../../src/integrations/search-index.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BENCH = join(ROOT, '.bench');
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}
const zero = (): Weight => ({ raw: 0, gzip: 0, brotli: 0 });

export function weigh(body: Buffer): Weight {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export interface Build {
  ms: number;
  /** Processor time (user and system): what the build costs even when other work shares the machine. */
  cpuMs: number;
  peakMiB: number;
  pages: number;
}

/** Runs a build command under /usr/bin/time to read its peak memory and processor time; returns wall time too. */
export function timedBuild(command: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Build {
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M CPU_S=%U+%S', ...command], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`build failed in ${cwd}:\n${output.slice(-3000)}`);
  const peakKb = Number(/PEAK_RSS_KB=(\d+)/.exec(output)?.[1] ?? 0);
  const [, user = '0', system = '0'] = /CPU_S=([\d.]+)\+([\d.]+)/.exec(output) ?? [];
  return {
    ms,
    cpuMs: (Number(user) + Number(system)) * 1000,
    peakMiB: peakKb / 1024,
    pages: Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0),
  };
}

export function serve(dir: string, port: number): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'scripts', 'serve.ts'), '--port', String(port), '--dir', dir], { cwd: ROOT, stdio: 'ignore' });
}

export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
  other: Weight;
  requests: number;
}

/** What a page requests until the network is idle, weighed per kind. `idleMs` waits for work scheduled on idle. */
export async function weighPage(browser: Browser, url: string, idleMs = 0): Promise<PageWeight> {
  const page = await browser.newPage();
  const w: PageWeight = { html: zero(), css: zero(), js: zero(), other: zero(), requests: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    w.requests++;
    const type = response.headers()['content-type'] ?? '';
    const kind = type.includes('javascript') ? 'js' : type.includes('css') ? 'css' : type.includes('html') ? 'html' : 'other';
    pending.push(
      response
        .body()
        .then((body) => {
          const x = weigh(body);
          w[kind] = { raw: w[kind].raw + x.raw, gzip: w[kind].gzip + x.gzip, brotli: w[kind].brotli + x.brotli };
        })
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (idleMs) await page.waitForTimeout(idleMs);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await page.close();
  return w;
}

export const total = (w: PageWeight) => w.html.brotli + w.css.brotli + w.js.brotli + w.other.brotli;
