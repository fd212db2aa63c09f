import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../../fixtures/bundle.js';
import { defaultRelease, release } from '../../../fixtures/release.js';
import { lint } from '../../../src/lint.js';
import { NOTES } from '../../helpers/documents.js';
import { generated, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('signature/chronology', () => {
  const directory = scratchDirectory();

  it('warns about a release dated after --now', async () => {
    const result = await lint([await generated(directory)], { now: new Date('2026-10-01T00:00:00Z') });
    const findings = result.results[0]!.findings.filter((finding) => finding.ruleId === 'signature/chronology');
    expect(findings.map(({ severity, location, message }) => [severity, location, message])).toEqual([
      [
        'warning',
        { path: NOTES, line: 5 },
        'the release notes Corvid_NAS_Plugin_3.2.1_Release_Notes.md ("Version 3.2.1 (build 4471), 2026-10-15") dates the release 2026-10-15, after today (2026-10-01); use the real release date',
      ],
    ]);
    expect(await ruleFindings('signature/chronology', await generated(directory), { now: new Date('2026-10-15T00:00:00Z') })).toEqual([]);
  });

  it('warns when an older version is dated after this release', async () => {
    const base = defaultRelease();
    const later = await writeBundle(join(directory, 'later'), release({ notes: { ...base.history[1]!, date: '2026-11-01' }, history: [] }));
    expect(await ruleFindings('signature/chronology', await generated(directory), { previous: [later] })).toEqual([
      { ruleId: 'signature/chronology', severity: 'warning', path: NOTES, messageId: 'out-of-order' },
    ]);
  });
});
