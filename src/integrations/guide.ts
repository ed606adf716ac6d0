/**
 * The project's build hooks, in the order they run:
 * 1. check every content file and the settings, and stop with readable problems (before Astro
 *    reads content, so that a bad page never reaches Astro's own, less helpful, errors);
 * 2. take `site` and `base` from content/site.yaml, so that a fork edits one file;
 * 3. serve and copy the organization's logo;
 * 4. after the build, check every internal link and anchor, index the pages with Pagefind, write
 *    the search panel's words beside the index (they are read from the index), list the files of
 *    the offline copy and stamp its service worker (after the index: the copy includes it), and
 *    write the headers file.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { logoFile } from '../config/logo.ts';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../config/paths.ts';
import { checkContent, redirectsOf } from '../content/check-content.ts';
import { handContentOver } from '../lib/content.ts';
import { formatProblems, formatWarnings, type Problem } from '../core/problems.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks, headingLinks, unlinkHidden } from '../markdown/plugins.ts';
import { writeHeaders } from './headers.ts';
import { writeOfflineCopy } from './offline.ts';
import { checkLinks } from './links.ts';
import { buildSearchIndex } from './search-index.ts';
import { writeSearchData } from './search-data.ts';
import { NAV_SECTIONS } from '../core/sections.ts';
import type { ContentCheck } from '../content/check-content.ts';

/** Addresses the engine's own pages had before they moved: old address → new. */
const ENGINE_REDIRECTS: Record<string, string> = { '/flowcharts/': '/tools/' };

export function guide(): AstroIntegration {
  let logo: string | undefined;
  let base = '/';
  let content: ContentCheck | undefined;
  return {
    name: 'peer-support-guide',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        content = checkContent(CONTENT_DIR);
        if (command === 'build') handContentOver(content);
        const { site, problems, warnings, hidden, pages } = content;
        if (problems.length || !site) stopWithProblems(problems);
        if (warnings.length) logger.warn(formatWarnings(warnings));
        updateConfig({
          site: site.url,
          base: site.base,
          // A page that moved keeps its old address (frontmatter `redirect_from`): trainers' links last.
          // The engine's own moves too: the tools were listed under "Flowcharts" until issue 14.
          redirects: {
            ...ENGINE_REDIRECTS,
            ...Object.fromEntries([...redirectsOf(pages)].map(([from, to]) => [`/${from}/`, `/${to}/`])),
          },
          // Links to hidden pages become text first, then the base path is added to the rest.
          markdown: { processor: satteri({ hastPlugins: [unlinkHidden(hidden), baseLinks(site.base), headingLinks] }) },
        });
        logo = site.logo;
        base = site.base;
      },
      'astro:server:setup': ({ server }) => {
        if (!logo) return;
        const path = `/${logoFile(logo)}`;
        server.middlewares.use((request, response, next) => {
          if (!request.url?.endsWith(path)) return next();
          response.setHeader(
            'Content-Type',
            { svg: 'image/svg+xml', png: 'image/png', webp: 'image/webp' }[extname(logo!).slice(1)] ?? 'application/octet-stream',
          );
          response.end(readFileSync(join(CONTENT_DIR, logo!)));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const broken = checkLinks(fileURLToPath(dir), base);
        if (broken.length) stopWithProblems(broken, 'the built site');
        if (logo) copyFileSync(join(CONTENT_DIR, logo), join(fileURLToPath(dir), logoFile(logo)));
        const { pages, bytes } = await buildSearchIndex(dir);
        logger.info(`Search index: ${pages} pages, ${(bytes / 1024).toFixed(0)} KiB`);
        if (content?.site) {
          const kinds = new Set(content.pages.filter((p) => !content!.hidden.has(p.ref)).map((p) => p.kind));
          writeSearchData(join(fileURLToPath(dir), 'pagefind'), {
            site: content.site,
            project: content.project,
            search: content.search,
            base,
            trees: content.trees.map((t) => t.id),
            sections: NAV_SECTIONS.filter((s) => kinds.has(s.id)),
          });
        }
        const offline = writeOfflineCopy(fileURLToPath(dir));
        logger.info(`Offline copy: ${offline.files.length} files, ${(offline.bytes / 2 ** 20).toFixed(1)} MiB, version ${offline.version}`);
        writeHeaders(fileURLToPath(dir), base);
      },
    },
  };
}

/**
 * Prints the problems and stops. Not a thrown error: Astro would print its own stack trace and,
 * for any message containing the word "document" or "window" (a page called
 * documentation-and-notes is enough), a misleading hint about browser APIs.
 */
function stopWithProblems(problems: readonly Problem[], where?: string): never {
  process.stderr.write(
    `\n${formatProblems(problems, where)}\nThe site was not built. Fix the problems above, then run the command again.\n`,
  );
  process.exit(1);
}
