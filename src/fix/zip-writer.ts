import type { FileHandle } from 'node:fs/promises';
import zlib from 'node:zlib';
import { readAt } from '../archive/readers.js';
import { storedData } from '../archive/entry-data.js';
import { DEFLATED, STORED, type OpenZip, type ZipEntry } from '../archive/zip.js';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_RECORD = 0x02014b50;
const DATA_DESCRIPTOR = 0x08074b50;
const END_RECORD = 0x06054b50;
const ZIP64_END_RECORD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
/** Info-ZIP's Unicode path: it repeats the name, so a renamed entry drops it. */
const UNICODE_PATH_EXTRA = 0x7075;
const DATA_DESCRIPTOR_FLAG = 0x8;
const UTF8_FLAG = 0x800;
/** A 32-bit field at this value says "see the ZIP64 extra field". */
const ZIP32_MAX = 0xffffffff;
const ZIP16_MAX = 0xffff;
const UNIX_HOST = 3 << 8;
const VERSION_DEFAULT = 20;
const VERSION_ZIP64 = 45;

/** A new entry whose content, CRC-32 and sizes are known before it is written. */
export interface NewEntry {
  readonly name: string;
  readonly method: number;
  readonly crc32: number;
  readonly size: number;
  readonly compressedSize: number;
  /** MS-DOS time and date fields, as a neighbouring entry has them. */
  readonly dosTime: number;
  readonly dosDate: number;
  /** The entry's bytes as stored (compressed when `method` says so). */
  readonly data: () => AsyncIterable<Buffer>;
}

/** Bytes held in memory (a manifest, a document's part) as a new entry, deflated unless `method` says stored. */
export function bufferEntry(name: string, bytes: Buffer, method: number, time: { dosTime: number; dosDate: number }): NewEntry {
  const deflate = method === DEFLATED;
  const stored = deflate ? zlib.deflateRawSync(bytes) : bytes;
  return { name, method: deflate ? DEFLATED : STORED, crc32: zlib.crc32(bytes), size: bytes.length, compressedSize: stored.length, ...time, data: async function* () { yield stored; } };
}

/**
 * Writes a zip archive front to back into an open file: entries copied as they lie in another
 * zip (local header, compressed bytes and central record fields unchanged, so nothing is
 * inflated or recompressed), and new entries. ZIP64 fields are written wherever an offset, a
 * size or the entry count needs them, so multi-GB bundles copy whole.
 */
export class ZipWriter {
  private offset = 0;
  private readonly records: Buffer[] = [];

  constructor(private readonly handle: FileHandle) {}

  /** Copies `entry` of `zip` unchanged, or under `name` (a document moved into another archive). */
  async copy(zip: OpenZip, entry: ZipEntry, name?: string): Promise<void> {
    const { raw } = entry;
    const at = this.offset;
    const original = await readAt(zip.source.reader, raw.relativeOffsetOfLocalHeader, entry.dataStart! - raw.relativeOffsetOfLocalHeader);
    const renamed = name === undefined ? undefined : { bytes: Buffer.from(name, 'utf8'), utf8: !/^[\x00-\x7f]*$/.test(name) };
    const local = renamed ? renameLocalHeader(original, renamed.bytes, renamed.utf8) : original;
    await this.write(local);
    let copied = 0;
    for await (const chunk of await storedData(zip, entry)) {
      copied += (chunk as Buffer).length;
      await this.write(chunk as Buffer);
    }
    if (copied !== entry.compressedSize) throw new Error(`${entry.path} ended after ${copied} of its ${entry.compressedSize} bytes`);
    const flags = local.readUInt16LE(6);
    if (flags & DATA_DESCRIPTOR_FLAG) await this.write(dataDescriptor(raw.crc32, entry.compressedSize, entry.size, hasField(extraOf(local), ZIP64_EXTRA)));
    const extra = withoutFields(raw.extraFieldRaw, renamed ? [ZIP64_EXTRA, UNICODE_PATH_EXTRA] : [ZIP64_EXTRA]);
    this.records.push(
      centralRecord({
        versionMadeBy: raw.versionMadeBy,
        versionNeeded: raw.versionNeededToExtract,
        flags,
        method: raw.compressionMethod,
        dosTime: raw.lastModFileTime,
        dosDate: raw.lastModFileDate,
        crc32: raw.crc32,
        compressedSize: entry.compressedSize,
        size: entry.size,
        name: renamed?.bytes ?? raw.fileNameRaw,
        extra,
        comment: raw.fileCommentRaw,
        internalAttributes: raw.internalFileAttributes,
        externalAttributes: raw.externalFileAttributes,
        offset: at,
      }),
    );
  }

