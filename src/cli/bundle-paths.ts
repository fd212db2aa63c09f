import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import fg from 'fast-glob';
import { UsageError } from '../errors.js';

/**
 * The bundles `lint` arguments name: a file as given, every `*.zip` under a directory, or the
 * files a glob matches (for shells that do not expand it), each sorted and listed once. A
 * directory or glob that finds nothing is a usage error; a missing file is left for lint to refuse.
 */
export async function bundlePaths(args: readonly string[]): Promise<string[]> {
  const paths: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await fg('**/*.zip', { cwd: arg, onlyFiles: true, caseSensitiveMatch: false, followSymbolicLinks: false });
      if (found.length === 0) throw new UsageError(`${arg}: no .zip bundle in this directory`);
      paths.push(...found.sort().map((name) => join(arg, name)));
    } else if (!info && fg.isDynamicPattern(arg)) {
      const found = await fg(arg, { onlyFiles: true, followSymbolicLinks: false });
      if (found.length === 0) throw new UsageError(`${arg}: no file matches`);
      paths.push(...found.sort());
    } else {
      paths.push(arg);
    }
  }
  return [...new Set(paths)];
}
