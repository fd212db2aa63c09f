import { describe, expect, it } from 'vitest';
import { generated, ROOT, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('checksums/unlisted-file', () => {
  const directory = scratchDirectory();

  it('reports a file added after the manifests were written', async () => {
    expect(await ruleFindings('checksums/unlisted-file', await generated(directory, ['late-file']))).toEqual([
      { ruleId: 'checksums/unlisted-file', severity: 'error', path: `${ROOT}corvid-cli-3.2.1.tar.gz`, messageId: 'unlisted' },
    ]);
  });

  it('leaves a missing algorithm to checksums/present', async () => {
    expect(await ruleFindings('checksums/', await generated(directory, ['no-sha1-manifest']))).toEqual([
      { ruleId: 'checksums/present', severity: 'error', path: ROOT, messageId: 'missing' },
    ]);
  });
});
