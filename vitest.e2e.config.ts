import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real browsers; they share one
// browser per file and must not run files in parallel on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
