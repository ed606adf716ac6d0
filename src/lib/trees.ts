/** The decision trees, parsed and validated once per build (the guide integration already stopped on any problem). */
import { markdownToHtml } from 'satteri';
import type { Tree } from '../engine/types.ts';
import { baseLinks } from '../markdown/plugins.ts';
import { getContent } from './content.ts';

export function getTrees(): Tree[] {
  return getContent().trees;
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
