import rule from '../../../rules/docs/help-link.js';
import { VARIANTS } from '../../helpers/documents.js';
import { DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const VMWARE_ONLY = { helpUrl: 'https://kb.vmware.com/s/article/2140' };

testRule(rule, {
  valid: VARIANTS.map(([name, changes]) => ({ name: `finds the partner link with ${name}`, changes })),
  invalid: [
    {
      name: 'reports documentation whose only links are to VMware',
      changes: VMWARE_ONLY,
      findings: [
        {
          messageId: 'missing',
          location: { path: DOCS },
          message: 'the documentation links to no web page of the partner (only kb.vmware.com, which the partner does not maintain); add the address of the product page or customer help system you maintain',
        },
      ],
    },
    { name: 'reports documentation with no link at all', changes: { omit: ['help', 'contact'] }, findings: [{ messageId: 'missing', location: { path: DOCS } }] },
    { name: 'takes the hosts that do not count from its options', options: { neutralHosts: ['corvid-systems.example'] }, findings: [{ messageId: 'missing', location: { path: DOCS } }] },
    {
      name: 'says it could not check a guide that could not be read when the others link only to VMware',
      changes: VMWARE_ONLY,
      defects: ['password-guide-docx'],
      findings: [
        {
          messageId: 'unchecked',
          location: { path: DOCS },
          message: 'no link to a partner web page was found in the documents that could be read, but Corvid_NAS_Plugin_Installation_and_Configuration_Guide.docx could not be read; check it holds one',
        },
      ],
    },
  ],
});
