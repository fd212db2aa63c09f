import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { writeZip } from '../../fixtures/zip-writer.js';
import { crc32After, crc32Combine } from '../../src/archive/crc.js';
import { defaultLimits } from '../../src/archive/limits.js';
import { readBundle } from '../../src/scan/read.js';
import { scratchDirectory } from '../helpers/lint.js';

describe('CRC-32', () => {
  const directory = scratchDirectory();

  it('combines the CRC-32s of two pieces into that of both, whatever their lengths', () => {
    for (const [first, second] of [[0, 0], [5, 0], [0, 5], [1, 1], [1000, 3], [3, 2 ** 20 + 17]] as const) {
      const [a, b] = [randomBytes(first), randomBytes(second)];
      expect(crc32Combine(zlib.crc32(a), zlib.crc32(b), second)).toBe(zlib.crc32(Buffer.concat([a, b])));
    }
  });

  it('runs over a stream in pieces, the same again when the pieces were seen before', () => {
    const bytes = randomBytes(300_000);
    const pieces = [bytes.subarray(0, 1), bytes.subarray(1, 70_001), bytes.subarray(70_001)];
    expect(pieces.reduce(crc32After, 0)).toBe(zlib.crc32(bytes));
    expect([bytes.subarray(0, 70_001), pieces[2]!].reduce(crc32After, 0)).toBe(zlib.crc32(bytes));
    expect(pieces.reduce(crc32After, 0)).toBe(zlib.crc32(bytes));
  });

  it('gets the CRC-32 of a piece that ends a checked piece from that piece, computing only the head before it', () => {
    const bytes = randomBytes(2 ** 20);
    const [whole, tail, middle] = [bytes.subarray(0), bytes.subarray(100), bytes.subarray(200, 300)];
    const expected = [zlib.crc32(tail), zlib.crc32(middle)];
    expect(crc32After(0, whole)).toBe(zlib.crc32(bytes));
    const crc = vi.spyOn(zlib, 'crc32');
    try {
      expect([crc32After(0, tail), crc32After(0, middle)]).toEqual(expected);
      // The tail's 100-byte head, then the middle piece itself: it ends no checked piece.
      expect(crc.mock.calls.map(([data]) => (data as Uint8Array).length)).toEqual([100, 100]);
    } finally {
      crc.mockRestore();
    }
  });

  it('looks a piece up among the checked pieces of its memory, not through them: 100,000 small entries of one read chunk in linear time', () => {
    // One 2 MiB read holds thousands of small stored entries; each piece was compared with every piece checked before in it.
    const bytes = randomBytes(800_000);
    const started = performance.now();
    let crc = 0;
    for (let offset = 0; offset < bytes.length; offset += 8) crc = crc32After(crc, bytes.subarray(offset, offset + 8));
    expect([crc, performance.now() - started < 5_000]).toEqual([zlib.crc32(bytes), true]);
  });

  it('tells a stored entry whose header misstates its CRC-32 inside a stored zip whose own CRC-32 holds', async () => {
    const payload = randomBytes(6 * 2 ** 20);
    const inner = writeZip([{ name: 'payload.bin', data: payload, method: 'store', crc: 0x1234abcd }]);
    const depot = writeZip([{ name: 'index.xml', data: Buffer.from('<vendorList/>') }, { name: 'inner.zip', data: inner, method: 'store' }]);
    const path = join(directory, 'misstated.zip');
    await writeFile(path, writeZip([{ name: 'depot.zip', data: depot, method: 'store' }]));
    const session = await readBundle(path, { limits: defaultLimits, context: { now: new Date(), previous: [] } });
    await session.close();
    expect(session.bundle.events).toEqual([{ type: 'crc-mismatch', path: 'depot.zip!/inner.zip!/payload.bin', declared: 0x1234abcd, actual: zlib.crc32(payload) }]);
  });
});
