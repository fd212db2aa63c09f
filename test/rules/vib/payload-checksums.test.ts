import rule from '../../../rules/vib/payload-checksums.js';
import { DESCRIPTOR, VIB } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const VIB_NAME = 'vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib';
/** The SHA-256 of the default release's payload as stored; the payload-checksum defect changes its last digit. */
const SHA256 = '233854cfd4c38a0067820d64d18eee7bc264c39ea7e467b3891764a4fbe507db';

testRule(rule, {
  valid: [
    { name: 'verifies checksums over the payload as stored and after gunzip' },
    { name: 'takes descriptor.xml and an empty sig.pkcs7 for what they are, not undeclared payloads', changes: { acceptanceLevel: 'community', signing: undefined } },
  ],
  invalid: [
    {
      name: 'reports a wrong SHA-256, naming the VIB and the payload',
      defects: ['payload-checksum'],
      findings: [
        {
          messageId: 'checksum',
          location: { path: DESCRIPTOR, line: 30 },
          message: `the SHA-256 of payload corvid-n of ${VIB_NAME} is ${SHA256}, its descriptor says ${SHA256.slice(0, -1)}0; rebuild the VIB with vibauthor`,
        },
      ],
    },
    { name: 'reports a wrong payload size', defects: ['payload-size'], findings: [{ messageId: 'size', location: { path: DESCRIPTOR, line: 29 } }] },
    {
      name: 'reports a payload the descriptor lists and the VIB does not hold under that name',
      defects: ['payload-renamed'],
      findings: [
        {
          messageId: 'undeclared',
          location: { path: `${VIB}!/corvid-nas` },
          message: `${VIB_NAME} holds corvid-nas, which its descriptor does not declare as a payload, so ESXi would not install it and nothing checks it; rebuild the VIB with vibauthor`,
        },
        { messageId: 'missing', location: { path: DESCRIPTOR, line: 29 }, message: `the descriptor of ${VIB_NAME} lists payload corvid-n, which the VIB does not hold; rebuild the VIB with vibauthor` },
      ],
    },
    {
      name: 'reports a member the descriptor does not declare, beside the declared payload',
      defects: ['vib-extra-member'],
      findings: [{ messageId: 'undeclared', location: { path: `${VIB}!/descriptor.bak` } }],
    },
    {
      name: 'reports undeclared members of a bare VIB too',
      changes: { installer: 'vib' },
      defects: ['vib-extra-member'],
      findings: [{ messageId: 'undeclared', location: { path: 'corvid-nas-plugin-3.2.1-4471/CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib!/descriptor.bak' } }],
    },
  ],
});
