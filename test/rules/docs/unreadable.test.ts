import rule from '../../../rules/docs/unreadable.js';
import { documentPath, VARIANTS } from '../../helpers/documents.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'leaves documents the archive could not give back to the archive rules', defects: ['encrypted-entry'] },
    ...VARIANTS.map(([name, changes]) => ({ name: `reads every document with ${name}`, changes })),
  ],
  invalid: [
    { name: 'reports a truncated PDF', defects: ['truncated-release-notes-pdf'], findings: [{ messageId: 'unreadable', location: { path: documentPath('release-notes', 'pdf') } }] },
    { name: 'reports a password-protected DOCX', defects: ['password-guide-docx'], findings: [{ messageId: 'unreadable', location: { path: documentPath('install-guide', 'docx') } }] },
  ],
});
