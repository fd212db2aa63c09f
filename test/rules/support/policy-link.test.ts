import rule from '../../../rules/support/policy-link.js';
import { documentsWith, VARIANTS } from '../../helpers/documents.js';
import { DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

/** The default release with a support process of our own, in Markdown, and no other support policy. */
const support = (text: string) => ({
  documents: documentsWith('support', { format: 'md', content: Buffer.from(`# Corvid Systems Support Process\n\n## Contacting Support\n\nCall 1-800-555-0199.\n\n${text}\n`) }),
});
const partner = 'Corvid Systems';
const missing = (closest: string, reason: string) => ({ messageId: 'missing', location: { path: DOCS }, data: { partner, closest, reason } });

testRule(rule, {
  valid: [
    ...VARIANTS.map(([name, changes]) => ({ name: `finds the support policy link with ${name}`, changes })),
    { name: 'by the sentence that gives the address', changes: support('Read our end-of-support dates at https://www.corvid-systems.example/kb/1234.') },
    { name: "by the address's path", changes: support('More: https://www.corvid-systems.example/support/lifecycle') },
    { name: 'by the heading of its section', changes: support('## Support Terms\n\nEverything is at https://www.corvid-systems.example/terms-and-conditions') },
    { name: 'by a label on the line before', changes: support('Support policy:\nhttps://www.corvid-systems.example/pages/4411') },
    { name: 'by a sentence on which releases are supported', changes: support('Which releases get fixes, and for how long: see Release Support at https://www.corvid-systems.example/pages/4412') },
    { name: "by an address's path naming the supported versions", changes: support('Details: https://www.corvid-systems.example/docs/supported-versions') },
    { name: 'stays silent when part of the bundle could not be read, as the link may be there', changes: { omit: ['policy'] }, defects: ['crc-flip'] },
  ],
  invalid: [
    {
      name: 'reports documentation whose partner pages are not named a support policy',
      changes: { omit: ['policy'] },
      findings: [
        {
          ...missing('https://support.corvid-systems.example/nas-plugin', 'a host of the partner, but nothing names it a support policy'),
          message:
            'the documentation links to no published support policy of Corvid Systems: the closest, https://support.corvid-systems.example/nas-plugin, is a host of the partner, but nothing names it a support policy; add the address of the public page that states your support policy (which releases are supported, until when) for this software',
        },
      ],
    },
    {
      name: "reports VMware's support policy instead of the partner's",
      changes: { omit: ['policy'], ...support('VMware support policy: https://www.vmware.com/support/policies/lifecycle.html') },
      findings: [missing('https://www.vmware.com/support/policies/lifecycle.html', 'named a support policy, but a VMware-owned host')],
    },
    {
      name: 'reports a support policy on a blog',
      changes: { omit: ['policy'], ...support('Our support policy is explained at https://corvid-systems.wordpress.com/2026/05/policy') },
      findings: [missing('https://corvid-systems.wordpress.com/2026/05/policy', 'named a support policy, but a blog on a third-party platform')],
    },
    {
      name: 'names any address when none is the partner nor a support policy',
      changes: { helpUrl: 'https://kb.vmware.com/s/article/2140', omit: ['policy'] },
      findings: [missing('https://kb.vmware.com/s/article/2140', 'a VMware-owned host, and nothing names it a support policy')],
    },
    {
      name: 'reports documentation with no address at all',
      changes: { omit: ['help', 'contact', 'policy'] },
      findings: [{ messageId: 'no-link', location: { path: DOCS }, data: { partner } }],
    },
    {
      name: 'says it could not check a guide that could not be read',
      changes: { omit: ['policy'] },
      defects: ['password-guide-docx'],
      findings: [
        {
          messageId: 'unchecked',
          location: { path: DOCS },
          message: 'no link to a support policy of the partner was found in the documents that could be read, but Corvid_NAS_Plugin_Installation_and_Configuration_Guide.docx could not be read; check it holds one',
        },
      ],
    },
  ],
});
