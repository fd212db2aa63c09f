import rule from '../../../rules/archive/duplicate-entry.js';
import { corpusArchive } from '../../helpers/corpus.js';
import { DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [],
  invalid: [
    {
      name: 'reports names that differ only by letter case',
      defects: ['case-duplicate'],
      findings: [{ messageId: 'case', location: { path: `${DOCS}!/corvid_nas_plugin_3.2.1_release_notes.md` } }],
      others: { scope: 'archive/' },
    },
    {
      name: 'reports names that differ only by Unicode normalisation',
      defects: ['normalization-duplicate'],
      findings: [{ messageId: 'normalization', location: { path: `${DOCS}!/${'Café_notices.txt'.normalize('NFD')}` } }],
      others: { scope: 'archive/' },
    },
    {
      name: 'reports an exact duplicate once, and leaves a __proto__ entry alone',
      bundle: (directory) => corpusArchive(directory, 'local-duplicate-names-and-proto.zip'),
      findings: [{ messageId: 'exact', location: { path: 'docs/readme.txt' } }],
      others: { scope: 'archive/' },
    },
  ],
});
