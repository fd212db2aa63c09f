import { createHash } from 'node:crypto';
import { planBundle, serializeZip, type ZipTree } from '../../../fixtures/bundle.js';
import { release } from '../../../fixtures/release.js';
import rule from '../../../rules/checksums/mismatch.js';
import { ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

/** The MD5 of the default bundle's documents zip, as the generator writes it (the manifest line the defect changes). */
const DOCS_MD5 = createHash('md5')
  .update(serializeZip(planBundle(release()).tree.entries.find((entry) => entry.name.endsWith('-docs.zip'))!.content as ZipTree))
  .digest('hex');

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
          message: `MD5 of corvid-nas-plugin-3.2.1-docs.zip is ${DOCS_MD5}, ${ROOT}MD5SUMS line 2 says ${DOCS_MD5.slice(0, -1)}${DOCS_MD5.endsWith('0') ? '1' : '0'}; regenerate the manifest from the files you ship`,
        },
      ],
      others: { scope: '' },
    },
  ],
});
