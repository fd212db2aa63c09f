import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../../fixtures/bundle.js';
import { release, type DocumentPlan } from '../../../fixtures/release.js';
import rule from '../../../rules/docs/placeholder.js';
import { defineRule, type Topic } from '../../../rules/kit/index.js';
import { builtinRules } from '../../../rules/index.js';
import { DOCS, findingsOf, scratchDirectory } from '../../helpers/lint.js';
import { documentsWith } from '../../helpers/documents.js';
import { testRule } from '../../helpers/rule-tester.js';

/** The release's documents with the one of `role` replaced by Markdown (or bytes) of our own. */
const replacing = (role: DocumentPlan['role'], fileName: string, content: string | Buffer) => documentsWith(role, { format: 'md', fileName, content: Buffer.from(content) });

const SUPPORT = (logs: string) =>
  `# Corvid Support Process\n\n## Collecting Logs\n\n${logs}\n\n## Information to Gather\n\nThe VM name, the datastore and the time of the failure.\n\n## Contacting Support\n\nOpen a case at https://support.corvid.example or call 1-800-555-0100. Support policy and end-of-support dates: https://support.corvid.example/lifecycle\n\n## Entitlement\n\nHave your support contract number ready.\n\n## Verbose Mode\n\nVerbose mode is off by default; turn it on with corvid-cli verbosity debug.\n`;

testRule(rule, {
  valid: [
    { name: 'accepts the documents of a complete bundle' },
    { name: 'accepts a required section that says there is nothing to say', changes: { documents: replacing('support', 'Support', SUPPORT('None are needed: the plugin sends its logs to the array.')) } },
    { name: 'does not read the copies inside the installer', defects: ['docs-in-installer'] },
  ],
  invalid: [
    {
      name: 'reports a required section holding TBD',
      changes: { documents: replacing('support', 'Support', SUPPORT('TBD')) },
      findings: [{ messageId: 'placeholderSection', location: { path: `${DOCS}!/Support.md`, line: 3 }, message: 'the section "Collecting Logs" of Support.md holds placeholder text ("TBD") instead of content; write it, or the topic counts as missing' }],
      // A heading over a placeholder does not cover its topic.
      others: { scope: 'support/', findings: [{ ruleId: 'support/logs', messageId: 'missing', location: { path: `${DOCS}!/Support.md` } }] },
    },
    {
      name: 'reports a required section with nothing under it',
      changes: { documents: replacing('support', 'Support', SUPPORT('')) },
      findings: [{ messageId: 'emptySection', location: { path: `${DOCS}!/Support.md`, line: 3 } }],
    },
    {
      name: 'reports a bracketed instruction to the writer',
      changes: { documents: replacing('support', 'Support', SUPPORT('[Insert the log collection commands here]')) },
      findings: [{ messageId: 'placeholderSection', location: { path: `${DOCS}!/Support.md`, line: 3 } }],
    },
    {
      name: 'reports a placeholder in brackets',
      changes: { documents: replacing('support', 'Support', SUPPORT('[To be written]')) },
      findings: [{ messageId: 'placeholderSection', location: { path: `${DOCS}!/Support.md`, line: 3 } }],
    },
    {
      name: 'reports an EULA of lorem ipsum',
      changes: { documents: replacing('eula', 'EULA', '# End User License Agreement\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n') },
      findings: [{ messageId: 'placeholderDocument', location: { path: `${DOCS}!/EULA.md` }, message: 'EULA.md holds only placeholder text ("Lorem ipsum…"); replace it with the EULA' }],
    },
    {
      name: 'reports empty notices',
      changes: { documents: replacing('notices', 'open_source_licenses', Buffer.alloc(0)) },
      findings: [{ messageId: 'emptyDocument', location: { path: `${DOCS}!/open_source_licenses.md` } }],
    },
    {
      name: 'reports notices that say "to be completed"',
      changes: { documents: replacing('notices', 'THIRD-PARTY-NOTICES', '# Third-Party Notices\n\nTo be completed by the release team.\n') },
      findings: [{ messageId: 'placeholderDocument', location: { path: `${DOCS}!/THIRD-PARTY-NOTICES.md` } }],
    },
  ],
});

// The required sections are those of the topics the run's rules look for, so configuration and plugins extend them.
describe('docs/placeholder: the topics of the run', () => {
  const directory = scratchDirectory();
  const support = SUPPORT('The support bundle holds everything.').replace('## Verbose Mode', '## Diagnostic Snapshot\n\nTBD\n\n## Verbose Mode');
  const bundle = writeBundle(directory, release({ documents: replacing('support', 'Support', support) }));
  const snapshot = { messageId: 'placeholderSection', location: { path: `${DOCS}!/Support.md`, line: 19 } };

  it('does not take a heading no topic names for a required section', async () => {
    expect(await findingsOf(await bundle, {}, 'docs/placeholder')).toEqual([]);
  });

  it('reads the headings configured for a topic (vocabulary)', async () => {
    expect(await findingsOf(await bundle, { vocabulary: { 'support/logs': ['Diagnostic Snapshot'] } }, 'docs/placeholder')).toMatchObject([snapshot]);
  });

  it("reads a plugin's topic, and not one whose rule is off", async () => {
    const topic: Topic = { role: 'support', headings: ['diagnostic snapshot'] };
    const snapshotRule = defineRule({ meta: { id: 'acme/snapshot', severity: 'warning', summary: 'The support process says how to take a diagnostic snapshot', messages: { missing: 'no snapshot' }, topic }, check() {} });
    const rules = [...builtinRules, snapshotRule];
    expect(await findingsOf(await bundle, { rules }, 'docs/placeholder')).toMatchObject([snapshot]);
    expect(await findingsOf(await bundle, { rules, settings: { 'acme/snapshot': 'off' } }, 'docs/placeholder')).toEqual([]);
  });
});
