import rule from '../../../rules/signature/consistent.js';
import { defaultRelease } from '../../../fixtures/release.js';
import { DESCRIPTOR, ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const NOTES = 'Corvid_NAS_Plugin_3.2.1_Release_Notes.md';
const NOTES_PATH = `${ROOT}corvid-nas-plugin-3.2.1-docs.zip!/${NOTES}`;

/** The default release with its release notes replaced by a document of the test's own. */
function withNotes(text: string) {
  const documents = defaultRelease().documents.map((plan) => (plan.role === 'release-notes' ? { ...plan, format: 'md' as const, content: Buffer.from(text) } : plan));
  return { documents };
}

testRule(rule, {
  valid: [
    ...(['offline-bundle', 'component', 'vib'] as const).map((installer) => ({
      name: `takes 3.2.1-4471, the VIB version with its ESXi suffix, and the bulletin of a ${installer} as one signature, with no signature finding`,
      changes: { installer },
      others: { scope: 'signature/' },
    })),
    {
      name: 'takes no version of third-party files shipped beside the product (openssl-3.0.13.tar.gz, tools/diag-1.4.2.sh, firmware-9.4.bin) for a place of the release',
      defects: ['third-party-files'],
      others: { scope: 'signature/' },
    },
    {
      name: 'takes no version of a file the components option names, though it is named like the product',
      defects: ['vendor-named-tool'],
      options: { components: ['CORVID-DIAG'] },
    },
    {
      name: 'reads neither a platform version in the title ("for NFS 4.1 Datastores") nor a document revision as the release version',
      changes: withNotes(
        '# Corvid NAS Plugin for NFS 4.1 Datastores 3.2.1 Release Notes\n\nDocument Revision 2.1\n\n## Version 3.2.1 (build 4471), 2026-10-15\n\n### New Features\n\n- Trunking.\n\n### Fixed Issues\n\n- Clones.\n\n### Known Issues\n\n- None.\n\n## Version 3.2.0 (2026-07-02)\n\n### Fixed Issues\n\n- Locks.\n',
      ),
    },
    {
      name: 'reads a maintenance release whose notes list a later release of another branch first, at the version the bundle and its title name',
      changes: {
        notes: { ...defaultRelease().notes, version: '3.1.5' },
        ...withNotes(
          '# Corvid NAS Plugin 3.1.5 Release Notes\n\n## 3.2.1 Release Notes\n\nReleased 2026-09-01.\n\n### Fixed Issues\n\n- Clones.\n\n## 3.1.5 Release Notes\n\nReleased 15-Oct-2026.\n\n### Fixed Issues\n\n- Clones, backported.\n\n## 3.1.4 Release Notes\n\nReleased 2026-03-18.\n',
        ),
      },
    },
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
          message: `version 3.2.2 in the bundle name ("corvid-nas-plugin-3.2.2-4471") disagrees with 3.2.1 in the release notes ${NOTES} ("Version 3.2.1 (build 4471), 2026-10-15") and 12 more places; use one version designation everywhere`,
        },
      ],
    },
    {
      name: 'reports one disagreement once, listing every place that gives it (the bundle name and the root folder)',
      defects: ['version-in-name-and-folder'],
      findings: [
        {
          messageId: 'version',
          location: { path: '' },
          message:
            'version 3.2.2 in the bundle name ("corvid-nas-plugin-3.2.2-4471") and the root folder ("corvid-nas-plugin-3.2.2-4471") disagrees with 3.2.1 in the release notes Corvid_NAS_Plugin_3.2.1_Release_Notes.md ("Version 3.2.1 (build 4471), 2026-10-15") and 11 more places; use one version designation everywhere',
        },
      ],
    },
    {
      name: 'compares builds where two places give one',
      defects: ['build-in-folder'],
      findings: [
        {
          messageId: 'build',
          location: { path: ROOT.replace('4471', '4472') },
          message: `build 4472 in the root folder ("corvid-nas-plugin-3.2.1-4472") disagrees with build 4471 in the release notes ${NOTES} ("Version 3.2.1 (build 4471), 2026-10-15") and 1 more place; use one build number everywhere`,
        },
      ],
    },
    {
      name: "reports a VIB release date that differs from the notes'",
      defects: ['vib-dated-otherwise'],
      findings: [
        {
          messageId: 'date',
          location: { path: DESCRIPTOR, line: 10 },
          message: `release date 2026-10-16 in the descriptor of vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib ("2026-10-16T00:00:00.000000+00:00") disagrees with 2026-10-15 in the release notes ${NOTES} ("Version 3.2.1 (build 4471), 2026-10-15") and 2 more places; date the release the same everywhere`,
        },
      ],
    },
    {
      name: 'takes a file named like the product for a place of the release when no option exempts it',
      defects: ['vendor-named-tool'],
      findings: [
        {
          messageId: 'version',
          location: { path: `${ROOT}tools/corvid-diag-1.4.2.sh` },
          message: `version 1.4.2 in the name of ${ROOT}tools/corvid-diag-1.4.2.sh ("corvid-diag-1.4.2.sh") disagrees with 3.2.1 in the release notes ${NOTES} ("Version 3.2.1 (build 4471), 2026-10-15") and 13 more places; use one version designation everywhere`,
        },
      ],
    },
    {
      name: 'reads the notes of a maintenance release at its own section, and reports the place that names the later branch',
      changes: {
        notes: { ...defaultRelease().notes, version: '3.1.5' },
        ...withNotes('# Corvid NAS Plugin 3.2.1 Release Notes\n\n## 3.2.1 Release Notes\n\nReleased 2026-09-01.\n\n## 3.1.5 Release Notes\n\nReleased 15/10/2026.\n\n## 3.1.4 Release Notes\n\nReleased 2026-03-18.\n'),
      },
      findings: [
        {
          messageId: 'version',
          location: { path: NOTES_PATH.replaceAll('3.2.1', '3.1.5') },
          message:
            'version 3.2.1 in the title of Corvid_NAS_Plugin_3.1.5_Release_Notes.md ("Corvid NAS Plugin 3.2.1 Release Notes") disagrees with 3.1.5 in the release notes Corvid_NAS_Plugin_3.1.5_Release_Notes.md ("3.1.5 Release Notes") and 12 more places; use one version designation everywhere',
        },
      ],
    },
    {
      // The notes name their own release in their title and first section, and their file name names no other: a 3.2.1 section among their history is no reason to read them as 3.2.1's.
      name: 'reads notes whose title names a later release at that release, not at the earlier section of the bundle\'s version',
      changes: {
        documents: withNotes('# Corvid NAS Plugin 3.2.3 Release Notes\n\n## 3.2.3 (2026-11-20)\n\n### Fixed Issues\n\n- Clones.\n\n## 3.2.1 (2026-10-15)\n\n### Fixed Issues\n\n- Locks.\n').documents.map((plan) =>
          plan.role === 'release-notes' ? { ...plan, fileName: 'Corvid_NAS_Plugin_Release_Notes' } : plan,
        ),
      },
      // One disagreement, between the notes' own places and the bundle's; the notes' date is 3.2.3's, not compared with the release's.
      findings: [
        {
          messageId: 'version',
          location: { path: `${ROOT}corvid-nas-plugin-3.2.1-docs.zip!/Corvid_NAS_Plugin_Release_Notes.md` },
          message:
            'version 3.2.3 in the title of Corvid_NAS_Plugin_Release_Notes.md ("Corvid NAS Plugin 3.2.3 Release Notes") and the release notes Corvid_NAS_Plugin_Release_Notes.md ("3.2.3 (2026-11-20)") disagrees with 3.2.1 in the descriptor of vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib ("3.2.1-1OEM.700.1.0.15843807") and 10 more places; use one version designation everywhere',
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
            'version 3.2.0 in the plugin package manifest plugin-package.xml ("3.2.0.4471") disagrees with 3.2.1 in the release notes Corvid_NAS_Plugin_3.2.1_Release_Notes.md ("Version 3.2.1 (build 4471), 2026-10-15") and 7 more places; use one version designation everywhere',
        },
      ],
    },
  ],
});
