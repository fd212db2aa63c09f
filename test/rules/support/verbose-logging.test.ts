import type { DocumentFormat } from '../../../fixtures/release.js';
import { renderDocument, type Section } from '../../../fixtures/documents.js';
import rule from '../../../rules/support/verbose-logging.js';
import { documentsWith } from '../../helpers/documents.js';
import { DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases } from '../../helpers/topic-rules.js';

const LOGS: Section = { heading: 'Collecting Logs', paragraphs: ['Run vm-support on the host and attach the bundle to the case.'] };

/** The release with its support process replaced by one of our own, in `format`, with these sections after the logs. */
const support = (format: DocumentFormat, sections: readonly Section[]) => ({
  documents: documentsWith('support', {
    format,
    fileName: 'Corvid_Support_Process',
    content: renderDocument({ title: 'Corvid Systems Support Process', intro: ['How to engage Corvid support.'], sections: [LOGS, ...sections] }, format),
  }),
});
const path = (format: DocumentFormat) => `${DOCS}!/Corvid_Support_Process.${format}`;
const cases = topicCases('verboseLogging', 'support');

testRule(rule, {
  valid: [
    ...cases.valid,
    {
      name: 'finds an esxcli command that raises the log level (Markdown)',
      changes: support('md', [{ heading: 'Advanced Diagnostics', paragraphs: ['Run esxcli system syslog config logger set --id=corvid --level=verbose, reproduce the problem, then set it back.'] }]),
    },
    { name: 'finds a UI toggle (DOCX)', changes: support('docx', [{ heading: 'More Detail in the Logs', paragraphs: ['In the Corvid panel, open Settings and turn on Debug mode; it is off by default.'] }]) },
    {
      name: 'finds "for even more detailed logs" and the file that turns them on (Markdown)',
      changes: support('md', [{ heading: 'Plugin Driver', paragraphs: ['For even more detailed logs of the plugin driver, create the file /var/log/corvid_driver.log on the host; the driver writes to it only when it exists.'] }]),
    },
    { name: 'finds a configuration property (text)', changes: support('txt', [{ heading: 'Tracing', paragraphs: ['Set corvid.log.level=TRACE in the plugin settings and restart the service; the default level is INFO.'] }]) },
  ],
  invalid: [
    ...cases.invalid,
    {
      name: 'does not take the logs to collect for a way to make them verbose (HTML)',
      changes: support('html', [{ heading: 'Log Files', paragraphs: ['The plugin writes /var/log/corvid.log; send it with the case.'] }]),
      findings: [{ messageId: 'missing', location: { path: path('html') } }],
    },
    {
      name: 'does not take pointers to "more detailed information about logging" or "more detailed steps" for a way to make the logs verbose (Markdown)',
      changes: support('md', [{ heading: 'Further Reading', paragraphs: ['For more detailed information about logging, see the Corvid Logging Reference. For more detailed steps, see the logging chapter.'] }]),
      findings: [{ messageId: 'missing', location: { path: path('md') } }],
    },
  ],
});
