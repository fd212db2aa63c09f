import { SLIP_CANARY } from '../../../fixtures/defects.js';
import rule from '../../../rules/archive/unsafe-path.js';
import { corpusArchive } from '../../helpers/corpus.js';
import { ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const SLIP = `${'../'.repeat(12)}tmp/${SLIP_CANARY}`;

testRule(rule, {
  valid: [],
  invalid: [
    {
      name: 'reports a name that climbs out with ..',
      defects: ['zip-slip'],
      findings: [
        {
          messageId: 'central',
          location: { path: SLIP },
          message: `entry name "${SLIP}" climbs out of the target folder with '..'; store every path relative to the archive root, without ".." or control characters`,
        },
      ],
    },
    { name: 'reports an absolute name', defects: ['absolute-path'], findings: [{ messageId: 'central', location: { path: '/etc/cron.d/corvid-update' } }], others: { scope: 'archive/' } },
    {
      name: 'reports a safe central name whose local header climbs out',
      defects: ['local-name-slip'],
      findings: [{ messageId: 'local', location: { path: `${ROOT}corvid-defaults.conf` } }],
      others: { scope: 'archive/' },
    },
    {
      name: 'reports a Windows slip from the corpus',
      bundle: (directory) => corpusArchive(directory, 'recext-zip-slip-win.zip'),
      findings: [{ messageId: 'central', location: { path: `${'..\\'.repeat(40)}Temp\\evil.txt` } }],
      others: { scope: 'archive/' },
    },
    {
      name: 'reports a drive letter from the corpus',
      bundle: (directory) => corpusArchive(directory, 'yauzl-failure-absolute_path_C_xt.zip'),
      findings: [{ messageId: 'central', location: { path: 'C:/xt' } }],
      others: { scope: 'archive/' },
    },
  ],
});
