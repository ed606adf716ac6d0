/**
 * Astro collections over content/. The schemas are the ones `check-content.ts` already applied,
 * so by the time Astro reads a file it is known to be valid.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_DIR } from './config/paths.ts';
import { PAGE_SCHEMAS, SourceSchema } from './content/schemas.ts';

const page = (kind: keyof typeof PAGE_SCHEMAS) =>
  defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: `${CONTENT_DIR}/guide/${kind}` }),
    schema: PAGE_SCHEMAS[kind],
  });

export const collections = {
  principles: page('principles'),
  scripts: page('scripts'),
  groups: page('groups'),
  situations: page('situations'),
  scenarios: page('scenarios'),
  sources: defineCollection({ loader: file(`${CONTENT_DIR}/sources.yaml`), schema: SourceSchema }),
};
