import rule from '../../../rules/checksums/present.js';
import { ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'accepts GNU, one file per algorithm', changes: { manifests: { style: 'gnu', upperCase: false, crlf: false } } },
    { name: 'accepts binary mode, md5sum.txt and sha1sum.txt', changes: { manifests: { style: 'gnu-binary', upperCase: false, crlf: false } } },
    { name: 'accepts BSD tagged, upper case, CRLF', changes: { manifests: { style: 'bsd', upperCase: true, crlf: true } } },
    { name: 'accepts one combined CHECKSUMS file', changes: { manifests: { style: 'combined', upperCase: false, crlf: false } } },
    { name: 'says nothing when part of the bundle could not be read', defects: ['truncated'] },
  ],
  invalid: [{ name: 'reports the missing SHA-1 manifest', defects: ['no-sha1-manifest'], findings: [{ messageId: 'missing', location: { path: ROOT } }] }],
});
