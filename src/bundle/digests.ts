import { createHash, type Hash } from 'node:crypto';
import type { DigestName, Digests } from './model.js';

/** Running digests of one stream of bytes, all fed from the same chunks. */
export class DigestSet {
  private readonly hashes: [DigestName, Hash][];

  constructor(names: readonly DigestName[]) {
    this.hashes = names.map((name) => [name, createHash(name)]);
  }

  update(chunk: Buffer): void {
    for (const [, hash] of this.hashes) hash.update(chunk);
  }

  hex(): Digests {
    return Object.fromEntries(this.hashes.map(([name, hash]) => [name, hash.digest('hex')]));
  }
}
