/**
 * Writes docs/site.schema.json from the zod schema of content/site.yaml, so editors (VS Code
 * with the YAML extension, the first line of site.yaml points at it) autocomplete and check the
 * settings. A test fails when the file is out of date: run `npm run schema`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { SiteSchema } from '../src/config/site-schema.ts';

export const SCHEMA_FILE = join(import.meta.dirname, '..', 'docs', 'site.schema.json');

export function siteJsonSchema(): string {
  // Each field's description is the same plain-words help the error messages use: editors show it as a tooltip.
  const schema = z.toJSONSchema(SiteSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...schema, title: 'Peer Support Confidentiality Guide: content/site.yaml' }, null, 2)}\n`;
}

if (import.meta.main) {
  writeFileSync(SCHEMA_FILE, siteJsonSchema());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
