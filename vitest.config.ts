import { defineConfig } from 'vitest/config';

// tests/unit: pure logic (src/lib, src/schemas, scripts/lib), fast.
// tests/build: whole Astro builds of fixture content, to prove bad content fails the
// build with a useful message; slower, so they get a longer timeout.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
