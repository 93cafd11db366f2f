import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // unit: logic, no build needed; build: checks that read the built site in dist/ (npm test builds first)
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // the CEL engine, which the edges load on demand (src/lib/validator/cel/environment.ts)
    setupFiles: ['tests/setup/cel-engine.ts'],
  },
});
