import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../../fixtures/bundle.js';
import { defaultRelease, release } from '../../../fixtures/release.js';
import rule from '../../../rules/signature/unique.js';
import { lint } from '../../../src/lint.js';
import { NOTES } from '../../helpers/documents.js';
import { seen } from '../../helpers/findings.js';
import { generated, scratchDirectory } from '../../helpers/lint.js';
import { testRule, type Case } from '../../helpers/rule-tester.js';

const base = defaultRelease();

/** An earlier release of the default one with these changes, written into the case's directory as `--previous`. */
const previousRelease = (changes: Parameters<typeof release>[0]): Case['previous'] => async (directory) => [await writeBundle(join(directory, 'previous'), release(changes))];

testRule(rule, {
  valid: [
    {
      name: 'accepts a previous release with another date and version, with no signature finding',
      previous: previousRelease({ notes: base.history[0], history: base.history.slice(1) }),
      others: { scope: 'signature/' },
    },
    {
      name: 'tells a hot fix 3.2.1.1 from the release 3.2.1.0 it fixes: the fourth node differs',
      changes: { notes: { ...base.notes, version: '3.2.1.1', build: '4480', date: '2026-11-02' } },
      previous: previousRelease({ notes: { ...base.notes, version: '3.2.1.0' } }),
      others: { scope: 'signature/' },
    },
  ],
  invalid: [
    // The message names the previous bundle by its path, which lies in a scratch directory: the test below checks it.
    { name: 'reports the same signature as a previous bundle', previous: async (_, bundle) => [bundle], findings: [{ messageId: 'same-signature', location: { path: NOTES, line: 5 } }] },
    {
      name: 'reports the same date as a previous release with another version',
      previous: previousRelease({ notes: { ...base.history[0]!, date: base.notes.date }, history: [] }),
      findings: [{ messageId: 'same-date', location: { path: NOTES, line: 5 } }],
    },
    {
      name: 'reports the same version as a previous release with another date, whatever the build',
      previous: previousRelease({ notes: { ...base.notes, build: '4460', date: '2026-10-01' } }),
      findings: [{ messageId: 'same-version', location: { path: NOTES, line: 5 } }],
    },
    {
      name: 'says so when a previous bundle carries no signature it can read',
      previous: async (directory) => {
        const unreadable = join(directory, 'previous-release.zip');
        await copyFile(await writeBundle(join(directory, 'truncated'), release(), ['truncated']), unreadable);
        return [unreadable];
      },
      findings: [{ messageId: 'unknown', location: { path: NOTES, line: 5 } }],
    },
  ],
});

describe('signature/unique, the message of a previous bundle', () => {
  const directory = scratchDirectory();

  it('names the previous bundle as it was given', async () => {
    const current = await generated(directory);
    const result = await lint([current], { previous: [current] });
    const findings = result.results[0]!.findings.filter((finding) => finding.ruleId === 'signature/unique');
    expect(findings.map((finding) => seen(finding, true))).toEqual([
      {
        ruleId: 'signature/unique',
        messageId: 'same-signature',
        location: { path: NOTES, line: 5 },
        message: `this release (3.2.1 build 4471, 2026-10-15) has the same version and date as the previous bundle ${current}; give it its own date and change at least one version node`,
      },
    ]);
  });
});
