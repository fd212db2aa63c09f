import { open, rm, type FileHandle } from 'node:fs/promises';
import zlib from 'node:zlib';
import type { Budget } from '../archive/budget.js';
import { withinInflateLimits, type ChunkSink } from '../archive/entry-data.js';
import type { ArchiveEvent } from '../archive/events.js';
import { BufferReader, CHUNK_BYTES, FileReader, type Source } from '../archive/readers.js';
import { newTempFile, tempStorageError } from '../archive/temp.js';
import { HEAD_BYTES } from './classify.js';
import { runningDigests, type RunningDigests } from './digests.js';
import { ManifestParser, type ManifestAllowance, type ParsedManifest } from '../formats/manifests.js';
import type { DigestName, Digests } from '../formats/digests.js';

/** What happens to a file's bytes besides hashing, chosen once its first bytes are known. */
export interface Consumer extends ChunkSink {
  /** All bytes were delivered and verified. */
  finish(): Promise<void>;
  /** Reading stopped early or the bytes failed verification: drop what was gathered. */
  abandon(): Promise<void>;
}

/**
 * Receives one file's verified bytes once: feeds every digest, keeps the first bytes for
 * sniffing, and hands the stream to a consumer (a nested archive's parser or capture)
 * chosen from those first bytes.
 */
export class ContentSink implements ChunkSink {
  private readonly hashes: RunningDigests;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private decided = false;
  private consumer: Consumer | undefined;
  head: Buffer = Buffer.alloc(0);

  /** `expectedBytes`, the size its header declares, only decides where it is hashed. */
  constructor(
    digests: readonly DigestName[],
    expectedBytes: number,
    private readonly choose: (head: Buffer) => Consumer | undefined,
  ) {
    this.hashes = runningDigests(digests, expectedBytes);
  }

  async write(chunk: Buffer): Promise<void> {
    await this.hashes.update(chunk);
    if (this.decided) {
      await this.consumer?.write(chunk);
      return;
    }
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= HEAD_BYTES) await this.decide();
  }

  /**
   * Ends the file; returns its digests when `complete`, after the consumer is done. Bytes that
   * failed verification are never handed to a consumer that has not started yet.
   */
  async end(complete: boolean): Promise<Digests | undefined> {
    if (!complete) {
      this.hashes.discard();
      await this.consumer?.abandon();
      return undefined;
    }
    if (!this.decided) await this.decide();
    await this.consumer?.finish();
    return this.hashes.hex();
  }

  private async decide(): Promise<void> {
    this.decided = true;
    // One chunk is handed on as it is, not copied: the CRC memo and the hash rings know its memory.
    const start = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.head = Buffer.from(start.subarray(0, HEAD_BYTES));
    this.consumer = this.choose(this.head);
    if (this.consumer && start.length > 0) await this.consumer.write(start);
  }
}

/** Memory that can be taken and given back. */
export interface Allowance {
  take(bytes: number): boolean;
  release(bytes: number): void;
}

/** Bytes that may be held in memory at once; past it, holders spill to disk or drop what they held. */
export class MemoryAllowance implements Allowance {
  private held = 0;
  /** The most held at once, for diagnostics and tests. */
  peak = 0;

  constructor(readonly bytes: number) {}

  take(bytes: number): boolean {
    if (this.held + bytes > this.bytes) return false;
    this.held += bytes;
    this.peak = Math.max(this.peak, this.held);
    return true;
  }

  release(bytes: number): void {
    this.held -= bytes;
  }

  /** One bundle's share of this allowance: everything it still holds is given back when it closes. */
  share(): MemoryShare {
    return new MemoryShare(this);
  }
}

export class MemoryShare implements Allowance {
  private held = 0;

  constructor(private readonly from: Allowance) {}

  take(bytes: number): boolean {
    if (!this.from.take(bytes)) return false;
    this.held += bytes;
    return true;
  }

  release(bytes: number): void {
    this.from.release(bytes);
    this.held -= bytes;
  }

  close(): void {
    this.from.release(this.held);
    this.held = 0;
  }
}

/**
 * What the bundles of one run, read at once (`--jobs`), may hold in memory together: inflated
 * nested archives (past it, spilled to the temp dir), kept XML metadata and documents kept from
 * the read pass (past it, read again when parsed).
 */
export interface RunMemory {
  readonly nested: MemoryAllowance;
  readonly kept: MemoryAllowance;
  readonly documents: MemoryAllowance;
}

export function runMemory(bytes: { nested?: number; kept?: number; documents?: number } = {}): RunMemory {
  return {
    nested: new MemoryAllowance(bytes.nested ?? 64 * 2 ** 20),
    kept: new MemoryAllowance(bytes.kept ?? 64 * 2 ** 20),
    documents: new MemoryAllowance(bytes.documents ?? 16 * 2 ** 20),
  };
}

/**
 * Gathers a deflated nested archive so it can be read at random: in memory while the
 * allowance lasts, then in a temp file. `source` is set once it finished.
 */
export class ArchiveCapture implements Consumer {
  private chunks: Buffer[] = [];
  private size = 0;
  private spill: { handle: FileHandle; path: string } | undefined;
  source: Source | undefined;

  constructor(
    private readonly memory: Allowance,
    private readonly onSpill: (handle: FileHandle, path: string) => void,
  ) {}

