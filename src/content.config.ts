/**
 * Astro collections over content/. Which files make each collection is decided by the overlay
 * (baseline pages, an organization's replacements and additions, hidden pages), and the schemas
 * are the ones check-content.ts already applied: by the time Astro reads a file it is valid.
 */
import { basename, relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { parseSite, siteFile } from './config/load-site.ts';
import { CONTENT_DIR } from './config/paths.ts';
import { readSources } from './content/data.ts';
import { resolveOverlay } from './content/overlay.ts';
import { readCheckedText } from './core/text-file.ts';
import { PAGE_SCHEMAS, SourceSchema, type Sources } from './content/schemas.ts';
import type { SectionId } from './core/sections.ts';

const siteText = readCheckedText(siteFile(CONTENT_DIR));
const overlay = resolveOverlay(CONTENT_DIR, parseSite(siteText, 'site.yaml').site, (p) => p, siteText);

const page = (kind: SectionId) => {
  const files = overlay.files.filter((f) => f.kind === kind).map((f) => relative(CONTENT_DIR, f.path));
  return defineCollection({
    // A section with no pages (an organization's policies, before it writes any) is an empty list.
    loader: files.length
      ? glob({ base: CONTENT_DIR, pattern: files, generateId: ({ entry }) => basename(entry).replace(/\.mdx?$/, '') })
      : () => [],
    schema: PAGE_SCHEMAS[kind],
  });
};

export const collections = {
  principles: page('principles'),
  scripts: page('scripts'),
  groups: page('groups'),
  situations: page('situations'),
  policies: page('policies'),
  scenarios: page('scenarios'),
  // The baseline registry and the organization's own (content/org/sources.yaml), as one.
  sources: defineCollection({
    loader: () => {
      const sources: Sources = {};
      const ids = new Set<string>();
      readSources(`${CONTENT_DIR}/sources.yaml`, 'sources.yaml', sources, ids, []);
      readSources(`${CONTENT_DIR}/org/sources.yaml`, 'org/sources.yaml', sources, ids, [], true);
      return Object.entries(sources).map(([id, source]) => ({ id, ...source }));
    },
    schema: SourceSchema.extend({ id: z.string() }),
  }),
};
