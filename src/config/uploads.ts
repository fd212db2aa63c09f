import { realpath } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';

/** What a `lint` run reads: the folders it lints as a whole, and every bundle file (earlier releases too). */
export interface LintTargets {
  readonly folders: readonly string[];
  readonly bundles: readonly string[];
}

/**
 * Whether `folder` may hold files that came with the bundles: it is, or lies inside, a folder
 * being linted, or it directly holds a bundle being linted. A folder merely above the bundles
 * (a project whose build writes `dist/x.zip`) is not. Paths are compared after resolving links.
 */
export async function amongUploads(folder: string, targets: LintTargets, cwd: string): Promise<boolean> {
  const real = await realFolder(resolve(cwd, folder));
  for (const linted of targets.folders) {
    const base = await realFolder(resolve(cwd, linted));
    if (real === base || real.startsWith(base.endsWith(sep) ? base : base + sep)) return true;
  }
  for (const bundle of targets.bundles) {
    if ((await realFolder(dirname(resolve(cwd, bundle)))) === real) return true;
  }
  return false;
}

async function realFolder(path: string): Promise<string> {
  return realpath(path).catch(() => path);
}
