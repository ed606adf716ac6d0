import { defineConfig } from 'vitest/config';

// Unit and content tests run in Node; the end-to-end suite (tests/e2e, *.spec.ts) is Playwright's.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/dilemmas/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Review warnings depend on the date: every test sees the same day (docs/decisions/0008).
    env: { GUIDE_TODAY: '2026-12-01' },
  },
});
