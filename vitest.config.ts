import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { SHARED } from './test/shared-files.js';

const TIMEOUT = 30_000;

export default defineConfig({
  test: {
    // Once, for the whole run: the projects below do not extend this configuration, so as not to build again each.
    globalSetup: ['test/global-setup.ts'],
    // A test file per core. Vitest keeps one core for itself by default, which on two cores runs
    // the files one at a time, though its own process idles while they run and most tests wait on
    // the CLI's processes and the parse and hashing threads they start.
    maxWorkers: availableParallelism(),
    // The shared files run in threads that keep their modules from one file to the next; every
    // other file (it starts the CLI, mocks, spies or measures its process) gets a fresh process.
    poolOptions: { threads: { isolate: false } },
    projects: [
      { test: { name: 'shared', include: SHARED, pool: 'threads', testTimeout: TIMEOUT } },
      { test: { name: 'isolated', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SHARED], pool: 'forks', testTimeout: TIMEOUT } },
    ],
  },
});
