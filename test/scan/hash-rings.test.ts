import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { PooledDigests } from '../../src/scan/hash-pool.js';
import type { DigestName } from '../../src/model/model.js';

describe('hashing streams of nested stored entries', () => {
  afterEach(() => vi.restoreAllMocks());
  const file = randomBytes(20 * 2 ** 20);
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
