/**
 * The project's build hooks, in the order they run:
 * 1. check every content file and the settings, and stop with readable problems (before Astro
 *    reads content, so that a bad page never reaches Astro's own, less helpful, errors);
 * 2. take `site` and `base` from content/site.yaml, so that a fork edits one file;
 * 3. after the build, index the pages with Pagefind.
 */
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../config/paths.ts';
import { checkContent } from '../content/check-content.ts';
import { formatProblems, type Problem } from '../content/problems.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks, headingLinks } from '../markdown/plugins.ts';
import { buildSearchIndex } from './search-index.ts';

export function guide(): AstroIntegration {
  return {
    name: 'peer-support-guide',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const { site, problems } = checkContent(CONTENT_DIR);
        if (problems.length || !site) stopWithProblems(problems);
        updateConfig({
          site: site.url,
          base: site.base,
          markdown: { processor: satteri({ hastPlugins: [baseLinks(site.base), headingLinks] }) },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, bytes } = await buildSearchIndex(dir);
        logger.info(`Search index: ${pages} pages, ${(bytes / 1024).toFixed(0)} KiB`);
      },
    },
  };
}

/**
 * Prints the problems and stops. Not a thrown error: Astro would print its own stack trace and,
 * for any message containing the word "document" or "window" (a page called
 * documentation-and-notes is enough), a misleading hint about browser APIs.
 */
function stopWithProblems(problems: readonly Problem[]): never {
  process.stderr.write(`\n${formatProblems(problems)}\nThe site was not built. Fix the problems above, then run the command again.\n`);
  process.exit(1);
}
