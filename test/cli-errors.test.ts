/** Errors that help (issue 20): "did you mean", ESLint's words, the exit reason, config found upwards, --print-config. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits } from '../src/archive/limits.js';
import { packageRoot } from '../src/package-root.js';
import { parseReport, runMain } from './helpers/cli.js';
import { generated, scratchDirectory } from './helpers/lint.js';

describe('errors that help', () => {
  const directory = scratchDirectory();
  let warningsOnly = '';
  let defective = '';
  beforeAll(async () => {
    [warningsOnly, defective] = await Promise.all([generated(directory, ['symlink']), generated(directory, ['crc-flip', 'symlink'])]);
  });

  /** A folder holding bundlelint.config.json with `text`. */
  const configured = (name: string, text: string): string => {
    const folder = join(directory, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'bundlelint.config.json'), text);
    return folder;
  };

  it.each([
    [['lint', 'BUNDLE', '-f', 'josn'], '--format takes text, json, sarif, junit, html, github, gitlab, not "josn"; did you mean "json"?'],
    [['lint', 'BUNDLE', '--format', 'gitlb'], '--format takes text, json, sarif, junit, html, github, gitlab, not "gitlb"; did you mean "gitlab"?'],
    [['lint', 'BUNDLE', '--rule', 'layout/junks=off'], 'unknown rule "layout/junks" (bundlelint rules lists them); did you mean "layout/junk"?'],
    [['lint', 'BUNDLE', '--rule', 'junk=off'], 'unknown rule "junk" (bundlelint rules lists them); did you mean "layout/junk"?'],
    [['lint', 'BUNDLE', '--rule', 'layout/junk=eror'], '--rule takes <id>=<off|info|warning|error>, not "layout/junk=eror"; did you mean "error"?'],
    [['explain', 'archive/bom'], 'unknown rule "archive/bom" (bundlelint rules lists them); did you mean "archive/bomb"?'],
    [['explain', 'waivers/unsed'], 'unknown rule "waivers/unsed" (bundlelint rules lists them); did you mean "waivers/unused"?'],
    [['lint', 'BUNDLE', '-c', 'x.json', '--no-config'], '-c and --no-config contradict each other; give one of them'],
    [['lint', 'BUNDLE', '--no-config', '--config=x.json'], '--config and --no-config contradict each other; give one of them'],
    [['rules', '--config', 'x.json', '--no-config'], '--config and --no-config contradict each other; give one of them'],
  ])('%j: exit 2 saying what was meant', async (args, reason) => {
    const run = await runMain(args.map((arg) => (arg === 'BUNDLE' ? warningsOnly : arg)), { cwd: directory });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `bundlelint: ${reason}\n`]);
  });

  it.each([
    ['unknown key', '{ "rule": { "layout/junk": "off" } }', '$.rule: is not a known key; did you mean "rules"?'],
    ['unknown limit', '{ "limits": { "maxDeph": 3 } }', '$.limits.maxDeph: is not a known key; did you mean "maxDepth"?'],
    ['mistyped severity', '{ "rules": { "layout/junk": "eror" } }', '$.rules["layout/junk"]: must be a severity ("off", "info", "warning" or "warn", "error"), or [severity, options]; did you mean "error"?'],
    ['mistyped severity of waivers', '{ "unusedWaivers": "nfo" }', '$.unusedWaivers: must be "off", "info", "warning" (or "warn") or "error"; did you mean "info"?'],
    ['unknown rule', '{ "rules": { "layout/junks": "off" } }', '$.rules["layout/junks"]: unknown rule "layout/junks" (bundlelint rules lists them); did you mean "layout/junk"?'],
    ['trailing comma', '{\n  "rules": { "layout/junk": "off" },\n}\n', 'not valid JSON at line 3, column 1 (Expected double-quoted property name)'],
    ['cut short', '{\n  "rules": {', "not valid JSON at line 2, column 13 (Expected property name or '}')"],
  ])('a configuration with a %s: exit 2 with the place and what was meant', async (name, text, reason) => {
    const cwd = configured(name.replace(/ /g, '-'), text);
    const run = await runMain(['lint', warningsOnly], { cwd });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `bundlelint: bundlelint.config.json: ${reason}\n`]);
  });

  it('takes ESLint\'s "warn" for a severity, in the configuration and with --rule', async () => {
    const severities = async (args: string[], cwd = directory) => parseReport((await runMain(['lint', defective, '--format', 'json', ...args], { cwd })).stdout).results[0]!.findings.map((finding) => `${finding.severity} ${finding.ruleId}`);
    expect(await severities([])).toEqual(['error archive/integrity', 'warning archive/symlink']);
    expect(await severities(['--rule', 'archive/integrity=warn'])).toEqual(['warning archive/integrity', 'warning archive/symlink']);
    const cwd = configured('warn', '{ "rules": { "archive/integrity": "warn", "archive/symlink": "info" }, "expiredWaivers": "warn" }');
    expect(await severities([], cwd)).toEqual(['warning archive/integrity', 'info archive/symlink']);
    expect(await severities(['--rule', 'archive/symlink=warn'], cwd)).toEqual(['warning archive/integrity', 'warning archive/symlink']);
  });

  it('says why it exits 1 on too many warnings, and --quiet does not call that run clean; -1 is no limit', async () => {
    const quiet = await runMain(['lint', warningsOnly, '-q', '--max-warnings', '0'], { cwd: directory });
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([1, 'no errors in 1 bundle; 1 warning and 0 infos not shown (--quiet)\n', 'bundlelint: too many warnings (1 > 0)\n']);
    const loud = await runMain(['lint', warningsOnly, '--max-warnings', '0'], { cwd: directory });
    expect([loud.code, loud.stdout.split('\n').at(-2), loud.stderr]).toEqual([1, '✖ 1 problem (0 errors, 1 warning, 0 infos) in 1 bundle', 'bundlelint: too many warnings (1 > 0)\n']);
    const unlimited = await runMain(['lint', warningsOnly, '--max-warnings', '-1'], { cwd: directory });
    expect([unlimited.code, unlimited.stderr]).toEqual([0, '']);
    // Within the limit: no reason, exit 0; a quiet run with nothing hidden is clean.
    expect((await runMain(['lint', warningsOnly, '--max-warnings', '1'], { cwd: directory })).stderr).toBe('');
    expect((await runMain(['lint', warningsOnly, '-q', '--rule', 'archive/symlink=off'], { cwd: directory })).stdout).toBe('✔ no problems in 1 bundle\n');
  });

  it('finds the configuration in the nearest folder up to the repository root, and not above it', async () => {
    const outer = configured('outer', '{ "rules": { "archive/symlink": "error" } }');
    const repository = configured('outer/repository', '{ "rules": { "archive/symlink": "info" } }');
    mkdirSync(join(repository, '.git'));
    mkdirSync(join(repository, 'ci', 'deep'), { recursive: true });
    const from = (cwd: string) => runMain(['lint', warningsOnly, '--format', 'json'], { cwd });
    expect(parseReport((await from(join(repository, 'ci', 'deep'))).stdout).results[0]!.findings.map((finding) => finding.severity)).toEqual(['info']);
    // A nearer one wins.
    configured('outer/repository/ci', '{ "rules": { "archive/symlink": "off" } }');
    expect(parseReport((await from(join(repository, 'ci', 'deep'))).stdout).results[0]!.findings).toEqual([]);
    // Above the repository's root nothing is read: a repository without a configuration has none.
    const bare = join(outer, 'bare');
    mkdirSync(join(bare, '.git'), { recursive: true });
    expect(parseReport((await from(bare)).stdout).results[0]!.findings.map((finding) => finding.severity)).toEqual(['warning']);
    // Outside a repository, only the working directory is looked in.
    mkdirSync(join(outer, 'plain'));
    expect(parseReport((await from(join(outer, 'plain'))).stdout).results[0]!.findings.map((finding) => finding.severity)).toEqual(['warning']);
  });

  it('refuses the plugins of a configuration found above the working directory in a folder of uploads being linted', async () => {
    const uploads = configured('repo-uploads/uploads', '{ "plugins": ["./evil.js"] }');
    mkdirSync(join(directory, 'repo-uploads', '.git'));
    writeFileSync(join(uploads, 'evil.js'), 'throw new Error("ran")');
    mkdirSync(join(uploads, 'today'));
    const run = await runMain(['lint', '..'], { cwd: join(uploads, 'today') });
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      'bundlelint: ../bundlelint.config.json lists plugins but sits in a folder of bundles being linted, so its code may have come with them and is not run; pass --config ../bundlelint.config.json to trust it, or --no-config to ignore it\n',
    );
  });

  it('--print-config prints the effective configuration, one a configuration file may hold, and lints nothing', async () => {
    const cwd = configured('print', '{ "rules": { "layout/junk": ["warn", { "files": [".DS_Store"] }] }, "limits": { "maxDepth": 3 }, "waivers": [{ "rule": "archive/symlink", "reason": "ACME-1" }] }');
    const run = await runMain(['lint', '--print-config', '--rule', 'archive/symlink=off', '--rule', 'layout/junk=error'], { cwd });
    expect([run.code, run.stderr]).toEqual([0, 'bundlelint: configuration from bundlelint.config.json\n']);
    const printed = JSON.parse(run.stdout) as { rules: Record<string, unknown>; limits: object; waivers: object[]; unusedWaivers: string; expiredWaivers: string; plugins: string[]; vocabulary: object };
    expect(printed.rules['layout/junk']).toEqual(['error', { files: ['.DS_Store'], directories: ['__MACOSX', '.git', '.svn', '.hg', '.idea', '.vscode', '.Trashes', '.fseventsd', '.Spotlight-V100'] }]);
    expect([printed.rules['archive/symlink'], printed.rules['archive/bomb']]).toEqual(['off', 'error']);
    expect(printed.limits).toEqual({ ...defaultLimits, maxDepth: 3 });
    expect([printed.waivers, printed.unusedWaivers, printed.expiredWaivers, printed.plugins, printed.vocabulary]).toEqual([[{ rule: 'archive/symlink', reason: 'ACME-1' }], 'info', 'warning', [], {}]);
    const schema = JSON.parse(readFileSync(join(packageRoot, 'schema', 'config.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: true }).compile(schema);
    expect(validate(printed), JSON.stringify(validate.errors)).toBe(true);
    // With no configuration: the defaults.
    const none = await runMain(['lint', '--print-config', '--no-config'], { cwd });
    expect([none.code, none.stderr, (JSON.parse(none.stdout) as { rules: Record<string, unknown> }).rules['archive/symlink']]).toEqual([0, '', 'warning']);
  });

  it('has the short options -f, -o, -c and -q', async () => {
    const cwd = configured('short', '{ "rules": { "archive/symlink": "error" } }');
    writeFileSync(join(cwd, 'other.json'), '{ "rules": { "archive/symlink": "info" } }');
    const run = await runMain(['lint', warningsOnly, '-c', 'other.json', '-f', 'json', '-o', 'report.json', '-q'], { cwd });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    expect(parseReport(readFileSync(join(cwd, 'report.json'), 'utf8')).results[0]!.findings).toEqual([]);
  });
});
