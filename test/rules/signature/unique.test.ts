import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../../../fixtures/bundle.js';
import { defaultRelease, release } from '../../../fixtures/release.js';
import { lint } from '../../../src/lint.js';
import { NOTES } from '../../helpers/documents.js';
import { generated, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('signature/unique', () => {
  const directory = scratchDirectory();
  const base = defaultRelease();
  let current = '';
  let previous = '';
  beforeAll(async () => {
    current = await generated(directory);
    previous = await writeBundle(join(directory, 'previous'), release({ notes: base.history[0], history: base.history.slice(1) }));
  });

  it('accepts a previous release with another date and version', async () => {
    expect(await ruleFindings('signature/', current, { previous: [previous] })).toEqual([]);
  });

  it('reports the same signature as a previous bundle', async () => {
    const result = await lint([current], { previous: [current] });
    const findings = result.results[0]!.findings.filter((finding) => finding.ruleId === 'signature/unique');
    expect(findings.map(({ location, message }) => [location, message])).toEqual([
      [{ path: NOTES, line: 5 }, `this release (3.2.1, 2026-10-15) has the same version and date as the previous bundle ${current}; give it its own date and change at least one version node`],
    ]);
  });

  it('reports the same date as a previous release with another version', async () => {
    const sameDate = await writeBundle(join(directory, 'same-date'), release({ notes: { ...base.history[0]!, date: base.notes.date }, history: [] }));
    expect(await ruleFindings('signature/unique', current, { previous: [sameDate] })).toEqual([
      { ruleId: 'signature/unique', severity: 'error', path: NOTES, messageId: 'same-date' },
    ]);
  });

  it('reports the same version as a previous release with another date, whatever the build', async () => {
    const rebuilt = await writeBundle(join(directory, 'rebuilt'), release({ notes: { ...base.notes, build: '4460', date: '2026-10-01' } }));
    expect(await ruleFindings('signature/unique', current, { previous: [rebuilt] })).toEqual([
      { ruleId: 'signature/unique', severity: 'error', path: NOTES, messageId: 'same-version' },
    ]);
  });

  it('says so when a previous bundle carries no signature it can read', async () => {
    const unreadable = join(directory, 'previous-release.zip');
    await copyFile(await generated(directory, ['truncated']), unreadable);
    expect(await ruleFindings('signature/unique', current, { previous: [unreadable] })).toEqual([
      { ruleId: 'signature/unique', severity: 'error', path: NOTES, messageId: 'unknown' },
    ]);
  });
});
