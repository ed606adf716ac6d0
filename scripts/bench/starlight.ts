/**
 * The same guidance pages built with Starlight, the documentation theme we measure against
 * (issue: "at least three times lighter, twice as fast to build"). Installed into .bench/.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { parse } from 'yaml';
import { BENCH, ROOT, serve, timedBuild, weighPage, type Build, type PageWeight } from './measure.ts';
import { installInto } from './tools.ts';

const VERSION = '0.42.4';
const PORT = 4391;

export async function buildStarlight(
  browser: Browser,
): Promise<{ version: string; pages: number; build: Build; page: PageWeight; pageNoIdle: PageWeight }> {
  const dir = join(BENCH, 'starlight');
  installInto(dir, { astro: '7.3.5', '@astrojs/starlight': VERSION, '@astrojs/markdown-remark': '^7.3.0' }, '@astrojs/starlight');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Peer Support Confidentiality Guide' })] });\n`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  const docs = join(dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  let pages = 0;
  for (const kind of ['principles', 'scripts', 'groups', 'situations', 'scenarios']) {
    mkdirSync(join(docs, kind), { recursive: true });
    for (const name of readdirSync(join(ROOT, 'content', 'guide', kind))) {
      const text = readFileSync(join(ROOT, 'content', 'guide', kind, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
      const data = parse(match[1]!) as { title: string; summary: string };
      writeFileSync(
        join(docs, kind, name),
        `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(data.summary)}\n---\n${text.slice(match[0].length)}`,
      );
      pages++;
    }
  }
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Peer Support Confidentiality Guide\n---\n\nThe same pages, built with Starlight.\n');
  mkdirSync(join(dir, 'public'), { recursive: true });
  cpSync(join(ROOT, 'public', 'favicon.svg'), join(dir, 'public', 'favicon.svg'));
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
  const build = timedBuild([process.execPath, join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], dir);

  const server = serve(join(dir, 'dist'), PORT);
  await new Promise((r) => setTimeout(r, 800));
  try {
    const url = `http://127.0.0.1:${PORT}/situations/family-member-calls/`;
    return { version: VERSION, pages, build, pageNoIdle: await weighPage(browser, url), page: await weighPage(browser, url, 3000) };
  } finally {
    server.kill();
  }
}
