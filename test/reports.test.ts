import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { WAIVER_PAGES } from '../src/engine/waiver-pages.js';
import type { LintResult } from '../src/lint.js';
import { formatHtml } from '../src/report/html.js';
import { packageRoot, toolVersion } from '../src/package-root.js';
import { parseReport, runMain } from './helpers/cli.js';
import { DOCS, generated, ROOT, scratchDirectory } from './helpers/lint.js';
import { REPORT_SCHEMA_FILE, reportSchemaText } from './helpers/report-schema.js';
import { innerPathOf, parseSarif, validateSarif } from './helpers/sarif.js';
import { readablePage } from '../src/rule-docs.js';

describe('reports', () => {
  const directory = scratchDirectory();
  let bundle = '';
  let cwd = '';
  beforeAll(async () => {
    bundle = await generated(directory, ['junk', 'ghost-line', 'absolute-path']);
    cwd = join(directory, 'project');
    mkdirSync(cwd);
    writeFileSync(join(cwd, 'bundlelint.config.json'), JSON.stringify({ waivers: [{ rule: 'layout/junk', path: '**/.DS_Store', reason: 'tracked in ACME-1234' }] }));
  });

  it('writes several formats in one run: each --output belongs to the --format before it', async () => {
    const run = await runMain(['lint', bundle, '--format', 'sarif', '--output', 'r.sarif', '--format', 'json', '--output', 'r.json', '--format', 'text', '--format', 'junit', '--output', 'r.xml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\n✖ 8 problems \(5 errors, 3 warnings, 0 infos\) in 1 bundle; 1 waived\n$/);
    const json = parseReport(readFileSync(join(cwd, 'r.json'), 'utf8'));
    expect(json.errorCount).toBe(5);
    expect(parseSarif(readFileSync(join(cwd, 'r.sarif'), 'utf8')).runs[0]!.results).toHaveLength(9);
    // A test case per rule, and per waiver check (waivers/unused, waivers/expired).
    expect(readFileSync(join(cwd, 'r.xml'), 'utf8')).toMatch(new RegExp(`^<\\?xml version="1\\.0" encoding="UTF-8"\\?>\\n<testsuites name="bundlelint" tests="${builtinRules.length + 2}" failures="3" errors="0">`));
    // One --output before any --format still names the file of that format.
    await runMain(['lint', bundle, '--output', 'early.json', '--format', 'json'], { cwd });
    expect(parseReport(readFileSync(join(cwd, 'early.json'), 'utf8')).errorCount).toBe(5);
  });

  it.each([
    [['--format', 'json', '--format', 'sarif'], 'json and sarif reports would both go to stdout; give each but one an --output after its --format'],
    [['--format', 'json', '--output', 'a', '--format', 'sarif', '--output', 'a'], 'two reports would be written to a'],
    [['--format', 'json', '--output', 'a', '--output', 'b'], '--output b follows --output a with no --format between them'],
    [['--format', 'pdf'], '--format takes text, json, sarif, junit, html, github, gitlab, not "pdf"'],
  ])('refuses %j, exit 2', async (options, reason) => {
    const run = await runMain(['lint', bundle, ...options], { cwd });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `bundlelint: ${reason}\n`]);
  });

  it('writes SARIF 2.1.0 that the official schema accepts, with the rules and their pages, artifacts inside the bundle and suppressions', async () => {
    // The validator does refuse what SARIF forbids: "info" is not a level.
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'info', message: { text: 'x' } }] }] })).toBe(false);
    const run = await runMain(['lint', bundle, '--format', 'sarif'], { cwd });
    const sarif = parseSarif(run.stdout);
    const json = parseReport((await runMain(['lint', bundle, '--format', 'json'], { cwd })).stdout).results[0]!;
    const [sarifRun] = sarif.runs;
    const { driver } = sarifRun!.tool;
    expect([driver.name, driver.version]).toEqual(['bundlelint', toolVersion]);
    expect(sarifRun!.invocations).toEqual([{ executionSuccessful: true }]);
    expect(driver.rules.map((rule) => rule.id)).toEqual([...builtinRules.map((rule) => rule.meta.id), 'waivers/unused', 'waivers/expired']);
    const junk = driver.rules.find((rule) => rule.id === 'layout/junk')!;
    expect(junk.shortDescription.text).toBe(builtinRules.find((rule) => rule.meta.id === 'layout/junk')!.meta.summary);
    expect(junk.help!.markdown).toBe(readablePage(readFileSync(join(packageRoot, 'rules', 'layout', 'junk.md'), 'utf8')));
    expect(junk.defaultConfiguration).toEqual({ enabled: true, level: 'warning' });
    // The waivers' own findings carry their page too.
    const unused = driver.rules.find((rule) => rule.id === 'waivers/unused')!;
    expect([unused.shortDescription.text, unused.help!.markdown, unused.defaultConfiguration]).toEqual([WAIVER_PAGES['waivers/unused']!.summary, WAIVER_PAGES['waivers/unused']!.page, { enabled: true, level: 'note' }]);

    // Issue 20: rules carry what GitHub shows: a name, short and full descriptions, the page as help.
    expect([junk.name, junk.fullDescription.text]).toEqual([
      'LayoutJunk',
      'Every entry, in the bundle and in every archive inside it, whose name is debris: `.DS_Store`, AppleDouble `._*` files, `Thumbs.db`, `desktop.ini`, Office lock files `~$*`, editor swap and backup files (`*.swp`, `*~`), and folders of tool state (`__MACOSX/`, `.git/`, `.svn/`, `.idea/`…). A debris folder is one finding, whatever it holds.',
    ]);
    expect(sarifRun!.automationDetails).toEqual({ id: 'bundlelint/' });

    // The bundle is the analysed artifact, and every result is located at it (outside the working directory: its file URL).
    expect(sarifRun!.artifacts).toEqual([{ location: { uri: bundle.replace(/^\//, 'file:///') }, length: readFileSync(bundle).length, hashes: { 'sha-256': json.sha256 }, roles: ['analysisTarget'] }]);
    const results = sarifRun!.results;
    expect(new Set(results.map((result) => JSON.stringify(result.locations[0]!.physicalLocation)))).toEqual(new Set([JSON.stringify({ artifactLocation: { uri: bundle.replace(/^\//, 'file:///'), index: 0 }, region: { startLine: 1 } })]));
    // The path inside the bundle is the logical location, and is in the message: said first, with its line, when the message does not name it.
    const sorted = (rows: string[][]) => rows.map((row) => row.join('  ')).sort();
    const named = ({ message, location }: { message: string; location: { path: string; line?: number } }) =>
      location.path === '' || message.includes(location.path) ? message : `${location.path}${location.line === undefined ? '' : `:${location.line}`}: ${message}`;
    expect(sorted(results.map((result) => [result.ruleId, result.level, innerPathOf(result), result.message.text]))).toEqual(
      sorted(json.findings.map((finding) => [finding.ruleId, finding.severity === 'info' ? 'note' : finding.severity, finding.location.path, named(finding)])),
    );
    const thumbs = results.find((result) => result.message.text.includes('Thumbs.db is'))!;
    expect(thumbs.locations[0]!.logicalLocations).toEqual([{ fullyQualifiedName: `${DOCS}!/Thumbs.db`, kind: 'resource' }]);
    expect(thumbs.message.text).toBe(`${DOCS}!/Thumbs.db: Thumbs.db is operating-system or editor debris; rebuild the archive without it`);
    const ghost = results.find((result) => result.ruleId === 'checksums/missing-file')!;
    expect(ghost.message.text).toBe(`${ROOT}MD5SUMS line 3 lists corvid-nas-plugin-3.2.0-docs.zip, which is not in the bundle; ship the file or remove the line`);
    // Its message id, the values its message was filled with, and the line inside the file.
    expect(ghost.properties).toEqual({ messageId: 'missing', data: { manifest: `${ROOT}MD5SUMS`, line: 3, file: 'corvid-nas-plugin-3.2.0-docs.zip' }, line: 3 });
    expect(innerPathOf(results.find((result) => result.ruleId === 'archive/unsafe-path')!)).toBe('/etc/cron.d/corvid-update');
    // The waived finding stays, suppressed with its reason; the others carry no suppression.
    expect(results.filter((result) => result.suppressions.length > 0).map((result) => [result.ruleId, result.suppressions])).toEqual([
      ['layout/junk', [{ kind: 'external', status: 'accepted', justification: 'waivers[0]: tracked in ACME-1234' }]],
    ]);
    // Fingerprints: one per finding, and the same on the next run.
    const fingerprints = results.map((result) => result.partialFingerprints.primaryLocationLineHash);
    expect(new Set(fingerprints).size).toBe(results.length);
    expect(parseSarif((await runMain(['lint', bundle, '--format', 'sarif'], { cwd })).stdout).runs[0]!.results.map((result) => result.partialFingerprints.primaryLocationLineHash)).toEqual(fingerprints);
  });

  it('ships the schema of the JSON report as written out from the one the report is typed by (npm run docs)', () => {
    expect(readFileSync(REPORT_SCHEMA_FILE, 'utf8')).toBe(reportSchemaText());
  });

  it('keeps the HTML tree shallow whatever a hostile name nests', async () => {
    const path = `${'a/'.repeat(20_000)}x.txt`;
    const result: LintResult = {
      rules: [],
      results: [{ bundle: 'deep.zip', size: 1, sha256: '0'.repeat(64), findings: [], waived: [], files: [{ path, size: 1, directory: false, digests: {} }], errorCount: 0, warningCount: 0, infoCount: 0 }],
      errorCount: 0,
      warningCount: 0,
      infoCount: 0,
    };
    const html = await formatHtml(result, []);
    expect(html.match(/<details/g)).toHaveLength(1 + 47);
    expect(html).toContain(`<span class="name">${'a/'.repeat(20_000 - 47)}x.txt</span>`);
  });
});
