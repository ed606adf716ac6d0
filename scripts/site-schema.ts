/**
 * Writes docs/site.schema.json from the zod schema of content/site.yaml, so editors (VS Code
 * with the YAML extension, the first line of site.yaml points at it) autocomplete and check the
 * settings. A test fails when the file is out of date: run `npm run schema`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { SITE_HELP, SiteSchema } from '../src/config/site-schema.ts';

export const SCHEMA_FILE = join(import.meta.dirname, '..', 'docs', 'site.schema.json');

export function siteJsonSchema(): string {
  const schema = z.toJSONSchema(SiteSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
  addDescriptions(schema);
  return `${JSON.stringify({ ...schema, title: 'Peer Support Confidentiality Guide: content/site.yaml' }, null, 2)}\n`;
}

/** Puts the same plain-words help the error messages use on each property, for editor tooltips. */
function addDescriptions(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const properties = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
  for (const [key, value] of Object.entries(properties ?? {})) {
    if (SITE_HELP[key]) value.description = SITE_HELP[key];
  }
  for (const value of Object.values(node)) addDescriptions(value);
}

if (import.meta.main) {
  writeFileSync(SCHEMA_FILE, siteJsonSchema());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
