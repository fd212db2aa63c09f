import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { lint } from '../../../src/lint.js';
import { DESCRIPTOR, generated, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('vib/acceptance-level', () => {
  const directory = scratchDirectory();

  it('warns about a community VIB, at the line of its level', async () => {
    const result = await lint([await generated(directory, [], { acceptanceLevel: 'community' })]);
    const findings = result.results[0]!.findings.filter((finding) => finding.ruleId === 'vib/acceptance-level');
    expect(findings.map((finding) => [finding.severity, finding.location])).toEqual([['warning', { path: DESCRIPTOR, line: 22 }]]);
  });

  it('expects the levels its options name, and refuses a level that does not exist', async () => {
    const partner = await generated(directory, [], { acceptanceLevel: 'partner' });
    expect(await ruleFindings('vib/acceptance-level', partner)).toEqual([
      { ruleId: 'vib/acceptance-level', severity: 'warning', path: DESCRIPTOR, messageId: 'level' },
    ]);
    expect(await ruleFindings('vib/acceptance-level', partner, { settings: { 'vib/acceptance-level': ['warning', { expected: ['partner', 'accepted'] }] } })).toEqual([]);
    await expect(lint([partner], { settings: { 'vib/acceptance-level': ['warning', { expected: ['gold'] }] } })).rejects.toThrow(UsageError);
  });
});
