import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { bundlePathProblem } from '../lint.js';

/** What the `lint` arguments name. */
export interface BundleTargets {
  /** Every bundle file to lint, sorted within each argument, each listed once. */
  readonly bundles: string[];
  /** The folders being linted: each directory argument, and the fixed base of each glob. */
  readonly folders: string[];
  /** Why an argument names nothing to lint (`x.zip: no such file`), one per bad argument, in their order. */
  readonly problems: string[];
}

/**
 * The bundles `lint` arguments name: a file as given, every `*.zip` under a directory, or the
 * files a glob matches (for shells that do not expand it). An argument that names nothing
 * lintable (a missing or unreadable file, a directory or glob that finds nothing) is a problem
 * of its own: the other arguments are still linted.
 */
export async function bundleTargets(args: readonly string[]): Promise<BundleTargets> {
  const bundles = new Set<string>();
  const folders: string[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      folders.push(arg);
      const fg = await fastGlob();
      const found = await listed(arg, () => fg('**/*.zip', { cwd: arg, onlyFiles: true, caseSensitiveMatch: false, followSymbolicLinks: false }));
      if (typeof found === 'string') problems.push(found);
      else if (found.length === 0) problems.push(`${arg}: no .zip bundle in this directory`);
      else for (const name of found.sort()) bundles.add(join(arg, name));
    } else if (!info && (await fastGlob()).isDynamicPattern(arg)) {
      const fg = await fastGlob();
      for (const task of fg.generateTasks([arg])) folders.push(task.base);
      const found = await listed(arg, () => fg(arg, { onlyFiles: true, followSymbolicLinks: false }));
      if (typeof found === 'string') problems.push(found);
      else if (found.length === 0) problems.push(`${arg}: no file matches`);
      else for (const path of found.sort()) bundles.add(path);
    } else {
      const problem = await bundlePathProblem(arg);
      if (problem === undefined) bundles.add(arg);
      else problems.push(problem);
    }
  }
  return { bundles: [...bundles], folders, problems };
}

/** fast-glob, loaded for a directory or a pattern only: a bundle named as a file does not need it. */
async function fastGlob(): Promise<typeof import('fast-glob')> {
  return (await import('fast-glob')).default;
}

/** The files a search finds, or why the folder could not be searched (a folder that cannot be read). */
async function listed(arg: string, search: () => Promise<string[]>): Promise<string[] | string> {
  return search().catch((error: NodeJS.ErrnoException) => `${arg}: cannot be searched (${error.code ?? error.message})`);
}
