/** The fixture fork laid over the real baseline: content/guide and content/sources.yaml, plus the fork's site.yaml and org/. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FORK_FIXTURE = join(ROOT, 'tests', 'fixtures', 'fork');

export function forkOverBaseline(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'guide-fork-'));
  cpSync(join(ROOT, 'content', 'guide'), join(dir, 'guide'), { recursive: true });
  cpSync(join(ROOT, 'content', 'sources.yaml'), join(dir, 'sources.yaml'));
  cpSync(FORK_FIXTURE, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The environment for a child `astro build`. Vitest puts Vite's own variables (BASE_URL, MODE,
 * DEV, PROD, SSR) into process.env; a child build would take BASE_URL as its base path.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV'])
    delete env[key];
  return env;
}
