import { describe, expect, it } from 'vitest';
import { defaultRelease } from '../../../fixtures/release.js';
import { lint } from '../../../src/lint.js';
import { DESCRIPTOR, generated, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('signature/present', () => {
  const directory = scratchDirectory();

  it('reports a two-node version in the VIB descriptor', async () => {
    const release = defaultRelease();
    const result = await lint([await generated(directory, [], { notes: { ...release.notes, version: '3.2' } })]);
    const findings = result.results[0]!.findings.filter((finding) => finding.ruleId.startsWith('signature/'));
    expect(findings.map(({ ruleId, location, message }) => [ruleId, location, message])).toEqual([
      [
        'signature/present',
        { path: DESCRIPTOR.replace('3.2.1-1OEM', '3.2-1OEM').replace('plugin-3.2.1-4471', 'plugin-3.2-4471').replace('plugin-3.2.1-offline', 'plugin-3.2-offline'), line: 6 },
        'the descriptor of vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2-1OEM.700.1.0.15843807.vib gives version 3.2, which has 2 nodes; a fully qualified version has at least three (major.minor.patch)',
      ],
    ]);
  });

  it('reports an undated VIB', async () => {
    expect(await ruleFindings('signature/present', await generated(directory, ['undated-vib']))).toEqual([
      { ruleId: 'signature/present', severity: 'error', path: DESCRIPTOR, messageId: 'no-date' },
    ]);
  });
});
