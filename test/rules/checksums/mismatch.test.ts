import rule from '../../../rules/checksums/mismatch.js';
import { ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'verifies BSD, upper case, CRLF manifests', changes: { manifests: { style: 'bsd', upperCase: true, crlf: true } } },
    { name: 'verifies combined manifests', changes: { manifests: { style: 'combined', upperCase: false, crlf: false } } },
  ],
  invalid: [
    {
      name: 'reports a wrong digest at its manifest line, with both digests, the only finding',
      defects: ['wrong-md5'],
      findings: [
        {
          messageId: 'mismatch',
          location: { path: `${ROOT}MD5SUMS`, line: 2 },
          message: `MD5 of corvid-nas-plugin-3.2.1-docs.zip is fb8eba896d1010b68d0f82f1661fd4e3, ${ROOT}MD5SUMS line 2 says fb8eba896d1010b68d0f82f1661fd4e0; regenerate the manifest from the files you ship`,
        },
      ],
      others: { scope: '' },
    },
  ],
});