  /** Writes a new file entry (mode 0644). */
  async add(entry: NewEntry): Promise<void> {
    const at = this.offset;
    const name = Buffer.from(entry.name, 'utf8');
    const flags = /^[\x00-\x7f]*$/.test(entry.name) ? 0 : UTF8_FLAG;
    const zip64 = entry.size >= ZIP32_MAX || entry.compressedSize >= ZIP32_MAX;
    const version = zip64 ? VERSION_ZIP64 : VERSION_DEFAULT;
    const extra = zip64 ? zip64Field([entry.size, entry.compressedSize]) : Buffer.alloc(0);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(version, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(entry.method, 8);
    header.writeUInt16LE(entry.dosTime, 10);
    header.writeUInt16LE(entry.dosDate, 12);
    header.writeUInt32LE(entry.crc32 >>> 0, 14);
    header.writeUInt32LE(zip64 ? ZIP32_MAX : entry.compressedSize, 18);
    header.writeUInt32LE(zip64 ? ZIP32_MAX : entry.size, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(extra.length, 28);
    await this.write(Buffer.concat([header, name, extra]));
    let written = 0;
    for await (const chunk of entry.data()) {
      written += chunk.length;
      await this.write(chunk);
    }
    if (written !== entry.compressedSize) throw new Error(`${entry.name} gave ${written} bytes instead of ${entry.compressedSize}`);
    this.records.push(
      centralRecord({
        versionMadeBy: UNIX_HOST | VERSION_ZIP64,
        versionNeeded: version,
        flags,
        method: entry.method,
        dosTime: entry.dosTime,
        dosDate: entry.dosDate,
        crc32: entry.crc32,
        compressedSize: entry.compressedSize,
        size: entry.size,
        name,
        extra: Buffer.alloc(0),
        comment: Buffer.alloc(0),
        internalAttributes: 0,
        externalAttributes: (0o100644 << 16) >>> 0,
        offset: at,
      }),
    );
  }

  /** Writes the central directory and the end records; `comment` is the archive comment as stored. */
  async finish(comment: Buffer): Promise<void> {
    const start = this.offset;
    for (const record of this.records) await this.write(record);
    const size = this.offset - start;
    const count = this.records.length;
    if (count >= ZIP16_MAX || start >= ZIP32_MAX || size >= ZIP32_MAX) {
      const record = Buffer.alloc(56);
      record.writeUInt32LE(ZIP64_END_RECORD, 0);
      record.writeBigUInt64LE(44n, 4);
      record.writeUInt16LE(UNIX_HOST | VERSION_ZIP64, 12);
      record.writeUInt16LE(VERSION_ZIP64, 14);
      record.writeBigUInt64LE(BigInt(count), 24);
      record.writeBigUInt64LE(BigInt(count), 32);
      record.writeBigUInt64LE(BigInt(size), 40);
      record.writeBigUInt64LE(BigInt(start), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(ZIP64_LOCATOR, 0);
      locator.writeBigUInt64LE(BigInt(this.offset), 8);
      locator.writeUInt32LE(1, 16);
      await this.write(Buffer.concat([record, locator]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_RECORD, 0);
    end.writeUInt16LE(Math.min(count, ZIP16_MAX), 8);
    end.writeUInt16LE(Math.min(count, ZIP16_MAX), 10);
    end.writeUInt32LE(Math.min(size, ZIP32_MAX), 12);
    end.writeUInt32LE(Math.min(start, ZIP32_MAX), 16);
    end.writeUInt16LE(comment.length, 20);
    await this.write(Buffer.concat([end, comment]));
  }

  private async write(bytes: Buffer): Promise<void> {
    let done = 0;
    while (done < bytes.length) done += (await this.handle.write(bytes, done, bytes.length - done)).bytesWritten;
    this.offset += bytes.length;
  }
}

interface CentralFields {
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  dosTime: number;
  dosDate: number;
  crc32: number;
  compressedSize: number;
  size: number;
  name: Buffer;
  extra: Buffer;
  comment: Buffer;
  internalAttributes: number;
  externalAttributes: number;
  offset: number;
}

/** A central directory record; values past 32 bits go into a ZIP64 field, in the order the format sets. */
function centralRecord(fields: CentralFields): Buffer {
  const large = [fields.size, fields.compressedSize, fields.offset].filter((value) => value >= ZIP32_MAX);
  const extra = large.length > 0 ? Buffer.concat([zip64Field(large), fields.extra]) : fields.extra;
  const record = Buffer.alloc(46);
  record.writeUInt32LE(CENTRAL_RECORD, 0);
  record.writeUInt16LE(fields.versionMadeBy, 4);
  record.writeUInt16LE(large.length > 0 ? Math.max(fields.versionNeeded, VERSION_ZIP64) : fields.versionNeeded, 6);
  record.writeUInt16LE(fields.flags, 8);
  record.writeUInt16LE(fields.method, 10);
  record.writeUInt16LE(fields.dosTime, 12);
  record.writeUInt16LE(fields.dosDate, 14);
  record.writeUInt32LE(fields.crc32 >>> 0, 16);
  record.writeUInt32LE(Math.min(fields.compressedSize, ZIP32_MAX), 20);
  record.writeUInt32LE(Math.min(fields.size, ZIP32_MAX), 24);
  record.writeUInt16LE(fields.name.length, 28);
  record.writeUInt16LE(extra.length, 30);
  record.writeUInt16LE(fields.comment.length, 32);
  record.writeUInt16LE(fields.internalAttributes, 36);
  record.writeUInt32LE(fields.externalAttributes >>> 0, 38);
  record.writeUInt32LE(Math.min(fields.offset, ZIP32_MAX), 42);
  return Buffer.concat([record, fields.name, extra, fields.comment]);
}

function zip64Field(values: readonly number[]): Buffer {
  const field = Buffer.alloc(4 + 8 * values.length);
  field.writeUInt16LE(ZIP64_EXTRA, 0);
  field.writeUInt16LE(8 * values.length, 2);
  values.forEach((value, index) => field.writeBigUInt64LE(BigInt(value), 4 + 8 * index));
  return field;
}

function dataDescriptor(crc32: number, compressedSize: number, size: number, zip64: boolean): Buffer {
  const descriptor = Buffer.alloc(zip64 ? 24 : 16);
  descriptor.writeUInt32LE(DATA_DESCRIPTOR, 0);
  descriptor.writeUInt32LE(crc32 >>> 0, 4);
  if (zip64) {
    descriptor.writeBigUInt64LE(BigInt(compressedSize), 8);
    descriptor.writeBigUInt64LE(BigInt(size), 16);
  } else {
    descriptor.writeUInt32LE(compressedSize, 8);
    descriptor.writeUInt32LE(size, 12);
  }
  return descriptor;
}

/** The local header with another name: the UTF-8 flag set to match, the Unicode path field dropped. */
function renameLocalHeader(header: Buffer, name: Buffer, utf8: boolean): Buffer {
  const fixed = Buffer.from(header.subarray(0, 30));
  const extra = withoutFields(extraOf(header), [UNICODE_PATH_EXTRA]);
  const flags = fixed.readUInt16LE(6);
  fixed.writeUInt16LE(utf8 ? flags | UTF8_FLAG : flags & ~UTF8_FLAG, 6);
  fixed.writeUInt16LE(name.length, 26);
  fixed.writeUInt16LE(extra.length, 28);
  return Buffer.concat([fixed, name, extra]);
}

function extraOf(localHeader: Buffer): Buffer {
  return localHeader.subarray(30 + localHeader.readUInt16LE(26));
}

/** The fields of an extra block, each as its header and data bytes. */
function* fieldsOf(extra: Buffer): Generator<{ id: number; bytes: Buffer }> {
  for (let at = 0; at + 4 <= extra.length; ) {
    const end = Math.min(extra.length, at + 4 + extra.readUInt16LE(at + 2));
    yield { id: extra.readUInt16LE(at), bytes: extra.subarray(at, end) };
    at = end;
  }
}

function hasField(extra: Buffer, id: number): boolean {
  return [...fieldsOf(extra)].some((field) => field.id === id);
}

function withoutFields(extra: Buffer, ids: readonly number[]): Buffer {
  return Buffer.concat([...fieldsOf(extra)].filter((field) => !ids.includes(field.id)).map((field) => field.bytes));
}
