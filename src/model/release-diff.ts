import { compareNodes, formatVersion, sameVersion, type Version } from '../formats/versions.js';
import type { Bundle, DigestName } from './model.js';

/** What a comparison keeps of one release: its version, the versions its notes list as earlier, its files' digests. */
export interface ReleaseSnapshot {
  readonly bundle: string;
  readonly version: Version | undefined;
  readonly history: readonly Version[];
  /** By comparison key (see `fileKey`): the file's path and digest. */
  readonly files: ReadonlyMap<string, { readonly path: string; readonly digest: string }>;
}

/** What changed between an earlier release and this one. */
export interface ReleaseDiff {
  /** The earlier bundle, as given. */
  readonly previous: string;
  readonly version: { readonly previous: string | undefined; readonly current: string | undefined };
  /** Paths in this bundle (added, changed) or in the earlier one (removed), in each bundle's order. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  /**
   * Whether this release's notes still list every release the earlier notes did, the earlier
   * release included: `missing` names those they dropped (the history must grow).
   */
  readonly history: { readonly kept: boolean; readonly missing: readonly string[] };
}

/** The digest files are compared by. */
export const DIFF_DIGEST: DigestName = 'sha1';
/** Files at most this deep are compared: the bundle's entries and those of the archives in it (documents, the installer's top). */
const MAX_DEPTH = 1;

/** The snapshot of a bundle read with `DIFF_DIGEST` of its files. */
export async function releaseSnapshot(bundle: Bundle): Promise<ReleaseSnapshot> {
  const { current, history } = await bundle.release();
  const version = current.version?.version;
  const files = new Map<string, { path: string; digest: string }>();
  for (const file of bundle.files) {
    const digest = file.digests?.[DIFF_DIGEST];
    if (file.directory || file.depth > MAX_DEPTH || digest === undefined) continue;
    files.set(fileKey(file.path, bundle.layout.rootFolder, version), { path: file.path, digest });
  }
  return { bundle: bundle.path, version, history: history.flatMap((release) => (release.version ? [release.version.version] : [])), files };
}

/**
 * A file's path as the same file would have it in another release: without the root folder,
 * the release's version (`3.2.1-4471`, `3.2.1`) written as `{version}`.
 */
function fileKey(path: string, rootFolder: string | undefined, version: Version | undefined): string {
  const relative = rootFolder && path.startsWith(rootFolder) ? path.slice(rootFolder.length) : path;
  if (!version) return relative;
  const spellings = [...new Set([version.build === undefined ? undefined : `${version.nodes.join('.')}-${version.build}`, version.nodes.join('.')])].filter((spelling) => spelling !== undefined);
  return spellings.reduce((key, spelling) => key.split(spelling).join('{version}'), relative);
}

export function compareReleases(current: ReleaseSnapshot, previous: ReleaseSnapshot): ReleaseDiff {
  const added: string[] = [];
  const changed: string[] = [];
  for (const [key, file] of current.files) {
    const before = previous.files.get(key);
    if (!before) added.push(file.path);
    else if (before.digest !== file.digest) changed.push(file.path);
  }
  const removed = [...previous.files].filter(([key]) => !current.files.has(key)).map(([, file]) => file.path);
  const listedBefore = [...(previous.version ? [previous.version] : []), ...previous.history];
  const missing = unique(listedBefore.filter((version) => !current.history.some((listed) => sameVersion(listed, version))));
  return {
    previous: previous.bundle,
    version: { previous: previous.version && formatVersion(previous.version), current: current.version && formatVersion(current.version) },
    added,
    removed,
    changed,
    history: { kept: missing.length === 0, missing: missing.map(formatVersion) },
  };
}

/** Versions once each (3.2 and 3.2.0 are one), newest first. */
function unique(versions: readonly Version[]): Version[] {
  const kept: Version[] = [];
  for (const version of versions) if (!kept.some((other) => compareNodes(other, version) === 0)) kept.push(version);
  return kept.sort((a, b) => compareNodes(b, a));
}
