import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirectory } from '../../src/archive/temp.js';
import { lint } from '../../src/lint.js';
import { scratchDirectory } from '../helpers/lint.js';

const directory = scratchDirectory();

/**
 * A zip64 bundle whose one stored entry, `hole.bin`, is `size` bytes of a sparse file's hole
 * (its CRC is not that of zeros: the time limit must trip first), its directory after it.
 */
function writeSparseBundle(path: string, size: number): void {
  const name = Buffer.from('hole.bin');
  const sizes = Buffer.alloc(20);
  sizes.writeUInt16LE(0x0001, 0);
  sizes.writeUInt16LE(16, 2);
  sizes.writeBigUInt64LE(BigInt(size), 4);
  sizes.writeBigUInt64LE(BigInt(size), 12);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(45, 4);
  local.writeUInt32LE(0x12345678, 14);
  local.writeUInt32LE(0xffffffff, 18);
  local.writeUInt32LE(0xffffffff, 22);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(sizes.length, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE((3 << 8) | 45, 4);
  central.writeUInt16LE(45, 6);
  central.writeUInt32LE(0x12345678, 16);
  central.writeUInt32LE(0xffffffff, 20);
  central.writeUInt32LE(0xffffffff, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt16LE(sizes.length, 30);
  central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
  const directoryRecord = Buffer.concat([central, name, sizes]);
  const directoryStart = local.length + name.length + sizes.length + size;
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(1n, 24);
  end64.writeBigUInt64LE(1n, 32);
  end64.writeBigUInt64LE(BigInt(directoryRecord.length), 40);
  end64.writeBigUInt64LE(BigInt(directoryStart), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryStart + directoryRecord.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(directoryRecord.length, 12);
  end.writeUInt32LE(0xffffffff, 16);
  const fd = openSync(path, 'w');
  writeSync(fd, Buffer.concat([local, name, sizes]));
  ftruncateSync(fd, directoryStart);
  writeSync(fd, Buffer.concat([directoryRecord, end64, locator, end]), 0, undefined, directoryStart);
  closeSync(fd);
}

describe('limits.maxSeconds stops all reading', () => {
  it('ends a 20 GiB sparse bundle soon after its 2 s, with exactly the time finding', async () => {
    const path = join(directory, 'sparse.zip');
    writeSparseBundle(path, 20 * 2 ** 30);
    const started = Date.now();
    const result = await lint([path], { limits: { maxSeconds: 2 } });
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(10);
    const [bundle] = result.results;
    expect(bundle!.findings.map(({ ruleId, messageId, location }) => ({ ruleId, messageId, location }))).toEqual([
      { ruleId: 'archive/bomb', messageId: 'time', location: { path: 'hole.bin' } },
    ]);
    // Not read to its end, the bundle has no SHA-256 to show.
    expect(bundle!.sha256).toBe('');
    expect(tempDirectory()).toBeUndefined();
  }, 120_000);
});
