import { defineConfig } from 'vitest/config';

// Unit tests cover pure logic only (src/lib, src/schemas, scripts/lib); anything that
// needs a build or a browser lives in e2e/.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
