import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';
import { SLIP_CANARY } from '../../../fixtures/defects.js';
import { materializeCorpus } from '../../helpers/corpus.js';
import { archiveFindings, generated, ROOT, scratchDirectory } from '../../helpers/lint.js';

describe('archive/unsafe-path', () => {
  const directory = scratchDirectory();

  it('reports a name that climbs out with ..', async () => {
    const result = await lint([await generated(directory, ['zip-slip'])]);
    const path = `${'../'.repeat(12)}tmp/${SLIP_CANARY}`;
    const findings = result.results[0]!.findings.filter((finding) => finding.ruleId === 'archive/unsafe-path');
    expect(findings.map((finding) => [finding.ruleId, finding.location.path, finding.message])).toEqual([
      ['archive/unsafe-path', path, `entry name "${path}" climbs out of the target folder with '..'; store every path relative to the archive root, without ".." or control characters`],
    ]);
  });

  it('reports an absolute name', async () => {
    expect(await archiveFindings(await generated(directory, ['absolute-path']))).toEqual([
      { ruleId: 'archive/unsafe-path', severity: 'error', path: '/etc/cron.d/corvid-update', messageId: 'central' },
    ]);
  });

  it('reports a safe central name whose local header climbs out', async () => {
    expect(await archiveFindings(await generated(directory, ['local-name-slip']))).toEqual([
      { ruleId: 'archive/unsafe-path', severity: 'error', path: `${ROOT}corvid-defaults.conf`, messageId: 'local' },
    ]);
  });

  it('reports Windows slips and drive letters from the corpus', async () => {
    const corpus = await materializeCorpus(directory);
    const windows = await archiveFindings(corpus.get('recext-zip-slip-win.zip')!);
    expect(windows).toEqual([{ ruleId: 'archive/unsafe-path', severity: 'error', path: `${'..\\'.repeat(40)}Temp\\evil.txt`, messageId: 'central' }]);
    expect(await archiveFindings(corpus.get('yauzl-failure-absolute_path_C_xt.zip')!)).toEqual([
      { ruleId: 'archive/unsafe-path', severity: 'error', path: 'C:/xt', messageId: 'central' },
    ]);
  });
});
