import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';
import { DESCRIPTOR, generated, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('vib/descriptor', () => {
  const directory = scratchDirectory();

  it('reports a descriptor that is not well-formed, at the line where it breaks', async () => {
    const result = await lint([await generated(directory, ['malformed-descriptor'])]);
    const findings = result.results[0]!.findings.filter((finding) => finding.ruleId === 'vib/descriptor');
    expect(findings.map((finding) => [finding.location, finding.message])).toEqual([
      [
        { path: DESCRIPTOR, line: 34 },
        'the descriptor of vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib is not well-formed XML at line 34 (unclosed tag: payloads); rebuild the VIB with vibauthor',
      ],
    ]);
  });

  it('reports missing required fields', async () => {
    expect(await ruleFindings('vib/descriptor', await generated(directory, ['descriptor-without-summary']))).toEqual([
      { ruleId: 'vib/descriptor', severity: 'error', path: DESCRIPTOR, messageId: 'fields' },
    ]);
  });

  it.each(['offline-bundle', 'component', 'vib'] as const)('reads the descriptor of a %s', async (installer) => {
    expect(await ruleFindings('vib/', await generated(directory, [], { installer }))).toEqual([]);
  });
});
