import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest';
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

  describe('streams of nested stored entries', () => {
    afterEach(() => vi.restoreAllMocks());
    const file = Buffer.concat(pieces(6, 20 * 2 ** 20));
    /** The file's bytes as a pass over it reads them (1 MiB chunks), in memory of their own at each call. */
    const read = () => Array.from({ length: 20 }, (_, index) => Buffer.from(file.subarray(index * 2 ** 20, (index + 1) * 2 ** 20)));
    /** The views of `chunks` that cover [start, end) of the file: a stored entry's bytes as its parent passes them on. */
    const views = (chunks: Buffer[], start: number, end: number) =>
      chunks.flatMap((chunk, index) => {
        const from = Math.max(start - index * 2 ** 20, 0);
        const to = Math.min(end - index * 2 ** 20, chunk.length);
        return to > from ? [chunk.subarray(from, to)] : [];
      });
    /** Copies into a ring of shared memory among the calls `set` spied on. */
    const ringCopies = (set: MockInstance) => set.mock.contexts.filter((target) => (target as Uint8Array).buffer instanceof SharedArrayBuffer).length;
    const digest = (name: DigestName, bytes: Buffer) => createHash(name).update(bytes).digest('hex');

    it('hashes bytes another stream copied from its ring, copying them once', async () => {
      const copies = vi.spyOn(Uint8Array.prototype, 'set');
      const outer = new PooledDigests(['sha256'], 64 * 2 ** 20);
      const entry = new PooledDigests(['md5', 'sha1'], 64 * 2 ** 20);
      const inner = new PooledDigests(['sha256'], 64 * 2 ** 20);
      const [entryStart, innerStart] = [1000, 2 ** 20 + 77];
      const chunks = read();
      const entryViews = views(chunks, entryStart, file.length - 500);
      const innerViews = views(chunks, innerStart, file.length - 500);
      // Each level gets a chunk's bytes once its parent has taken them.
      for (const chunk of chunks) {
        await outer.update(chunk);
        for (const view of entryViews.filter((candidate) => candidate.buffer === chunk.buffer)) await entry.update(view);
        for (const view of innerViews.filter((candidate) => candidate.buffer === chunk.buffer)) await inner.update(view);
      }
      expect(await outer.hex()).toEqual({ sha256: digest('sha256', file) });
      expect(await entry.hex()).toEqual({ md5: digest('md5', file.subarray(entryStart, file.length - 500)), sha1: digest('sha1', file.subarray(entryStart, file.length - 500)) });
      expect(await inner.hex()).toEqual({ sha256: digest('sha256', file.subarray(innerStart, file.length - 500)) });
      // The outer stream's 20 chunks, copied once each.
      expect(ringCopies(copies)).toBe(20);
    });

    it('copies what the other ring no longer holds, and a stream ended early holds none of it back', async () => {
      const copies = vi.spyOn(Uint8Array.prototype, 'set');
      const chunks = read();
      const outer = new PooledDigests(['sha1'], 64 * 2 ** 20);
      for (const chunk of chunks.slice(0, 12)) await outer.update(chunk);
      // Hashed from the outer ring, then dropped: the outer stream must still get that room back.
      const dropped = new PooledDigests(['sha256'], 64 * 2 ** 20);
      for (const view of views(chunks, 11 * 2 ** 20 + 5, 12 * 2 ** 20)) await dropped.update(view);
      dropped.discard();
      for (const chunk of chunks.slice(12)) await outer.update(chunk);
      // The outer ring (8 MiB) holds the last 8 chunks: the 12 before were copied over.
      const late = new PooledDigests(['md5'], 64 * 2 ** 20);
      for (const view of views(chunks, 0, file.length)) await late.update(view);
      expect(await late.hex()).toEqual({ md5: digest('md5', file) });
      expect(await outer.hex()).toEqual({ sha1: digest('sha1', file) });
      expect(ringCopies(copies)).toBe(20 + 12);
    });
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
