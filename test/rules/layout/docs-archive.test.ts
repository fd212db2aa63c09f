import rule from '../../../rules/layout/docs-archive.js';
import { DEPOT, ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'accepts the EULA at the top beside the documentation zip', changes: { layout: { rootFolder: false, eula: 'top' } } }],
  invalid: [
    {
      name: 'reports a document loose at the top of the bundle',
      defects: ['loose-docs'],
      findings: [{ messageId: 'loose', location: { path: `${ROOT}Corvid_NAS_Plugin_3.2.1_Release_Notes.md` } }],
    },
    {
      name: 'reports every document loose at the top when there is no documentation zip',
      defects: ['docs-unzipped'],
      findings: [
        {
          messageId: 'loose-no-archive',
          location: { path: `${ROOT}Corvid_NAS_Plugin_3.2.1_Release_Notes.md` },
          message: `${ROOT}Corvid_NAS_Plugin_3.2.1_Release_Notes.md is a document loose in the bundle; zip all documents into one documentation zip beside the installer`,
        },
        { messageId: 'loose-no-archive', location: { path: `${ROOT}Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html` } },
        { messageId: 'loose-no-archive', location: { path: `${ROOT}Corvid_Support_Process.txt` } },
      ],
    },
    {
      name: 'reports documents and the offline bundle in one zip as such, not as a missing installer',
      defects: ['mixed-archive'],
      findings: [
        {
          messageId: 'mixed',
          location: { path: `${ROOT}corvid-nas-plugin-3.2.1.zip` },
          message: `${ROOT}corvid-nas-plugin-3.2.1.zip holds both the documentation and the installer CVD-corvid-nas-plugin-3.2.1-offline-bundle.zip; ship the installer beside a zip of the documents alone, so documents can be updated without retesting it`,
        },
      ],
      others: { scope: 'layout/' },
    },
    {
      name: 'reports documents and a bare VIB in one zip',
      changes: { installer: 'vib' },
      defects: ['mixed-archive'],
      findings: [{ messageId: 'mixed', location: { path: `${ROOT}corvid-nas-plugin-3.2.1.zip` } }],
      others: { scope: 'layout/' },
    },
    { name: 'reports documents delivered only inside the installer', defects: ['docs-in-installer'], findings: [{ messageId: 'in-installer', location: { path: DEPOT } }] },
    {
      name: 'reports a bundle without any documentation',
      defects: ['no-docs-archive'],
      findings: [
        {
          messageId: 'missing',
          location: { path: ROOT },
          message: 'the bundle has no documentation zip; zip the release notes, guides and support process into one archive beside the installer',
        },
      ],
    },
  ],
});
