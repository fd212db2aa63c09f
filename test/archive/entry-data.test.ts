import { crc32 } from 'node:zlib';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Budget } from '../../src/archive/budget.js';
import { pumpZipEntry, type RatioMeter } from '../../src/archive/entry-data.js';
import type { ArchiveEvent } from '../../src/archive/events.js';
import { defaultLimits } from '../../src/archive/limits.js';
import { DEFLATED, type ZipEntry } from '../../src/archive/zip.js';

/**
 * One deflated entry pumped as a pass over its archive gives it: its stored bytes in `pieces`.
 * Small entries are inflated in one call and larger ones by a stream: both must read alike.
 */
async function pump(stored: Buffer, declared: { size: number; crc32: number }, pieces = 1) {
  const entry = { path: 'a.zip!/f.dat', method: DEFLATED, compressedSize: stored.length, ...declared } as ZipEntry;
  const events: ArchiveEvent[] = [];
  const meter: RatioMeter = { path: 'a.zip', inflated: 0, consumed: 0, tripped: false };
  const written: Buffer[] = [];
  const step = Math.ceil(stored.length / pieces);
  async function* source() {
    for (let at = 0; at < stored.length; at += step) yield stored.subarray(at, at + step);
  }
  const clean = await pumpZipEntry(entry, async () => source(), { budget: new Budget(defaultLimits), emit: (event) => events.push(event), meter }, { write: (chunk) => void written.push(chunk) });
  return { clean, events, meter, content: Buffer.concat(written).toString() };
}

const text = 'hello world '.repeat(40);
const deflated = zlib.deflateRawSync(text);
const declared = { size: text.length, crc32: crc32(text) };

describe('a deflated entry read in one pass', () => {
  it('inflates a small entry given in pieces, counting the compressed bytes consumed', async () => {
    expect(await pump(deflated, declared, 3)).toEqual({ clean: true, events: [], meter: { path: 'a.zip', inflated: text.length, consumed: deflated.length, tripped: false }, content: text });
  });

  it('counts only the compressed bytes the deflate stream holds, not data stored after its end', async () => {
    const { clean, meter } = await pump(Buffer.concat([deflated, Buffer.from('trailing bytes')]), declared);
    expect({ clean, consumed: meter.consumed }).toEqual({ clean: true, consumed: deflated.length });
  });

  it('reports content longer than declared with its real size, giving none of it', async () => {
    expect(await pump(deflated, { ...declared, size: 10 })).toMatchObject({
      clean: false,
      events: [{ type: 'size-mismatch', path: 'a.zip!/f.dat', declared: 10, actual: text.length, exceeded: true }],
      content: '',
    });
  });

  it('reports a wrong CRC-32 with the one computed', async () => {
    expect((await pump(deflated, { ...declared, crc32: 1 })).events).toEqual([{ type: 'crc-mismatch', path: 'a.zip!/f.dat', declared: 1, actual: declared.crc32 }]);
  });

  it('reports truncated deflate data as corrupt', async () => {
    expect((await pump(deflated.subarray(0, deflated.length - 4), declared)).events).toEqual([{ type: 'corrupt-data', path: 'a.zip!/f.dat', reason: 'unexpected end of file' }]);
  });

  it('stops a few compressed bytes that declare little but inflate past the ratio threshold, on the entry ratio', async () => {
    const bomb = zlib.deflateRawSync(Buffer.alloc(8 * 2 ** 20));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const { clean, events } = await pump(bomb, { size: 100, crc32: 0 });
    expect(clean).toBe(false);
    expect(events).toEqual([expect.objectContaining({ type: 'limit', path: 'a.zip!/f.dat', limit: 'maxRatio', scope: 'entry' })]);
  });
});
