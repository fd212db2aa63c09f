import type { Section } from '../../../fixtures/documents.js';
import type { DocumentFormat } from '../../../fixtures/release.js';
import rule from '../../../rules/install-guide/supported-configurations.js';
import { documentPath, guideOf } from '../../helpers/documents.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases, withWordings } from '../../helpers/topic-rules.js';

const cases = withWordings(rule.meta.id, topicCases('configurations', 'install-guide'));

/** The release with its installation guide replaced by one of our own, in `format`, with these sections. */
const guide = (format: DocumentFormat, sections: readonly Section[]) => guideOf(format, { title: 'Installation', intro: ['There are different ways to install Corvid.'], sections });

testRule(rule, {
  valid: [
    ...cases.valid,
    {
      name: 'finds the platforms a build is made for, listed without versions (reStructuredText as text)',
      changes: guide('txt', [
        {
          heading: 'Standalone Binary',
          paragraphs: ['Corvid binaries are available on the releases page for the following platforms:', '* Linux', '* macOS', '* FreeBSD', 'To install such a binary, put it into a directory in your PATH.'],
        },
      ]),
    },
    {
      name: 'finds the operating systems a build runs on, each with its version floor (reStructuredText as text)',
      changes: guide('txt', [
        {
          heading: 'Standalone Binary',
          paragraphs: [
            'Corvid binaries are available on the releases page.',
            '* **Linux**: glibc >= 2.28 (ok for most supported Linux releases).',
            '* **macOS**: 10.12 or newer.',
            '* **FreeBSD**: 12.1 (unknown whether it works for older releases)',
            'To install such a binary, put it into a directory in your PATH.',
          ],
        },
      ]),
    },
  ],
  invalid: [
    ...cases.invalid,
    {
      name: 'does not take the version floors of libraries and runtimes to build with for supported configurations (text)',
      changes: guide('txt', [{ heading: 'Dependencies', paragraphs: ['To install Corvid from source, install these first:', '* Python 3 >= 3.11.0', '* OpenSSL >= 1.1.1', '* liblz4 >= 1.7.0'] }]),
      findings: [{ messageId: 'missing', location: { path: documentPath('install-guide', 'txt') } }],
    },
  ],
});
