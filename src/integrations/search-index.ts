/** Builds the Pagefind index over the built site. Pages opt in with `data-pagefind-body`. */
import { fileURLToPath } from 'node:url';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export async function buildSearchIndex(dist: URL): Promise<{ pages: number; bytes: number }> {
  const root = fileURLToPath(dist);
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
