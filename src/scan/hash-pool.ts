import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BUNDLE_DIRECTORY } from '../package-root.js';
import type { RunningDigests } from './running-digests.js';
import type { DigestName, Digests } from '../formats/digests.js';

export type HashRequest =
  | { type: 'open'; id: number; names: DigestName[]; ring: SharedArrayBuffer }
  | { type: 'data'; id: number; offset: number; length: number }
  | { type: 'end'; id: number }
  | { type: 'drop'; id: number };

export type HashReply = { type: 'ack'; id: number } | { type: 'digests'; id: number; digests: Digests };

/** The worker runs from the build's bundle, also under the tests (test/global-setup.ts builds first). */
const WORKER_PATH = join(BUNDLE_DIRECTORY, 'hash-worker.js');
/** Each pooled stream's ring of shared memory: the bytes its threads have yet to hash. */
const RING_BYTES = 8 * 2 ** 20;
/** The largest piece copied into a ring at once. */
const PIECE_BYTES = 2 ** 20;
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

  data(id: number, offset: number, length: number): void {
    this.post({ type: 'data', id, offset, length }, true);
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

/** A piece of the ring its threads have not all hashed yet. */
interface Region {
  readonly start: number;
  readonly end: number;
  readonly sequence: number;
}

/**
 * Digests computed by the pool's threads. Each chunk is copied once into the stream's ring of
 * shared memory, which every thread of the stream reads; a full ring makes the stream wait.
 */
export class PooledDigests implements RunningDigests {
  readonly id: number;
  private readonly parts: Map<HashThread, DigestName[]>;
  private readonly ring = new SharedArrayBuffer(RING_BYTES);
  private readonly view = new Uint8Array(this.ring);
  private readonly regions: Region[] = [];
  /** Regions each thread has hashed, counted from the first. */
  private readonly hashed = new Map<HashThread, number>();
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
    for (let at = 0; at < chunk.length; at += PIECE_BYTES) {
      const piece = chunk.subarray(at, at + PIECE_BYTES);
      let start = this.place(piece.length);
      while (start === undefined) {
        await new Promise<void>((resolve) => (this.space = resolve));
        start = this.place(piece.length);
      }
      this.view.set(piece, start);
      this.head = start + piece.length;
      this.regions.push({ start, end: this.head, sequence: this.written++ });
      for (const thread of this.parts.keys()) thread.data(this.id, start, piece.length);
    }
  }

  /** Where `length` bytes fit in the ring now: after the newest region, or from the start once past the oldest. */
  private place(length: number): number | undefined {
    const oldest = this.regions[0];
    if (!oldest) return 0;
    // Not wrapped: the regions run in order from the oldest up to the head.
    if (this.regions.at(-1)!.start >= oldest.start) {
      if (this.head + length <= RING_BYTES) return this.head;
      return length <= oldest.start ? 0 : undefined;
    }
    return this.head + length <= oldest.start ? this.head : undefined;
  }

  /** A thread hashed the next region (or, failing, all of them): regions every thread hashed are free. */
  acked(thread: HashThread, count = 1): void {
    this.hashed.set(thread, (this.hashed.get(thread) ?? 0) + count);
    const done = Math.min(...this.hashed.values());
    while (this.regions[0] && this.regions[0].sequence < done) this.regions.shift();
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
      this.release();
    });
  }

  private release(): void {
    for (const [thread, part] of this.parts) thread.load -= part.reduce((sum, name) => sum + COST[name] * this.bytes, 0);
  }
}
