import { renderDocument, type DocumentContent } from '../../../fixtures/documents.js';
import { defaultRelease, type DocumentFormat } from '../../../fixtures/release.js';
import rule from '../../../rules/support/present.js';
import { DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';
import { presentCases } from '../../helpers/topic-rules.js';

const cases = presentCases('support', 'CVD-Customer-Care');

/** The default release with its support process replaced by a page of our own, under a name that says nothing. */
const supportPage = (format: DocumentFormat, content: DocumentContent) => ({
  documents: defaultRelease().documents.map((plan) => (plan.role === 'support' ? { ...plan, format, fileName: 'cvd-handbook-page', content: renderDocument(content, format) } : plan)),
});

testRule(rule, {
  valid: [
    ...cases.valid,
    {
      name: 'recognises a page titled "Submitting tickets" by the tickets and the support line it has the customer use',
      changes: supportPage('docx', {
        title: 'Submitting tickets',
        intro: ['You can submit requests at any time by creating a ticket in the Corvid Customer Portal at https://portal.corvid-systems.example/, or call the 24x7x365 Support team.'],
        sections: [{ heading: 'Example tickets', items: ['The devices that have the issue', 'A description of the issue', 'A contact number'] }],
      }),
    },
    {
      name: 'recognises a "Service levels" page by the response times of its priorities and the support line',
      changes: supportPage('pdf', {
        title: 'Service levels',
        intro: ['Requests are categorised into three tiers.'],
        sections: [
          {
            heading: 'Incident response',
            items: ['Standard: Corvid responds to your request within four hours.', 'Urgent: Corvid responds within one hour.', 'Emergency: Corvid responds within 15 minutes; call the 24x7x365 support line directly.'],
          },
        ],
      }),
    },
    {
      name: 'recognises a plain-text page whose sentences wrap ("creating\\na ticket", "the 24x7x365\\nSupport team")',
      changes: supportPage('txt', {
        title: 'Submitting tickets',
        intro: ['You can submit requests at any time by creating\na ticket in the Corvid Customer Portal. You can also call the 24x7x365\nSupport team at any time.'],
        sections: [{ heading: 'Example tickets', items: ['The devices that have the issue', 'A contact number'] }],
      }),
    },
    {
      name: 'recognises a page titled "Get help from Corvid"',
      changes: supportPage('html', {
        title: 'Get help from Corvid',
        intro: ['Ask questions on the Corvid Community Forum at https://forums.corvid-systems.example/.'],
        sections: [{ heading: 'Corvid experts', paragraphs: ['Our experts are available around the clock with flexible plans.'] }],
      }),
    },
  ],
  invalid: [
    ...cases.invalid,
    {
      name: 'does not take a project page that mentions a ticket and a support team in passing for the support process',
      changes: supportPage('md', {
        title: 'Corvid Tools',
        intro: ['Command-line tools for Corvid arrays. If you find a bug, create a ticket on GitHub; the support team reads them.'],
        sections: [{ heading: 'Usage', paragraphs: ['Run corvid-tool --help.'] }],
      }),
      findings: [{ messageId: 'missing', location: { path: DOCS } }],
    },
  ],
});
