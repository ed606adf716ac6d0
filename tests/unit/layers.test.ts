import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layersRule } from '../../scripts/lint/layers.ts';

const fixture = 'tests/fixtures/layers';

async function lint(cwd: string, files: string[]) {
  const eslint = new ESLint({
    cwd: resolve(cwd),
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { guide: { rules: { layers: layersRule } } },
        rules: { 'guide/layers': 'error' },
      },
    ],
  });
  const results = await eslint.lintFiles(files);
  return results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(r.filePath.indexOf('src/'))}:${m.line} ${m.message}`));
}

describe('the layers lint rule', () => {
  it('fails on a back-edge and on each import round a cycle, naming the layers and the loop', async () => {
    const messages = await lint(fixture, ['src/**/*.ts']);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^src\/engine\/validate\.ts:3 src\/engine\/ may not import from src\/content\/ \(a back-edge: engine may use only core\)/,
      ),
    );
    // validate → trees → read → trees …: every import that stays inside the loop is reported.
    const cycleReports = messages.filter((m) => m.includes('An import cycle'));
    expect(cycleReports.map((m) => m.split(' ')[0]).sort()).toEqual([
      'src/content/read.ts:2',
      'src/content/trees.ts:2',
      'src/content/trees.ts:3',
      'src/engine/validate.ts:3',
    ]);
    expect(cycleReports[0]).toMatch(/→ .* → /);
    // The leaf's import by the engine is allowed.
    expect(messages.some((m) => m.startsWith('src/engine/validate.ts:2'))).toBe(false);
  });
});
