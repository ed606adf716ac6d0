/** The registries: sources (baseline and the organization's) and the glossary. */
import { SLUG } from '../core/schema.ts';
import { existsSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { problemsFromZod, suggest, yamlLocator, yamlSyntaxProblems, type Problem } from '../core/problems.ts';
import { GlossaryEntrySchema, SourceSchema, type GlossaryEntry, type Sources } from './schemas.ts';
import { readText } from '../core/text-file.ts';
import { readYamlFile } from './yaml-file.ts';

export type GlossaryItem = GlossaryEntry & { id: string };

/** Where a source's `checked` date is written, so that a warning about it points at the line to change. */
export interface SourcePlace {
  file: string;
  line?: number;
}

/**
 * Reads a source registry into `sources`, entry by entry, so one broken source is reported once
 * and pages citing it are not. `optional`: the organization's registry may be absent. Returns
 * where each valid source's `checked` date is written.
 */
export function readSources(
  path: string,
  file: string,
  sources: Sources,
  knownIds: Set<string>,
  problems: Problem[],
  optional = false,
): Map<string, SourcePlace> {
  const places = new Map<string, SourcePlace>();
  if (!existsSync(path)) {
    if (!optional)
      problems.push({ file, message: 'The source registry is missing.', fix: 'Create content/sources.yaml (see docs/authoring.md).' });
    return places;
  }
  const text = readText(path, file, problems);
  if (text === undefined) return places;
  const syntax = yamlSyntaxProblems(text, file);
  if (syntax.length) {
    problems.push(...syntax);
    return places;
  }
  const raw: unknown = parseDocument(text).toJS() ?? {};
  const locate = yamlLocator(text);
  if (typeof raw !== 'object' || Array.isArray(raw) || raw === null) {
    problems.push({
      file,
      line: 1,
      message: 'The source registry must be a list of sources, each under its id.',
      fix: 'Write each source as `id:` followed by its indented fields (see docs/authoring.md).',
    });
    return places;
  }
  for (const [id, entry] of Object.entries(raw)) {
    if (knownIds.has(id)) {
      problems.push({
        file,
        where: id,
        line: locate([id]),
        message: `Two sources have the id \`${id}\`.`,
        fix: 'Give your source another id (and cite that one), or cite the existing source instead.',
      });
      continue;
    }
    knownIds.add(id);
    if (!SLUG.test(id)) {
      problems.push({
        file,
        where: id,
        line: locate([id]),
        message: `\`${id}\` cannot be used as a source id.`,
        fix: 'Use lower-case words joined by hyphens, for example hipaa-164-510-b.',
      });
      continue;
    }
    const result = SourceSchema.safeParse(entry);
    if (result.success) {
      sources[id] = result.data;
      places.set(id, { file, line: locate([id, 'checked']) });
    } else problems.push(...problemsFromZod(file, result.error, SourceSchema, locate, [id], entry));
  }
  return places;
}

export function readGlossary(
  path: string,
  file: string,
  sourceIds: ReadonlySet<string>,
  pages: ReadonlySet<string>,
  problems: Problem[],
): GlossaryItem[] {
  const source = readYamlFile(path, file, problems);
  if (!source) return [];
  const raw = source.data;
  const locate = source.lines;
  const entries: GlossaryItem[] = [];
  for (const [id, entry] of Object.entries(raw as Record<string, unknown>)) {
    if (!SLUG.test(id)) {
      problems.push({
        file,
        where: id,
        line: locate([id]),
        message: `\`${id}\` cannot be used as a glossary id.`,
        fix: 'Use lower-case words joined by hyphens, for example minimum-necessary.',
      });
      continue;
    }
    const result = GlossaryEntrySchema.safeParse(entry);
    if (!result.success) {
      problems.push(...problemsFromZod(file, result.error, GlossaryEntrySchema, locate, [id], entry));
      continue;
    }
    result.data.sources.forEach((sid, i) => {
      if (!sourceIds.has(sid)) {
        problems.push({
          file,
          where: `${id}.sources[${i}]`,
          line: locate([id, 'sources', i]),
          message: `The source id \`${sid}\` is not in content/sources.yaml.`,
          fix: suggest(sid, [...sourceIds], 'source id', 'or add an entry for it to content/sources.yaml'),
        });
      }
    });
    result.data.see.forEach((ref, i) => {
      if (!pages.has(ref)) {
        problems.push({
          file,
          where: `${id}.see[${i}]`,
          line: locate([id, 'see', i]),
          message: `The page \`${ref}\` does not exist.`,
          fix: suggest(ref, [...pages], 'page', 'or remove it from the list'),
        });
      }
    });
    entries.push({ id, ...result.data });
  }
  return entries.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}
