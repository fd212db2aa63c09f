import { defaultRelease } from '../../../fixtures/release.js';
import rule from '../../../rules/signature/present.js';
import { DEPOT, DESCRIPTOR, DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const release = defaultRelease();

/** A release installed by a Windows installer (no installer metadata), its release notes a Markdown document of the test's own. */
function notesOnly(text: string) {
  return { installer: 'exe' as const, documents: release.documents.map((plan) => (plan.role === 'release-notes' ? { ...plan, format: 'md' as const, content: Buffer.from(text) } : plan)) };
}
const NOTES_MD = `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md`;
/** Where the release notes of version 3.2 land, and the descriptor of its VIB. */
const NOTES_3_2 = 'corvid-nas-plugin-3.2-4471/corvid-nas-plugin-3.2-docs.zip!/Corvid_NAS_Plugin_3.2_Release_Notes.md';
const DESCRIPTOR_3_2 = DESCRIPTOR.replace('3.2.1-1OEM', '3.2-1OEM').replace('plugin-3.2.1-4471', 'plugin-3.2-4471').replace('plugin-3.2.1-offline', 'plugin-3.2-offline');

testRule(rule, {
  valid: [],
  invalid: [
    {
      name: 'reports a two-node version in the VIB descriptor and the release notes',
      changes: { notes: { ...release.notes, version: '3.2' } },
      findings: [
        {
          messageId: 'partial-version',
          location: { path: DESCRIPTOR_3_2, line: 6 },
          message: 'the descriptor of vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2-1OEM.700.1.0.15843807.vib gives version 3.2, which has 2 nodes; a fully qualified version has at least three (major.minor.patch)',
        },
        {
          messageId: 'partial-version',
          location: { path: NOTES_3_2, line: 5 },
          message: 'the release notes Corvid_NAS_Plugin_3.2_Release_Notes.md gives version 3.2 build 4471, which has 2 nodes; a fully qualified version has at least three (major.minor.patch)',
        },
      ],
      // 3.2 is 3.2.0, which the history lists.
      others: {
        scope: 'signature/',
        findings: [
          {
            ruleId: 'signature/unique',
            messageId: 'same-version',
            location: { path: NOTES_3_2, line: 5 },
            message: 'this release has version 3.2 build 4471, like the earlier release listed in Corvid_NAS_Plugin_3.2_Release_Notes.md (dated 2026-07-02); every release needs a version that differs in at least one node',
          },
        ],
      },
    },
    {
      name: 'reports a VIB without a version',
      defects: ['unversioned-vib'],
      findings: [
        {
          messageId: 'no-version',
          location: { path: DESCRIPTOR },
          message: 'the descriptor of vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib gives no version; identify the release there with a fully qualified version (major.minor.patch)',
        },
      ],
    },
    { name: 'reports an undated VIB', defects: ['undated-vib'], findings: [{ messageId: 'no-date', location: { path: DESCRIPTOR } }] },
    {
      name: 'reports release notes that give no date, and the installer metadata written with that date',
      changes: { notes: { ...release.notes, date: 'soon' }, history: [], documents: release.documents.map((plan) => (plan.role === 'release-notes' ? { ...plan, format: 'docx' } : plan)) },
      findings: [
        { messageId: 'no-date', location: { path: `${DEPOT}!/metadata.zip!/bulletins/CVD-corvid-nas-plugin-3.2.1.xml` } },
        { messageId: 'no-date', location: { path: `${DEPOT}!/metadata.zip!/vmware.xml` } },
        { messageId: 'no-date', location: { path: DESCRIPTOR } },
        { messageId: 'no-date', location: { path: `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.docx` } },
      ],
    },
    {
      name: 'reports an undated current release though the earlier ones are dated, and no other signature finding borrows their date',
      changes: notesOnly('# Corvid NAS Plugin Release Notes\n\n## Version 3.2.1 (build 4471)\n\n### Fixed Issues\n\n- Clones.\n\n## Version 3.2.0 (build 4410), 2026-07-02\n\n### Fixed Issues\n\n- Locks.\n\n## Version 3.1.4 (build 4302), 18.03.2026\n'),
      findings: [{ messageId: 'no-date', location: { path: NOTES_MD }, message: 'the release notes Corvid_NAS_Plugin_3.2.1_Release_Notes.md gives no release date; date the release there' }],
      others: { scope: 'signature/' },
    },
    {
      name: 'accepts a month and year as the date, with an info that the day is missing',
      changes: notesOnly('# Corvid NAS Plugin Release Notes\n\n## Version 3.2.1 (build 4471) - September, 2026\n\n- Clones.\n\n## Version 3.2.0 (build 4410) - July 2026\n'),
      findings: [
        {
          messageId: 'month-only',
          location: { path: NOTES_MD, line: 3 },
          message: 'the release notes Corvid_NAS_Plugin_3.2.1_Release_Notes.md dates the release 2026-09, a month without a day; give the full release date (YYYY-MM-DD)',
        },
      ],
      others: { scope: 'signature/' },
    },
  ],
});
