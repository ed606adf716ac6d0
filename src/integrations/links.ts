/**
 * Checks every internal link and #anchor in the built site. Content links are checked before the
 * build too (check-content.ts); this catches the rest: links made by components, trees, the
 * glossary and the organization's pages, and anchors. A broken link fails the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '../core/problems.ts';
import { htmlFiles } from './html-files.ts';

const HREF = /\shref="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

export function checkLinks(dist: string, base: string): Problem[] {
  const pages = htmlFiles(dist);
  // Every file and folder of the build, listed once: two file system calls per link made the check slow on big sites.
  const { files, folders } = listBuild(dist);
  folders.add(dist.replace(/\/+$/, ''));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1]!));
      ids.set(file, set);
    }
    return set;
  };
  const problems: Problem[] = [];
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    if (html.includes('http-equiv="refresh"')) continue; // a redirect page: its target is a page we check anyway
    const page = `/${relative(dist, file)}`.replace(/index\.html$/, '');
    for (const [, raw] of html.matchAll(HREF)) {
      const href = raw!.replaceAll('&amp;', '&');
      if (/^(https?:|mailto:|tel:)/i.test(href) || href === '') continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
        // npm run check refuses these in content (src/content/links.ts); one here came from elsewhere.
        problems.push({
          file: `dist${page}`,
          message: `The page has a link to \`${href.slice(0, 60)}\`, which the site does not publish.`,
          fix: 'Links may go only to https://, mailto:, tel: or a page of this site. Run `npm run check` to find the link in content/; if it finds none, report it to the project.',
        });
        continue;
      }
      const [path = '', anchor] = href.split('#');
      let target = file;
      if (path) {
        if (!path.startsWith(base)) {
          problems.push({
            file: `dist${page}`,
            message: `The link to \`${href}\` is outside the site's base path ${base}.`,
            fix: 'Link to pages from the site root, as /kind/slug/; the build adds the base path.',
          });
          continue;
        }
        const rel = decodeURIComponent(path.slice(base.length));
        const candidate = join(dist, rel);
        const resolved = candidate.replace(/\/+$/, '');
        target = folders.has(resolved) ? join(resolved, 'index.html') : resolved;
        if (!files.has(target)) {
          problems.push({
            file: `dist${page}`,
            message: `The link to \`${href}\` goes to no page.`,
            fix: 'Correct the address, or add a `redirect_from` to the page that replaced it.',
          });
          continue;
        }
      }
      if (anchor && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(anchor))) {
        problems.push({
          file: `dist${page}`,
          message: `The link to \`${href}\` points at a section (#${anchor}) that the page does not have.`,
          fix: 'Link to a heading that exists; heading addresses come from their text.',
        });
      }
    }
  }
  return problems;
}

function listBuild(dir: string, found = { files: new Set<string>(), folders: new Set<string>() }) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      found.folders.add(path);
      listBuild(path, found);
    } else found.files.add(path);
  }
  return found;
}
