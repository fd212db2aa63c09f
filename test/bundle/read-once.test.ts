import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { defaultLimits } from '../../src/archive/limits.js';
import { DigestSet } from '../../src/bundle/digests.js';
import { readBundle } from '../../src/bundle/read.js';
import type { Rule } from '../../src/engine/rule.js';
import { lint } from '../../src/lint.js';
import { generated, scratchDirectory } from '../helpers/lint.js';

/** Bytes fed to any digest during one lint run. */
async function hashedBytes(path: string, rules: readonly Rule[]): Promise<number> {
  const update = vi.spyOn(DigestSet.prototype, 'update');
  await lint([path], { rules });
  const bytes = update.mock.calls.reduce((sum, [chunk]) => sum + chunk.length, 0);
  update.mockRestore();
  return bytes;
}

describe('reading a bundle once', () => {
  const directory = scratchDirectory();
  afterEach(() => vi.restoreAllMocks());

  it('hashes each byte once per stream, in the read pass, whatever the number of rules', async () => {
    const path = await generated(directory, [], { manifests: { style: 'combined', upperCase: false, crlf: false } });
    const once = await hashedBytes(path, builtinRules);
    const thrice = builtinRules.flatMap((rule) => [1, 2, 3].map((copy) => ({ ...rule, meta: { ...rule.meta, id: `${rule.meta.id}-${copy}` } })));
    expect(await hashedBytes(path, thrice)).toBe(once);

    // Exactly: the bundle file, every file read cleanly, and the decompressed VIB payload.
    const session = await readBundle(path, { limits: defaultLimits, context: { now: new Date(), previous: [] } });
    const { bundle } = session;
    const expected = bundle.size + bundle.files.reduce((sum, file) => sum + (file.digests ? file.size : 0) + (file.gunzipped?.size ?? 0), 0);
    await session.close();
    expect(once).toBe(expected);
  });
});
