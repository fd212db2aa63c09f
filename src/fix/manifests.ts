import { posix } from 'node:path';
import { formatManifestLine, type ManifestAlgorithm, type ManifestForm } from '../formats/manifests.js';
import type { Digests, Manifest } from '../model/model.js';

/** A file the fixed bundle delivers at its top, with its digests as it will be. */
export interface DeliveredFile {
  /** Path in the bundle (no `!/`: a top-level file). */
  readonly path: string;
  readonly digests: Digests;
}

/** What becomes of one top-level manifest: kept as it is, rewritten with these lines, or removed (nothing left to list). */
export type ManifestOutcome =
  | { readonly action: 'keep'; readonly manifest: Manifest }
  | { readonly action: 'rewrite' | 'remove'; readonly manifest: Manifest; readonly text: string; readonly files: number };

/** A manifest the bundle lacked, for an algorithm no manifest carried. */
export interface NewManifest {
  readonly path: string;
  readonly text: string;
  readonly files: number;
}

/** Files no manifest can list: they lie outside the folders of the manifests of an algorithm. */
export interface Unlistable {
  readonly path: string;
  readonly algorithm: ManifestAlgorithm;
}

/** The form a bundle without manifests gets: what `md5sum * > MD5SUMS` writes. */
const GNU_FORM: ManifestForm = { style: 'gnu', upperCase: false, crlf: false };
const REQUIRED: readonly ManifestAlgorithm[] = ['md5', 'sha1'];
/** Algorithms whose digests the model computes, so their lines can be written afresh. */
const COMPUTED = new Set<string>(['md5', 'sha1', 'sha256']);

/**
 * Regenerates the top-level manifests over the files the fixed bundle delivers: each keeps its
 * place, name, form and the names its lines give, with fresh digests; lines of files no longer
 * delivered go; a delivered file no manifest of an algorithm lists is added to the manifest of
 * that algorithm listing most files whose folder holds it; an MD5 or SHA-1 manifest the bundle
 * lacks is made beside one of the other algorithm, named and written like it (GNU `MD5SUMS` and
 * `SHA1SUMS` in the root folder when there is none). A manifest whose lines stay as they were is kept byte for byte.
 */
export function regenerateManifests(
  manifests: readonly Manifest[],
  delivered: readonly DeliveredFile[],
  rootFolder: string,
): { outcomes: ManifestOutcome[]; created: NewManifest[]; unlistable: Unlistable[] } {
  const byPath = new Map(delivered.map((file) => [file.path, file]));
  const kept = manifests.map((manifest) => ({
    manifest,
    lines: manifest.entries.filter((entry) => entry.target && byPath.has(entry.target.path)).map((entry) => ({ algorithm: entry.algorithm, name: entry.name, path: entry.target!.path, digest: entry.digest })),
  }));
  const unlistable: Unlistable[] = [];
  const created: NewManifest[] = [];
  const algorithms = [...new Set([...REQUIRED, ...manifests.flatMap((manifest) => manifest.algorithms)])].filter((algorithm) => COMPUTED.has(algorithm));
  for (const algorithm of algorithms) {
    const carriers = kept.filter(({ manifest }) => manifest.algorithms.includes(algorithm));
    const listed = new Set(carriers.flatMap(({ lines }) => lines.filter((line) => line.algorithm === algorithm).map((line) => line.path)));
    const unlisted = delivered.filter((file) => !listed.has(file.path));
    if (carriers.length === 0) {
      if (!REQUIRED.includes(algorithm)) continue;
      const made = newManifest(algorithm, kept.map(({ manifest }) => manifest), rootFolder, unlisted, unlistable);
      if (made) created.push(made);
      continue;
    }
    for (const file of unlisted) {
      const holders = carriers.filter(({ manifest }) => isUnder(file.path, folderOf(manifest.file.path)));
      const chosen = holders.sort((a, b) => countOf(b.lines, algorithm) - countOf(a.lines, algorithm))[0];
      if (!chosen) unlistable.push({ path: file.path, algorithm });
      else chosen.lines.push({ algorithm, name: posix.relative(folderOf(chosen.manifest.file.path), file.path), path: file.path, digest: '' });
    }
  }
  const outcomes = kept.map(({ manifest, lines }): ManifestOutcome => {
    const fresh = lines.map((line) => ({ ...line, digest: byPath.get(line.path)!.digests[line.algorithm as 'md5'] ?? line.digest }));
    const same = manifest.problems.length === 0 && !manifest.moreProblems && !manifest.stoppedAt && fresh.length === manifest.entries.length && fresh.every((line, index) => line.digest === manifest.entries[index]!.digest);
    if (same) return { action: 'keep', manifest };
    const text = render(manifest.form ?? GNU_FORM, fresh);
    return { action: fresh.length === 0 ? 'remove' : 'rewrite', manifest, text, files: new Set(fresh.map((line) => line.path)).size };
  });
  return { outcomes, created, unlistable };
}

/** The manifest of `algorithm` a bundle lacks, beside and like one of another algorithm, or GNU in the root folder. */
function newManifest(algorithm: ManifestAlgorithm, manifests: readonly Manifest[], rootFolder: string, files: readonly DeliveredFile[], unlistable: Unlistable[]): NewManifest | undefined {
  const model = manifests.find((manifest) => manifest.algorithms.length === 1 && REQUIRED.includes(manifest.algorithms[0]!));
  const folder = model ? folderOf(model.file.path) : rootFolder.replace(/\/$/, '');
  const name = model ? analogousName(posix.basename(model.file.path), model.algorithms[0]!, algorithm) : `${algorithm.toUpperCase()}SUMS`;
  const listed = files.filter((file) => isUnder(file.path, folder));
  for (const file of files) if (!listed.includes(file)) unlistable.push({ path: file.path, algorithm });
  if (listed.length === 0) return undefined;
  const lines = listed.map((file) => ({ algorithm, name: posix.relative(folder, file.path), digest: file.digests[algorithm as 'md5']! }));
  return { path: folder ? `${folder}/${name}` : name, text: render(model?.form ?? GNU_FORM, lines), files: listed.length };
}

/** `MD5SUMS` → `SHA1SUMS`, `md5sum.txt` → `sha1sum.txt`, `x.zip.md5` → `x.zip.sha1`: the name with its algorithm swapped, in its case. */
function analogousName(name: string, from: ManifestAlgorithm, to: ManifestAlgorithm): string {
  return name.replace(new RegExp(from, 'i'), (found) => (found === found.toUpperCase() ? to.toUpperCase() : to));
}

function render(form: ManifestForm, lines: readonly { algorithm: ManifestAlgorithm; name: string; digest: string }[]): string {
  const end = form.crlf ? '\r\n' : '\n';
  return lines.map((line) => `${formatManifestLine(form, line.algorithm, line.digest, line.name)}${end}`).join('');
}

function countOf(lines: readonly { algorithm: ManifestAlgorithm }[], algorithm: ManifestAlgorithm): number {
  return lines.filter((line) => line.algorithm === algorithm).length;
}

/** The folder of a top-level path, `''` for the top. */
function folderOf(path: string): string {
  const folder = posix.dirname(path);
  return folder === '.' ? '' : folder;
}

function isUnder(path: string, folder: string): boolean {
  return folder === '' || path.startsWith(`${folder}/`);
}
