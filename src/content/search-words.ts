/**
 * The words search works with, as content: the thesaurus (guide/synonyms.yaml, then
 * org/synonyms.yaml) and the words that open results with the crisis lines (guide/crisis-words.yaml,
 * then org/crisis-words.yaml). An organization's entries add to the baseline's. Every thesaurus
 * word must appear in the guide, or it would find nothing; each mistake is a Problem with the
 * line and the fix.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import type { CrisisWords } from '../search/query.ts';
import { correct, type Vocabulary } from '../search/vocabulary.ts';
import { phrase, stem, words } from '../search/words.ts';
import { readText } from '../core/text-file.ts';
import { problemsFromZod, yamlLocator, yamlSyntaxProblems, type Problem } from '../core/problems.ts';

export interface SearchWords {
  /** Thesaurus entries in file order, the baseline's first: reader's phrase → the guide's words. */
  thesaurus: [string, string[]][];
  crisis: CrisisWords;
}

const Phrases = z.array(z.union([z.string().min(1), z.number()]).transform(String));
const CrisisFileSchema = z.strictObject({
  words: Phrases.min(1).describe(
    'A list of words or short phrases that suggest someone is in danger now, for example [suicide, overdose].',
  ),
  except: Phrases.describe(
    'A list of phrases that contain one of those words but are not about danger, for example [substance abuse].',
  ).default([]),
});

export function readSearchWords(
  contentDir: string,
  rel: (path: string) => string,
  vocabulary: Vocabulary,
  problems: Problem[],
): SearchWords {
  const thesaurus: [string, string[]][] = [];
  const crisis = { words: [] as string[], except: [] as string[] };
  for (const folder of ['guide', 'org']) {
    const synonyms = join(contentDir, folder, 'synonyms.yaml');
    const synonymsText = existsSync(synonyms) ? readText(synonyms, rel(synonyms), problems) : undefined;
    if (synonymsText !== undefined) thesaurus.push(...readThesaurus(synonymsText, rel(synonyms), vocabulary, problems));
    const crisisFile = join(contentDir, folder, 'crisis-words.yaml');
    const crisisText = existsSync(crisisFile) ? readText(crisisFile, rel(crisisFile), problems) : undefined;
    if (crisisText !== undefined) {
      const read = readCrisisWords(crisisText, rel(crisisFile), problems);
      crisis.words.push(...read.words);
      crisis.except.push(...read.except);
    }
  }
  return { thesaurus, crisis };
}

export function readThesaurus(text: string, file: string, vocabulary: Vocabulary, problems: Problem[]): [string, string[]][] {
  const syntax = yamlSyntaxProblems(text, file);
  if (syntax.length) {
    problems.push(...syntax);
    return [];
  }
  const raw: unknown = parseDocument(text).toJS() ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({
      file,
      line: 1,
      message: 'The thesaurus must be a list of entries, each a word readers type followed by the guide’s words.',
      fix: 'Write one entry per line, for example `kid: [child]` (see docs/authoring.md).',
    });
    return [];
  }
  const locate = yamlLocator(text);
  const entries: [string, string[]][] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const at = { file, where: key, line: locate([key]) };
    if (!phrase(key)) {
      problems.push({
        ...at,
        message: `\`${key}\` has no letters or digits, so no search can contain it.`,
        fix: 'Write the word readers type, for example `kid`.',
      });
      continue;
    }
    const list = typeof value === 'string' || typeof value === 'number' ? [String(value)] : value;
    if (!Array.isArray(list) || !list.length || list.some((t) => (typeof t !== 'string' && typeof t !== 'number') || !phrase(String(t)))) {
      problems.push({
        ...at,
        message: `The words for \`${key}\` must be a list of words or short phrases${value === null ? ', and there are none' : ''}.`,
        fix: 'Write the guide’s words in brackets after the colon, for example `kid: [child, young person]`.',
      });
      continue;
    }
    const targets = list.map(String);
    targets.forEach((target, i) => {
      const missing = words(target).filter((w) => !vocabulary.words.has(w) && !vocabulary.stems.has(stem(w)));
      if (!missing.length) return;
      const guess = missing.length === 1 ? correct(vocabulary, missing[0]!) : undefined;
      problems.push({
        file,
        where: `${key}[${i}]`,
        line: locate([key, i]) ?? at.line,
        message: `\`${target}\` does not appear on any page, so a search for “${key}” would find nothing through it.`,
        fix: `${guess ? `Did you mean \`${guess}\`? ` : ''}Use a word the pages use, or add it to the \`aliases\` of the page it should find.`,
      });
    });
    entries.push([key, targets]);
  }
  return entries;
}

export function readCrisisWords(text: string, file: string, problems: Problem[]): CrisisWords {
  const syntax = yamlSyntaxProblems(text, file);
  if (syntax.length) {
    problems.push(...syntax);
    return { words: [], except: [] };
  }
  const raw: unknown = parseDocument(text).toJS() ?? {};
  const result = CrisisFileSchema.safeParse(raw);
  if (result.success) return result.data;
  problems.push(...problemsFromZod(file, result.error, CrisisFileSchema, yamlLocator(text), [], raw));
  return { words: [], except: [] };
}
