import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Timeouts only catch a hang: tests that run the CLI a dozen times, or every rule over a table, took
    // 20-29 s of a 30 s limit in CI on a shared 2-core machine, and one failed on time alone.
    testTimeout: 120_000,
    // Vitest's default is one file at a time on a 2-core machine (a core less than there are). The files
    // wait on the CLI's child processes, local servers and signals about as much as they compute: two at
    // a time took the suite from 481 s to 327 s here, every test passing.
    maxWorkers: availableParallelism(),
    hookTimeout: 60_000,
  },
});
