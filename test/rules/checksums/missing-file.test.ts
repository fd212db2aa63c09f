import { describe, expect, it } from 'vitest';
import { generated, ROOT, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('checksums/missing-file', () => {
  const directory = scratchDirectory();

  it('reports a ghost line for a file that is not shipped', async () => {
    expect(await ruleFindings('checksums/missing-file', await generated(directory, ['ghost-line']))).toEqual([
      { ruleId: 'checksums/missing-file', severity: 'error', path: `${ROOT}MD5SUMS`, messageId: 'missing' },
    ]);
  });

  it('resolves lines relative to the manifest, into subfolders', async () => {
    const bundle = await generated(directory, [], { layout: { rootFolder: true, eula: 'top', docsFolder: 'docs/' } });
    expect(await ruleFindings('checksums/', bundle)).toEqual([]);
  });
});
