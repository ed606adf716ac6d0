/**
 * Synthetic content for scale tests: a copy of content/ in .bench/ where every guidance page is
 * repeated `factor` times (new slugs, same text). Never committed; .bench/ is ignored by git.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH, ROOT } from './measure.ts';

const KINDS = ['principles', 'scripts', 'groups', 'situations', 'scenarios'];

/** The factor that makes a site of about `pages` pages, from the real site's page count. */
export function factorFor(pages: number, realPages: number): number {
  const guidance = KINDS.reduce((n, kind) => n + readdirSync(join(ROOT, 'content', 'guide', kind)).length, 0);
  return Math.max(2, Math.round((pages - realPages) / guidance) + 1);
}

export function syntheticContent(factor: number): string {
  const dir = join(BENCH, `content-x${factor}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(BENCH, { recursive: true });
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  for (const kind of KINDS) {
    const folder = join(dir, 'guide', kind);
    for (const name of readdirSync(folder)) {
      const text = readFileSync(join(folder, name), 'utf8').replace(/^redirect_from:.*\n/m, '');
      for (let k = 2; k <= factor; k++) {
        writeFileSync(
          join(folder, name.replace(/\.mdx$/, `-copy-${k}.mdx`)),
          text.replace(/^title: (.*)$/m, (_m, t: string) => `title: ${JSON.stringify(`${t.replace(/^["']|["']$/g, '')} (copy ${k})`)}`),
        );
      }
    }
  }
  return dir;
}
