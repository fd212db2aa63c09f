import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    // A test file per core. Vitest keeps one core for itself by default, which on two cores runs
    // the files one at a time, though its own process idles while they run and most tests wait on
    // the CLI's processes and the parse and hashing threads they start.
    maxWorkers: availableParallelism(),
  },
});
