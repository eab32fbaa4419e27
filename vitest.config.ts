import { defineConfig } from 'vitest/config';

/**
 * Three projects:
 * - unit: pure logic (src/lib, src/schemas, scripts/lib) in tests/unit, and tests/build,
 *   which builds fixture content (and the README's recipes) into throwaway folders.
 *   `npm test` runs it after the production build and the type check, never beside them:
 *   all three write Astro's generated files into the one .astro/ folder.
 * - dist: checks that only read the production build in dist/ (headers, links, HTML,
 *   byte budgets, discovery files), so they need no browser. Runs after `npm run build`.
 * - engines: the behaviour checks in Firefox and WebKit (tests/engines), beside
 *   Playwright's Chromium. Runs after `npm run build`, as `npm run test:engines`.
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/cleanup.ts'],
          environment: 'node',
          // Whole Astro builds run in tests/build.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          environment: 'node',
          // One browser at a time: the engines are heavy and the checks move focus and scroll.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
