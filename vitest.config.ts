import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

const RULE_TESTS = 'test/rules/**/*.test.ts';
const TIMEOUT = 30_000;

export default defineConfig({
  test: {
    // Once, for the whole run: the projects below do not extend this configuration, so as not to build again each.
    globalSetup: ['test/global-setup.ts'],
    // A test file per core. Vitest keeps one core for itself by default, which on two cores runs
    // the files one at a time, though its own process idles while they run and most tests wait on
    // the CLI's processes and the parse and hashing threads they start.
    maxWorkers: availableParallelism(),
    // Rule tests are tables run through testRule that keep no state between files: they run in
    // threads that keep the modules they loaded (the whole linter) from one file to the next,
    // instead of loading them again per file. Every other file gets a fresh process.
    poolOptions: { threads: { isolate: false } },
    projects: [
      { test: { name: 'rules', include: [RULE_TESTS], pool: 'threads', testTimeout: TIMEOUT } },
      { test: { name: 'other', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, RULE_TESTS], pool: 'forks', testTimeout: TIMEOUT } },
    ],
  },
});
