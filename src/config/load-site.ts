/**
 * Reads and validates content/site.yaml. Used by astro.config.mjs (before anything else runs) and
 * by `npm run check`. Never throws a raw exception: every failure is a ContentError with problems.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { ContentError, problemsFromZod, yamlLocator, yamlSyntaxProblems, type Problem } from '../core/problems.ts';
import { readText } from '../core/text-file.ts';
import { SiteSchema, type Site } from './site-schema.ts';

export function siteFile(contentDir: string): string {
  return join(contentDir, 'site.yaml');
}

/** Validates the text of a site.yaml; returns the settings or the problems. */
export function parseSite(text: string, file: string): { site?: Site; problems: Problem[] } {
  const problems = yamlSyntaxProblems(text, file);
  if (problems.length) return { problems };
  const raw: unknown = parseDocument(text).toJS() ?? {};
  const result = SiteSchema.safeParse(raw);
  if (result.success) return { site: result.data, problems: [] };
  return { problems: problemsFromZod(file, result.error, SiteSchema, yamlLocator(text), [], raw) };
}

export function loadSite(contentDir: string, root = process.cwd()): Site {
  const path = siteFile(contentDir);
  const file = relative(root, path);
  if (!existsSync(path)) {
    throw new ContentError([
      {
        file,
        message: 'The settings file is missing.',
        fix: 'Create content/site.yaml; copy the one from the upstream project and edit it.',
      },
    ]);
  }
  const unreadable: Problem[] = [];
  const text = readText(path, file, unreadable);
  if (text === undefined) throw new ContentError(unreadable);
  const { site, problems } = parseSite(text, file);
  if (!site) throw new ContentError(problems);
  return site;
}
