import { join } from 'node:path';
import { writeBundle } from '../../../fixtures/bundle.js';
import { defaultRelease, release } from '../../../fixtures/release.js';
import rule from '../../../rules/signature/chronology.js';
import { NOTES } from '../../helpers/documents.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'accepts a release dated today', now: '2026-10-15' }],
  invalid: [
    {
      name: 'warns about a release dated after --now',
      now: '2026-10-01',
      findings: [
        {
          messageId: 'future',
          location: { path: NOTES, line: 5 },
          message:
            'the release notes Corvid_NAS_Plugin_3.2.1_Release_Notes.md ("Version 3.2.1 (build 4471), 2026-10-15") dates the release 2026-10-15, after today (2026-10-01); use the real release date',
        },
      ],
    },
    {
      name: 'warns when an older version is dated after this release',
      previous: async (directory) => [await writeBundle(join(directory, 'later'), release({ notes: { ...defaultRelease().history[1]!, date: '2026-11-01' }, history: [] }))],
      findings: [{ messageId: 'out-of-order', location: { path: NOTES } }],
    },
  ],
});
