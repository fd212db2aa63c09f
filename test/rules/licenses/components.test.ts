import rule from '../../../rules/licenses/components.js';
import { DESCRIPTOR, ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'accepts libraries the notices name by project (libz.so as zlib) or by library (libxml2)' },
    { name: "accepts a plugin package's jar the notices name (jackson-core-2.15.2.jar as Jackson)", changes: { installer: 'client-plugin' } },
    { name: 'says nothing without notices: licenses/open-source reports that', defects: ['no-notices'], changes: { thirdPartyLibraries: ['libssl.so.3'] } },
  ],
  invalid: [
    {
      name: "reports OpenSSL's libraries in the VIB's file list once, at the descriptor line naming the first",
      changes: { thirdPartyLibraries: ['libz.so.1.3.1', 'libssl.so.3', 'libcrypto.so.3'] },
      findings: [
        {
          messageId: 'unnamed',
          location: { path: DESCRIPTOR, line: 21 },
          message: 'libssl.so.3 in the installer is openssl 3, which the open-source notices (open_source_licenses.txt) never name; add its license notice, or remove the component',
        },
      ],
    },
    {
      name: 'reports a jar in the plugin package the notices never name',
      changes: { installer: 'client-plugin' },
      defects: ['unnoticed-jar'],
      findings: [{ messageId: 'unnamed', location: { path: `${ROOT}corvid-nas-plugin-ui-3.2.1.4471.zip!/plugins/lib/netty-all-4.1.100.Final.jar` } }],
    },
  ],
});
