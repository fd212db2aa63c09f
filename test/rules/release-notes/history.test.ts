import { join } from 'node:path';
import { writeBundle } from '../../../fixtures/bundle.js';
import { defaultRelease, release } from '../../../fixtures/release.js';
import rule from '../../../rules/release-notes/history.js';
import { documentPath, NOTES } from '../../helpers/documents.js';
import { testRule } from '../../helpers/rule-tester.js';
import { withWordings } from '../../helpers/topic-rules.js';

testRule(rule, withWordings(rule.meta.id, {
  valid: [{ name: 'accepts a first release whose notes say so', changes: { history: [] } }],
  invalid: [
    { name: 'reports notes that hold the current version only', changes: { omit: ['history'] }, findings: [{ messageId: 'missing', location: { path: NOTES } }] },
    {
      name: 'reports notes that claim a first release when an earlier bundle was released',
      changes: { history: [] },
      previous: async (directory) => [await writeBundle(join(directory, 'earlier'), release({ notes: defaultRelease().history[0]! }))],
      findings: [{ messageId: 'first-but-previous', location: { path: NOTES } }],
    },
    {
      name: 'says it could not check release notes that could not be read',
      defects: ['truncated-release-notes-pdf'],
      findings: [{ messageId: 'unreadable', location: { path: documentPath('release-notes', 'pdf') } }],
    },
  ],
}));
