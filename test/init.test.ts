import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../fixtures/bundle.js';
import { defaultRelease, release, type DocumentPlan } from '../fixtures/release.js';
import { builtinRules } from '../rules/index.js';
import { writeDocx } from '../src/init/docx.js';
import { renderHtml, renderMarkdown, templates, type Template, type TemplateSection } from '../src/init/templates.js';
import { runMain } from './helpers/cli.js';
import { DOCS, findingsOf, scratchDirectory } from './helpers/lint.js';

const base = defaultRelease();
type Format = 'md' | 'html' | 'docx';

/** A template as `init` writes it in `format`. */
async function rendered(directory: string, format: Format, template: Template): Promise<Buffer> {
  if (format === 'md') return Buffer.from(renderMarkdown(template));
  if (format === 'html') return Buffer.from(renderHtml(template));
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `${template.file}.docx`);
  const handle = await open(path, 'w');
  await writeDocx(handle, template).finally(() => handle.close());
  return readFile(path);
}
const ROLES = ['release-notes', 'install-guide', 'support'] as const;

/** What a writer puts in place of each guidance line: real sentences, as the generated release's documents say them. */
const FILLED: Readonly<Record<string, string>> = {
  "What's New": 'Support for NFS 4.1 session trunking on ESXi 8.0 U3.',
  'Fixed Issues': 'Clone offload no longer times out on datastores above 64 TB (CVD-2231).',
  'Known Issues': 'Extended statistics are empty for volumes created before 3.0 until they are remounted (CVD-2254).',
  'Release History': '3.2.1 is the first release of Corvid NAS Plugin.',
  Encryption: 'The plugin does not encrypt data. Management calls to the array use HTTPS with TLS 1.2 or later.',
  Licensing: 'The plugin is covered by the array support contract; no license key is installed on hosts.',
  Prerequisites: 'ESXi 7.0 Update 3 or later is required, and Corvid OS 5.4 or later on the array.',
  'Proof Case': 'One ESXi 8.0 host, one Corvid C200 array with default hardening, and one NFS 4.1 datastore: create a virtual machine, clone it, and check in the array console that the clone was offloaded.',
  'Supported Configurations': 'One or more ESXi hosts mounting NFS datastores from Corvid arrays running Corvid OS 5.4 to 6.1, up to 256 datastores per host.',
  Troubleshooting: '"Unable to load plugin": the host acceptance level is above the VIB acceptance level; lower it with esxcli software acceptance set.',
  'More Information': `Articles and updates: ${base.helpUrl}`,
  Entitlement: 'Have the array serial number and your Corvid support contract number ready.',
  'Information to Gather': 'For offload failures, the VM name, datastore and the time of the failure; for mount problems, the output of esxcli storage nfs list.',
  Logs: 'Run vm-support on the host and corvid-diag collect on the array, then attach both bundles to the case.',
  'Contacting Support': `Open a case at ${base.helpUrl}/cases or call ${base.supportPhone}, 24 hours a day.`,
  'Initial Configuration': 'In the vSphere Client, open the Corvid NAS Plugin settings, enter the array management address and its credentials, and click Register to connect the plugin to the array.',
  'Installing the Plugin': '1. Copy the offline bundle to a datastore the host can read.\n2. Run esxcli software component apply -d /vmfs/volumes/datastore1/corvid.zip on the host.\n3. Reboot the host.',
  'Verbose Logging': 'To turn on verbose mode, run esxcli corvid set --debug true on the host; turn it off again once support has the output.',
  'Support Policy': `Which releases are supported, and until when: ${base.helpUrl}/lifecycle`,
};

function filled(sections: readonly TemplateSection[]): TemplateSection[] {
  return sections.map((section) => ({ ...section, ...(section.guidance && { guidance: FILLED[section.heading]! }), ...(section.children && { children: filled(section.children) }) }));
}

/** The generated release with the templates (as written, or filled in) as its release notes, guide and support process. */
async function bundleWith(directory: string, format: Format, edit: (template: Template) => Template): Promise<string> {
  const written = templates(builtinRules, { product: base.product, version: base.notes.version, date: base.notes.date });
  const documents: DocumentPlan[] = [
    ...(await Promise.all(written.map(async (template, index) => ({ role: ROLES[index]!, format, fileName: template.file, content: await rendered(directory, format, edit(template)) })))),
    ...base.documents.filter((plan) => plan.role === 'eula' || plan.role === 'notices'),
  ];
  return writeBundle(directory, release({ documents }));
}

const NOTES = 'Corvid_NAS_Plugin_3.2.1_Release_Notes';
const GUIDE = 'Corvid_NAS_Plugin_Installation_and_Configuration_Guide';
const SUPPORT = 'Corvid_NAS_Plugin_Support_Process';

