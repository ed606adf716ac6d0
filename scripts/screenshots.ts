/**
 * `npm run screenshots`: after `npm run build`, pictures of the built site for a person to look at:
 * home, a guidance page, a tool question, one outcome of each verdict and a flowchart, at phone
 * (375x740) and desktop (1280x800) size, in light and dark. Each picture is the first screen, what
 * a reader sees before scrolling; `--full` adds whole-page pictures. They go to screenshots/
 * (git-ignored), named like `phone-light-home.png`.
 * Usage: npm run screenshots [-- --port 4330] [--full]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CONTENT_DIR } from '../src/config/paths.ts';
import { checkContent } from '../src/content/check-content.ts';
import { enumeratePaths } from '../src/engine/resolve.ts';
import { toRoutes } from '../src/engine/validate.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/browser.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'screenshots');
const { values } = parseArgs({ options: { port: { type: 'string', default: '4330' }, full: { type: 'boolean', default: false } } });

const SIZES = { phone: { width: 375, height: 740 }, desktop: { width: 1280, height: 800 } } as const;

/** What to photograph: a name and an address from the site root. One outcome per verdict, from the first tool that reaches it. */
function shots(): { name: string; path: string }[] {
  const { trees, site } = checkContent(CONTENT_DIR);
  if (!trees.length || !site) throw new Error('The content has problems: run `npm run check`.');
  const list = [
    { name: 'home', path: '/' },
    { name: 'guidance', path: '/situations/family-member-calls/' },
    { name: 'tool-question', path: '/tools/may-i-share/' },
  ];
  const seen = new Set<string>();
  for (const tree of trees) {
    for (const path of enumeratePaths(toRoutes(tree))) {
      const node = tree.nodes.get(path.outcome);
      if (node?.kind !== 'outcome' || seen.has(node.verdict)) continue;
      seen.add(node.verdict);
      list.push({ name: `verdict-${node.verdict}`, path: `/tools/${tree.id}/#${node.id}` });
    }
  }
  list.push({ name: 'flowchart', path: '/flowcharts/may-i-share/' });
  return list.map((s) => ({ ...s, path: `${site.base.replace(/\/$/, '')}${s.path}` }));
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) throw new Error('Build the site first: npm run build');
  const list = shots();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.ts'), '--port', values.port], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => server.stdout.once('data', () => resolve()));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    for (const [size, viewport] of Object.entries(SIZES)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme, isMobile: size === 'phone', hasTouch: size === 'phone' });
        const page = await context.newPage();
        for (const { name, path } of list) {
          // A fresh load each time: moving between two steps of one tool would be an in-page move, with the step's heading focused.
          await page.goto('about:blank');
          await page.goto(`http://127.0.0.1:${values.port}${path}`);
          // A tool step is shown by the tool's script; wait for it, then go back to the top of the page.
          if (path.includes('/tools/')) await page.locator('decision-tool[data-enhanced]').waitFor({ state: 'attached' });
          await page.evaluate(() => window.scrollTo(0, 0));
          const file = `${size}-${colorScheme}-${name}`;
          await page.screenshot({ path: join(OUT, `${file}.png`) });
          if (values.full) await page.screenshot({ path: join(OUT, `${file}-full.png`), fullPage: true });
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
  console.log(`Saved ${list.length * 4 * (values.full ? 2 : 1)} pictures in screenshots/`);
}

await main();
