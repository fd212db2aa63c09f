import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeZip } from '../fixtures/zip-writer.js';
import { builtinRules } from '../rules/index.js';
import { WAIVER_PAGES } from '../src/engine/waiver-pages.js';
import { packageRoot, toolVersion } from '../src/package-root.js';
import { parseReport, runCli, runMain } from './helpers/cli.js';
import { DOCS, generated, ROOT, scratchDirectory } from './helpers/lint.js';
import { readablePage } from '../src/rule-docs.js';

describe('bundlelint lint', () => {
  const directory = scratchDirectory();
  let clean = '';
  let defective = '';
  let truncated = '';
  let warningsOnly = '';
  beforeAll(async () => {
    [clean, defective, truncated, warningsOnly] = await Promise.all([
      generated(directory),
      generated(directory, ['crc-flip', 'symlink']),
      generated(directory, ['truncated']),
      generated(directory, ['symlink']),
    ]);
  });

  it('exits 0 on a clean bundle, with a JSON report that matches the schema', () => {
    const run = runCli(['lint', clean, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const report = parseReport(run.stdout);
    expect(report).toEqual({
      tool: { name: 'bundlelint', version: toolVersion },
      results: [{ bundle: clean, size: readFileSync(clean).length, sha256: sha256(clean), findings: [], errorCount: 0, warningCount: 0 }],
      errorCount: 0,
      warningCount: 0,
    });
  });

  it('exits 1 on a defective bundle, listing each finding with its location', () => {
    const run = runCli(['lint', defective, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = parseReport(run.stdout);
    expect(report.results[0]!.findings.map(({ ruleId, severity, location }) => [ruleId, severity, location.path])).toEqual([
      ['archive/integrity', 'error', `${DOCS}!/EULA.txt`],
      ['archive/symlink', 'warning', `${ROOT}latest`],
    ]);
    expect([report.errorCount, report.warningCount]).toEqual([1, 1]);
  });

  it('exits 1 on a bundle that cannot be read, with a full report rather than a crash', () => {
    const run = runCli(['lint', truncated, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = parseReport(run.stdout);
    expect(report.results[0]!.findings.map(({ ruleId, location }) => [ruleId, location.path])).toEqual([['archive/unreadable', '']]);
  });

  it.each([
    [['lint', 'missing.zip'], 'bundlelint: missing.zip: no such file'],
    [['lint', '--fromat', 'json', 'x.zip'], "bundlelint: unknown option '--fromat' (Did you mean --format?)"],
    [['lint', 'x.zip', '--format', 'xml'], 'bundlelint: --format takes text, json, sarif, junit, html, github, gitlab, not "xml"'],
    [['lint', 'CLEAN', '--rule', 'archive/nope=off'], 'bundlelint: unknown rule "archive/nope" (bundlelint rules lists them)'],
    [['lint', 'CLEAN', '--rule', 'archive/bomb=loud'], 'bundlelint: --rule takes <id>=<off|info|warning|error>, not "archive/bomb=loud"'],
    [['lint', 'CLEAN', '--now', '2026-02-30'], 'bundlelint: --now takes a date as YYYY-MM-DD, not "2026-02-30"'],
    [['lint', 'CLEAN', '--max-warnings', 'many'], 'bundlelint: --max-warnings takes a whole number, not "many"'],
    [['lint', 'CLEAN', '--previous', 'old.zip'], 'bundlelint: old.zip: no such file'],
    [['lint'], "bundlelint: missing required argument 'bundles'"],
    [['frobnicate'], "bundlelint: unknown command 'frobnicate'"],
    [['explain', 'archive/nope'], 'bundlelint: unknown rule "archive/nope" (bundlelint rules lists them)'],
  ])('exits 2 with one line and no stack trace for %j', async (args, message) => {
    const run = await runMain(args.map((arg) => (arg === 'CLEAN' ? clean : arg)), { cwd: directory });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${message}\n`);
  });

  it('prints usage on stderr and exits 2 when no command is given', () => {
    const run = runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Usage: bundlelint \[options\] \[command\]/);
  });

  it('writes a plain text report grouped by bundle, with a summary line, when stdout is not a terminal', () => {
    const run = runCli(['lint', defective, clean]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        defective,
        `  error    archive/integrity  ${DOCS}!/EULA.txt  ${messageOf(defective, 'archive/integrity')}`,
        `  warning  archive/symlink    ${ROOT}latest  ${ROOT}latest is a symbolic link to "/opt/corvid/build/out/latest", which bundlelint does not follow and which may point outside the extracted bundle; ship the file itself`,
        '',
        '✖ 2 problems (1 error, 1 warning, 0 infos) in 2 bundles',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked to by FORCE_COLOR, and never under NO_COLOR', () => {
    expect(runCli(['lint', defective], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31merror');
    expect(runCli(['lint', defective], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('--quiet reports errors only; --max-warnings fails on too many warnings even when hidden', async () => {
    const quiet = parseReport((await runMain(['lint', defective, '--format', 'json', '--quiet'])).stdout);
    expect(quiet.results[0]!.findings.map((finding) => finding.ruleId)).toEqual(['archive/integrity']);
    expect([quiet.errorCount, quiet.warningCount]).toEqual([1, 0]);
    expect((await runMain(['lint', warningsOnly])).code).toBe(0);
    expect((await runMain(['lint', warningsOnly, '--max-warnings', '1'])).code).toBe(0);
    expect((await runMain(['lint', warningsOnly, '--max-warnings', '0'])).code).toBe(1);
    expect((await runMain(['lint', warningsOnly, '--max-warnings', '0', '--quiet'])).code).toBe(1);
  });

  it('--rule changes a severity or turns a rule off', async () => {
    const raised = parseReport((await runMain(['lint', warningsOnly, '--format', 'json', '--rule', 'archive/symlink=error'])).stdout);
    expect(raised.results[0]!.findings.map((finding) => finding.severity)).toEqual(['error']);
    expect((await runMain(['lint', warningsOnly, '--rule', 'archive/symlink=error'])).code).toBe(1);
    const off = await runMain(['lint', defective, '--format', 'json', '--rule', 'archive/integrity=off', '--rule', 'archive/symlink=off']);
    expect(off.code).toBe(0);
    expect(parseReport(off.stdout).results[0]!.findings).toEqual([]);
  });

  it('--output writes the report to the file and nothing to stdout; --now and --previous are accepted', async () => {
    const output = join(directory, 'report.json');
    const run = await runMain(['lint', defective, '--format', 'json', '--output', output, '--now', '2026-11-25', '--previous', clean]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(parseReport(readFileSync(output, 'utf8')).results[0]!.bundle).toBe(defective);
  });

  it("loads Node's network modules only for --landing-page or --check-links: a plain lint loads none of them", () => {
    // Reports, as the process exits, which of Node's HTTP, HTTPS, DNS and TLS modules its main thread loaded.
    const probe = join(directory, 'network-modules.cjs');
    writeFileSync(
      probe,
      "if (require('worker_threads').isMainThread) process.on('exit', () => require('fs').writeSync(2, `network modules: ${process.moduleLoadList.filter((name) => /^NativeModule (?:http|https|dns|tls)$/.test(name)).join(', ')}\\n`));\n",
    );
    const run = runCli(['lint', clean, '--format', 'json'], { env: { NODE_OPTIONS: `--require ${probe}` } });
    expect([run.code, run.stderr]).toEqual([0, 'network modules: \n']);
  });

  it('exits on its own once done, when a large stream kept only one hashing thread busy', () => {
    // Only the bundle file's SHA-256 is large here: the second thread is started and never used.
    const path = join(directory, 'one-large-file.zip');
    writeFileSync(path, writeZip([{ name: 'firmware.img', data: randomBytes(6 * 2 ** 20), method: 'store' }]));
    const run = runCli(['lint', path, '--format', 'json', '--rule', 'layout/installer=off']);
    expect(run.code).not.toBeNull();
    expect(parseReport(run.stdout).results[0]!.sha256).toBe(sha256(path));
  });
});

describe('bundlelint rules, explain, --version, --help', () => {
  it('lists every rule with its default severity and summary', async () => {
    const run = await runMain(['rules']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('archive/bomb                            error    A resource limit is exceeded: inflated bytes, inflate ratio, entry count, nesting depth, time, or overlapping entries');
    expect(run.stdout.trim().split('\n').map((line) => line.split(' ')[0])).toEqual(builtinRules.map((rule) => rule.meta.id));
  });

  it('lists the rules as JSON: id, default severity, summary, options schema and page, in the table\'s order', async () => {
    const run = await runMain(['rules', '--format', 'json']);
    expect(run.code).toBe(0);
    const rules = JSON.parse(run.stdout) as { id: string; severity: string; summary: string; options: object | null; docs: string }[];
    expect(rules.map((rule) => rule.id)).toEqual(builtinRules.map((rule) => rule.meta.id));
    expect(rules.find((rule) => rule.id === 'vib/acceptance-level')).toEqual({
      id: 'vib/acceptance-level',
      severity: 'warning',
      summary: builtinRules.find((rule) => rule.meta.id === 'vib/acceptance-level')!.meta.summary,
      options: builtinRules.find((rule) => rule.meta.id === 'vib/acceptance-level')!.meta.options,
      docs: 'rules/vib/acceptance-level.md',
    });
    expect(rules.find((rule) => rule.id === 'archive/symlink')?.options).toBeNull();
    for (const rule of rules) expect(existsSync(join(packageRoot, rule.docs)), rule.docs).toBe(true);
  });

  it('writes the rules index, and the committed rules/README.md is that index', async () => {
    const run = await runMain(['rules', '--format', 'markdown']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(4, 7)).toEqual([
      '| rule | default | what it reports |',
      '|---|---|---|',
      '| [archive/bomb](archive/bomb.md) | error | A resource limit is exceeded: inflated bytes, inflate ratio, entry count, nesting depth, time, or overlapping entries |',
    ]);
    expect(run.stdout.trim().split('\n').length).toBe(6 + builtinRules.length);
    expect(readFileSync(join(packageRoot, 'rules', 'README.md'), 'utf8')).toBe(run.stdout);
  });

  it("prints a rule's documentation page, and the page of a finding waivers give", async () => {
    expect(await runMain(['explain', 'archive/unsafe-path'])).toEqual({ code: 0, stdout: readablePage(readFileSync(join(packageRoot, 'rules', 'archive', 'unsafe-path.md'), 'utf8')), stderr: '' });
    const run = await runMain(['explain', 'waivers/unused']);
    expect(run).toEqual({ code: 0, stdout: WAIVER_PAGES['waivers/unused']!.page, stderr: '' });
    expect(run.stdout.split('\n').slice(0, 5)).toEqual(['# waivers/unused', '', '**Default severity:** info', '', 'A waiver of the configuration matched no finding of the bundle.']);
  });

  it('prints the version and the help, exiting 0', () => {
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${toolVersion}\n`, stderr: '' });
    const help = runCli(['lint', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--max-warnings <n>');
    const top = runCli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^Commands:\n(  .*\n)*  describe \[options\] <bundle>/m);
    expect(top.stdout).toContain('\nExamples:\n  # check one bundle before submitting it\n  bundlelint lint acme-nas-plugin-2.4.0-1187.zip\n');
  });
});

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function messageOf(bundle: string, ruleId: string): string {
  const report = parseReport(runCli(['lint', bundle, '--format', 'json']).stdout);
  return report.results[0]!.findings.find((finding) => finding.ruleId === ruleId)!.message;
}
