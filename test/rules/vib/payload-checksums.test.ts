import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';
import { DESCRIPTOR, generated, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

const VIB_NAME = 'vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib';

describe('vib/payload-checksums', () => {
  const directory = scratchDirectory();

  it('reports a wrong SHA-256, naming the VIB and the payload', async () => {
    const result = await lint([await generated(directory, ['payload-checksum'])]);
    const findings = result.results[0]!.findings.filter((finding) => finding.ruleId === 'vib/payload-checksums');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.location).toEqual({ path: DESCRIPTOR, line: 30 });
    expect(findings[0]!.message).toMatch(new RegExp(`^the SHA-256 of payload corvid-n of ${VIB_NAME.replace(/\./g, '\\.')} is [0-9a-f]{64}, its descriptor says [0-9a-f]{64}; rebuild the VIB with vibauthor$`));
  });

  it('reports a wrong payload size', async () => {
    expect(await ruleFindings('vib/payload-checksums', await generated(directory, ['payload-size']))).toEqual([
      { ruleId: 'vib/payload-checksums', severity: 'error', path: DESCRIPTOR, messageId: 'size' },
    ]);
  });

  it('verifies checksums over the payload as stored and after gunzip', async () => {
    expect(await ruleFindings('vib/payload-checksums', await generated(directory))).toEqual([]);
  });
});
