import { defaultRelease } from '../../../fixtures/release.js';
import rule from '../../../rules/release-notes/known-issues.js';
import { NOTES } from '../../helpers/documents.js';
import { DOCS } from '../../helpers/lint.js';
import { ownPath, withMarkdown } from '../../helpers/own-documents.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases } from '../../helpers/topic-rules.js';

/** Release notes whose known issues come under "Heads-up", a heading only the configured vocabulary knows. */
const HEADS_UP = [
  '# Corvid NAS Plugin 3.2.1 Release Notes', '', '## 3.2.1 (2026-10-15)', '', '### New', '', '- Session trunking.', '', '### Fixed', '', '- Clone timeouts.', '',
  '### Heads-up', '', '- Statistics are empty until a remount.', '', '## 3.2.0 (2026-07-02)', '', '### New', '', '- Fast clone.', '',
].join('\n');
const headsUp = { documents: defaultRelease().documents.map((plan) => (plan.role === 'release-notes' ? { ...plan, content: Buffer.from(HEADS_UP) } : plan)) };
const topic = topicCases('known', 'release-notes', 5);

/** A user guide whose "Release Notes" chapter lacks known issues, and no release notes of their own. */
const GUIDE_WITH_NOTES = [
  '# Corvid NAS Plugin User Guide', '', '## Installing', '', '1. Download the offline bundle.', '2. Run esxcli software vib install -d /tmp/corvid.zip on each host.', '',
  '## Release Notes', '', '### Version 3.2.1 (2026-10-15)', '', '#### New', '', '- Session trunking.', '', '#### Fixed', '', '- Clone timeouts.', '',
  '### Version 3.2.0 (2026-07-02)', '', '#### New', '', '- Fast clone.', '', '#### Fixed', '', '- Mount retries.', '',
].join('\n');
const guideWithNotes = {
  documents: defaultRelease().documents.flatMap((plan) =>
    plan.role === 'release-notes' ? [] : plan.role === 'install-guide' ? [{ ...plan, format: 'md' as const, fileName: 'Corvid_User_Guide', content: Buffer.from(GUIDE_WITH_NOTES) }] : [plan],
  ),
};

/** Release notes whose known-issues part only sends the reader to another page. */
const POINTING = [
  '# Corvid NAS Plugin 3.2.1 Release Notes', '', '## Version 3.2.1 (2026-10-15)', '', '### New', '', '- Session trunking.', '', '### Fixed', '', '- Clone timeouts.', '',
  '### Post-Release Known Issues', '', 'For information about issues identified after this release, see the [Corvid knowledge base article 4471](https://kb.corvid.example/4471).', '',
  '## Version 3.2.0 (2026-07-02)', '', '### New', '', '- Fast clone.', '',
].join('\n');

/** Release notes whose known issues stand outside every version's notes: before the history, or after it. */
const STANDING_BEFORE = [
  '# Corvid NAS Plugin Release Notes', '', '## 1. Current Issues', '', 'Currently we are not aware of any issues.', '', '## 2. Version History', '', '### Version 3.2.1', '', '#### New Features', '', '- Session trunking.', '',
  '### Version 3.2.0', '', '#### New Features', '', '- Fast clone.', '',
].join('\n');
const STANDING_AFTER = [
  '# Corvid NAS Plugin', '', '## History', '', '### 3.2.1 - October 15, 2026', '', '- Session trunking.', '', '### 3.2.0 - July 2, 2026', '', '- Fast clone.', '',
  '## Known Issues', '', '- Statistics are empty until a remount.', '',
].join('\n');
/** Known issues of an earlier version only: no standing section. */
const EARLIER_ONLY = [
  '# Corvid NAS Plugin Release Notes', '', '## Version 3.2.1', '', '### New Features', '', '- Session trunking.', '', '## Version 3.2.0', '', '### Known Issues', '', '- Statistics are empty until a remount.', '',
].join('\n');

testRule(rule, {
  valid: [
    { name: 'takes a "Current Issues" section standing before the version history for the current release\'s', changes: withMarkdown('release-notes', STANDING_BEFORE) },
    { name: 'takes a "Known Issues" section standing after the whole history for the current release\'s', changes: withMarkdown('release-notes', STANDING_AFTER) },
    ...topic.valid,
    { name: 'takes more headings from the configured vocabulary', changes: headsUp, vocabulary: ['Heads-up'] },
    {
      name: 'takes a known issue that names its article and says what it is',
      changes: withMarkdown('release-notes', POINTING.replace(/For information about issues identified after this release, see the .*\)\./, 'Refer to KB 89001: the datastore unmounts after a controller failover.')),
    },
  ],
  invalid: [
    ...topic.invalid,
    { name: 'does not take an earlier version\'s known issues for the current release\'s', changes: withMarkdown('release-notes', EARLIER_ONLY), findings: [{ messageId: 'missing', location: { path: ownPath('release-notes'), line: 3 } }] },
    { name: 'does not know a heading the vocabulary does not add', changes: headsUp, findings: [{ messageId: 'missing', location: { path: NOTES, line: 3 } }] },
    {
      name: 'does not take a known-issues part that only points to another page',
      changes: withMarkdown('release-notes', POINTING),
      findings: [
        {
          messageId: 'missing',
          location: { path: ownPath('release-notes'), line: 3 },
          evidence: { closest: { path: ownPath('release-notes'), heading: 'Post-Release Known Issues', shortfall: 'only points elsewhere ("For information about issues identified after this release, see the Corvid know…")' } },
        },
      ],
    },
    {
      name: 'checks release notes that are a chapter of a user guide like any',
      changes: guideWithNotes,
      findings: [{ messageId: 'missing', location: { path: `${DOCS}!/Corvid_User_Guide.md`, line: 10 } }],
      // The chapter is the release notes: present, with history, what is new and what is fixed.
      others: { scope: 'release-notes/' },
    },
  ],
});
