import rule from '../../../rules/vib/descriptor.js';
import { DESCRIPTOR, VIB } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const VIB_NAME = 'vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib';

testRule(rule, {
  valid: (['offline-bundle', 'component', 'vib'] as const).map((installer) => ({ name: `reads the descriptor of a ${installer}, with no vib finding`, changes: { installer }, others: { scope: 'vib/' } })),
  invalid: [
    {
      name: 'reports a VIB without descriptor.xml',
      defects: ['no-descriptor'],
      findings: [{ messageId: 'missing', location: { path: VIB }, message: `${VIB_NAME} has no descriptor.xml member; rebuild the VIB with vibauthor` }],
    },
    {
      name: 'reports a descriptor that is not well-formed, at the line where it breaks',
      defects: ['malformed-descriptor'],
      findings: [
        {
          messageId: 'malformed',
          location: { path: DESCRIPTOR, line: 34 },
          message: `the descriptor of ${VIB_NAME} is not well-formed XML at line 34 (unclosed tag: payloads); rebuild the VIB with vibauthor`,
        },
      ],
    },
    { name: 'reports missing required fields', defects: ['descriptor-without-summary'], findings: [{ messageId: 'fields', location: { path: DESCRIPTOR } }] },
  ],
});
