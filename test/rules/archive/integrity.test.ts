import rule from '../../../rules/archive/integrity.js';
import { corpusArchive } from '../../helpers/corpus.js';
import { DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [],
  invalid: [
    {
      name: 'reports a flipped CRC-32 with both values, the only finding',
      defects: ['crc-flip'],
      findings: [
        {
          messageId: 'crc',
          location: { path: `${DOCS}!/EULA.txt` },
          message: 'EULA.txt is corrupt: its data has CRC-32 414e2960 but its header says 414e2961; rebuild the archive from the original files',
        },
      ],
      others: { scope: '' },
    },
    {
      name: 'reports headers that declare more bytes than the data holds',
      defects: ['lying-size'],
      findings: [{ messageId: 'short', location: { path: `${DOCS}!/Corvid_Support_Process.txt` } }],
      others: { scope: 'archive/' },
    },
    {
      name: 'reports too few, too many, and inconsistent stored sizes',
      bundle: (directory) => corpusArchive(directory, 'yauzl-wrong-entry-sizes-wrong-entry-sizes.zip'),
      findings: [
        { messageId: 'short', location: { path: 'a.txt' } },
        { messageId: 'long', location: { path: 'b.txt' } },
        { messageId: 'stored', location: { path: 'c/' } },
      ],
      others: { scope: 'archive/' },
    },
    {
      name: 'reports corrupt deflate data, the only finding',
      bundle: (directory) => corpusArchive(directory, 'yauzl-failure-invalid_code_lengths_set.zip'),
      findings: [
        {
          messageId: 'inflate',
          location: { path: 'index.js' },
          message: 'index.js is corrupt: its compressed data cannot be inflated (invalid code lengths set); rebuild the archive from the original files',
        },
      ],
      others: { scope: '' },
    },
  ],
});
