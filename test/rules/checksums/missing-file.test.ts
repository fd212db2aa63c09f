import rule from '../../../rules/checksums/missing-file.js';
import { ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'resolves lines relative to the manifest, into subfolders, with no checksums finding',
      changes: { layout: { rootFolder: true, eula: 'top', docsFolder: 'docs/' } },
      others: { scope: 'checksums/' },
    },
  ],
  invalid: [{ name: 'reports a ghost line for a file that is not shipped', defects: ['ghost-line'], findings: [{ messageId: 'missing', location: { path: `${ROOT}MD5SUMS`, line: 3 } }] }],
});
