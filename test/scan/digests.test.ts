import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InlineDigests, runningDigests } from '../../src/scan/digests.js';
import { PooledDigests } from '../../src/scan/hash-pool.js';
import type { DigestName } from '../../src/model/model.js';

const NAMES: DigestName[] = ['md5', 'sha1', 'sha256'];

/** Pseudo-random bytes in pieces of uneven sizes, some larger than a ring piece, so the rings wrap. */
function pieces(seed: number, total: number): Buffer[] {
  const out: Buffer[] = [];
  let state = seed;
  for (let done = 0; done < total; ) {
    state = (state * 1103515245 + 12345) >>> 0;
    const size = Math.min(total - done, 1 + (state % (3 * 2 ** 20)));
    out.push(Buffer.alloc(size, state & 0xff));
    done += size;
  }
  return out;
}

const expected = (chunks: Buffer[]) => Object.fromEntries(NAMES.map((name) => [name, chunks.reduce((hash, chunk) => hash.update(chunk), createHash(name)).digest('hex')]));

describe('running digests', () => {
  it('hashes small streams inline and large ones on the hashing threads', () => {
    expect(runningDigests(NAMES, 1000)).toBeInstanceOf(InlineDigests);
    expect(runningDigests([], 2 ** 30)).toBeInstanceOf(InlineDigests);
    const pooled = runningDigests(NAMES, 2 ** 30);
    expect(pooled).toBeInstanceOf(PooledDigests);
    pooled.discard();
  });

  it('gives the digests of the bytes fed, for several streams at once, whatever the chunk sizes', async () => {
    const streams = [pieces(1, 40 * 2 ** 20), pieces(2, 17 * 2 ** 20 + 3), pieces(3, 5)];
    const running = streams.map(() => new PooledDigests(NAMES, 64 * 2 ** 20));
    // Interleaved, as nested entries stream at once; a chunk may be a view into a larger buffer.
    for (let index = 0; streams.some((chunks) => index < chunks.length); index += 1) {
      for (const [stream, chunks] of streams.entries()) {
        const chunk = chunks[index];
        if (chunk) await running[stream]!.update(Buffer.concat([Buffer.from('x'), chunk]).subarray(1));
      }
    }
    expect(await Promise.all(running.map((digests) => digests.hex()))).toEqual(streams.map(expected));
  });

  it('keeps updates in order when the caller does not wait for each, as an inflater pausing on backlog', async () => {
    const chunks = pieces(5, 30 * 2 ** 20);
    const digests = new PooledDigests(NAMES, 64 * 2 ** 20);
    const updates = chunks.map((chunk) => digests.update(chunk));
    const dropped = new PooledDigests(NAMES, 64 * 2 ** 20);
    for (const chunk of chunks) void dropped.update(chunk);
    dropped.discard();
    expect(await digests.hex()).toEqual(expected(chunks));
    await Promise.all(updates);
  });

  it('forgets a stream ended early and goes on with the others', async () => {
    const dropped = new PooledDigests(['md5'], 64 * 2 ** 20);
    await dropped.update(Buffer.alloc(3 * 2 ** 20, 1));
    dropped.discard();
    const kept = new PooledDigests(NAMES, 64 * 2 ** 20);
    const chunks = pieces(4, 9 * 2 ** 20);
    for (const chunk of chunks) await kept.update(chunk);
    expect(await kept.hex()).toEqual(expected(chunks));
  });
});
