import { describe, expect, it } from 'vitest';
import { DEPOT, generated, ROOT, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('layout/docs-archive', () => {
  const directory = scratchDirectory();

  it('reports a document loose at the top of the bundle', async () => {
    expect(await ruleFindings('layout/docs-archive', await generated(directory, ['loose-docs']))).toEqual([
      { ruleId: 'layout/docs-archive', severity: 'error', path: `${ROOT}Corvid_NAS_Plugin_3.2.1_Release_Notes.md`, messageId: 'loose' },
    ]);
  });

  it('reports documents delivered only inside the installer', async () => {
    expect(await ruleFindings('layout/docs-archive', await generated(directory, ['docs-in-installer']))).toEqual([
      { ruleId: 'layout/docs-archive', severity: 'error', path: DEPOT, messageId: 'in-installer' },
    ]);
  });

  it('accepts the EULA at the top beside the documentation zip', async () => {
    expect(await ruleFindings('layout/docs-archive', await generated(directory, [], { layout: { rootFolder: false, eula: 'top' } }))).toEqual([]);
  });
});
