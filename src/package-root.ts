import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory holding bundlelint's package.json, found by walking up from this module, so
 * the same code works from `src/` under the test runner, from `dist/src/` once compiled and from
 * `dist/bundle/` (and its `chunks/`) once bundled.
 */
export const packageRoot: string = (() => {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { name?: string };
      if (manifest.name === 'bundlelint') return directory;
    } catch {
      // no package.json here: keep climbing
    }
    const parent = dirname(directory);
    if (parent === directory) throw new Error('bundlelint cannot find its own package.json');
    directory = parent;
  }
})();

/**
 * Where `npm run build` bundles what runs (test/bundle.ts): the CLI, the package's exports and each
 * worker's entry, as a few files instead of a tree of modules.
 */
export const BUNDLE_DIRECTORY: string = join(packageRoot, 'dist', 'bundle');

const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string; homepage?: string };

export const toolVersion: string = manifest.version;
/** Where bundlelint's documentation lives, when package.json says. */
export const toolHomepage: string | undefined = manifest.homepage;
