import rule from '../../../rules/layout/junk.js';
import { corpusArchive } from '../../helpers/corpus.js';
import { DOCS, ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [],
  invalid: [
    {
      name: 'reports debris at the top and inside the documentation zip, a debris folder once',
      defects: ['junk'],
      findings: [
        { messageId: 'directory', location: { path: '__MACOSX/' } },
        { messageId: 'file', location: { path: `${ROOT}.DS_Store` } },
        { messageId: 'file', location: { path: `${DOCS}!/Thumbs.db` } },
        { messageId: 'file', location: { path: `${DOCS}!/~$rvid_Support_Process.docx` } },
      ],
    },
    {
      name: 'finds the debris of the corpus archive made on a Mac',
      bundle: (directory) => corpusArchive(directory, 'recext-TestData.zip'),
      findings: [
        { messageId: 'file', location: { path: 'TestData/.DS_Store' } },
        { messageId: 'directory', location: { path: '__MACOSX/' } },
      ],
    },
    {
      name: 'takes its patterns from its options',
      defects: ['junk'],
      options: { files: ['Thumbs.db'], directories: [] },
      findings: [{ messageId: 'file', location: { path: `${DOCS}!/Thumbs.db` } }],
    },
  ],
});
