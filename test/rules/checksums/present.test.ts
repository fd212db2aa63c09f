import { describe, expect, it } from 'vitest';
import { generated, ROOT, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('checksums/present', () => {
  const directory = scratchDirectory();

  it('reports the missing SHA-1 manifest', async () => {
    expect(await ruleFindings('checksums/present', await generated(directory, ['no-sha1-manifest']))).toEqual([
      { ruleId: 'checksums/present', severity: 'error', path: ROOT, messageId: 'missing' },
    ]);
  });

  it.each([
    ['GNU, one file per algorithm', { style: 'gnu', upperCase: false, crlf: false }],
    ['binary mode, md5sum.txt and sha1sum.txt', { style: 'gnu-binary', upperCase: false, crlf: false }],
    ['BSD tagged, upper case, CRLF', { style: 'bsd', upperCase: true, crlf: true }],
    ['one combined CHECKSUMS file', { style: 'combined', upperCase: false, crlf: false }],
  ] as const)('accepts %s', async (_, manifests) => {
    expect(await ruleFindings('checksums/present', await generated(directory, [], { manifests }))).toEqual([]);
  });

  it('says nothing when part of the bundle could not be read', async () => {
    expect(await ruleFindings('checksums/present', await generated(directory, ['truncated']))).toEqual([]);
  });
});
