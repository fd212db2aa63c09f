import rule from '../../../rules/archive/unreadable.js';
import { corpusArchive } from '../../helpers/corpus.js';
import { DEPOT, DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [],
  invalid: [
    {
      name: 'reports a truncated bundle as a finding with a full report, not a crash',
      defects: ['truncated'],
      findings: [
        {
          messageId: 'archive',
          location: { path: '' },
          message: 'corvid-nas-plugin-3.2.1-4471.zip cannot be read as an archive: no end of central directory record: not a zip archive, or truncated; rebuild it with a standard tool and check that the copy is complete',
        },
      ],
      others: { scope: '' },
    },
    {
      name: 'reports an entry compressed with a method nobody can decode',
      defects: ['unsupported-method'],
      findings: [{ messageId: 'method', location: { path: `${DOCS}!/open_source_licenses.txt` } }],
      others: { scope: 'archive/' },
    },
    {
      name: 'reports a file named like a zip whose content is something else, the only finding',
      defects: ['not-a-zip'],
      findings: [
        {
          messageId: 'archive',
          location: { path: DOCS },
          message: 'corvid-nas-plugin-3.2.1-4471/corvid-nas-plugin-3.2.1-docs.zip cannot be read as an archive: it is named like a zip archive but its content is an HTML page; rebuild it with a standard tool and check that the copy is complete',
        },
      ],
      others: { scope: '' },
    },
    {
      name: 'reports a VIB cut short inside the offline bundle',
      defects: ['truncated-vib'],
      findings: [{ messageId: 'archive', location: { path: `${DEPOT}!/vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib` } }],
      others: { scope: 'archive/' },
    },
    {
      name: 'reports an entry whose local header is not one, from the corpus',
      bundle: (directory) => corpusArchive(directory, 'yauzl-failure-invalid_local_file_header_signature_0x3034b50.zip'),
      findings: [
        {
          messageId: 'entry',
          location: { path: 'b.txt' },
          message: 'the headers of b.txt are corrupt (invalid local file header signature: 0x3034b50), so its data cannot be found; rebuild the archive that holds it',
        },
      ],
      others: { scope: 'archive/' },
    },
  ],
});
