import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';
import { generated, ROOT, scratchDirectory } from '../../helpers/lint.js';

describe('checksums/syntax', () => {
  const directory = scratchDirectory();

  it('reports a bad line with its manifest and line number', async () => {
    const result = await lint([await generated(directory, ['bad-manifest-line'])]);
    const findings = result.results[0]!.findings.filter((finding) => finding.ruleId === 'checksums/syntax');
    expect(findings.map(({ severity, location, message }) => [severity, location, message])).toEqual([
      ['error', { path: `${ROOT}MD5SUMS`, line: 3 }, `line 3 of ${ROOT}MD5SUMS cannot be read: its MD5 digest has 31 hex digits instead of 32; write it as "<hex digest>  <file name>", as md5sum and sha1sum do`],
    ]);
    expect(result.results[0]!.findings.map((finding) => finding.ruleId)).toEqual(['checksums/syntax']);
  });
});
