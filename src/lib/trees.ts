/** The decision trees, parsed and validated once per build (the guide integration already stopped on any problem). */
import { markdownToHtml } from 'satteri';
import type { Tree } from '../engine/types.ts';
import { baseLinks } from '../markdown/plugins.ts';
import { getContent } from './content.ts';

/**
 * The baseline tools in order of urgency: someone in danger first, then by how often they are
 * needed (issue 11). An organization's own trees follow, by file name.
 */
const URGENCY = [
  'worried-about-safety',
  'may-i-share',
  'someone-is-asking',
  'legal-request',
  'everyday-moments',
  'group-member-broke-confidentiality',
];
const rank = (id: string) => (URGENCY.includes(id) ? URGENCY.indexOf(id) : URGENCY.length);

export function getTrees(): Tree[] {
  return [...getContent().trees].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** `getStaticPaths` for the pages made once per tree (tool, flowchart, embed). */
export function treePaths() {
  return getTrees().map((tree) => ({ params: { tree: tree.id }, props: { tree } }));
}

/** Outcome text is Markdown; links from the site root get the base path, as in pages. */
export function renderMarkdown(markdown: string, newTab = false): string {
  const html = markdownToHtml(markdown, { hastPlugins: [baseLinks(import.meta.env.BASE_URL)] }).html;
  return newTab ? html.replaceAll('<a href=', '<a target="_blank" rel="noopener" href=') : html;
}
