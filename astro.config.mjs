// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { guide } from './src/integrations/guide.ts';

// `site` and `base` come from content/site.yaml (set by the guide integration), so that an
// organization configures its fork in one file. The guide integration must run before mdx:
// it adds the markdown plugins that mdx inherits.
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [guide(), mdx()],
  devToolbar: { enabled: false },
});
