import { createHash, type Hash } from 'node:crypto';
import { PooledDigests } from './hash-pool.js';
import type { DigestName, Digests } from '../formats/digests.js';
import type { RunningDigests } from './running-digests.js';

export type { RunningDigests } from './running-digests.js';

/** Streams smaller than this are hashed where they are read: a thread would cost more than it saves. */
const POOLED_BYTES = 4 * 2 ** 20;

/** Digests `names` of a stream expected to be about `bytes` long: on the hashing threads when it is large. */
export function runningDigests(names: readonly DigestName[], bytes: number): RunningDigests {
  return names.length > 0 && bytes >= POOLED_BYTES ? new PooledDigests(names, bytes) : new InlineDigests(names);
}

/** Digests computed on the calling thread. */
export class InlineDigests implements RunningDigests {
  private readonly hashes: [DigestName, Hash][];

  constructor(readonly names: readonly DigestName[]) {
    this.hashes = names.map((name) => [name, createHash(name)]);
  }

  update(chunk: Buffer): void {
    for (const [, hash] of this.hashes) hash.update(chunk);
  }

  async hex(): Promise<Digests> {
    return Object.fromEntries(this.hashes.map(([name, hash]) => [name, hash.digest('hex')]));
  }

  discard(): void {}
}
