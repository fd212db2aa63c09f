import yauzl from 'yauzl';
import { findEndRecord } from './end-record.js';
import { joinPath, type ArchiveEvent, type EncryptionScheme } from './events.js';
import type { Budget } from './budget.js';
import { checkName, decodeZipName, reportCollisions, unsafeNameProblem } from './names.js';
import { SliceReader, type Source } from './readers.js';

const ENCRYPTED_FLAG = 0x1;
const STRONG_ENCRYPTION_FLAG = 0x40;
const WINZIP_AES_METHOD = 99;
/** `versionMadeBy` host systems whose external attributes carry a Unix mode: Unix, OS X. */
const UNIX_HOSTS = new Set([3, 19]);
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

export const STORED = 0;
export const DEFLATED = 8;

/** One central directory record, decoded and checked. */
export interface ZipEntry {
  readonly raw: yauzl.Entry;
  readonly name: string;
  readonly path: string;
  readonly directory: boolean;
  readonly symlink: boolean;
  readonly encryption: EncryptionScheme | undefined;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly crc32: number;
  readonly modified: Date | undefined;
  /** Where the entry's data starts; undefined when its local header could not be read. */
  dataStart: number | undefined;
  /** The data must not be read: encrypted, undecodable, inconsistent, unlocatable or overlapping. */
  skip: boolean;
}

export interface OpenZip {
  readonly zipfile: yauzl.ZipFile;
  readonly source: Source;
  /** Every entry listed, in the order their data lies in the archive. */
  readonly entries: readonly ZipEntry[];
}

/**
 * Opens a zip through yauzl and runs our own checks on its directory: names (decoded and
 * validated here, so every bad name is reported instead of failing the archive), collisions,
 * encryption, symlinks, stored sizes, local headers and overlapping data.
 * Returns undefined when not even the directory could be opened.
 */
export async function openZip(
  source: Source,
  archivePath: string,
  budget: Budget,
  emit: (event: ArchiveEvent) => void,
): Promise<OpenZip | undefined> {
  const end = await findEndRecord(source);
  if (!end.found) {
    emit({ type: 'unreadable', path: archivePath, reason: 'no end of central directory record: not a zip archive, or truncated' });
    return undefined;
  }
  if (end.trailingBytes > 0) emit({ type: 'trailing-data', path: archivePath, bytes: end.trailingBytes });
  const reader = end.trailingBytes > 0 ? new SliceReader(source.reader, 0, end.zipSize) : source.reader;
  let zipfile: yauzl.ZipFile;
  try {
    zipfile = await yauzl.fromRandomAccessReaderPromise(reader, end.zipSize, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      // Size checks are ours: yauzl's stored-size check would abandon the whole directory.
      validateEntrySizes: false,
    });
  } catch (error) {
    emit({ type: 'unreadable', path: archivePath, reason: describeError(error) });
    return undefined;
  }
  const records = await listRecords(zipfile, archivePath, budget, emit);
  const entries = records.map((raw) => decodeEntry(raw, archivePath, emit));
  reportCollisions(archivePath, entries, emit);
  await locateData(zipfile, entries, emit);
  reportOverlaps(entries, archivePath, emit);
  return { zipfile, source: { reader, size: end.zipSize }, entries };
}

async function listRecords(
  zipfile: yauzl.ZipFile,
  archivePath: string,
  budget: Budget,
  emit: (event: ArchiveEvent) => void,
): Promise<yauzl.Entry[]> {
  const records: yauzl.Entry[] = [];
  return new Promise((resolve) => {
    zipfile.on('entry', (entry: yauzl.Entry) => {
      if (!budget.countEntry(archivePath, emit)) return resolve(records);
      records.push(entry);
      zipfile.readEntry();
    });
    zipfile.on('end', () => resolve(records));
    zipfile.on('error', (error: unknown) => {
      const at = `central directory record ${records.length + 1} of ${zipfile.entryCount}`;
      if (describeError(error) === 'strong encryption is not supported') {
        emit({ type: 'encrypted', path: archivePath, scheme: 'pkware-strong' });
        if (zipfile.entryCount > records.length + 1) {
          emit({ type: 'unreadable', path: archivePath, reason: `${at} uses PKWARE strong encryption, so the records after it cannot be listed` });
        }
      } else {
        emit({ type: 'unreadable', path: archivePath, reason: `${at}: ${describeError(error)}` });
      }
      resolve(records);
    });
    zipfile.readEntry();
  });
}

