/** What CI services read (issue 20): SARIF as GitHub code scanning takes it, GitHub annotations, GitLab Code Quality. */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../fixtures/bundle.js';
import { defaultRelease, release } from '../fixtures/release.js';
import { builtinRules } from '../rules/index.js';
import { defineRule, type Finding } from '../src/engine/rule.js';
import type { LintResult } from '../src/lint.js';
import { formatReport } from '../src/report/format.js';
import { formatSarif } from '../src/report/sarif.js';
import { runMain } from './helpers/cli.js';
import { scratchDirectory } from './helpers/lint.js';
import { innerPathOf, parseSarif, type Sarif } from './helpers/sarif.js';

const DEFECTS = ['ghost-line', 'absolute-path', 'docs-unzipped'] as const;
const NOW = '2026-11-20';

describe('reports for CI services', () => {
  const directory = scratchDirectory();
  const project = join(directory, 'project');
  let first = '';
  let next = '';
  beforeAll(async () => {
    const base = defaultRelease();
    // Two releases of one product, with the same defects: the next one's version is in every name.
    first = await writeBundle(join(directory, 'first'), release(), DEFECTS);
    next = await writeBundle(join(directory, 'next'), release({ notes: { ...base.notes, version: '3.3.0', build: '4520', date: '2026-11-02' }, history: [base.notes, ...base.history] }), DEFECTS);
    mkdirSync(join(project, 'dist'), { recursive: true });
    copyFileSync(first, join(project, 'dist', basename(first)));
    copyFileSync(next, join(project, 'dist', basename(next)));
  });

  const sarifOf = async (bundle: string): Promise<Sarif> => {
    const run = await runMain(['lint', bundle, '--format', 'sarif', '--now', NOW], { cwd: project });
    expect(run.code).toBe(1);
    return parseSarif(run.stdout);
  };

  it('locates SARIF results at the bundle as the command line names it, with fingerprints the next release keeps', async () => {
    const old = (await sarifOf('dist/corvid-nas-plugin-3.2.1-4471.zip')).runs[0]!;
    const young = (await sarifOf('./dist/corvid-nas-plugin-3.3.0-4520.zip')).runs[0]!;
    for (const [run, uri] of [[old, 'dist/corvid-nas-plugin-3.2.1-4471.zip'], [young, 'dist/corvid-nas-plugin-3.3.0-4520.zip']] as const) {
      expect(run.artifacts.map((artifact) => artifact.location)).toEqual([{ uri, uriBaseId: '%SRCROOT%' }]);
      expect(run.results.map((result) => result.locations[0]!.physicalLocation)).toEqual(run.results.map(() => ({ artifactLocation: { uri, uriBaseId: '%SRCROOT%', index: 0 }, region: { startLine: 1 } })));
    }
    // The same findings, each at the same place inside the bundle but for the version, with the same fingerprint.
    const keyed = (run: Sarif['runs'][number]) => run.results.map((result) => [result.ruleId, innerPathOf(result).replace(/3\.2\.1-4471|3\.3\.0-4520/g, 'V-B').replace(/3\.2\.1|3\.3\.0/g, 'V'), result.partialFingerprints.primaryLocationLineHash]);
    expect(keyed(young)).toEqual(keyed(old));
    expect(keyed(old)).toEqual([
      ['archive/unsafe-path', '/etc/cron.d/corvid-update', '232baf8f27978c25a13e720d10c009ff:1'],
      ['checksums/unlisted-file', '/etc/cron.d/corvid-update', 'b3fea8cddb6b91dc00142e003ceba6c3:1'],
      ['layout/docs-archive', 'corvid-nas-plugin-V-B/Corvid_NAS_Plugin_V_Release_Notes.md', 'af2cee9cffbc8aabe80b7b0bfdcfc2f5:1'],
      ['layout/docs-archive', 'corvid-nas-plugin-V-B/Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html', 'd0a65cb1c3802c62586325d8a86e0da2:1'],
      ['layout/docs-archive', 'corvid-nas-plugin-V-B/Corvid_Support_Process.txt', '4f854b2a3db06a59f80045a45668b3d9:1'],
      ['checksums/missing-file', 'corvid-nas-plugin-V-B/MD5SUMS', 'c87038314bef6d5eacd4e3fb5c2543d3:1'],
    ]);
    // What the README says the fingerprint is: rule id, message id, product, path with the version as {version}.
    const documented = createHash('sha256').update('checksums/missing-file\nmissing\ncorvid-nas-plugin\ncorvid-nas-plugin-{version}/MD5SUMS').digest('hex').slice(0, 32);
    expect(old.results.at(-1)!.partialFingerprints.primaryLocationLineHash).toBe(`${documented}:1`);
  });

  it('keeps the fingerprints when every release is linted under one unversioned name, taking the version from the root folder', async () => {
    const prints: string[][] = [];
    for (const bundle of [first, next]) {
      copyFileSync(bundle, join(project, 'dist', 'bundle.zip'));
      const run = (await sarifOf('dist/bundle.zip')).runs[0]!;
      expect(run.artifacts[0]!.location).toEqual({ uri: 'dist/bundle.zip', uriBaseId: '%SRCROOT%' });
      prints.push(run.results.map((result) => result.partialFingerprints.primaryLocationLineHash!));
    }
    expect(prints[1]).toEqual(prints[0]);
    const documented = createHash('sha256').update('checksums/missing-file\nmissing\nbundle\ncorvid-nas-plugin-{version}/MD5SUMS').digest('hex').slice(0, 32);
    expect(prints[0]!.at(-1)).toBe(`${documented}:1`);
  });

  it('writes GitHub workflow annotations, and the counts to the job summary when GITHUB_STEP_SUMMARY is set', async () => {
    const summary = join(directory, 'step-summary.md');
    writeFileSync(summary, 'earlier step\n');
    const run = await runMain(['lint', 'dist/corvid-nas-plugin-3.2.1-4471.zip', '--format', 'github', '--now', NOW], { cwd: project, env: { GITHUB_STEP_SUMMARY: summary } });
    const file = 'file=dist/corvid-nas-plugin-3.2.1-4471.zip';
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(run.stdout).toBe(
      [
        `::error ${file},title=archive/unsafe-path::entry name "/etc/cron.d/corvid-update" is an absolute path, so extracting it writes outside the target folder; store every path relative to the archive root, without ".." or control characters`,
        `::error ${file},title=checksums/unlisted-file::/etc/cron.d/corvid-update is not listed in the MD5 and SHA-1 manifests of the bundle; regenerate the manifests after the last file is added`,
        `::error ${file},title=layout/docs-archive::corvid-nas-plugin-3.2.1-4471/Corvid_NAS_Plugin_3.2.1_Release_Notes.md is a document loose in the bundle; zip all documents into one documentation zip beside the installer`,
        `::error ${file},title=layout/docs-archive::corvid-nas-plugin-3.2.1-4471/Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html is a document loose in the bundle; zip all documents into one documentation zip beside the installer`,
        `::error ${file},title=layout/docs-archive::corvid-nas-plugin-3.2.1-4471/Corvid_Support_Process.txt is a document loose in the bundle; zip all documents into one documentation zip beside the installer`,
        `::error ${file},title=checksums/missing-file::corvid-nas-plugin-3.2.1-4471/MD5SUMS line 7 lists corvid-nas-plugin-3.2.0-docs.zip, which is not in the bundle; ship the file or remove the line`,
        'bundlelint: 6 errors, 0 warnings, 0 infos in 1 bundle',
        '',
      ].join('\n'),
    );
    expect(readFileSync(summary, 'utf8')).toBe(
      ['earlier step', '### bundlelint', '', '| bundle | errors | warnings | infos | waived |', '|---|--:|--:|--:|--:|', '| dist/corvid-nas-plugin-3.2.1-4471.zip | 6 | 0 | 0 | 0 |', '', ''].join('\n'),
    );
  });

  it('escapes what would end a workflow command or its properties, and says where inside the bundle when the message does not', async () => {
    const result = oneFinding({ path: 'docs.zip!/50%,a:b\nc.txt', line: 4 }, 'warning', 'spoof\n::error::x');
    expect(await formatReport('github', result, { color: false, rules: [odd], cwd: '/ci' })).toBe(
      '::warning file=dist/a%2Cb%3Ac.zip,title=acme/odd::docs.zip!/50%25,a:b%0Ac.txt:4: spoof%0A::error::x\nbundlelint: 0 errors, 1 warning, 0 infos in 1 bundle\n',
    );
  });

  it('writes GitLab Code Quality JSON with the SARIF fingerprints', async () => {
    const run = await runMain(['lint', 'dist/corvid-nas-plugin-3.3.0-4520.zip', '--format', 'gitlab', '--now', NOW], { cwd: project });
    expect(run.code).toBe(1);
    const issue = (check: string, fingerprint: string, description: string) => ({ description, check_name: check, fingerprint, severity: 'major', location: { path: 'dist/corvid-nas-plugin-3.3.0-4520.zip', lines: { begin: 1 } } });
    const docs = 'is a document loose in the bundle; zip all documents into one documentation zip beside the installer';
    expect(run.stdout).toBe(
      `${JSON.stringify(
        [
          issue('archive/unsafe-path', '232baf8f27978c25a13e720d10c009ff:1', 'entry name "/etc/cron.d/corvid-update" is an absolute path, so extracting it writes outside the target folder; store every path relative to the archive root, without ".." or control characters'),
          issue('checksums/unlisted-file', 'b3fea8cddb6b91dc00142e003ceba6c3:1', '/etc/cron.d/corvid-update is not listed in the MD5 and SHA-1 manifests of the bundle; regenerate the manifests after the last file is added'),
          issue('layout/docs-archive', 'af2cee9cffbc8aabe80b7b0bfdcfc2f5:1', `corvid-nas-plugin-3.3.0-4520/Corvid_NAS_Plugin_3.3.0_Release_Notes.md ${docs}`),
          issue('layout/docs-archive', 'd0a65cb1c3802c62586325d8a86e0da2:1', `corvid-nas-plugin-3.3.0-4520/Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html ${docs}`),
          issue('layout/docs-archive', '4f854b2a3db06a59f80045a45668b3d9:1', `corvid-nas-plugin-3.3.0-4520/Corvid_Support_Process.txt ${docs}`),
          issue('checksums/missing-file', 'c87038314bef6d5eacd4e3fb5c2543d3:1', 'corvid-nas-plugin-3.3.0-4520/MD5SUMS line 7 lists corvid-nas-plugin-3.2.0-docs.zip, which is not in the bundle; ship the file or remove the line'),
        ],
        null,
        2,
      )}\n`,
    );
  });

  it('gives each built-in rule a helpUri under the homepage, and a plugin rule none', async () => {
    const result = oneFinding({ path: '' }, 'error', 'odd');
    const withJunk: LintResult = { ...result, rules: [{ id: 'layout/junk', severity: 'warning' }, ...result.rules] };
    const sarif = parseSarif(await formatSarif(withJunk, [...builtinRules, odd], { cwd: '/ci', homepage: 'https://github.com/acme/bundlelint#readme' }));
    const { driver } = sarif.runs[0]!.tool;
    expect(driver.informationUri).toBe('https://github.com/acme/bundlelint#readme');
    expect(driver.rules.map((rule) => [rule.id, rule.name, rule.helpUri])).toEqual([
      ['layout/junk', 'LayoutJunk', 'https://github.com/acme/bundlelint/blob/HEAD/rules/layout/junk.md'],
      ['acme/odd', 'AcmeOdd', undefined],
    ]);
    // A plugin's rule without a page: its summary is both descriptions.
    expect([driver.rules[1]!.shortDescription, driver.rules[1]!.fullDescription]).toEqual([{ text: 'odd things' }, { text: 'odd things' }]);
    const plain = parseSarif(await formatSarif(withJunk, [...builtinRules, odd], { cwd: '/ci', homepage: 'https://bundlelint.example/docs/' }));
    expect(plain.runs[0]!.tool.driver.rules[0]!.helpUri).toBe('https://bundlelint.example/docs/rules/layout/junk.md');
  });
});

const odd = defineRule({ meta: { id: 'acme/odd', severity: 'warning', summary: 'odd things', messages: { m: '{{text}}' } }, check() {} });

/** A run with one finding of acme/odd in /ci/dist/a,b:c.zip. */
function oneFinding(location: Finding['location'], severity: Finding['severity'], message: string): LintResult {
  const finding: Finding = { ruleId: 'acme/odd', messageId: 'm', severity, message, data: { text: message }, location };
  const counts = { errorCount: severity === 'error' ? 1 : 0, warningCount: severity === 'warning' ? 1 : 0, infoCount: 0 };
  return { rules: [{ id: 'acme/odd', severity: 'warning' }], results: [{ bundle: '/ci/dist/a,b:c.zip', size: 1, sha256: '0'.repeat(64), findings: [finding], waived: [], ...counts }], ...counts };
}
