import rule from '../../../rules/layout/installer.js';
import { ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    ...(['offline-bundle', 'component', 'vib', 'exe', 'client-plugin', 'client-plugin-folder'] as const).map((installer) => ({ name: `recognises a ${installer} installer`, changes: { installer } })),
    { name: 'takes more installer names from its options', defects: ['no-installer', 'late-file'], options: { patterns: ['corvid-cli-*.tar.gz'] } },
  ],
  invalid: [{ name: 'reports a bundle without an installer', defects: ['no-installer'], findings: [{ messageId: 'missing', location: { path: ROOT } }] }],
});
