/**
 * Part of the build (`npm run build`, and the tests' global setup), after `tsc`: bundles what tsc
 * emitted into dist/bundle/ with esbuild (its WebAssembly build: no native binary to install),
 * one ES module per entry, the modules entries share in chunks, so that a process loads a few dozen
 * files instead of ~180: Node's ES module loader resolves, reads and links each file on its own,
 * which was half of a short lint's start. Dynamic imports stay chunks loaded when first needed.
 * Left out: PDFium's WebAssembly file (read from its package by path), the
 * precompiled validators (CommonJS, required by path) and ajv (required only to compile a plugin's
 * schema).
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild-wasm';
import { BUNDLE_DIRECTORY, packageRoot } from '../src/package-root.js';

/** Each entry's output name (in BUNDLE_DIRECTORY) and the module tsc emitted for it, under dist/. */
const ENTRIES = {
  // bin/bundlelint
  cli: 'src/cli/main.js',
  // package.json's exports, `bundlelint` and `bundlelint/kit` (plugins): the same module instances as the CLI's
  index: 'src/index.js',
  kit: 'rules/kit/index.js',
  // The workers, started by path (src/documents/sandbox.ts, src/scan/hash-pool.ts)
  'parse-worker': 'src/documents/parse-worker.js',
  'hash-worker': 'src/scan/hash-worker.js',
};

/**
 * CommonJS dependencies (yauzl, commander, micromatch…) `require` Node's modules; an ES module has
 * no `require`, so each output file makes one for esbuild's shim to call.
 */
const REQUIRE = "import { createRequire as bundlelintCreateRequire } from 'node:module'; const require = bundlelintCreateRequire(import.meta.url);";

/** What the last bundle was made from (beside dist/bundle/, which the package ships whole). */
const INPUTS = join(packageRoot, 'dist', 'bundle.inputs.json');

export async function bundle(): Promise<void> {
  rmSync(BUNDLE_DIRECTORY, { recursive: true, force: true });
  rmSync(INPUTS, { force: true });
  const emitted = join(packageRoot, 'dist');
  const { metafile } = await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, source]) => [name, join(emitted, source)])),
    outdir: BUNDLE_DIRECTORY,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: REQUIRE },
    metafile: true,
    logLevel: 'warning',
    // The metafile's inputs are relative to it, wherever the build was started from.
    absWorkingDir: packageRoot,
  });
  // This script too: a change of entries or options makes another bundle.
  writeFileSync(INPUTS, JSON.stringify([...Object.keys(metafile.inputs).map((input) => join(packageRoot, input)), fileURLToPath(import.meta.url)]));
}

/**
 * Whether the bundle is newer than everything it was made from and than the lockfile (a
 * dependency installed anew), so that the tests' setup, which builds before every run, bundles
 * only after a change, as `tsc --build` compiles only then.
 */
export function bundleIsFresh(): boolean {
  let inputs: string[];
  try {
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8')) as string[];
  } catch {
    return false;
  }
  const made = statSync(INPUTS).mtimeMs;
  return [...inputs, join(packageRoot, 'package-lock.json')].every((input) => (statSync(input, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) <= made);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && !(process.argv.includes('--if-changed') && bundleIsFresh())) await bundle();
