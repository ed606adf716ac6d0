// Typed ESLint over the engine, scripts and tests; eslint-plugin-astro over components; the layers rule over src/.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { layersRule } from './scripts/lint/layers.ts';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', '.bench/'] },
  { files: ['**/*.ts'], extends: [tseslint.configs.recommendedTypeChecked] },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  astro.configs.recommended,
  // One-way layers and no import cycles in src/ (CONTRIBUTING.md, "The layers").
  {
    files: ['src/**/*.ts', 'src/**/*.astro'],
    plugins: { guide: { rules: { layers: layersRule } } },
    rules: { 'guide/layers': 'error' },
  },
);
