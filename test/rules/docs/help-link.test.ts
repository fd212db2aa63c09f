import { writeZip } from '../../../fixtures/zip-writer.js';
import rule from '../../../rules/docs/help-link.js';
import { documentsWith, VARIANTS } from '../../helpers/documents.js';
import { DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const VMWARE_ONLY = { helpUrl: 'https://kb.vmware.com/s/article/2140' };
/** A help site on a domain that nothing in the default bundle names: the partner's only once something does. */
const KESTREL = { helpUrl: 'https://support.kestrel-storage.example/nas' };
const KESTREL_GUIDE = (extra: string) =>
  documentsWith('install-guide', { format: 'md', content: Buffer.from(`# NAS Plugin Installation Guide\n\n## Getting Help\n\nArticles and updates: https://support.kestrel-storage.example/nas\n\n${extra}\n`) });
const EULA_WITH_LINK = documentsWith('eula', {
  content: Buffer.from(
    'END USER LICENSE AGREEMENT\n\nThis End User License Agreement is between Corvid Systems and the customer. Corvid Systems grants the customer a non-exclusive license to use the software. ' +
      'By installing the software you agree to these terms. The software is provided as is, without warranty of any kind. ' +
      'Personal data is handled as https://www.corvid-systems.example/legal/privacy says.\n',
  ),
});
const partner = 'Corvid Systems';
const missing = (closest: string, reason: string) => ({ messageId: 'missing', location: { path: DOCS }, data: { partner, closest, reason } });

testRule(rule, {
  valid: [
    ...VARIANTS.map(([name, changes]) => ({ name: `finds the partner link with ${name}`, changes })),
    { name: 'knows the partner by the bulletin vendor', changes: { ...KESTREL, vendor: 'Kestrel Storage' } },
    { name: 'knows the partner by a copyright line', changes: { ...KESTREL, documents: KESTREL_GUIDE('© 2026 Kestrel Storage, Inc. All rights reserved.') } },
    { name: 'knows the partner by an e-mail address', changes: { ...KESTREL, documents: KESTREL_GUIDE('Questions: write to docs@kestrel-storage.example.') } },
    { name: "knows the partner by the bundle's name", changes: { ...KESTREL, slug: 'kestrel-nas-plugin' } },
    { name: 'knows the partner by the configured names', changes: KESTREL, partner: { names: ['Kestrel Storage'], domains: [] } },
    { name: 'knows the partner by the configured domains', changes: KESTREL, partner: { names: [], domains: ['kestrel-storage.example'] } },
    { name: 'knows a partner whose name is two characters by the bulletin vendor', changes: { helpUrl: 'https://support.k7.example/nas', vendor: 'K7, Inc.' } },
    { name: "knows a two-character first word of the partner's name", changes: { helpUrl: 'https://www.k7.example/support', vendor: 'K7 Networks' } },
    { name: "counts the partner's organisation on a code host", changes: { helpUrl: 'https://github.com/corvid-systems/nas-plugin' } },
  ],
  invalid: [
    {
      name: 'reports documentation whose only links are to VMware',
      changes: VMWARE_ONLY,
      findings: [
        {
          ...missing('https://kb.vmware.com/s/article/2140', 'a VMware-owned host'),
          message: 'the documentation links to no public web page of Corvid Systems: the closest, https://kb.vmware.com/s/article/2140, is a VMware-owned host; add the address of the product page or customer help system you maintain',
        },
      ],
    },
    {
      name: "reports a help site on a domain nothing names the partner's",
      changes: KESTREL,
      findings: [missing('https://support.kestrel-storage.example/nas', "a host that is not one of the partner's domains")],
    },
    {
      name: 'does not take a two-letter word of a copyright holder for the partner',
      changes: { helpUrl: 'https://go.example/nas', documents: KESTREL_GUIDE('© 2026 The Go Authors. All rights reserved.') },
      findings: [missing('https://support.kestrel-storage.example/nas', "a host that is not one of the partner's domains")],
    },
    {
      name: 'reports a third-party download site',
      changes: { helpUrl: 'https://www.softpedia.com/get/Corvid-NAS-Plugin.shtml' },
      findings: [missing('https://www.softpedia.com/get/Corvid-NAS-Plugin.shtml', 'a third-party download site')],
    },
    {
      name: "reports a blog on a third-party platform, even under the partner's name",
      changes: { helpUrl: 'https://corvid-systems.wordpress.com/nas-plugin' },
      findings: [missing('https://corvid-systems.wordpress.com/nas-plugin', 'a blog on a third-party platform')],
    },
    {
      name: 'reports an intranet wiki',
      changes: { helpUrl: 'https://confluence.corp.example.local/display/NAS' },
      findings: [missing('https://confluence.corp.example.local/display/NAS', 'an intranet host')],
    },
    {
      name: 'reports a placeholder host',
      changes: { helpUrl: 'https://VC_IP/mob' },
      findings: [missing('https://VC_IP/mob', 'a placeholder host')],
    },
    {
      name: "reports a legal address inside the EULA, though on the partner's domain",
      changes: { omit: ['help', 'contact', 'policy'], documents: EULA_WITH_LINK },
      findings: [missing('https://www.corvid-systems.example/legal/privacy', 'a legal address inside the EULA')],
    },
    {
      name: 'reports documentation with no link at all',
      changes: { omit: ['help', 'contact', 'policy'] },
      findings: [{ messageId: 'no-link', location: { path: DOCS }, data: { partner } }],
    },
    {
      name: 'says when nothing names the partner',
      bundle: () => ({
        fileName: 'NAS_Plugin_3.2.1.zip',
        bytes: writeZip([{ name: 'docs.zip', data: writeZip([{ name: 'README.txt', data: Buffer.from('NAS Plugin\n\nSee https://kb.vmware.com/s/article/2140 for VAAI.\n') }]) }]),
      }),
      findings: [
        {
          messageId: 'missing',
          location: { path: 'docs.zip' },
          message:
            'the documentation links to no public web page of the partner, whose name and domains are not known (set partner.names or partner.domains in the configuration): the closest, https://kb.vmware.com/s/article/2140, is a VMware-owned host; add the address of the product page or customer help system you maintain',
        },
      ],
    },
    {
      name: 'takes the hosts that do not count from its options',
      options: { neutralHosts: ['corvid-systems.example'] },
      findings: [missing('https://support.corvid-systems.example/nas-plugin', "a host the rule's options say is not the partner's")],
    },
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
