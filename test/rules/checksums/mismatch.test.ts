import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';
import { generated, ROOT, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('checksums/mismatch', () => {
  const directory = scratchDirectory();

  it('reports a wrong digest at its manifest line, with both digests', async () => {
    const path = await generated(directory, ['wrong-md5']);
    const result = await lint([path]);
    expect(result.results[0]!.findings.map((finding) => finding.ruleId)).toEqual(['checksums/mismatch']);
    const [finding] = result.results[0]!.findings;
    expect(finding!.location).toEqual({ path: `${ROOT}MD5SUMS`, line: 2 });
    const [, actual, listed] = /is ([0-9a-f]{32}), .* line 2 says ([0-9a-f]{32});/.exec(finding!.message)!;
    expect(finding!.message).toBe(`MD5 of corvid-nas-plugin-3.2.1-docs.zip is ${actual}, ${ROOT}MD5SUMS line 2 says ${listed}; regenerate the manifest from the files you ship`);
    expect(actual).not.toBe(listed);
    expect(actual!.slice(0, 31)).toBe(listed!.slice(0, 31));
  });

  it.each([
    ['BSD, upper case, CRLF', { style: 'bsd', upperCase: true, crlf: true }],
    ['combined', { style: 'combined', upperCase: false, crlf: false }],
  ] as const)('verifies %s manifests without a finding', async (_, manifests) => {
    expect(await ruleFindings('checksums/mismatch', await generated(directory, [], { manifests }))).toEqual([]);
  });
});
