import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BUNDLE_DIRECTORY } from '../package-root.js';
import type { RunningDigests } from './running-digests.js';
import type { DigestName, Digests } from '../formats/digests.js';

export type HashRequest =
  | { type: 'open'; id: number; names: DigestName[]; ring: SharedArrayBuffer }
  /** Bytes to hash in the ring of stream `from` (the stream's own by default), sent along as `ring` the first time. */
  | { type: 'data'; id: number; offset: number; length: number; from?: number; ring?: SharedArrayBuffer }
  | { type: 'end'; id: number }
  | { type: 'drop'; id: number };

export type HashReply = { type: 'ack'; id: number } | { type: 'digests'; id: number; digests: Digests };

/** The worker runs from the build's bundle, also under the tests (test/global-setup.ts builds first). */
const WORKER_PATH = join(BUNDLE_DIRECTORY, 'hash-worker.js');
/** Each pooled stream's ring of shared memory: the bytes its threads have yet to hash. */
const RING_BYTES = 8 * 2 ** 20;
/** The largest piece copied into a ring at once: a whole read (CHUNK_BYTES), one message per thread. */
const PIECE_BYTES = 2 * 2 ** 20;
/** Relative cost of a byte (x86-64 has SHA instructions, nothing for MD5), to share the work out evenly. */
const COST: Readonly<Record<DigestName, number>> = { md5: 2.5, sha1: 1, sha256: 1 };

/** One hashing thread, referenced (keeping the process alive) only while it owes an answer. */
class HashThread {
  private readonly worker = new Worker(WORKER_PATH);
  private readonly streams = new Map<number, PooledDigests>();
  private readonly answers = new Map<number, { resolve: (digests: Digests) => void; reject: (error: Error) => void }>();
  private owed = 0;
  failure: Error | undefined;
  /** Estimated cost of the streams it hashes now. */
  load = 0;

  constructor() {
    this.worker.on('message', (reply: HashReply) => this.receive(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`a hashing thread stopped (exit ${code})`)));
    // After the listeners: adding a 'message' listener references the worker again.
    this.worker.unref();
  }

  open(stream: PooledDigests, names: DigestName[], ring: SharedArrayBuffer): void {
    this.streams.set(stream.id, stream);
    this.post({ type: 'open', id: stream.id, names, ring }, false);
  }

  data(id: number, offset: number, length: number, from?: number, ring?: SharedArrayBuffer): void {
    this.post({ type: 'data', id, offset, length, from, ring }, true);
  }

  drop(id: number): void {
    this.streams.delete(id);
    this.post({ type: 'drop', id }, false);
  }

  digests(id: number): Promise<Digests> {
    if (this.failure) return Promise.reject(this.failure);
    const answer = new Promise<Digests>((resolve, reject) => this.answers.set(id, { resolve, reject }));
    this.post({ type: 'end', id }, true);
    return answer;
  }

  private post(request: HashRequest, answered: boolean): void {
    if (this.failure) return;
    if (answered && this.owed++ === 0) this.worker.ref();
    this.worker.postMessage(request);
  }

  private receive(reply: HashReply): void {
    if (--this.owed === 0) this.worker.unref();
    if (reply.type === 'ack') {
      this.streams.get(reply.id)?.acked(this);
      return;
    }
    this.streams.delete(reply.id);
    this.answers.get(reply.id)?.resolve(reply.digests);
    this.answers.delete(reply.id);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.answers.values()) reject(this.failure);
    this.answers.clear();
    // Streams waiting for ring space go on; their digests are refused.
    for (const stream of this.streams.values()) stream.acked(this, Infinity);
    this.worker.unref();
  }
}

/**
 * Hashing threads shared by every bundle of the run, started on first use. A stream's digests
 * are spread over them by cost, so MD5 of one file and SHA-1 of another (or of the same) run
 * side by side while the main thread reads, inflates and parses.
 */
class HashPool {
  private threads: HashThread[] = [];
  private nextId = 1;

  constructor(private readonly size: number) {}

  /** Which thread computes which of `names` for a stream of about `bytes` bytes. */
  assign(names: readonly DigestName[], bytes: number): { id: number; parts: Map<HashThread, DigestName[]> } {
    this.threads = this.threads.filter((thread) => !thread.failure);
    while (this.threads.length < this.size) this.threads.push(new HashThread());
    const parts = new Map<HashThread, DigestName[]>();
    for (const name of [...names].sort((a, b) => COST[b] - COST[a])) {
      const thread = this.threads.reduce((least, candidate) => (candidate.load < least.load ? candidate : least));
      thread.load += COST[name] * bytes;
      parts.set(thread, [...(parts.get(thread) ?? []), name]);
    }
    return { id: this.nextId++, parts };
  }
}

const pool = new HashPool(Math.max(1, Math.min(2, availableParallelism())));

/** A piece of a stream's ring: free once its threads hashed it and no other stream still hashes from it. */
interface Region {
  readonly start: number;
  readonly end: number;
  hashed: boolean;
  /** Pieces of other streams hashed from this region that their threads have not all hashed yet. */
  holds: number;
  freed: boolean;
}

/** A piece sent to a stream's threads: in its own ring, or borrowed from the ring of `lender`. */
interface Piece {
  readonly sequence: number;
  readonly region: Region;
  readonly lender?: PooledDigests;
}

/** Where a chunk copied into a ring lies there: its bytes from `from` in its buffer, at `region`. */
interface Placement {
  readonly owner: PooledDigests;
  readonly region: Region;
  readonly from: number;
}

/**
 * Chunks copied into rings, by the memory holding them. A stored entry's bytes (and a stored
 * archive's entries', at every level) are views of the chunks its parent's stream copied: they are
 * hashed from the parent's ring instead of being copied again.
 */
