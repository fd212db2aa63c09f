import { describe, expect, it } from 'vitest';
import { defaultRelease } from '../../../fixtures/release.js';
import { lint } from '../../../src/lint.js';
import { DESCRIPTOR, generated, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('signature/present', () => {
  const directory = scratchDirectory();

  it('reports a two-node version in the VIB descriptor and the release notes', async () => {
    const release = defaultRelease();
    const result = await lint([await generated(directory, [], { notes: { ...release.notes, version: '3.2' } })]);
    const findings = result.results[0]!.findings.filter((finding) => finding.ruleId.startsWith('signature/'));
    expect(findings.map(({ ruleId, location, message }) => [ruleId, location, message])).toEqual([
      [
        'signature/present',
        { path: DESCRIPTOR.replace('3.2.1-1OEM', '3.2-1OEM').replace('plugin-3.2.1-4471', 'plugin-3.2-4471').replace('plugin-3.2.1-offline', 'plugin-3.2-offline'), line: 6 },
        'the descriptor of vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2-1OEM.700.1.0.15843807.vib gives version 3.2, which has 2 nodes; a fully qualified version has at least three (major.minor.patch)',
      ],
      [
        'signature/present',
        { path: 'corvid-nas-plugin-3.2-4471/corvid-nas-plugin-3.2-docs.zip!/Corvid_NAS_Plugin_3.2_Release_Notes.md', line: 5 },
        'the release notes Corvid_NAS_Plugin_3.2_Release_Notes.md gives version 3.2, which has 2 nodes; a fully qualified version has at least three (major.minor.patch)',
      ],
      // 3.2 is 3.2.0, which the history lists.
      [
        'signature/unique',
        { path: 'corvid-nas-plugin-3.2-4471/corvid-nas-plugin-3.2-docs.zip!/Corvid_NAS_Plugin_3.2_Release_Notes.md', line: 5 },
        'this release has version 3.2, like the earlier release listed in Corvid_NAS_Plugin_3.2_Release_Notes.md (dated 2026-07-02); every release needs a version that differs in at least one node',
      ],
    ]);
  });

  it('reports an undated VIB', async () => {
    expect(await ruleFindings('signature/present', await generated(directory, ['undated-vib']))).toEqual([
      { ruleId: 'signature/present', severity: 'error', path: DESCRIPTOR, messageId: 'no-date' },
    ]);
  });
});

describe('signature/present in release notes', () => {
  const directory = scratchDirectory();

  it('reports release notes that give no date', async () => {
    const notes = { ...defaultRelease().notes, date: 'soon' };
    const path = await generated(directory, [], { notes, history: [], documents: defaultRelease().documents.map((plan) => (plan.role === 'release-notes' ? { ...plan, format: 'docx' as const } : plan)) });
    expect((await ruleFindings('signature/present', path)).filter((finding) => finding.path.endsWith('.docx'))).toEqual([
      { ruleId: 'signature/present', severity: 'error', path: 'corvid-nas-plugin-3.2.1-4471/corvid-nas-plugin-3.2.1-docs.zip!/Corvid_NAS_Plugin_3.2.1_Release_Notes.docx', messageId: 'no-date' },
    ]);
  });
});
