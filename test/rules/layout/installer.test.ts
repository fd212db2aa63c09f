import rule from '../../../rules/layout/installer.js';
import { ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    ...(['offline-bundle', 'component', 'vib', 'exe', 'client-plugin', 'client-plugin-folder'] as const).map((installer) => ({ name: `recognises a ${installer} installer`, changes: { installer } })),
    ...(['offline-bundle', 'exe'] as const).map((installer) => ({ name: `finds the ${installer} installer zipped with the documents (layout/docs-archive reports that)`, changes: { installer }, defects: ['mixed-archive' as const] })),
    { name: 'takes more installer names from its options', defects: ['no-installer', 'late-file'], options: { patterns: ['corvid-cli-*.tar.gz'] } },
  ],
  invalid: [{ name: 'reports a bundle without an installer', defects: ['no-installer'], findings: [{ messageId: 'missing', location: { path: ROOT } }] }],
});
