import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../fixtures/bundle.js';
import { release } from '../fixtures/release.js';
import { formatHtml } from '../src/report/html.js';
import { builtinRules } from '../rules/index.js';
import { lint } from '../src/lint.js';
import { runMain } from './helpers/cli.js';
import { NOTES, SUPPORT } from './helpers/documents.js';
import { scratchDirectory } from './helpers/lint.js';
import { GUIDE_SECTIONS, lineOf, markdown, ownPath, sectionsWith, withMarkdown } from './helpers/own-documents.js';

/** A guide whose "Security Considerations" speaks of account roles, not of encryption, and whose other topics are covered. */
const GUIDE = markdown('Corvid NAS Plugin 3.2.1 Installation and Configuration Guide', sectionsWith(GUIDE_SECTIONS, ['encryption'], [['Security Considerations', 'Create a dedicated vCenter role with the Datastore and Host privileges for the service account of the plugin.']]));
const PATH = ownPath('install-guide');

describe('the coverage map (describe --topics, the HTML report)', () => {
  const directory = scratchDirectory();
  let bundle = '';
  beforeAll(async () => {
    bundle = await writeBundle(join(directory, 'security'), release(withMarkdown('install-guide', GUIDE)));
  });

  it('gives each required topic the section that covers it, or the closest one and why it fell short, in JSON', async () => {
    const run = await runMain(['describe', bundle, '--topics', '--format', 'json', '--no-config']);
    expect(run.code).toBe(0);
    const { topics } = JSON.parse(run.stdout) as { topics: { rule: string; status: string; section: Record<string, unknown> | null }[] };
    expect(topics.map(({ rule }) => rule)).toEqual(builtinRules.flatMap((rule) => (rule.meta.topic ? [rule.meta.id] : [])));
    expect(topics.filter(({ status }) => status !== 'covered')).toEqual([
      {
        rule: 'install-guide/encryption',
        status: 'absent',
        section: {
          path: PATH,
          heading: 'Security Considerations',
          line: lineOf(GUIDE, 'Security Considerations'),
          score: 2,
          needed: 3,
          found: ['heading "Security Considerations"'],
          shortfall: 'its heading names the topic but its text does not speak of it (none of: encrypt, decrypt, tls, ssl…)',
        },
      },
    ]);
    expect(topics.find(({ rule }) => rule === 'install-guide/prerequisites')).toEqual({
      rule: 'install-guide/prerequisites',
      status: 'covered',
      section: { path: PATH, heading: 'Prerequisites', line: lineOf(GUIDE, 'Prerequisites'), score: 6, needed: 3, found: ['heading "Prerequisites"', 'says "ESXi 7.0 Update 3 or later"', 'words: later', 'lists 2 versions'] },
    });
    expect(topics.find(({ rule }) => rule === 'release-notes/fixed')).toEqual({ rule: 'release-notes/fixed', status: 'covered', section: { path: NOTES, heading: 'Fixed Issues' } });
    expect(topics.find(({ rule }) => rule === 'support/logs')?.section?.['path']).toBe(SUPPORT);
  });

  it('prints one line per topic in text', async () => {
    const run = await runMain(['describe', bundle, '--topics', '--no-config']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const map = lines.slice(lines.indexOf('Topics (what covers each topic the rules require; a section covers one at 3 points)'));
    expect(map.find((line) => line.includes('install-guide/encryption'))).toBe(
      `  absent     install-guide/encryption                closest: "Security Considerations" (Corvid_NAS_Plugin_Installation_and_Configuration_Guide.md, line ${lineOf(GUIDE, 'Security Considerations')}), 2 points — its heading names the topic but its text does not speak of it (none of: encrypt, decrypt, tls, ssl…)`,
    );
    expect(map.find((line) => line.includes('install-guide/prerequisites'))).toBe(
      `  covered    install-guide/prerequisites             "Prerequisites" (Corvid_NAS_Plugin_Installation_and_Configuration_Guide.md, line ${lineOf(GUIDE, 'Prerequisites')}), 6 points: heading "Prerequisites"; says "ESXi 7.0 Update 3 or later"; words: later; lists 2 versions`,
    );
    expect(map.filter((line) => /^ {2}(?:covered|absent|not judged)/.test(line))).toHaveLength(builtinRules.filter((rule) => rule.meta.topic).length);
  });

  it('is a section of the HTML report, agreeing with the finding', async () => {
    const result = await lint([bundle], { topics: true, files: true });
    expect(result.results[0]!.findings.filter((finding) => finding.ruleId === 'install-guide/encryption').map((finding) => finding.evidence)).toEqual([
      { closest: result.results[0]!.topics!.find((topic) => topic.rule === 'install-guide/encryption')!.section },
    ]);
    const html = await formatHtml(result, builtinRules);
    expect(html).toContain(`<summary>Topics <span class="count">${builtinRules.filter((rule) => rule.meta.topic).length - 1} of ${builtinRules.filter((rule) => rule.meta.topic).length} covered</span></summary>`);
    expect(html).toContain('<tr class="topic absent"><td><span class="status">absent</span></td><td><a class="rule" href="#rule-install-guide-encryption">install-guide/encryption</a></td>');
  });
});