  async write(chunk: Buffer): Promise<void> {
    this.size += chunk.length;
    if (!this.spill && this.memory.take(chunk.length)) {
      this.chunks.push(chunk);
      return;
    }
    // A temp dir that cannot be written is the machine's problem, not the bundle's.
    await this.toSpill(chunk).catch((error: unknown) => {
      throw tempStorageError(error);
    });
  }

  private async toSpill(chunk: Buffer): Promise<void> {
    if (!this.spill) {
      const path = await newTempFile('nested');
      this.spill = { handle: await open(path, 'wx+', 0o600), path };
      this.onSpill(this.spill.handle, path);
      for (const held of this.chunks) {
        await this.spill.handle.write(held);
        this.memory.release(held.length);
      }
      this.chunks = [];
    }
    await this.spill.handle.write(chunk);
  }

  async finish(): Promise<void> {
    this.source = this.spill
      ? { reader: new FileReader(this.spill.handle.fd), size: this.size }
      : { reader: new BufferReader(Buffer.concat(this.chunks, this.size)), size: this.size };
    this.chunks = [];
  }

  async abandon(): Promise<void> {
    for (const held of this.chunks) this.memory.release(held.length);
    this.chunks = [];
    if (!this.spill) return;
    await this.spill.handle.close();
    await rm(this.spill.path, { force: true });
  }
}

/**
 * The whole content of a small file (an XML descriptor, a document), kept for the model to
 * parse, within a per-file limit and the run's allowance for such files; past either, it is
 * dropped and the model knows the file only as unreadable (a document is read again).
 */
export class KeptBytes implements Consumer {
  private chunks: Buffer[] = [];
  private size = 0;
  private dropped = false;
  bytes: Buffer | undefined;

  constructor(
    private readonly limit: number,
    private readonly memory: Allowance,
  ) {}

  write(chunk: Buffer): void {
    this.size += chunk.length;
    if (this.dropped) return;
    if (this.size > this.limit || !this.memory.take(chunk.length)) return this.drop();
    this.chunks.push(chunk);
  }

  async finish(): Promise<void> {
    if (!this.dropped) this.bytes = Buffer.concat(this.chunks, this.size);
    this.chunks = [];
  }

  async abandon(): Promise<void> {
    this.drop();
  }

  private drop(): void {
    this.dropped = true;
    for (const chunk of this.chunks) this.memory.release(chunk.length);
    this.chunks = [];
  }
}

/** A checksum manifest, parsed as its bytes stream past, whatever its size; `parsed` once it finished. */
export class ManifestConsumer implements Consumer {
  private parser: ManifestParser | undefined;
  parsed: ParsedManifest | undefined;

  constructor(fileName: string, maxLines: number, allowance: ManifestAllowance) {
    this.parser = new ManifestParser(fileName, maxLines, allowance);
  }

  write(chunk: Buffer): void {
    this.parser?.write(chunk);
  }

  async finish(): Promise<void> {
    this.parsed = this.parser?.finish();
    this.parser = undefined;
  }

  async abandon(): Promise<void> {
    this.parser = undefined;
  }
}

/**
 * Digests of a gzip stream's decompressed content (a VIB payload, whose descriptor may give
 * checksums "verify-process=gunzip"), computed as the compressed bytes stream past, under
 * the same limits as any inflating: bundle total and ratio.
 */
export class GunzipDigests implements Consumer {
  private readonly gunzip = zlib.createGunzip({ chunkSize: CHUNK_BYTES });
  private readonly hashes: RunningDigests;
  private readonly ended: Promise<void>;
  private produced = 0;
  private failed = false;
  result: { size: number; digests: Digests } | undefined;

  constructor(
    private readonly path: string,
    private readonly budget: Budget,
    private readonly emit: (event: ArchiveEvent) => void,
    digests: readonly DigestName[],
    expectedBytes: number,
  ) {
    this.hashes = runningDigests(digests, expectedBytes);
    this.gunzip.on('data', (chunk: Buffer) => this.onData(chunk));
    this.ended = new Promise((resolve) => {
      this.gunzip.once('end', resolve);
      this.gunzip.once('close', resolve);
      this.gunzip.once('error', (error) => {
        if (!this.failed) this.emit({ type: 'corrupt-data', path: this.path, reason: `gzip: ${error.message}` });
        this.failed = true;
        resolve();
      });
    });
  }

  async write(chunk: Buffer): Promise<void> {
    if (this.failed || this.gunzip.write(chunk)) return;
    // Destroying the stream (a tripped limit) closes it, so a pending wait always ends.
    await new Promise<void>((resolve) => {
      const done = () => {
        this.gunzip.off('drain', done).off('close', done);
        resolve();
      };
      this.gunzip.once('drain', done).once('close', done);
    });
  }

  async finish(): Promise<void> {
    if (!this.failed) this.gunzip.end();
    await this.ended;
    if (this.failed) this.hashes.discard();
    else this.result = { size: this.produced, digests: await this.hashes.hex() };
  }

  async abandon(): Promise<void> {
    this.failed = true;
    this.gunzip.destroy();
    this.hashes.discard();
  }

  private onData(chunk: Buffer): void {
    if (this.failed) return;
    this.produced += chunk.length;
    if (withinInflateLimits(this.budget, this.emit, this.path, chunk.length, this.produced, this.gunzip.bytesWritten)) {
      // Hashing threads with a backlog hold the inflating back.
      const backlog = this.hashes.update(chunk);
      if (backlog) {
        this.gunzip.pause();
        void backlog.then(() => this.gunzip.resume());
      }
      return;
    }
    this.failed = true;
    this.gunzip.destroy();
  }
}
