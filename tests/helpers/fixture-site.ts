/** Builds throwaway content folders from the minimal fixture site, changed in one place. */
import { cpSync, mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

export const MINIMAL_SITE = join(import.meta.dirname, '..', 'fixtures', 'sites', 'minimal');

export interface FixtureSite {
  dir: string;
  write(relativePath: string, text: string | Uint8Array): void;
  remove(relativePath: string): void;
  cleanup(): void;
}

/** Copies of the site for one test file, made on demand and removed after its tests. */
export function siteCopies(from = MINIMAL_SITE): () => FixtureSite {
  const sites: FixtureSite[] = [];
  afterAll(() => sites.forEach((s) => s.cleanup()));
  return () => {
    const site = copySite(from);
    sites.push(site);
    return site;
  };
}

export function copySite(from = MINIMAL_SITE): FixtureSite {
  const dir = mkdtempSync(join(tmpdir(), 'guide-fixture-'));
  cpSync(from, dir, { recursive: true });
  return {
    dir,
    write(relativePath, text) {
      mkdirSync(dirname(join(dir, relativePath)), { recursive: true });
      writeFileSync(join(dir, relativePath), text);
    },
    remove(relativePath) {
      rmSync(join(dir, relativePath), { force: true });
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
