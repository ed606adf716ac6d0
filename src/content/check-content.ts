/**
 * Checks everything under content/ at once, before Astro reads any of it, and reports every
 * problem with the file, the field and the fix. Astro's own schema errors name the collection
 * entry but not the fix, and stop at the first broken file; this runs first so that readers of
 * the build output see ours.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToJs } from 'satteri';
import { parseDocument } from 'yaml';
import { parseSite, siteFile } from '../config/load-site.ts';
import type { Site } from '../config/site-schema.ts';
import { closest as nearest, problemsFromZod, yamlLocator, yamlSyntaxProblems, type FieldHelp, type Problem } from './problems.ts';
import { GlossaryEntrySchema, PAGE_SCHEMAS, SourceSchema, type GlossaryEntry, type Sources } from './schemas.ts';
import { SECTION_IDS, type SectionId } from './sections.ts';
import { parseTree } from '../engine/validate.ts';
import type { Tree } from '../engine/types.ts';

export interface PageRecord {
  kind: SectionId;
  slug: string;
  /** `kind/slug`, the form used in `related` and tree `see` lists. */
  ref: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

export interface ContentCheck {
  site?: Site;
  sources: Sources;
  pages: PageRecord[];
  trees: Tree[];
  glossary: (GlossaryEntry & { id: string })[];
  problems: Problem[];
}

const GLOSSARY_HELP: FieldHelp = {
  term: 'The term as readers see it, for example Minimum necessary.',
  aka: 'A list of other names readers use, for example [ROI].',
  definition: 'One to three plain sentences.',
  sources: 'A list of ids from content/sources.yaml.',
  see: 'A list of pages written as kind/slug, for example [principles/consent].',
};

export const PAGE_HELP: FieldHelp = {
  title: 'The page title in plain words, at most 90 characters.',
  summary: 'One sentence saying what the page is for, at most 200 characters.',
  reviewed: 'The date the page was last checked against its sources, written as YYYY-MM-DD, for example 2026-11-26.',
  sources: 'A list of ids from content/sources.yaml, for example [hipaa-164-510-b].',
  aliases: 'A list of words readers type, for example [ROI, release form].',
  related: 'A list of other pages written as kind/slug, for example [scripts/declining-to-confirm].',
  audience: 'A list from: specialist, supervisor, trainer, organization.',
  varies: 'true when the answer depends on the state, country or employer; otherwise leave it out.',
  order: 'A whole number giving the page its place in the section list (lower first).',
  when: 'One sentence on the moment to use this script.',
  say: 'A list of short lines to say aloud.',
  alternatives: 'A list of other ways to say it.',
  avoid: 'A list of things not to say.',
  answer: 'The short answer in one or two sentences.',
  tree: 'The id of the tree to walk the case through, for example may-i-share.',
  questions: 'A list of at least two discussion questions.',
};

const SOURCE_HELP: FieldHelp = {
  title: "The source's title.",
  publisher: 'Who published or wrote it.',
  year: 'The year as a number, for example 2024; leave it out when the source has no date.',
  url: 'Where to read it, starting with https://.',
  jurisdiction: 'Where it applies, for example United States (federal).',
  note: 'One line on what the source is.',
};

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkContent(contentDir: string, root = process.cwd()): ContentCheck {
  const rel = (path: string) => relative(root, path) || path;
  const problems: Problem[] = [];

  const sitePath = siteFile(contentDir);
  let site: Site | undefined;
  if (existsSync(sitePath)) {
    const parsed = parseSite(readFileSync(sitePath, 'utf8'), rel(sitePath));
    site = parsed.site;
    problems.push(...parsed.problems);
  } else {
    problems.push({ file: rel(sitePath), message: 'The settings file is missing.', fix: 'Create content/site.yaml; copy the one from the upstream project and edit it.' });
  }

  const sourceIds = new Set<string>();
  const sources = readSources(join(contentDir, 'sources.yaml'), rel, problems, sourceIds);
  const pageFiles: string[] = [];
  const pages = readPages(join(contentDir, 'guide'), rel, problems, pageFiles);

  // Every page file counts as a link target, valid or not: a page with a problem is reported
  // once, not again in every page that links to it.
  const refs = new Set(pageFiles);
  const treeIds: string[] = [];
  const trees = readTrees(join(contentDir, 'guide', 'trees'), rel, sourceIds, refs, problems, treeIds);
  // Links to a tree count even when the tree itself has problems: those are reported once, there.
  const linkable = new Set([...refs, ...treeIds.flatMap((id) => [`tools/${id}`, `flowcharts/${id}`])]);
  for (const page of pages) problems.push(...checkReferences(page, sourceIds, refs, linkable));
  for (const page of pages) {
    const tree = page.data.tree;
    if (typeof tree === 'string' && !treeIds.includes(tree)) {
      problems.push({
        file: page.file,
        where: 'tree',
        line: yamlLocator(String(page.data._text), 1)(['tree']),
        message: `The tree \`${tree}\` does not exist.`,
        fix: suggestion(tree, treeIds, 'tree id', `or add content/guide/trees/${tree}.yaml`),
      });
    }
  }
  const glossary = readGlossary(join(contentDir, 'guide', 'glossary.yaml'), rel, sourceIds, refs, problems);
  return { site, sources, pages, trees, glossary, problems };
}

