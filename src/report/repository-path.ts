import { isAbsolute, relative, resolve } from 'node:path';

/**
 * A bundle's path as CI services resolve a finding's file: relative to the working directory
 * (the repository checkout) with `/` separators; undefined when the bundle lies outside it.
 */
export function repositoryPath(bundle: string, cwd: string): string | undefined {
  const path = relative(cwd, resolve(cwd, bundle));
  if (path === '..' || /^\.\.[\\/]/.test(path) || isAbsolute(path)) return undefined;
  return path.split(/[\\/]/).join('/');
}

/** The file a CI annotation or issue names for a bundle: its repository path, else the path as given. */
export function annotatedFile(bundle: string, cwd: string): string {
  return repositoryPath(bundle, cwd) ?? bundle;
}
