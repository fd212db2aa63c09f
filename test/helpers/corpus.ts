import { execFileSync } from 'node:child_process';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { packageRoot } from '../../src/package-root.js';

/** The shared robustness corpus beside the repository (read only). */
export const CORPUS_DIR = resolve(packageRoot, '..', 'shared', 'corpus', 'zip');

/**
 * Copies every corpus archive into `into`, decoding `.bz2` and `.base64` copies there (never in
 * place). Node has no bzip2, so the bzip2 command or Python's bz2 module decodes them.
 * Returns the decoded name (without `.bz2`/`.base64`) of each archive with its readable path.
 */
export async function materializeCorpus(into: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of await readdir(CORPUS_DIR)) {
    if (name === 'PROVENANCE.md') continue;
    const source = join(CORPUS_DIR, name);
    if (name.endsWith('.bz2')) {
      const decoded = name.slice(0, -'.bz2'.length);
      await writeFile(join(into, decoded), bunzip2(source));
      files.set(decoded, join(into, decoded));
    } else if (name.endsWith('.base64')) {
      const decoded = name.slice(0, -'.base64'.length);
      await writeFile(join(into, decoded), Buffer.from(await readFile(source, 'utf8'), 'base64'));
      files.set(decoded, join(into, decoded));
    } else {
      await copyFile(source, join(into, name));
      files.set(name, join(into, name));
    }
  }
  return files;
}

function bunzip2(path: string): Buffer {
  const options = { maxBuffer: 64 * 2 ** 20 };
  try {
    return execFileSync('bzip2', ['-dc', path], options);
  } catch {
    return execFileSync('python3', ['-c', 'import bz2,sys; sys.stdout.buffer.write(bz2.decompress(open(sys.argv[1],"rb").read()))', path], options);
  }
}
