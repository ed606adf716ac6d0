/**
 * The offline copy (docs/decisions/0015-offline-copy-and-lighter-search.md): after the build, lists
 * every file a reader needs without a connection (every page, the search index, the tools' scripts)
 * in `offline-manifest.json`, and stamps the service worker (public/sw.js) with a version: a hash of
 * those files. The list is made from what the build wrote, so a new page is in it without anyone
 * adding it; a changed file changes the version, and a reader who keeps a copy gets the new one in
 * the background. Paths are relative to the site's base, so a fork under a sub-path works as is.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const OFFLINE_MANIFEST = 'offline-manifest.json';
export const SERVICE_WORKER = 'sw.js';
const VERSION_MARK = '__OFFLINE_VERSION__';

export interface OfflineManifest {
  version: string;
  /** The bytes a reader's browser stores (uncompressed). */
  bytes: number;
  /** Addresses relative to the site's base: `""` is the home page, `principles/consent/` a page. */
  files: string[];
}

/**
 * Files the offline copy leaves out: the host's headers file, the worker and the list themselves,
 * and the parts of Pagefind that this site's search never loads (its ready-made interfaces, its
 * web worker, the WebAssembly of other languages: see wanted()).
 */
const LEFT_OUT =
  /^(_headers|sw\.js|offline-manifest\.json|pagefind\/(pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)|playground\/.*))$/;

export function writeOfflineCopy(root: string): OfflineManifest {
  const worker = join(root, SERVICE_WORKER);
  if (!existsSync(worker)) throw new Error(`The offline copy needs ${SERVICE_WORKER} in the build (public/${SERVICE_WORKER}).`);
  const wasm = pagefindLanguages(root);
  const paths = listFiles(root)
    .filter((path) => !LEFT_OUT.test(path) && !(path.startsWith('pagefind/wasm.') && !wasm.has(path)))
    .sort();
  const hash = createHash('sha256');
  let bytes = 0;
  for (const path of paths) {
    const body = readFileSync(join(root, path));
    hash.update(path).update('\0').update(body);
    bytes += body.length;
  }
  const manifest: OfflineManifest = {
    version: hash.digest('hex').slice(0, 16),
    bytes,
    files: paths.map((path) => path.replace(/(^|\/)index\.html$/, '$1')),
  };
  writeFileSync(join(root, OFFLINE_MANIFEST), JSON.stringify(manifest));
  const source = readFileSync(worker, 'utf8');
  if (!source.includes(VERSION_MARK)) throw new Error(`${SERVICE_WORKER} has no ${VERSION_MARK} to stamp with the version.`);
  writeFileSync(worker, source.replaceAll(VERSION_MARK, manifest.version));
  return manifest;
}

/** The WebAssembly files of the languages Pagefind indexed (`pagefind/wasm.en.pagefind`). */
function pagefindLanguages(root: string): Set<string> {
  const entry = join(root, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entry)) return new Set();
  const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { wasm?: string }> };
  return new Set(Object.values(languages).map((l) => `pagefind/wasm.${l.wasm ?? 'unknown'}.pagefind`));
}

/** Every file under `dir`, as a path with forward slashes. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}
