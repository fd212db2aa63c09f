import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Budget } from '../../src/archive/budget.js';
import type { ArchiveEvent } from '../../src/archive/events.js';
import { defaultLimits } from '../../src/archive/limits.js';
import { GunzipDigests, KeptBytes, MemoryAllowance } from '../../src/scan/content.js';

describe('kept metadata', () => {
  it('keeps a file within its limit and the allowance, and gives back what it drops', async () => {
    const memory = new MemoryAllowance(10);
    const first = new KeptBytes(8, memory);
    first.write(Buffer.from('abcd'));
    first.write(Buffer.from('efg'));
    await first.finish();
    expect(first.bytes?.toString()).toBe('abcdefg');

    const second = new KeptBytes(8, memory);
    second.write(Buffer.from('hij'));
    second.write(Buffer.from('k')); // the allowance (10) is spent: 7 + 3 + 1
    await second.finish();
    expect(second.bytes).toBeUndefined();
    expect(memory.take(3)).toBe(true); // what the dropped file held was given back

    const tooLarge = new KeptBytes(2, new MemoryAllowance(100));
    tooLarge.write(Buffer.from('abc'));
    await tooLarge.finish();
    expect(tooLarge.bytes).toBeUndefined();
  });
});

describe('gunzip digests', () => {
  it('digests the decompressed content of a gzip stream fed in pieces', async () => {
    const content = Buffer.from('payload '.repeat(10_000));
    // Declared large, so the digests are computed by the hashing threads.
    const digests = new GunzipDigests('x.vib!/payload', new Budget(defaultLimits), () => {}, ['sha1'], 64 * 2 ** 20);
    const gzipped = zlib.gzipSync(content);
    for (let at = 0; at < gzipped.length; at += 1000) await digests.write(gzipped.subarray(at, at + 1000));
    await digests.finish();
    expect(digests.result).toEqual({ size: content.length, digests: { sha1: (await import('node:crypto')).createHash('sha1').update(content).digest('hex') } });
  });

  it('stops a gzip bomb on its ratio, and reports a corrupt stream', async () => {
    const events: ArchiveEvent[] = [];
    const bomb = new GunzipDigests('x.vib!/payload', new Budget(defaultLimits), (event) => events.push(event), ['sha1'], 0);
    await bomb.write(zlib.gzipSync(Buffer.alloc(64 * 2 ** 20)));
    await bomb.finish();
    expect(bomb.result).toBeUndefined();
    expect(events).toEqual([expect.objectContaining({ type: 'limit', path: 'x.vib!/payload', limit: 'maxRatio', scope: 'entry' })]);

    const corrupt = new GunzipDigests('x.vib!/payload', new Budget(defaultLimits), (event) => events.push(event), ['sha1'], 0);
    await corrupt.write(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff]));
    await corrupt.finish();
    expect(corrupt.result).toBeUndefined();
    expect(events.at(-1)).toMatchObject({ type: 'corrupt-data', path: 'x.vib!/payload' });
  });
});
