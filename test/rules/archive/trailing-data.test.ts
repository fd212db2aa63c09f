import rule from '../../../rules/archive/trailing-data.js';
import { corpusArchive } from '../../helpers/corpus.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [],
  invalid: [
    {
      name: 'reads a bundle with bytes after its end record, and says so as an info',
      defects: ['trailing-data'],
      findings: [{ messageId: 'trailing', location: { path: '' } }],
      others: { scope: 'archive/' },
    },
    {
      name: 'counts one byte after the record in its message',
      bundle: (directory) => corpusArchive(directory, 'go-readme.zip'),
      findings: [
        {
          messageId: 'trailing',
          location: { path: '' },
          message: 'go-readme.zip has 1 byte after its end of central directory record, which most tools ignore and some reject; rebuild it to drop them unless something (a signature) needs them',
        },
      ],
    },
    {
      name: 'counts 14 bytes after the record in its message',
      bundle: (directory) => corpusArchive(directory, 'go-test-trailing-junk.zip'),
      findings: [
        {
          messageId: 'trailing',
          location: { path: '' },
          message: 'go-test-trailing-junk.zip has 14 bytes after its end of central directory record, which most tools ignore and some reject; rebuild it to drop them unless something (a signature) needs them',
        },
      ],
    },
  ],
});
