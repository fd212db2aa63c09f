import { defaultRelease } from '../../../fixtures/release.js';
import rule from '../../../rules/release-notes/consistent-structure.js';
import { documentPath, NOTES, VARIANTS } from '../../helpers/documents.js';
import { testRule } from '../../helpers/rule-tester.js';

const [newer, older] = defaultRelease().history;

testRule(rule, {
  valid: VARIANTS.map(([name, changes]) => ({ name: `accepts versions organised alike with ${name}`, changes })),
  invalid: [
    {
      // The Markdown notes: 3.1.4 is the second version under "Release History", at line 37.
      name: 'reports an earlier version whose notes lack a part the current one has',
      changes: { history: [newer!, { ...older!, known: [] }] },
      findings: [{ messageId: 'different', location: { path: NOTES, line: 37 } }],
    },
    {
      name: 'says it could not check release notes that could not be read',
      defects: ['truncated-release-notes-pdf'],
      findings: [{ messageId: 'unreadable', location: { path: documentPath('release-notes', 'pdf') } }],
    },
  ],
});
