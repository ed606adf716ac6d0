/**
 * Reading guidance pages: frontmatter against the schema of the page's kind, the MDX body, and
 * the references a page makes (sources, related pages, links in the body).
 */
import { mdxToJs } from 'satteri';
import { parseDocument } from 'yaml';
import type { PageFile, Origin } from './overlay.ts';
import { problemsFromZod, suggest, yamlLocator, yamlSyntaxProblems, type Problem } from '../core/problems.ts';
import { PAGE_SCHEMAS } from './schemas.ts';
import { SECTION_IDS, type SectionId } from '../core/sections.ts';
import { isSitePage } from '../core/site-pages.ts';
import { checkBody } from './body-checks.ts';
import { readText } from '../core/text-file.ts';

export interface PageRecord {
  kind: SectionId;
  slug: string;
  /** `kind/slug`, the form used in `related` and tree `see` lists. */
  ref: string;
  file: string;
  origin: Origin;
  replaces: boolean;
  data: Record<string, unknown>;
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function readPages(files: PageFile[], rel: (p: string) => string, problems: Problem[]): PageRecord[] {
  return files.flatMap((f) => {
    const page = readPage(f.path, rel(f.path), f.kind, f.slug, problems);
    return page ? [{ ...page, origin: f.origin, replaces: f.replaces }] : [];
  });
}

function readPage(
  path: string,
  file: string,
  kind: SectionId,
  slug: string,
  problems: Problem[],
): Omit<PageRecord, 'origin' | 'replaces'> | undefined {
  const text = readText(path, file, problems);
  if (text === undefined) return undefined;
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
  // Parsed once for its syntax and its data: with thousands of pages, a second parse shows.
  const doc = parseDocument(yamlText);
  const syntax = yamlSyntaxProblems(yamlText, file, 1, doc);
  if (syntax.length) {
    problems.push(...syntax);
    return undefined;
  }
  const raw: unknown = doc.toJS() ?? {};
  const result = PAGE_SCHEMAS[kind].safeParse(raw);
  if (!result.success) {
    problems.push(...problemsFromZod(file, result.error, PAGE_SCHEMAS[kind], yamlLocator(yamlText, 1), [], raw));
    return undefined;
  }
  const body = text.slice(match[0].length);
  const linesBefore = yamlText.split('\n').length + 2;
  // Nesting, links, HTML and components first: the compile check would choke on absurd nesting.
  const found = checkBody(body, 'mdx');
  const mdxProblem = found.length ? undefined : checkMdx(body, file, linesBefore);
  if (found.length || mdxProblem) {
    problems.push(...found.map((p) => ({ file, line: p.line + linesBefore, message: p.message, fix: p.fix })));
    if (mdxProblem) problems.push(mdxProblem);
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

export interface LinkTargets {
  sources: ReadonlySet<string>;
  /** Every page file, published or hidden: a page with a problem is reported once, not in every page linking to it. */
  pages: ReadonlySet<string>;
  /** Pages, trees and site pages a body link may point to. */
  linkable: ReadonlySet<string>;
  /** Pages an organization hid: links to them are reported as warnings and shown as plain text. */
  hidden: ReadonlySet<string>;
}

const BODY_LINK = /\]\((\/[^)\s#]*)(#[^)\s]*)?\)/g;

export function checkReferences(page: PageRecord, targets: LinkTargets, warnings: Problem[]): Problem[] {
  const { sources, pages: refs, linkable, hidden } = targets;
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
        fix: suggest(id, [...sources], 'source id', 'or add an entry for it to content/sources.yaml'),
      });
    }
  });
  (page.data.related as string[]).forEach((ref, i) => {
    if (hidden.has(ref)) {
      warnings.push({
        file: page.file,
        where: `related[${i}]`,
        line: locate(['related', i]),
        message: `The related page \`${ref}\` is hidden, so it is left out of the list.`,
        fix: 'Nothing to do, unless you want to show it again: then remove it from `hide` in site.yaml.',
      });
    } else if (!refs.has(ref)) {
      problems.push({
        file: page.file,
        where: `related[${i}]`,
        line: locate(['related', i]) ?? locate(['related']),
        message: `The related page \`${ref}\` does not exist.`,
        fix: suggest(ref, [...refs], 'page', 'or remove it from the list'),
      });
    }
  });
  // The body starts after the frontmatter's two --- lines.
  const bodyStart = yamlText.split('\n').length + 3;
  for (const match of page.body.matchAll(BODY_LINK)) {
    const href = match[1] ?? '';
    const ref = href.replace(/^\/|\/$/g, '');
    const line = bodyStart + page.body.slice(0, match.index).split('\n').length - 1;
    if (hidden.has(ref)) {
      warnings.push({
        file: page.file,
        line,
        message: `The link to \`${href}\` goes to a hidden page, so it is shown as plain text.`,
        fix: 'Nothing to do, unless you want to show the page again: then remove it from `hide` in site.yaml.',
      });
      continue;
    }
    if (linkable.has(ref) || isSiteAddress(ref)) continue;
    problems.push({
      file: page.file,
      line,
      message: `The link to \`${href}\` goes to no page.`,
      fix: suggest(ref, [...refs], 'page', 'or remove the link').replace(/`([a-z0-9-]+\/[a-z0-9-]+)`/, '`/$1/`'),
    });
  }
  return problems;
}

/** The site's own pages and the sections: addresses no content file may take. */
export function isSiteAddress(ref: string): boolean {
  return isSitePage(ref) || (SECTION_IDS as readonly string[]).includes(ref);
}
