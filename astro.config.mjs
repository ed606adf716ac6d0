// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { guide } from './src/integrations/guide.ts';

// A build of another content folder (a test fixture, GUIDE_CONTENT_DIR) keeps its own content
// cache: Astro's data store would otherwise carry one folder's pages into the next build.
const contentDir = process.env.GUIDE_CONTENT_DIR;
const cacheDir = contentDir
  ? `./node_modules/.astro/content-${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}/`
  : undefined;

// `site` and `base` come from content/site.yaml (set by the guide integration), so that an
// organization configures its fork in one file. The guide integration must run before mdx:
// it sets the Markdown processor that mdx inherits.
export default defineConfig({
  trailingSlash: 'always',
  // Inline the stylesheet: one request fewer before the first paint (the CSS is about 2 KB brotli).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [guide(), mdx()],
  devToolbar: { enabled: false },
  // No code blocks in guidance; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // Only the site's own origin: nothing about the reader can be sent elsewhere (DESIGN.md,
  // Privacy). Astro adds hashes for its scripts and styles; Pagefind needs WebAssembly (it runs
  // without its web worker). The one worker is the offline copy's service worker, from this site
  // (/sw.js); the web app manifest falls under default-src.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  ...(cacheDir ? { cacheDir } : {}),
});
