/**
 * Checks everything under content/ at once, before Astro reads any of it, and reports every
 * problem with the file, the field and the fix (docs/decisions/0002). Astro's own schema errors
 * name the entry but not the fix, and stop at the first broken file.
 *
 * Order: settings, then sources (the organization's added to the baseline's), then which pages
 * make the site (the overlay), then pages, the rule table, shared outcomes, trees, the glossary
 * and rule changes, the practice questions, then the links between them and every outcome's verdict against the rules,
 * then the search words (the thesaurus must use words the pages use), then how old the reviews
 * are (warnings only).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSite, siteFile } from '../config/load-site.ts';
import { checkLogo } from '../config/logo.ts';
import type { Site } from '../config/site-schema.ts';
import { today } from '../config/today.ts';
import type { RuleTable } from '../engine/rules.ts';
import type { OutcomeNode, Tree } from '../engine/types.ts';
import { checkDecisions } from '../engine/verdict-checks.ts';
import { DEFAULT_REVIEW_MONTHS } from '../core/schema.ts';
import { checkAging } from './aging.ts';
import { readChanges, type ChangeItem } from './changes.ts';
import { checkDrift } from './drift.ts';
import { checkContentFiles } from './files.ts';
import { readGlossary, readSources, type GlossaryItem } from './data.ts';
import { readSharedOutcomes, unusedOutcomes } from './outcomes.ts';
import { resolveOverlay } from './overlay.ts';
import { SITE_FOLDERS } from '../core/site-pages.ts';
import { checkReferences, isSiteAddress, readPages, type PageRecord } from './pages.ts';
import { readPractice, type PracticeTopic } from './practice.ts';
import { readProject, type Project } from './project.ts';
import { suggest, yamlLocator, type Problem } from '../core/problems.ts';
import { readRuleTable } from './rules.ts';
import type { Sources } from './schemas.ts';
import { readText } from '../core/text-file.ts';
import { readTrees } from './trees.ts';
import { readSearchWords, type SearchWords } from './search-words.ts';
import { contentVocabulary } from './vocabulary.ts';

export type { PageRecord } from './pages.ts';

export interface ContentCheck {
  site?: Site;
  /** The main project's own details (content/guide/project.yaml), when the content has them. */
  project?: Project;
  sources: Sources;
  pages: PageRecord[];
  trees: Tree[];
  /** The rules behind the tools, when they have no problem (content/guide/rules.yaml, content/org/rules.yaml). */
  rules?: RuleTable;
  /** Shared outcomes by id (content/guide/outcomes.yaml, with the organization's changes). */
  outcomes: Map<string, OutcomeNode>;
  glossary: GlossaryItem[];
  /** Rule changes, the baseline's and the organization's, newest first. */
  changes: ChangeItem[];
  /** The practice question bank, by topic (content/guide/practice/). */
  practice: PracticeTopic[];
  /** The search thesaurus and crisis words. */
  search: SearchWords;
  /** Pages left out by `hide` or `sections` in site.yaml. */
  hidden: Set<string>;
  problems: Problem[];
  /** Things worth knowing that do not stop the build (links to hidden pages, pages and sources due for a check). */
  warnings: Problem[];
  /** Pages past their review interval (kind/slug): they show a "Due for review" notice. */
  dueForReview: Set<string>;
}

export interface CheckOptions {
  /** The day to judge review dates by; `GUIDE_TODAY` or the real date when left out. */
  today?: Date;
}

