import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Timeouts only catch a hang: tests that run the CLI a dozen times, or every rule over a table, took
    // 20-29 s of a 30 s limit in CI on a shared 2-core machine, and one failed on time alone.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