function readGlossary(path: string, rel: (p: string) => string, sourceIds: Set<string>, pages: Set<string>, problems: Problem[]): ContentCheck['glossary'] {
  if (!existsSync(path)) return [];
  const file = rel(path);
  const text = readFileSync(path, 'utf8');
  const syntax = yamlSyntaxProblems(text, file);
  if (syntax.length) {
    problems.push(...syntax);
    return [];
  }
  const raw: unknown = parseDocument(text).toJS() ?? {};
  const locate = yamlLocator(text);
  const entries: ContentCheck['glossary'] = [];
  for (const [id, entry] of Object.entries(raw as Record<string, unknown>)) {
    if (!SLUG.test(id)) {
      problems.push({ file, where: id, line: locate([id]), message: `\`${id}\` cannot be used as a glossary id.`, fix: 'Use lower-case words joined by hyphens, for example minimum-necessary.' });
      continue;
    }
    const result = GlossaryEntrySchema.safeParse(entry);
    if (!result.success) {
      problems.push(...problemsFromZod(file, result.error, GLOSSARY_HELP, locate, [id], entry));
      continue;
    }
    result.data.sources.forEach((sid, i) => {
      if (!sourceIds.has(sid)) {
        problems.push({ file, where: `${id}.sources[${i}]`, line: locate([id, 'sources', i]), message: `The source id \`${sid}\` is not in content/sources.yaml.`, fix: suggestion(sid, [...sourceIds], 'source id', 'or add an entry for it to content/sources.yaml') });
      }
    });
    result.data.see.forEach((ref, i) => {
      if (!pages.has(ref)) {
        problems.push({ file, where: `${id}.see[${i}]`, line: locate([id, 'see', i]), message: `The page \`${ref}\` does not exist.`, fix: suggestion(ref, [...pages], 'page', 'or remove it from the list') });
      }
    });
    entries.push({ id, ...result.data });
  }
  return entries.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

function readTrees(dir: string, rel: (p: string) => string, sourceIds: Set<string>, pages: Set<string>, problems: Problem[], ids: string[]): Tree[] {
  if (!existsSync(dir)) return [];
  const trees: Tree[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const path = join(dir, name);
    const id = name.replace(/\.ya?ml$/, '');
    if (!SLUG.test(id)) {
      problems.push({ file: rel(path), message: `The file name "${name}" cannot be used as a web address.`, fix: 'Rename the file with lower-case words joined by hyphens, for example may-i-share.yaml.' });
      continue;
    }
    ids.push(id);
    const parsed = parseTree(readFileSync(path, 'utf8'), { id, file: rel(path), sourceIds, pages });
    problems.push(...parsed.problems);
    if (parsed.tree) trees.push(parsed.tree);
  }
  return trees;
}

function readSources(path: string, rel: (p: string) => string, problems: Problem[], knownIds: Set<string>): Sources {
  const file = rel(path);
  if (!existsSync(path)) {
    problems.push({ file, message: 'The source registry is missing.', fix: 'Create content/sources.yaml (see docs/authoring.md).' });
    return {};
  }
  const text = readFileSync(path, 'utf8');
  const syntax = yamlSyntaxProblems(text, file);
  if (syntax.length) {
    problems.push(...syntax);
    return {};
  }
  const raw: unknown = parseDocument(text).toJS() ?? {};
  const locate = yamlLocator(text);
  if (typeof raw !== 'object' || Array.isArray(raw) || raw === null) {
    problems.push({ file, line: 1, message: 'The source registry must be a list of sources, each under its id.', fix: 'Write each source as `id:` followed by its indented fields (see docs/authoring.md).' });
    return {};
  }
  // Entry by entry, so one broken source is reported once and pages citing it are not.
  const sources: Sources = {};
  for (const [id, entry] of Object.entries(raw)) {
    knownIds.add(id);
    if (!SLUG.test(id)) {
      problems.push({ file, where: id, line: locate([id]), message: `\`${id}\` cannot be used as a source id.`, fix: 'Use lower-case words joined by hyphens, for example hipaa-164-510-b.' });
      continue;
    }
    const result = SourceSchema.safeParse(entry);
    if (result.success) sources[id] = result.data;
    else problems.push(...problemsFromZod(file, result.error, SOURCE_HELP, locate, [id], entry));
  }
  return sources;
}

function readPages(guideDir: string, rel: (p: string) => string, problems: Problem[], refs: string[]): PageRecord[] {
  const pages: PageRecord[] = [];
  for (const kind of SECTION_IDS) {
    const dir = join(guideDir, kind);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.mdx') && !name.endsWith('.md')) continue;
      const path = join(dir, name);
      const file = rel(path);
      const slug = name.replace(/\.mdx?$/, '');
      if (!SLUG.test(slug)) {
        problems.push({
          file,
          message: `The file name "${name}" cannot be used as a web address.`,
          fix: 'Rename the file with lower-case words joined by hyphens, for example asking-permission-family.mdx.',
        });
        continue;
      }
      refs.push(`${kind}/${slug}`);
      const page = readPage(path, file, kind, slug, problems);
      if (page) pages.push(page);
    }
  }
  return pages;
}

