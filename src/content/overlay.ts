/**
 * The organization's overlay: which page files make the site. Baseline pages live in
 * content/guide/<kind>/; an organization's pages in content/org/<kind>/. A page in org/ at the
 * same path as a baseline page replaces it (same id, same address); `hide` in site.yaml removes
 * baseline pages; `sections` chooses which sections appear. A fork edits only org/ and site.yaml,
 * so upstream changes to guide/ merge without conflicts.
 */
import { SLUG } from '../core/schema.ts';
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Site } from '../config/site-schema.ts';
import { yamlLocator, type Problem } from '../core/problems.ts';
import { SECTION_IDS, type SectionId } from '../core/sections.ts';

export type Origin = 'baseline' | 'organization';

export interface PageFile {
  kind: SectionId;
  slug: string;
  /** `kind/slug`: the page's id, and its address without slashes. */
  ref: string;
  /** Absolute path. */
  path: string;
  origin: Origin;
  /** An organization's page that takes the place of a baseline page. */
  replaces: boolean;
}

export interface Overlay {
  /** The pages the site publishes. */
  files: PageFile[];
  /** Baseline pages removed by `hide` or by `sections` (links to them are reported and unlinked). */
  hidden: Set<string>;
  /** Files whose names cannot be addresses, as problems. */
  problems: Problem[];
}

export function resolveOverlay(contentDir: string, site: Site | undefined, rel: (path: string) => string, siteText = ''): Overlay {
  const problems: Problem[] = [];
  const baseline = listPages(join(contentDir, 'guide'), 'baseline', rel, problems);
  const organization = listPages(join(contentDir, 'org'), 'organization', rel, problems);
  const shown = new Set<string>(site?.sections ?? SECTION_IDS);

  const byRef = new Map<string, PageFile>();
  for (const page of baseline) byRef.set(page.ref, page);
  const hidden = new Set<string>();
  const locate = yamlLocator(siteText);
  (site?.hide ?? []).forEach((ref, i) => {
    if (byRef.has(ref)) hidden.add(ref);
    else {
      problems.push({
        file: rel(join(contentDir, 'site.yaml')),
        where: `hide[${i}]`,
        line: locate(['hide', i]),
        message: `\`hide\` names \`${ref}\`, which is not a baseline page.`,
        fix: 'Write the page as kind/slug, as in its address (for example situations/reporter-calls), or remove it from the list.',
      });
    }
  });
  for (const page of organization) {
    const base = byRef.get(page.ref);
    byRef.set(page.ref, { ...page, replaces: base !== undefined });
    hidden.delete(page.ref);
  }
  for (const ref of hidden) byRef.delete(ref);
  for (const [ref, page] of byRef) {
    if (!shown.has(page.kind)) {
      byRef.delete(ref);
      hidden.add(ref);
    }
  }
  return { files: [...byRef.values()].sort((a, b) => a.ref.localeCompare(b.ref)), hidden, problems };
}

function listPages(root: string, origin: Origin, rel: (path: string) => string, problems: Problem[]): PageFile[] {
  const pages: PageFile[] = [];
  for (const kind of SECTION_IDS) {
    const dir = join(root, kind);
    if (!existsSync(dir)) continue;
    const seen = new Map<string, string>();
    // .mdx before .md, so that a stray .md copy is the one reported as the duplicate.
    const names = readdirSync(dir).sort((a, b) => a.replace(/\.mdx$/, '.a').localeCompare(b.replace(/\.mdx$/, '.a')));
    for (const name of names) {
      const path = join(dir, name);
      // Other names (.MDX, a link to elsewhere) are reported by checkContentFiles.
      if (!/\.mdx?$/.test(name) || !lstatSync(path).isFile()) continue;
      const slug = name.replace(/\.mdx?$/, '');
      if (!SLUG.test(slug)) {
        problems.push({
          file: rel(path),
          message: `The file name "${name}" cannot be used as a web address.`,
          fix: 'Rename the file with lower-case words joined by hyphens, for example asking-permission-family.mdx.',
        });
        continue;
      }
      const first = seen.get(slug);
      if (first) {
        problems.push({
          file: rel(path),
          message: `Two pages have the id \`${kind}/${slug}\`: ${first} and ${name}.`,
          fix: 'Keep one of them: rename or delete the other.',
        });
        continue;
      }
      seen.set(slug, name);
      pages.push({ kind, slug, ref: `${kind}/${slug}`, path, origin, replaces: false });
    }
  }
  return pages;
}
