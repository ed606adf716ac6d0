/** Installs a benchmark-only tool into .bench/ (never a dependency of the site), with the project's pinned Node first on PATH. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './measure.ts';

export function installInto(dir: string, packages: Record<string, string>, probe: string): void {
  if (existsSync(join(dir, 'node_modules', probe))) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bench-tools', private: true, type: 'module', dependencies: packages }, null, 2),
  );
  console.log(`Installing ${Object.keys(packages).join(', ')} into ${dir} …`);
  const run = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` },
  });
  if (run.status !== 0) throw new Error(`npm install failed in ${dir}`);
}
