import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';
import { generated, ROOT, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('signature/consistent', () => {
  const directory = scratchDirectory();

  it('names both places and both values when the bundle name gives another version', async () => {
    const result = await lint([await generated(directory, ['version-in-name'])]);
    const findings = result.results[0]!.findings.filter((finding) => finding.ruleId === 'signature/consistent');
    expect(findings.map(({ location, message }) => [location, message])).toEqual([
      [
        { path: '' },
        'the bundle name ("corvid-nas-plugin-3.2.2-4471") gives version 3.2.2 build 4471, but the release notes Corvid_NAS_Plugin_3.2.1_Release_Notes.md ("Version 3.2.1 (build 4471), 2026-10-15") gives 3.2.1; use one version designation everywhere',
      ],
    ]);
  });

  it('compares builds where two places give one', async () => {
    expect(await ruleFindings('signature/consistent', await generated(directory, ['build-in-folder']))).toEqual([
      { ruleId: 'signature/consistent', severity: 'error', path: ROOT.replace('4471', '4472'), messageId: 'build' },
    ]);
  });

  it('takes 3.2.1-4471, the VIB version with its ESXi suffix, and the bulletin as one signature', async () => {
    for (const installer of ['offline-bundle', 'component', 'vib'] as const) {
      expect(await ruleFindings('signature/', await generated(directory, [], { installer }))).toEqual([]);
    }
  });
});
