import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeZip } from '../../fixtures/zip-writer.js';
import { builtinRules } from '../../rules/index.js';
import { defaultLimits } from '../../src/archive/limits.js';
import { InlineDigests } from '../../src/scan/digests.js';
import { PooledDigests } from '../../src/scan/hash-pool.js';
import type { BundleFile } from '../../src/model/model.js';
import { readBundle } from '../../src/scan/read.js';
import type { Rule } from '../../src/engine/rule.js';
import { lint } from '../../src/lint.js';
import { generated, scratchDirectory } from '../helpers/lint.js';

/** Bytes times digests fed to any digest, inline or on the hashing threads, during one lint run. */
async function hashedBytes(path: string, rules: readonly Rule[]): Promise<number> {
  const spies = [vi.spyOn(InlineDigests.prototype, 'update'), vi.spyOn(PooledDigests.prototype, 'update')];
  await lint([path], { rules });
  const bytes = spies.reduce(
    (sum, spy) => sum + spy.mock.calls.reduce((total, [chunk], call) => total + chunk.length * (spy.mock.contexts[call] as { names: unknown[] }).names.length, 0),
    0,
  );
  for (const spy of spies) spy.mockRestore();
  return bytes;
}

describe('reading a bundle once', () => {
  const directory = scratchDirectory();
  afterEach(() => vi.restoreAllMocks());

  it('hashes each byte once per digest wanted, in the read pass, whatever the number of rules', async () => {
    const path = await generated(directory, [], { manifests: { style: 'combined', upperCase: false, crlf: false } });
    const once = await hashedBytes(path, builtinRules);
    const thrice = builtinRules.flatMap((rule) => [1, 2, 3].map((copy) => ({ ...rule, meta: { ...rule.meta, id: `${rule.meta.id}-${copy}` } })));
    expect(await hashedBytes(path, thrice)).toBe(once);

    // Exactly: the bundle file's SHA-256, each file's digests, and the decompressed VIB payload's.
    const session = await readBundle(path, { limits: defaultLimits, context: { now: new Date(), previous: [] } });
    const { bundle } = session;
    const weight = (file: BundleFile) => file.size * Object.keys(file.digests ?? {}).length + (file.gunzipped ? file.gunzipped.size * Object.keys(file.gunzipped.digests).length : 0);
    const expected = bundle.size + bundle.files.reduce((sum, file) => sum + weight(file), 0);
    await session.close();
    expect(once).toBe(expected);
    // The combined manifest at the top asks MD5, SHA-1 and SHA-256 of the files beside it (itself included), nothing below them.
    const names = bundle.files.filter((file) => Object.keys(file.digests ?? {}).length === 3).map((file) => file.path.split('/').pop());
    expect(names).toEqual(['CVD-corvid-nas-plugin-3.2.1-offline-bundle.zip', 'corvid-nas-plugin-3.2.1-docs.zip', 'CHECKSUMS']);
  });

  it('reads every byte of the file once, stored nested zips included, and inflates each deflated byte once', async () => {
    // bundle → stored depot zip → stored VIB-like zip → 12 MiB payload, beside a deflated zip and manifests.
    const payload = randomBytes(12 * 2 ** 20);
    const inner = writeZip([{ name: 'payload.bin', data: payload, method: 'store' }, { name: 'notes.txt', data: Buffer.from('x'.repeat(50_000)) }]);
    const depot = writeZip([{ name: 'index.xml', data: Buffer.from('<vendorList/>') }, { name: 'inner.zip', data: inner, method: 'store' }]);
    const docs = writeZip([{ name: 'README.txt', data: Buffer.from('read me '.repeat(40_000)) }]);
    const sums = (algorithm: string) => Buffer.from([['depot.zip', depot], ['docs.zip', docs]].map(([name, data]) => `${createHash(algorithm).update(data as Buffer).digest('hex')}  ${name as string}\n`).join(''));
    const bundle = writeZip([
      { name: 'depot.zip', data: depot, method: 'store' },
      { name: 'docs.zip', data: docs },
      { name: 'MD5SUMS', data: sums('md5') },
      { name: 'SHA1SUMS', data: sums('sha1') },
    ]);
    const path = join(directory, 'nested-stored.zip');
    await writeFile(path, bundle);

    const read = vi.spyOn(fs, 'read');
    const inflaters = vi.spyOn(zlib, 'createInflateRaw');
    const atOnce = vi.spyOn(zlib, 'inflateRawSync');
    // Checksums read digests, docs/help-link parses README.txt: the documents are parsed from the read pass's copy.
    const result = await lint([path], { rules: builtinRules.filter((rule) => /^checksums\/|^docs\/help-link/.test(rule.meta.id)) });
    const bytesRead = read.mock.calls.reduce((sum, call) => sum + ((call as unknown[])[3] as number), 0);
    expect(result.results[0]!.findings.map((finding) => finding.ruleId)).toEqual(['docs/help-link']);
    // The pass over the file, plus small reads of directories and local headers where they lie (64 KiB blocks).
    expect(bytesRead).toBeGreaterThanOrEqual(bundle.length);
    expect(bytesRead).toBeLessThan(bundle.length + 2 ** 20);
    // One inflation per deflated entry: in one call for the small MD5SUMS, SHA1SUMS, docs.zip, index.xml and notes.txt, by a stream for README.txt (320 KB).
    expect(atOnce).toHaveBeenCalledTimes(5);
    expect(inflaters).toHaveBeenCalledTimes(1);
  });

  it('computes the CRC-32 of each stored byte once, however deep the stored zips holding it', async () => {
    // bundle → stored depot zip → stored inner zip → stored 6 MiB payload: three entries' CRC-32s over the same bytes.
    const inner = writeZip([{ name: 'payload.bin', data: randomBytes(6 * 2 ** 20), method: 'store' }]);
    const depot = writeZip([{ name: 'index.xml', data: Buffer.from('<vendorList/>') }, { name: 'inner.zip', data: inner, method: 'store' }]);
    const path = join(directory, 'stored-thrice.zip');
    await writeFile(path, writeZip([{ name: 'depot.zip', data: depot, method: 'store' }]));
    const crc = vi.spyOn(zlib, 'crc32');
    const session = await readBundle(path, { limits: defaultLimits, context: { now: new Date(), previous: [] } });
    await session.close();
    expect(session.bundle.events).toEqual([]);
    const checked = crc.mock.calls.reduce((sum, [data]) => sum + (data as Buffer).length, 0);
    // The depot's bytes once, where three passes took three times as many; each level below computes
    // afresh only pieces that begin or end elsewhere than its parent's (its first and last, of 1 MiB reads).
    expect(checked).toBeGreaterThanOrEqual(depot.length);
    expect(checked).toBeLessThan(2 * depot.length);
  });
});
