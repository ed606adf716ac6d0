import { defineConfig } from 'vitest/config';

// Three lanes run by Vitest in Node (the browser lane, tests/e2e/*.spec.ts, is Playwright's):
// - unit: pure and fast (the engine, schemas, search, rules) plus the content and dilemma tests
//   over whatever is in content/;
// - build: fixture sites checked and built for real (broken inputs, a fork, git merges, large trees).
// `npm run test:unit` and `npm run test:build` pick a lane; `vitest run` alone runs both.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/dilemmas/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          // Review warnings depend on the date: every test sees the same day (docs/decisions/0008).
          env: { GUIDE_TODAY: '2026-12-01' },
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          // A real build takes seconds, several when the machine is busy.
          testTimeout: 120_000,
          env: { GUIDE_TODAY: '2026-12-01' },
        },
      },
    ],
  },
});