const placements = new WeakMap<ArrayBufferLike, Placement[]>();

/**
 * Digests computed by the pool's threads. Each chunk is copied once into the stream's ring of
 * shared memory, which every thread of the stream reads, unless another stream's ring already
 * holds it; a full ring makes the stream wait. Hashed regions stay in the ring until their room
 * is needed, so streams of nested entries find their bytes there.
 */
export class PooledDigests implements RunningDigests {
  readonly id: number;
  private readonly parts: Map<HashThread, DigestName[]>;
  private readonly ring = new SharedArrayBuffer(RING_BYTES);
  private readonly view = new Uint8Array(this.ring);
  /** This ring's regions not yet freed, oldest first. */
  private readonly regions: Region[] = [];
  /** Pieces sent that not every thread has hashed, oldest first. */
  private readonly pieces: Piece[] = [];
  /** Pieces each thread has hashed, counted from the first. */
  private readonly hashed = new Map<HashThread, number>();
  /** Streams whose ring this stream's threads were sent. */
  private readonly lenders = new Set<PooledDigests>();
  private written = 0;
  private head = 0;
  private space: (() => void) | undefined;
  /** Updates in order, one at a time, even when a caller does not wait for the last one. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    names: readonly DigestName[],
    private readonly bytes: number,
  ) {
    ({ id: this.id, parts: this.parts } = pool.assign(names, bytes));
    for (const [thread, part] of this.parts) {
      this.hashed.set(thread, 0);
      thread.open(this, part, this.ring);
    }
  }

  update(chunk: Buffer): Promise<void> {
    this.queue = this.queue.then(() => this.copy(chunk));
    return this.queue;
  }

  private async copy(chunk: Buffer): Promise<void> {
    if (this.borrow(chunk)) return;
    for (let at = 0; at < chunk.length; at += PIECE_BYTES) {
      const piece = chunk.subarray(at, at + PIECE_BYTES);
      let start = this.place(piece.length);
      while (start === undefined) {
        await new Promise<void>((resolve) => (this.space = resolve));
        start = this.place(piece.length);
      }
      this.view.set(piece, start);
      this.head = start + piece.length;
      const region: Region = { start, end: this.head, hashed: false, holds: 0, freed: false };
      this.regions.push(region);
      const placed = (placements.get(piece.buffer) ?? []).filter((placement) => !placement.region.freed);
      placements.set(piece.buffer, [...placed, { owner: this, region, from: piece.byteOffset }]);
      this.send(region, region.start, piece.length, undefined);
    }
  }

  /** Hashes a chunk from the ring of another stream that copied it and still holds it; false if none does. */
  private borrow(chunk: Buffer): boolean {
    const end = chunk.byteOffset + chunk.length;
    const found = placements.get(chunk.buffer)?.find(({ owner, region, from }) => owner !== this && !region.freed && from <= chunk.byteOffset && end <= from + region.end - region.start);
    if (!found) return false;
    found.region.holds += 1;
    this.send(found.region, found.region.start + chunk.byteOffset - found.from, chunk.length, found.owner);
    return true;
  }

  private send(region: Region, offset: number, length: number, lender: PooledDigests | undefined): void {
    this.pieces.push({ sequence: this.written++, region, lender });
    const ring = lender && !this.lenders.has(lender) ? lender.ring : undefined;
    if (lender) this.lenders.add(lender);
    for (const thread of this.parts.keys()) thread.data(this.id, offset, length, lender?.id, ring);
  }

  /** Where `length` bytes fit in the ring now: after the newest region, or from the start once past the oldest. */
  private place(length: number): number | undefined {
    this.reclaim();
    const oldest = this.regions[0];
    if (!oldest) return 0;
    // Not wrapped: the regions run in order from the oldest up to the head.
    if (this.regions.at(-1)!.start >= oldest.start) {
      if (this.head + length <= RING_BYTES) return this.head;
      return length <= oldest.start ? 0 : undefined;
    }
    return this.head + length <= oldest.start ? this.head : undefined;
  }

  /** Frees the oldest regions that every thread hashed and no other stream hashes from. */
  private reclaim(): void {
    while (this.regions[0]?.hashed && this.regions[0].holds === 0) this.regions.shift()!.freed = true;
  }

  /** A thread hashed the next piece (or, failing, all of them): pieces every thread hashed are done. */
  acked(thread: HashThread, count = 1): void {
    this.hashed.set(thread, (this.hashed.get(thread) ?? 0) + count);
    const done = Math.min(...this.hashed.values());
    while (this.pieces[0] && this.pieces[0].sequence < done) this.settle(this.pieces.shift()!);
    this.wake();
  }

  /** A piece no thread of this stream will read again: its region may be reused, as far as this stream goes. */
  private settle({ region, lender }: Piece): void {
    if (!lender) {
      region.hashed = true;
      return;
    }
    region.holds -= 1;
    lender.wake();
  }

  private wake(): void {
    const waiting = this.space;
    this.space = undefined;
    waiting?.();
  }

  async hex(): Promise<Digests> {
    try {
      await this.queue;
      const parts = await Promise.all([...this.parts.keys()].map((thread) => thread.digests(this.id)));
      return Object.assign({}, ...parts) as Digests;
    } finally {
      this.release();
    }
  }

  discard(): void {
    this.queue = this.queue.then(() => {
      for (const thread of this.parts.keys()) thread.drop(this.id);
      // Their acknowledgements will not be counted: the regions they borrowed are let go now.
      for (const piece of this.pieces.splice(0)) this.settle(piece);
      this.release();
    });
  }

  private release(): void {
    for (const [thread, part] of this.parts) thread.load -= part.reduce((sum, name) => sum + COST[name] * this.bytes, 0);
  }
}
