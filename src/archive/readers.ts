import fs from 'node:fs';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';

/**
 * Read size for sequential streams: large enough to keep hashing, not syscalls, the bottleneck.
 * 2 MiB rather than 1 MiB: half the reads, ring copies, thread messages and zlib callbacks per
 * byte took 4-8% off the CPU of the 1 GiB-payload bench for 5-10 MB more peak RSS (README, Performance).
 */
export const CHUNK_BYTES = 2 << 20;
const BLOCK_BYTES = 64 << 10;
const CACHED_BLOCKS = 4;

type ReadCallback = (err: Error | null, bytesRead?: number) => void;

/** Random access to the bytes of one archive, whatever holds them. */
export interface Source {
  readonly reader: yauzl.RandomAccessReader;
  readonly size: number;
}

/**
 * A file opened by the caller, read through its descriptor. Closing it is the caller's job,
 * so neither yauzl's reference counting nor a destroyed stream closes a descriptor that other
 * archives still read (fs.ReadStream closes its fd on destroy(), whatever autoClose says).
 */
export class FileReader extends yauzl.RandomAccessReader {
  /** Recently read blocks: directory records and local headers come as many small reads in order. */
  private readonly blocks: { start: number; bytes: Buffer }[] = [];

  constructor(private readonly fd: number) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return new RangeStream(this.fd, start, end);
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: ReadCallback): void {
    const unreachable = outOfReach(position, length);
    if (unreachable) {
      setImmediate(callback, unreachable);
      return;
    }
    if (length > BLOCK_BYTES / 2) {
      fs.read(this.fd, buffer, offset, length, position, (err, bytesRead) => callback(err, bytesRead));
      return;
    }
    const block = this.blocks.find((cached) => position >= cached.start && position + length <= cached.start + cached.bytes.length);
    if (block) {
      const copied = block.bytes.copy(buffer, offset, position - block.start, position - block.start + length);
      setImmediate(callback, null, copied);
      return;
    }
    const bytes = Buffer.allocUnsafe(BLOCK_BYTES);
    fs.read(this.fd, bytes, 0, BLOCK_BYTES, position, (err, bytesRead) => {
      if (err) return callback(err);
      this.blocks.unshift({ start: position, bytes: bytes.subarray(0, bytesRead) });
      this.blocks.length = Math.min(this.blocks.length, CACHED_BLOCKS);
      const copied = bytes.copy(buffer, offset, 0, Math.min(length, bytesRead));
      callback(null, copied);
    });
  }

  override close(callback: (err: Error | null) => void): void {
    callback(null);
  }
}

/** Positional reads of [start, end) of a descriptor it does not own; ends early at end of file. */
class RangeStream extends Readable {
  constructor(
    private readonly fd: number,
    private position: number,
    private readonly end: number,
  ) {
    super({ highWaterMark: CHUNK_BYTES });
  }

  override _read(): void {
    const length = Math.min(CHUNK_BYTES, this.end - this.position);
    if (length <= 0) {
      this.push(null);
      return;
    }
    const unreachable = outOfReach(this.position, length);
    if (unreachable) {
      this.destroy(unreachable);
      return;
    }
    const buffer = Buffer.allocUnsafe(length);
    fs.read(this.fd, buffer, 0, length, this.position, (error, bytesRead) => {
      if (this.destroyed) return;
      if (error) {
        this.destroy(error);
        return;
      }
      this.position += bytesRead;
      this.push(bytesRead === 0 ? null : buffer.subarray(0, bytesRead));
    });
  }
}

/** A window onto a parent reader: a stored archive read in place inside the archive that holds it. */
export class SliceReader extends yauzl.RandomAccessReader {
  constructor(
    private readonly parent: yauzl.RandomAccessReader,
    private readonly base: number,
    private readonly size: number,
  ) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return this.parent._readStreamForRange(this.base + start, this.base + Math.min(end, this.size));
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: ReadCallback): void {
    // Never let a read run past the window into the parent's following bytes.
    const available = Math.max(0, Math.min(length, this.size - position));
    if (available === 0) {
      setImmediate(callback, null, 0);
      return;
    }
    this.parent.read(buffer, offset, available, this.base + position, callback as (err: Error | null) => void);
  }

  override close(callback: (err: Error | null) => void): void {
    callback(null);
  }
}

/** Bytes already in memory: a small deflated archive inflated out of its parent. */
export class BufferReader extends yauzl.RandomAccessReader {
  constructor(private readonly buffer: Buffer) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const bytes = this.buffer.subarray(start, end);
    return Readable.from(chunksOf(bytes), { objectMode: false });
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: ReadCallback): void {
    const unreachable = outOfReach(position, length);
    if (unreachable) {
      setImmediate(callback, unreachable);
      return;
    }
    const copied = position < this.buffer.length ? this.buffer.copy(buffer, offset, position, Math.min(position + length, this.buffer.length)) : 0;
    setImmediate(callback, null, copied);
  }

  override close(callback: (err: Error | null) => void): void {
    callback(null);
  }
}

function* chunksOf(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
}

/**
 * Offsets come from headers, and hostile ZIP64 headers give offsets no file can reach (past
 * 2^53, negative once added up): refused as an error the reader reports, never thrown from fs.
 */
function outOfReach(position: number, length: number): Error | undefined {
  if (Number.isSafeInteger(position) && position >= 0 && Number.isSafeInteger(position + length)) return undefined;
  return new Error(`a header points at offset ${position}, beyond any file`);
}

/** Reads exactly `length` bytes at `position`, or fewer at the end of the source. */
export function readAt(reader: yauzl.RandomAccessReader, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  return new Promise((resolve, reject) => {
    (reader.read as (b: Buffer, o: number, l: number, p: number, cb: ReadCallback) => void)(
      buffer, 0, length, position, (err, bytesRead) => (err ? reject(err) : resolve(buffer.subarray(0, bytesRead ?? 0))),
    );
  });
}
