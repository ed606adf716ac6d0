/**
 * `npm run urls`: writes tests/urls.txt, the list of every public address of the built site:
 * each page, each redirect, and each step of each tool (`/tools/<tree>/#<node>`). Trainers link
 * to these from course material for years; tests/e2e/urls.spec.ts fails when one disappears
 * without a redirect. Run after `npm run build` when you add pages, and commit the file.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const MANIFEST = join(ROOT, 'tests', 'urls.txt');

/** Addresses in a build: `/path/` for pages and redirects, `/tools/x/#node` for tool steps (old step ids too). */
export function builtAddresses(dist: string): string[] {
  const addresses: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!['_astro', 'pagefind'].includes(name)) walk(path);
        continue;
      }
      if (name !== 'index.html') continue;
      const address = `/${relative(dist, dir)}/`.replace(/^\/\/$/, '/').replace(/\/+/g, '/');
      addresses.push(address);
      if (address.startsWith('/tools/')) {
        // Each step, and each old id of a step that was renamed (tree `renamed:`), which links may still use.
        for (const match of readFileSync(path, 'utf8').matchAll(/<(?:section|span) id="([a-z0-9-]+)" class="tool-(?:node|alias)/g))
          addresses.push(`${address}#${match[1]}`);
      }
    }
  };
  walk(dist);
  return addresses.sort();
}

/** Whether an address resolves in a build: the page exists (a redirect is a page too), and so does the anchor. */
export function resolves(dist: string, address: string): boolean {
  const [path = '/', anchor] = address.split('#');
  const file = join(dist, path, 'index.html');
  if (!existsSync(file)) return false;
  return anchor === undefined || readFileSync(file, 'utf8').includes(`id="${anchor}"`);
}

if (import.meta.main) {
  const dist = join(ROOT, 'dist');
  if (!existsSync(dist)) throw new Error('Build the site first: npm run build');
  const addresses = builtAddresses(dist);
  writeFileSync(MANIFEST, `${addresses.join('\n')}\n`);
  console.log(`Wrote ${addresses.length} addresses to tests/urls.txt`);
}
