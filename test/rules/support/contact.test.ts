import rule from '../../../rules/support/contact.js';
import { documentPath, documentsIn, SUPPORT, VARIANTS } from '../../helpers/documents.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    ...['1-800-555-0199', '(888) 555 0199', '+1 877.555.0199', '0800 917 4455 (freephone)', '+33 805 55 01 99 (numéro vert)'].map((supportPhone) => ({
      name: `accepts the toll-free number ${supportPhone}`,
      changes: { supportPhone },
    })),
    ...VARIANTS.map(([name, changes]) => ({ name: `finds the contacts with ${name}`, changes })),
  ],
  invalid: [
    {
      name: 'reports a support process without a URL or a telephone number',
      changes: { omit: ['contact'] },
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
