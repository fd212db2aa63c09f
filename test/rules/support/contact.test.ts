import rule from '../../../rules/support/contact.js';
import { documentPath, documentsIn, documentsWith, SUPPORT, VARIANTS } from '../../helpers/documents.js';
import { testRule } from '../../helpers/rule-tester.js';

/** The default release with a support process of our own, as plain text. */
const support = (contact: string) => ({
  documents: documentsWith('support', {
    content: Buffer.from(`Corvid Systems Support Process\n\nCollecting Logs\n\nRun vm-support on the host and attach the bundle to the case.\n\nContacting Support\n\n${contact}\n`),
  }),
});
const PORTAL = 'Open a case at https://support.corvid-systems.example/cases.';
const notPartner = (closest: string, reason: string) => ({ messageId: 'not-partner-url', location: { path: SUPPORT }, data: { document: 'Corvid_Support_Process.txt', partner: 'Corvid Systems', closest, reason } });

testRule(rule, {
  valid: [
    ...['1-800-555-0199', '(888) 555 0199', '+1 877.555.0199', '0800 917 4455 (freephone)', '+33 805 55 01 99 (numéro vert)', '+44 (0)808 157 0192', '00800 1234 5678'].map((supportPhone) => ({
      name: `accepts the toll-free number ${supportPhone}`,
      changes: { supportPhone },
    })),
    ...VARIANTS.map(([name, changes]) => ({ name: `finds the contacts with ${name}`, changes })),
    { name: 'reads a vanity number as the number it dials', changes: support(`${PORTAL} Or call 1-800-ACME-NAS, 24 hours a day.`) },
    {
      name: 'knows the partner by the e-mail address the support process gives',
      changes: support('Open a case at https://help.kestrel-storage.example/cases or write to support@kestrel-storage.example. Call 1-800-555-0199.'),
    },
  ],
  invalid: [
    {
      name: 'reports a support process without a URL or a telephone number',
      changes: { omit: ['contact', 'policy'] },
      findings: [
        { messageId: 'no-phone', location: { path: SUPPORT } },
        { messageId: 'no-url', location: { path: SUPPORT } },
      ],
    },
    {
      name: 'reports a number that is not toll-free',
      changes: { supportPhone: '+44 20 7946 0958', documents: documentsIn('docx') },
      findings: [{ messageId: 'not-toll-free', location: { path: documentPath('support', 'docx') } }],
    },
    {
      name: 'does not take a toll-free fax line for a telephone',
      changes: support(`${PORTAL} Fax (toll-free): 1-800-555-0198.`),
      findings: [
        {
          messageId: 'fax-only',
          location: { path: SUPPORT },
          data: { document: 'Corvid_Support_Process.txt', number: '1-800-555-0198' },
          message: 'Corvid_Support_Process.txt gives 1-800-555-0198 to reach support, but as a fax line, which is not a telephone; add a toll-free telephone number',
        },
      ],
    },
    {
      name: 'reports a third-party download site as the only address',
      changes: support('Download fixes from https://www.softpedia.com/get/Corvid-NAS.shtml or call 1-800-555-0199.'),
      findings: [notPartner('https://www.softpedia.com/get/Corvid-NAS.shtml', 'a third-party download site')],
    },
    {
      name: 'reports a blog as the only address',
      changes: support('Tips at https://corvid-nas.wordpress.com/support or call 1-800-555-0199.'),
      findings: [notPartner('https://corvid-nas.wordpress.com/support', 'a blog on a third-party platform')],
    },
    {
      name: 'reports an intranet wiki as the only address',
      changes: support('See https://confluence.corp.example.local/display/SUP/Escalation or call 1-800-555-0199.'),
      findings: [
        {
          ...notPartner('https://confluence.corp.example.local/display/SUP/Escalation', 'an intranet host'),
          message:
            'Corvid_Support_Process.txt gives no web address of Corvid Systems to reach support: the closest, https://confluence.corp.example.local/display/SUP/Escalation, is an intranet host; add the URL of your support portal or case form',
        },
      ],
    },
    {
      name: 'reports a placeholder address as the only address',
      changes: support('Check the plugin at https://VC_IP/mob, then call 1-800-555-0199.'),
      findings: [notPartner('https://VC_IP/mob', 'a placeholder host')],
    },
    {
      name: 'says it could not check a support process that could not be read',
      defects: ['truncated-support-pdf'],
      findings: [
        {
          messageId: 'unreadable',
          location: { path: documentPath('support', 'pdf') },
          message: 'Corvid_Support_Process.pdf could not be read, so its support contacts were not checked; see docs/unreadable',
        },
      ],
    },
  ],
});
