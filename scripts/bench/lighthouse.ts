/**
 * Lighthouse in its mobile profile (the default) against the served build, driving the same
 * Chromium as the tests. Run through `npx -y` from a temporary folder: never a dependency of the site.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/browser.ts';
import { ROOT } from './measure.ts';

const VERSION = '13.5.0';

export interface LighthouseRow {
  label: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: string;
  tbt: number;
  cls: string;
}

interface Report {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue: number }>;
}

export function runLighthouse(port: number, pages: [string, string][]): LighthouseRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  try {
    return pages.map(([label, path]) => {
      const run = spawnSync(
        'npx',
        [
          '-y',
          `lighthouse@${VERSION}`,
          `http://127.0.0.1:${port}${path}`,
          '--output=json',
          '--output-path=stdout',
          '--quiet',
          `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
        ],
        {
          cwd: dir,
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
          // The project's pinned Node first: Lighthouse needs a recent one.
          env: { ...process.env, CHROME_PATH: findChromium(), PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` },
        },
      );
      if (run.status !== 0) throw new Error(`Lighthouse failed on ${path}: ${run.stderr.slice(-2000)}`);
      const report = JSON.parse(run.stdout) as Report;
      const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => report.audits[id]?.numericValue ?? 0;
      return {
        label,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcp: (audit('largest-contentful-paint') / 1000).toFixed(2),
        tbt: Math.round(audit('total-blocking-time')),
        cls: audit('cumulative-layout-shift').toFixed(3),
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