describe('bundlelint init', { timeout: 180_000 }, () => {
  const directory = scratchDirectory();

  it('writes the three templates, a section for every topic under a heading the rules know, a guidance line under each', async () => {
    const folder = join(directory, 'docs');
    const run = await runMain(['init', folder, '--product', 'Corvid NAS Plugin', '--version', '3.2.1', '--date', '2026-10-15']);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: `${[NOTES, GUIDE, SUPPORT].map((name) => `wrote ${join(folder, `${name}.md`)}`).join('\n')}\nreplace each bracketed line; until then bundlelint reports it as docs/placeholder\n`,
    });
    expect(readdirSync(folder).sort()).toEqual([`${NOTES}.md`, `${GUIDE}.md`, `${SUPPORT}.md`]);
    expect(readFileSync(join(folder, `${NOTES}.md`), 'utf8')).toBe(
      [
        '# Corvid NAS Plugin 3.2.1 Release Notes',
        '',
        '<!-- Replace each bracketed line with your text; until then bundlelint reports it (docs/placeholder). `bundlelint explain <rule>` says what a section must cover. -->',
        '',
        'Corvid NAS Plugin 3.2.1 was released on 2026-10-15.',
        '',
        '## Version 3.2.1, 2026-10-15',
        '',
        "### What's New",
        '',
        '[Write here what was added or is new.]',
        '',
        '### Fixed Issues',
        '',
        '[Write here what was fixed.]',
        '',
        '### Known Issues',
        '',
        '[Write here known bugs, issues or limitations.]',
        '',
        '## Release History',
        '',
        "[Write here each earlier release's notes, or say that this is the first release.]",
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(folder, `${SUPPORT}.md`), 'utf8')).toContain('## Information to Gather\n\n[Write here what information to gather for each type of problem.]\n');
    // Never over a document already there.
    expect(await runMain(['init', folder, '--product', 'Corvid NAS Plugin', '--version', '3.2.1'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `bundlelint: ${join(folder, `${NOTES}.md`)} exists already; init never overwrites a document, move it away or pick another folder\n`,
    });
  });

  // Where the placeholders are (a DOCX has no lines), the current version's heading, and the installation section's.
  it.each([
    ['md', [9, 13, 17], [7, 11, 15, 19, 23, 27, 31], [7, 11, 15, 19], 7, 35],
    ['html', [12, 14, 16], [11, 13, 15, 17, 19, 21, 23], [11, 13, 15, 17], 11, 25],
    ['docx', [0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0], 0, 0],
  ] as const)('%s: untouched templates give the placeholders (and the topics they leave uncovered); filled in, nothing', async (format, notesLines, guideLines, supportLines, versionLine, installLine) => {
    const at = (name: string, line = 0) => ({ path: `${DOCS}!/${name}.${format}`, ...(line > 0 && { line }) });
    const placeholder = (name: string, line: number) => ({ ruleId: 'docs/placeholder', messageId: 'placeholderSection', location: at(name, line) });
    const missing = (ruleId: string, name: string, messageId = 'missing') => ({ ruleId, messageId, location: at(name) });
    const untouched = await bundleWith(join(directory, `untouched-${format}`), format, (template) => template);
    // In report order, which puts a finding without a line first: compared as sets of exact findings.
    const sorted = <T>(findings: T[]) => findings.map((finding) => JSON.stringify(finding)).sort();
    expect(sorted(await findingsOf(untouched, { now: new Date('2026-11-30') }))).toEqual(sorted([
      { ruleId: 'docs/help-link', messageId: 'no-link', location: { path: DOCS } },
      { ruleId: 'support/policy-link', messageId: 'no-link', location: { path: DOCS } },
      ...['added', 'fixed', 'known-issues'].map((part) => ({ ...missing(`release-notes/${part}`, NOTES), location: at(NOTES, versionLine) })),
      ...notesLines.map((line) => placeholder(NOTES, line)),
      ...['encryption', 'initial-configuration', 'licensing', 'prerequisites', 'proof-case', 'supported-configurations', 'troubleshooting'].map((topic) => missing(`install-guide/${topic}`, GUIDE)),
      { ...missing('install-guide/steps', GUIDE), location: at(GUIDE, installLine) },
      ...guideLines.map((line) => placeholder(GUIDE, line)),
      missing('support/contact', SUPPORT, 'no-phone'),
      missing('support/contact', SUPPORT, 'no-url'),
      ...['entitlement', 'information-to-gather', 'logs', 'verbose-logging'].map((topic) => missing(`support/${topic}`, SUPPORT)),
      ...supportLines.map((line) => placeholder(SUPPORT, line)),
    ]));
    const written = await bundleWith(join(directory, `filled-${format}`), format, (template) => ({ ...template, sections: filled(template.sections) }));
    expect(await findingsOf(written, { now: new Date('2026-11-30') })).toEqual([]);
  });
});
