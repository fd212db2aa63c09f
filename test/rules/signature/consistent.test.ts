import rule from '../../../rules/signature/consistent.js';
import { ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    ...(['offline-bundle', 'component', 'vib'] as const).map((installer) => ({
      name: `takes 3.2.1-4471, the VIB version with its ESXi suffix, and the bulletin of a ${installer} as one signature, with no signature finding`,
      changes: { installer },
      others: { scope: 'signature/' },
    })),
    ...(['client-plugin', 'client-plugin-folder'] as const).map((installer) => ({
      name: `takes 3.2.1.4471 of a vSphere Client plugin package (${installer}) as 3.2.1 build 4471, not the vSphere Client version its manifest depends on`,
      changes: { installer },
      others: { scope: 'signature/' },
    })),
  ],
  invalid: [
    {
      name: 'names both places and both values when the bundle name gives another version',
      defects: ['version-in-name'],
      findings: [
        {
          messageId: 'version',
          location: { path: '' },
          message:
            'the bundle name ("corvid-nas-plugin-3.2.2-4471") gives version 3.2.2 build 4471, but the release notes Corvid_NAS_Plugin_3.2.1_Release_Notes.md ("Version 3.2.1 (build 4471), 2026-10-15") gives 3.2.1; use one version designation everywhere',
        },
      ],
    },
    {
      name: "names the plugin package's manifest when it gives another version",
      changes: { installer: 'client-plugin' },
      defects: ['plugin-package-version'],
      findings: [
        {
          messageId: 'version',
          location: { path: `${ROOT}corvid-nas-plugin-ui-3.2.1.4471.zip!/plugin-package.xml`, line: 2 },
          message:
            'the plugin package manifest plugin-package.xml ("3.2.0.4471") gives version 3.2.0 build 4471, but the release notes Corvid_NAS_Plugin_3.2.1_Release_Notes.md ("Version 3.2.1 (build 4471), 2026-10-15") gives 3.2.1; use one version designation everywhere',
        },
      ],
    },
    { name: 'compares builds where two places give one', defects: ['build-in-folder'], findings: [{ messageId: 'build', location: { path: ROOT.replace('4471', '4472') } }] },
  ],
});
