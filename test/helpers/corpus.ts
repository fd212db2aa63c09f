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
  for (const stored of await readdir(CORPUS_DIR)) {
    if (stored !== 'PROVENANCE.md') files.set(decodedName(stored), await materialize(stored, into));
  }
  return files;
}

/** Copies one corpus archive, by its decoded name, into `into` as `materializeCorpus` does; returns its path. */
export async function corpusArchive(into: string, name: string): Promise<string> {
  const stored = (await readdir(CORPUS_DIR)).find((candidate) => decodedName(candidate) === name);
  if (!stored) throw new Error(`the corpus has no archive ${name}`);
  return materialize(stored, into);
}

function decodedName(stored: string): string {
  return stored.replace(/\.(bz2|base64)$/, '');
}

async function materialize(stored: string, into: string): Promise<string> {
  const source = join(CORPUS_DIR, stored);
  const path = join(into, decodedName(stored));
  if (stored.endsWith('.bz2')) await writeFile(path, bunzip2(source));
  else if (stored.endsWith('.base64')) await writeFile(path, Buffer.from(await readFile(source, 'utf8'), 'base64'));
  else await copyFile(source, path);
  return path;
}

function bunzip2(path: string): Buffer {
  const options = { maxBuffer: 64 * 2 ** 20 };
  try {
    return execFileSync('bzip2', ['-dc', path], options);
  } catch {
    return execFileSync('python3', ['-c', 'import bz2,sys; sys.stdout.buffer.write(bz2.decompress(open(sys.argv[1],"rb").read()))', path], options);
  }
}