function readPage(path: string, file: string, kind: SectionId, slug: string, problems: Problem[]): PageRecord | undefined {
  const text = readFileSync(path, 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) {
    problems.push({
      file,
      line: 1,
      message: 'The page has no frontmatter (the settings block between two lines of ---).',
      fix: 'Start the file with ---, then title, summary, reviewed and sources, then --- (see docs/authoring.md).',
    });
    return undefined;
  }
  const yamlText = match[1] ?? '';
  const syntax = yamlSyntaxProblems(yamlText, file, 1);
  if (syntax.length) {
    problems.push(...syntax);
    return undefined;
  }
  const raw: unknown = parseDocument(yamlText).toJS() ?? {};
  const result = PAGE_SCHEMAS[kind].safeParse(raw);
  if (!result.success) {
    problems.push(...problemsFromZod(file, result.error, PAGE_HELP, yamlLocator(yamlText, 1), [], raw));
    return undefined;
  }
  const body = text.slice(match[0].length);
  const mdxProblem = checkMdx(body, file, yamlText.split('\n').length + 2);
  if (mdxProblem) {
    problems.push(mdxProblem);
    return undefined;
  }
  return { kind, slug, ref: `${kind}/${slug}`, file, data: { ...result.data, _text: yamlText }, body };
}

/**
 * Compiles the body the way the build will, so that an MDX mistake (a stray `{` or `<`) is
 * reported with its line here rather than as a compiler trace later.
 */
function checkMdx(body: string, file: string, linesBefore: number): Problem | undefined {
  try {
    mdxToJs(body);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const place = /^(\d+):(\d+): /.exec(message);
    const detail = message.replace(/^\d+:\d+: /, '').replace(/\s*\([a-z-]+:[a-z-]+\)$/, '');
    return {
      file,
      line: place ? Number(place[1]) + linesBefore : undefined,
      message: `The page body cannot be read as MDX: ${detail}.`,
      fix: 'In MDX, `{`, `}` and `<` start code. Remove them from the text (write "less than" for <), or close the tag or brace.',
    };
  }
}

const BODY_LINK = /\]\((\/[^)\s#]*)(#[^)\s]*)?\)/g;

function checkReferences(page: PageRecord, sources: Set<string>, refs: Set<string>, linkable: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const yamlText = String(page.data._text);
  const locate = yamlLocator(yamlText, 1);
  const sourceIds = page.data.sources as string[];
  sourceIds.forEach((id, i) => {
    if (!sources.has(id)) {
      problems.push({
        file: page.file,
        where: `sources[${i}]`,
        line: locate(['sources', i]) ?? locate(['sources']),
        message: `The source id \`${id}\` is not in content/sources.yaml.`,
        fix: suggestion(id, [...sources], 'source id', 'or add an entry for it to content/sources.yaml'),
      });
    }
  });
  (page.data.related as string[]).forEach((ref, i) => {
    if (!refs.has(ref)) {
      problems.push({
        file: page.file,
        where: `related[${i}]`,
        line: locate(['related', i]) ?? locate(['related']),
        message: `The related page \`${ref}\` does not exist.`,
        fix: suggestion(ref, [...refs], 'page', 'or remove it from the list'),
      });
    }
  });
  const bodyStart = yamlText.split('\n').length + 2;
  for (const match of page.body.matchAll(BODY_LINK)) {
    const href = match[1] ?? '';
    const ref = href.replace(/^\/|\/$/g, '');
    if (linkable.has(ref) || isSitePage(ref)) continue;
    const line = bodyStart + page.body.slice(0, match.index).split('\n').length - 1;
    problems.push({
      file: page.file,
      line,
      message: `The link to \`${href}\` goes to no page.`,
      fix: suggestion(ref, [...refs], 'page', 'or remove the link').replace(/`([a-z0-9-]+\/[a-z0-9-]+)`/, '`/$1/`'),
    });
  }
  return problems;
}

/** Pages made by the site itself rather than by a content file. */
const SITE_PAGES = new Set(['', 'a-z', 'about', 'search', 'flowcharts', 'glossary', ...SECTION_IDS]);
function isSitePage(ref: string): boolean {
  return SITE_PAGES.has(ref);
}

function suggestion(value: string, options: string[], noun: string, otherwise: string): string {
  const guess = closestOf(value, options);
  return guess ? `Did you mean \`${guess}\`? Correct it, ${otherwise}.` : `Check the spelling of the ${noun}, ${otherwise}.`;
}

function closestOf(value: string, options: string[]): string | undefined {
  // Prefer a same-slug match in another section (a common slip), then the nearest spelling.
  const slug = value.split('/').pop();
  return options.find((o) => o.split('/').pop() === slug) ?? nearest(value, options);
}

