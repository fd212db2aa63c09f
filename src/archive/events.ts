import type { LimitName } from './limits.js';

/**
 * Everything the safe reader notices while reading a bundle, as plain data.
 * `path` is where it happened, in bundle path space: entries of nested archives are
 * joined with `!/`, and `''` is the bundle itself. The `archive/*` rules turn these into findings.
 */
export type ArchiveEvent =
  /** The archive as a whole, or the rest of its directory, could not be read. */
  | { type: 'unreadable'; path: string; reason: string }
  /** One entry's headers are broken, so its data cannot be located. */
  | { type: 'entry-unreadable'; path: string; reason: string }
  | { type: 'unsupported-method'; path: string; method: number }
  | { type: 'encrypted'; path: string; scheme: EncryptionScheme }
  | { type: 'crc-mismatch'; path: string; declared: number; actual: number }
  /** `actual` is a lower bound when `exceeded` (reading stopped once the declared size was passed). */
  | { type: 'size-mismatch'; path: string; declared: number; actual: number; exceeded: boolean }
  | { type: 'stored-size-mismatch'; path: string; compressedSize: number; size: number }
  | { type: 'corrupt-data'; path: string; reason: string }
  | { type: 'unsafe-name'; path: string; problem: UnsafeNameProblem; header: 'central' | 'local'; name: string }
  | { type: 'nonportable-name'; path: string; problem: NonportableNameProblem; name: string }
  | { type: 'duplicate-name'; path: string; other: string; collision: 'exact' | 'case' | 'normalization' }
  | { type: 'symlink'; path: string; target: string | undefined }
  /** `scope`: what exceeded the limit, the file at `path`, the archive at `path`, or the bundle (stopped at `path`). */
  | { type: 'limit'; path: string; limit: LimitName; scope: 'entry' | 'archive' | 'bundle'; actual: number; max: number }
  | { type: 'overlap'; path: string; entries: number; first: string; second: string }
  | { type: 'trailing-data'; path: string; bytes: number };

export type EncryptionScheme = 'zipcrypto' | 'winzip-aes' | 'pkware-strong';
export type UnsafeNameProblem = 'absolute' | 'parent' | 'control' | 'empty';
export type NonportableNameProblem = 'backslash' | 'reserved-character' | 'reserved-name' | 'trailing-dot-or-space';

export type ArchiveEventType = ArchiveEvent['type'];
export type EventOf<T extends ArchiveEventType> = Extract<ArchiveEvent, { type: T }>;

/** Joins an entry name onto the path of the archive that holds it. */
export function joinPath(archivePath: string, name: string): string {
  return archivePath === '' ? name : `${archivePath}!/${name}`;
}
