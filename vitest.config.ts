import { defineConfig } from 'vitest/config';

/**
 * Three projects:
 * - unit: pure logic (src/lib, src/schemas, scripts/lib) in tests/unit, and tests/build,
 *   which builds fixture content (and the README's recipes) into throwaway folders.
 *   `npm test` starts it at once: each fixture build has an Astro root, and so a .astro/
 *   folder, of its own, so it never meets the production build or the type check.
 * - dist: checks that only read the production build in dist/ (headers, links, HTML,
 *   byte budgets, discovery files), so they need no browser. Runs after `npm run build`.
 * - engines: the behaviour checks in Firefox and WebKit (tests/engines), beside
 *   Playwright's Chromium. Runs after `npm run build`, as `npm run test:engines`.
 */
/**
 * Timeouts that catch a hang, never a slow machine. `npm test` runs the unit and dist
 * projects at a low CPU priority beside the browser tests (scripts/lib/phases.ts), so on a
 * loaded machine a whole fixture build or the Nu checker may wait minutes for the CPU,
 * and that must not fail a test.
 */
const ONLY_HANGS = { testTimeout: 600_000, hookTimeout: 600_000 };

/**
 * The unit and dist files share their worker's module cache instead of each loading every
 * module again (a quarter of the unit project's CPU). Safe because no test mocks or stubs a
 * module, a global or the environment: each test file only calls functions and reads files.
 */
const SHARED_MODULES = { isolate: false };

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
          ...ONLY_HANGS,
          ...SHARED_MODULES,
        },
      },
      {
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          environment: 'node',
          ...ONLY_HANGS,
          ...SHARED_MODULES,
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
