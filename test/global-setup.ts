import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { packageRoot } from '../src/package-root.js';

/**
 * Builds dist/ (and its bundle) before any test runs, and again before each rerun in watch mode: the parse and
 * hashing workers and the CLI the tests spawn run from the build, so without it a test after an
 * edit would exercise the code as it was. Build mode is incremental and, with nothing changed,
 * compares timestamps only (a second). A type error fails the run, as it fails `npm run build`.
 * The schemas' validators are precompiled and the build bundled (when its sources changed) as
 * `npm run build` does, so tests run what ships: the CLI they spawn and the workers run from the bundle.
 */
export default function setup(project: TestProject): void {
  build();
  project.onTestsRerun(build);
}

function build(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const dist = join(packageRoot, 'dist');
  for (const args of [[tsc, '--build', packageRoot], [join(dist, 'src', 'cli', 'precompile-validators.js')], [join(dist, 'test', 'bundle.js'), '--if-changed']]) {
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`the build before the tests failed:\n${run.stdout}${run.stderr}${run.error?.message ?? ''}`);
  }
}
