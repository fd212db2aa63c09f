import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';
import { documentsIn } from '../../helpers/documents.js';
import { DESCRIPTOR, DOCS, generated, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('naming/trademark', () => {
  const directory = scratchDirectory();

  it('reports a trademark in the bundle name', async () => {
    const result = await lint([await generated(directory, ['trademark-bundle-name'])]);
    expect(result.results[0]!.findings.filter((finding) => finding.ruleId === 'naming/trademark').map((finding) => [finding.location.path, finding.message])).toEqual([
      ['', 'the bundle name "corvid-esxi-nas-plugin-3.2.1-4471.zip" contains the VMware trademark "ESXi"; name the partner software without VMware trademarks or product names'],
    ]);
  });

  it('reports a trademark in a document name', async () => {
    expect(await ruleFindings('naming/trademark', await generated(directory, ['trademark-document-name']))).toEqual([
      { ruleId: 'naming/trademark', severity: 'error', path: `${DOCS}!/Corvid_vSphere_NAS_Plugin_3.2.1_Release_Notes.md`, messageId: 'trademark' },
    ]);
  });

  it('reports a trademark in the VIB summary, at its line', async () => {
    const result = await lint([await generated(directory, [], { summary: 'VAAI-NAS plugin for VMware ESXi' })]);
    const findings = result.results[0]!.findings.filter((finding) => finding.ruleId === 'naming/trademark');
    expect(findings.map((finding) => [finding.location, finding.message])).toEqual([
      [{ path: DESCRIPTOR, line: 8 }, 'the VIB summary "VAAI-NAS plugin for VMware ESXi" contains the VMware trademark "VMware"; name the partner software without VMware trademarks or product names'],
    ]);
  });

  it('matches whole words only, and takes its terms from its options', async () => {
    const bundle = await generated(directory, [], { summary: 'NAS plugin for Corvid arrays with vesx-compatible paths' });
    expect(await ruleFindings('naming/trademark', bundle)).toEqual([]);
    expect(await ruleFindings('naming/trademark', bundle, { settings: { 'naming/trademark': ['error', { terms: ['Corvid Arrays'] }] } })).toEqual([
      { ruleId: 'naming/trademark', severity: 'error', path: DESCRIPTOR, messageId: 'trademark' },
    ]);
  });

  it('reports a trademark in the titles of the documents', async () => {
    const path = await generated(directory, [], { product: 'Corvid NAS Plugin for vSphere', documents: documentsIn('docx') });
    expect((await ruleFindings('naming/trademark', path)).filter((finding) => finding.path.includes('docs.zip!/'))).toEqual([
      { ruleId: 'naming/trademark', severity: 'error', path: `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.docx`, messageId: 'trademark' },
      { ruleId: 'naming/trademark', severity: 'error', path: `${DOCS}!/Corvid_NAS_Plugin_Installation_and_Configuration_Guide.docx`, messageId: 'trademark' },
      { ruleId: 'naming/trademark', severity: 'error', path: `${DOCS}!/Corvid_Support_Process.docx`, messageId: 'trademark' },
    ]);
  });
});
