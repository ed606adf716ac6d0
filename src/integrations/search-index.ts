/** Builds the Pagefind index over the built site. Pages opt in with `data-pagefind-body`. */
import { fileURLToPath } from 'node:url';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * How many word positions go into one index file (Pagefind's default is 20,000). A query loads
 * the file of each of its words; with the default a first search fetched five files of about
 * 28 KB each, with this a few of 2 KB (docs/decisions/0015-offline-copy-and-lighter-search.md). Pagefind reads
 * it from its environment, under a name it calls unstable: if a Pagefind update drops it, the
 * first-search budget in tests/e2e/search-bytes.spec.ts fails and says so.
 */
export const INDEX_CHUNK_SIZE = 1000;

export async function buildSearchIndex(dist: URL): Promise<{ pages: number; bytes: number }> {
  const root = fileURLToPath(dist);
  // Pagefind's service is a child process that inherits this environment when it starts.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: root });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, bytes: sizeOf(join(root, 'pagefind')) };
  } finally {
    await pagefind.close();
  }
}

/** Bytes in a file or folder. */
export function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}