export function checkContent(contentDir: string, root = process.cwd(), options: CheckOptions = {}): ContentCheck {
  const rel = (path: string) => relative(root, path) || path;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];

  const sitePath = siteFile(contentDir);
  let site: Site | undefined;
  let siteText = '';
  problems.push(...checkContentFiles(contentDir, rel));
  if (existsSync(sitePath)) {
    const text = readText(sitePath, rel(sitePath), problems);
    if (text !== undefined) {
      siteText = text;
      const parsed = parseSite(siteText, rel(sitePath));
      site = parsed.site;
      problems.push(...parsed.problems);
      if (site?.logo)
        problems.push(...checkLogo(contentDir, site.logo, { file: rel(sitePath), line: yamlLocator(siteText)(['logo']) }, rel));
    }
  } else {
    problems.push({
      file: rel(sitePath),
      message: 'The settings file is missing.',
      fix: 'Create content/site.yaml; copy the one from the upstream project and edit it.',
    });
  }

  const project = readProject(contentDir, rel, problems);

  const sources: Sources = {};
  const sourceIds = new Set<string>();
  const places = new Map([
    ...readSources(join(contentDir, 'sources.yaml'), rel(join(contentDir, 'sources.yaml')), sources, sourceIds, problems),
    ...readSources(
      join(contentDir, 'org', 'sources.yaml'),
      rel(join(contentDir, 'org', 'sources.yaml')),
      sources,
      sourceIds,
      problems,
      true,
    ),
  ]);

  const overlay = resolveOverlay(contentDir, site, rel, siteText);
  problems.push(...overlay.problems);
  const pages = readPages(overlay.files, rel, problems);
  // Every page file counts as a link target, even one with a problem (reported once, where it is)
  // or one that is hidden (links to it become warnings and plain text).
  const refs = new Set([...overlay.files.map((f) => f.ref), ...overlay.hidden]);

  const rules = readRuleTable({ contentDir, rel, sourceIds }, problems);
  const shared = readSharedOutcomes({ contentDir, rel, sourceIds, pages: refs, vocabulary: rules.vocabulary }, problems);
  const treeIds: string[] = [];
  const outcomes = [...shared.records];
  const treeInputs = {
    contentDir,
    rel,
    sourceIds,
    pages: refs,
    shared: shared.outcomes,
    unreadable: shared.unreadable,
    vocabulary: rules.vocabulary,
  };
  const trees = readTrees(treeInputs, problems, treeIds, outcomes);
  problems.push(...checkDecisions(outcomes, rules.table));
  warnings.push(...unusedOutcomes(shared, trees, rel(join(contentDir, 'org'))));
  const linkable = new Set([...refs, ...treeIds.flatMap((id) => [`tools/${id}`, `flowcharts/${id}`])]);
  for (const page of pages)
    problems.push(...checkReferences(page, { sources: sourceIds, pages: refs, linkable, hidden: overlay.hidden }, warnings));
  problems.push(...checkScenarioTrees(pages, treeIds));
  problems.push(...checkRedirects(pages, refs, linkable));
  for (const tree of trees) warnings.push(...hiddenTreeLinks(tree, overlay.hidden));

  const glossaryPath = join(contentDir, 'guide', 'glossary.yaml');
  const glossary = readGlossary(glossaryPath, rel(glossaryPath), sourceIds, refs, problems);
  // Baseline pages an organization hid or replaced still count: the baseline's thesaurus must not
  // stop a fork's build because the fork hid the one page that used a word.
  const unpublished = [...overlay.hidden, ...overlay.files.filter((f) => f.replaces).map((f) => f.ref)]
    .map((ref) => join(contentDir, 'guide', `${ref}.mdx`))
    .filter((path) => existsSync(path))
    .map((path) => readText(path, rel(path), problems) ?? '');
  const search = readSearchWords(contentDir, rel, contentVocabulary(pages, trees, glossary, unpublished), problems);
  const changes = readChanges(contentDir, rel, { sources: sourceIds, pages: refs, hidden: overlay.hidden }, { problems, warnings });
  const practice = readPractice(contentDir, rel, { sources: sourceIds, pages: refs, hidden: overlay.hidden }, { problems, warnings });

  const drift = checkDrift(contentDir, rel);
  problems.push(...drift.problems);
  warnings.push(...drift.warnings);

  const reviewMonths = site?.review_interval_months ?? DEFAULT_REVIEW_MONTHS;
  const aging = checkAging({ pages, sources, places, reviewMonths, today: options.today ?? today() });
  warnings.push(...aging.warnings);
  return {
    site,
    project,
    sources,
    pages,
    trees,
    rules: rules.table,
    outcomes: shared.outcomes,
    glossary,
    changes,
    practice,
    search,
    hidden: overlay.hidden,
    problems,
    warnings,
    dueForReview: aging.dueForReview,
  };
}

function checkScenarioTrees(pages: PageRecord[], treeIds: string[]): Problem[] {
  return pages.flatMap((page) => {
    const tree = page.data.tree;
    if (typeof tree !== 'string' || treeIds.includes(tree)) return [];
    return [
      {
        file: page.file,
        where: 'tree',
        line: yamlLocator(String(page.data._text), 1)(['tree']),
        message: `The tree \`${tree}\` does not exist.`,
        fix: suggest(tree, treeIds, 'tree id', `or add content/guide/trees/${tree}.yaml`),
      },
    ];
  });
}

/** The redirects the pages ask for, `from → to` as kind/slug. */
export function redirectsOf(pages: PageRecord[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const page of pages) for (const from of page.data.redirect_from as string[]) map.set(from, page.ref);
  return map;
}

/** An old address may not be one the site uses: a redirect there would replace that page (About, an embedded tool) for every reader. */
function checkRedirects(pages: PageRecord[], refs: Set<string>, linkable: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const claimed = new Map<string, string>();
  for (const page of pages) {
    (page.data.redirect_from as string[]).forEach((from, i) => {
      const at = { file: page.file, where: `redirect_from[${i}]`, line: yamlLocator(String(page.data._text), 1)(['redirect_from', i]) };
      if (refs.has(from)) {
        problems.push({
          ...at,
          message: `\`${from}\` is the address of a page that exists, so it cannot redirect here.`,
          fix: 'Remove it from the list, or move or delete that page first.',
        });
      } else if (linkable.has(from) || isSiteAddress(from) || SITE_FOLDERS.has(from.split('/')[0]!)) {
        problems.push({
          ...at,
          message: `\`${from}\` is an address the site itself uses (/${from}/), so it cannot redirect here.`,
          fix: 'Remove it from the list: a redirect there would replace that page for every reader.',
        });
      } else if (claimed.has(from)) {
        problems.push({
          ...at,
          message: `\`${from}\` already redirects to ${claimed.get(from)}.`,
          fix: 'An old address can lead to one page only: remove it from one of the two lists.',
        });
      } else claimed.set(from, page.ref);
    });
  }
  return problems;
}

function hiddenTreeLinks(tree: Tree, hidden: Set<string>): Problem[] {
  const warnings: Problem[] = [];
  for (const node of tree.nodes.values()) {
    if (node.kind !== 'outcome') continue;
    for (const ref of [...node.see, ...node.scripts]) {
      if (hidden.has(ref)) {
        warnings.push({
          file: `trees/${tree.id}`,
          where: `nodes.${node.id}`,
          message: `The outcome links to the hidden page \`${ref}\`, so the link is left out.`,
          fix: 'Nothing to do, unless you want to show the page again: then remove it from `hide` in site.yaml.',
        });
      }
    }
  }
  return warnings;
}
