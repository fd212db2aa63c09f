import rule from '../../../rules/archive/nonportable-name.js';
import { DOCS, ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const DOCUMENTS = ['Corvid_NAS_Plugin_3.2.1_Release_Notes.md', 'Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html', 'Corvid_Support_Process.txt', 'EULA.txt', 'open_source_licenses.txt'];

testRule(rule, {
  valid: [],
  invalid: [
    {
      name: 'warns about every backslash-separated name, as .NET 4.5 wrote them',
      defects: ['backslash-names'],
      findings: DOCUMENTS.map((name) => ({ messageId: 'backslash', location: { path: `${DOCS}!/docs\\${name}` } })),
      others: { scope: 'archive/' },
    },
    {
      name: 'warns about a character, a device name and a trailing dot that Windows refuses',
      defects: ['windows-names'],
      findings: [
        {
          messageId: 'trailing-dot-or-space',
          location: { path: `${ROOT}samples/README.` },
          message: `entry name "${ROOT}samples/README." has a part ending in a dot or a space, which Windows drops when extracting; rename it`,
        },
        {
          messageId: 'reserved-name',
          location: { path: `${ROOT}samples/aux.csv` },
          message: `entry name "${ROOT}samples/aux.csv" uses a device name Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9), so it cannot be extracted there; rename it`,
        },
        {
          messageId: 'reserved-character',
          location: { path: `${ROOT}samples/perf 10:00.csv` },
          message: `entry name "${ROOT}samples/perf 10:00.csv" holds a character Windows forbids in file names (< > : " | ? *), so it cannot be extracted there; rename it`,
        },
      ],
      others: { scope: 'archive/' },
    },
  ],
});
