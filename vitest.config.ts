import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // unit: logic, no build needed; build: checks that read the built site in dist/ (npm test builds first)
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