function decodeEntry(raw: yauzl.Entry, archivePath: string, emit: (event: ArchiveEvent) => void): ZipEntry {
  const name = decodeZipName(raw.generalPurposeBitFlag, raw.fileNameRaw, raw.extraFields);
  const path = joinPath(archivePath, name);
  checkName(name, path, emit);

  const mode = UNIX_HOSTS.has(raw.versionMadeBy >>> 8) ? raw.externalFileAttributes >>> 16 : 0;
  const symlink = (mode & S_IFMT) === S_IFLNK;
  const encryption = encryptionOf(raw);
  const directory = name.endsWith('/') || name.endsWith('\\');
  const problem = dataProblem(raw, path, encryption);
  if (problem) emit(problem);
  return {
    raw,
    name,
    path,
    directory,
    symlink,
    encryption,
    method: raw.compressionMethod,
    compressedSize: raw.compressedSize,
    size: raw.uncompressedSize,
    crc32: raw.crc32,
    modified: modifiedDate(raw),
    dataStart: undefined,
    skip: problem !== undefined,
  };
}

/** Why the central directory alone says the data cannot be read, if it does. */
function dataProblem(raw: yauzl.Entry, path: string, encryption: EncryptionScheme | undefined): ArchiveEvent | undefined {
  if (encryption) return { type: 'encrypted', path, scheme: encryption };
  if (raw.compressionMethod !== STORED && raw.compressionMethod !== DEFLATED) return { type: 'unsupported-method', path, method: raw.compressionMethod };
  if (raw.compressionMethod === STORED && raw.compressedSize !== raw.uncompressedSize) {
    return { type: 'stored-size-mismatch', path, compressedSize: raw.compressedSize, size: raw.uncompressedSize };
  }
  return undefined;
}

function encryptionOf(raw: yauzl.Entry): EncryptionScheme | undefined {
  if ((raw.generalPurposeBitFlag & ENCRYPTED_FLAG) === 0) return undefined;
  if (raw.compressionMethod === WINZIP_AES_METHOD) return 'winzip-aes';
  if (raw.generalPurposeBitFlag & STRONG_ENCRYPTION_FLAG) return 'pkware-strong';
  return 'zipcrypto';
}

function modifiedDate(raw: yauzl.Entry): Date | undefined {
  const date = raw.getLastModDate({ timezone: 'UTC' });
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Reads every local header in directory order, which finds where each entry's data starts,
 * checks that it lies inside the archive, and validates the local copy of the name, which
 * streaming extractors use instead of the central one.
 */
async function locateData(zipfile: yauzl.ZipFile, entries: ZipEntry[], emit: (event: ArchiveEvent) => void): Promise<void> {
  for (const entry of entries) {
    try {
      const header = await zipfile.readLocalFileHeaderPromise(entry.raw);
      entry.dataStart = header.fileDataStart;
      const localName = decodeZipName(header.generalPurposeBitFlag, header.fileName, safeExtraFields(header.extraField));
      const problem = localName === entry.name ? undefined : unsafeNameProblem(localName);
      if (problem) emit({ type: 'unsafe-name', path: entry.path, problem, header: 'local', name: localName });
    } catch (error) {
      // An entry already reported (encrypted, bad sizes) is not read anyway: one finding is enough.
      if (!entry.skip) emit({ type: 'entry-unreadable', path: entry.path, reason: describeError(error) });
      entry.skip = true;
    }
  }
  entries.sort((a, b) => a.raw.relativeOffsetOfLocalHeader - b.raw.relativeOffsetOfLocalHeader);
}

function safeExtraFields(extra: Buffer): yauzl.ExtraField[] {
  try {
    return yauzl.parseExtraFields(extra);
  } catch {
    return [];
  }
}

/**
 * Entries whose bytes overlap another's (two records pointing into the same data) are how
 * an overlapped-entry bomb multiplies a few KB into GBs: none of their data is read.
 */
function reportOverlaps(entries: readonly ZipEntry[], archivePath: string, emit: (event: ArchiveEvent) => void): void {
  const overlapping = new Set<ZipEntry>();
  let furthest: ZipEntry | undefined;
  let furthestEnd = 0;
  let firstPair: [ZipEntry, ZipEntry] | undefined;
  for (const entry of entries) {
    if (entry.dataStart === undefined) continue;
    const start = entry.raw.relativeOffsetOfLocalHeader;
    if (furthest && start < furthestEnd) {
      overlapping.add(furthest).add(entry);
      firstPair ??= [furthest, entry];
    }
    const end = entry.dataStart + entry.compressedSize;
    if (end > furthestEnd) {
      furthestEnd = end;
      furthest = entry;
    }
  }
  if (!firstPair) return;
  for (const entry of overlapping) entry.skip = true;
  emit({ type: 'overlap', path: archivePath, entries: overlapping.size, first: firstPair[0].name, second: firstPair[1].name });
}

/** yauzl's messages are already lower-case facts; keep them, minus trailing punctuation. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/[.\s]+$/, '');
}
