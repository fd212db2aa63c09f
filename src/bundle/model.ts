import type { ArchiveEvent } from '../archive/events.js';

export type DigestName = 'md5' | 'sha1' | 'sha256';
export type Digests = Readonly<Partial<Record<DigestName, string>>>;

/** What the first bytes say a file is, whatever its name claims (`unknown`: its data was not read). */
export type ContentFormat =
  | 'unknown' | 'empty' | 'zip' | 'ooxml' | 'odf' | 'ar' | 'pdf' | 'ole2' | 'rtf' | 'html' | 'xml'
  | 'tar' | 'gzip' | 'bzip2' | 'xz' | '7z' | 'rar' | 'pe' | 'elf' | 'script' | 'text' | 'binary';

/** Document formats the documents layer reads; the name decides between siblings (md vs txt). */
export type DocumentFormat = 'pdf' | 'docx' | 'doc' | 'odt' | 'rtf' | 'html' | 'markdown' | 'text';

/**
 * The role a file plays in a release bundle, from its content and name (first match wins):
 * an ESXi depot (offline bundle or component), a VIB, another archive, an executable or
 * package installer, a checksum manifest, an EULA, open-source notices, another document.
 */
export type FileKind =
  | 'directory' | 'offline-bundle' | 'vib' | 'archive' | 'installer' | 'manifest'
  | 'eula' | 'license-notice' | 'document' | 'other';

export interface BundleFile {
  /** Path in the bundle; entries of nested archives are joined with `!/`. */
  readonly path: string;
  /** Name inside the archive that holds it. */
  readonly name: string;
  /** Path of the archive that holds it (`''`: the bundle itself). */
  readonly archivePath: string;
  /** Archives between the bundle and this file: 0 for the bundle's own entries. */
  readonly depth: number;
  readonly directory: boolean;
  readonly symlink: boolean;
  /** Size its headers declare. */
  readonly size: number;
  /** Present only when the data was read completely and matched its headers. */
  readonly digests: Digests | undefined;
  readonly format: ContentFormat;
  readonly kind: FileKind;
  /** Set for documents (including EULAs and notices): the parser the documents layer uses. */
  readonly documentFormat: DocumentFormat | undefined;
  /** The archive this file is, when it was opened. */
  readonly nested: BundleArchive | undefined;
  readonly modified: Date | undefined;
}

export interface BundleArchive {
  readonly path: string;
  readonly format: 'zip' | 'ar';
  readonly files: readonly BundleFile[];
}

/** What the run says about the release, beyond the bundle's bytes. */
export interface ReleaseContext {
  /** The date treated as today (`--now`). */
  readonly now: Date;
  /** Earlier released bundles of the same product (`--previous`), as given. */
  readonly previous: readonly string[];
}

/** The read-only view of one bundle that rules receive. */
export interface Bundle {
  /** The bundle's path as given on the command line. */
  readonly path: string;
  readonly size: number;
  /** Digests of the bundle file itself. */
  readonly digests: Digests;
  /** The bundle's own archive; undefined when it could not be opened at all. */
  readonly root: BundleArchive | undefined;
  /** Every entry at every depth, in reading order. */
  readonly files: readonly BundleFile[];
  /** Everything the safe reader noticed. */
  readonly events: readonly ArchiveEvent[];
  readonly context: ReleaseContext;
  file(path: string): BundleFile | undefined;
  /**
   * The bytes of a file that was read cleanly, read again through the safe reader (the seam
   * document extraction plugs into); rejects for files that were not, or are larger than `maxBytes`.
   */
  read(file: BundleFile, maxBytes: number): Promise<Buffer>;
}
