import rule from '../../../rules/checksums/unlisted-file.js';
import { ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'leaves a missing algorithm to checksums/present',
      defects: ['no-sha1-manifest'],
      others: { scope: 'checksums/', findings: [{ ruleId: 'checksums/present', messageId: 'missing', location: { path: ROOT } }] },
    },
  ],
  invalid: [
    {
      name: 'reports a file added after the manifests were written',
      defects: ['late-file'],
      findings: [{ messageId: 'unlisted', location: { path: `${ROOT}corvid-cli-3.2.1.tar.gz` } }],
    },
  ],
});
