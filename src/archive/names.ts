import { isUtf8 } from 'node:buffer';
import yauzl from 'yauzl';
import type { ExtraField } from 'yauzl';
import { joinPath, type ArchiveEvent, type NonportableNameProblem, type UnsafeNameProblem } from './events.js';

const UTF8_FLAG = 0x800;

/**
 * Decodes a zip entry name: the Info-ZIP Unicode Path field wins, then the UTF-8 flag
 * (general purpose bit 11), then, for unflagged names, UTF-8 when the bytes are valid UTF-8
 * (macOS Archive Utility writes UTF-8 without the flag), CP437 otherwise (APPNOTE 4.4.4).
 * Backslashes are kept so that the checks below see the name as written.
 */
export function decodeZipName(flags: number, raw: Buffer, extraFields: ExtraField[]): string {
  const utf8 = (flags & UTF8_FLAG) !== 0 || isUtf8(raw);
  return yauzl.getFileNameLowLevel(utf8 ? flags | UTF8_FLAG : flags, raw, extraFields, true);
}

/** Why extracting this name could write outside the target directory, if it could. */
export function unsafeNameProblem(name: string): UnsafeNameProblem | undefined {
  if (name === '') return 'empty';
  // C0 controls, DEL and C1 controls: NUL truncates names in C code, the rest hide in terminals.
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return 'control';
  // `/x`, `\x`, `\\host\x`, `C:\x`, and drive-relative `C:x`.
  if (/^[\\/]/.test(name) || /^[A-Za-z]:/.test(name)) return 'absolute';
  if (name.split(/[\\/]/).includes('..')) return 'parent';
  return undefined;
}

/** Why this (safe) name cannot be extracted as written on every platform, if it cannot. */
export function nonportableNameProblem(name: string): NonportableNameProblem | undefined {
  // APPNOTE 4.4.17.1: separators must be forward slashes; on Linux `a\b` is one odd file name.
  if (name.includes('\\')) return 'backslash';
  for (const segment of name.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (/[<>:"|?*]/.test(segment)) return 'reserved-character';
    if (/^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i.test(segment)) return 'reserved-name';
    if (/[. ]$/.test(segment)) return 'trailing-dot-or-space';
  }
  return undefined;
}

/** Reports a name that is unsafe to extract or, failing that, not portable. */
export function checkName(name: string, path: string, emit: (event: ArchiveEvent) => void): void {
  const unsafe = unsafeNameProblem(name);
  if (unsafe) {
    emit({ type: 'unsafe-name', path, problem: unsafe, header: 'central', name });
    return;
  }
  const nonportable = nonportableNameProblem(name);
  if (nonportable) emit({ type: 'nonportable-name', path, problem: nonportable, name });
}

/**
 * Reports files that land on the same path when extracted on a case-insensitive or
 * normalising file system (Windows, macOS); the first holder of a name wins. Directories
 * merge harmlessly and are left out. A name listed many times is one finding.
 */
export function reportCollisions(
  archivePath: string,
  entries: readonly { name: string; directory: boolean }[],
  emit: (event: ArchiveEvent) => void,
): void {
  const holders = new Map<string, string>();
  const reported = new Set<string>();
  for (const { name, directory } of entries) {
    if (directory) continue;
    const key = name.normalize('NFC').toLowerCase();
    const other = holders.get(key);
    if (other === undefined) {
      holders.set(key, name);
      continue;
    }
    if (reported.has(name)) continue;
    reported.add(name);
    const collision = other === name ? 'exact' : other.normalize('NFC') === name.normalize('NFC') ? 'normalization' : 'case';
    emit({ type: 'duplicate-name', path: joinPath(archivePath, name), other: joinPath(archivePath, other), collision });
  }
}
