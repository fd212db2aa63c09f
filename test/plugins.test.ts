import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/package-root.js';
import { parseReport, runMain } from './helpers/cli.js';
import { DOCS, generated, scratchDirectory } from './helpers/lint.js';
import { parseSarif } from './helpers/sarif.js';

/** The sample plugin as built by `npm test` (the build comes first). */
const SAMPLE = join(packageRoot, 'dist', 'fixtures', 'sample-plugin', 'index.js');

const GOOD_RULE = `{ meta: { id: 'acme/x', severity: 'warning', summary: 'x', messages: { m: 'x' } }, check() {} }`;

describe('plugins', () => {
  const directory = scratchDirectory();
  let bundle = '';
  beforeAll(async () => {
    bundle = await generated(directory);
  });

  /** A folder with a config naming `plugins`, and the plugin modules written beside it. */
  function project(name: string, config: object, modules: Record<string, string> = {}): string {
    const folder = join(directory, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'bundlelint.config.json'), JSON.stringify(config));
    for (const [file, text] of Object.entries(modules)) {
      mkdirSync(join(folder, file, '..'), { recursive: true });
      writeFileSync(join(folder, file), text);
    }
    return folder;
  }

  it('runs the sample plugin\'s rule with its options, beside the built-in rules', async () => {
    const cwd = project('sample', { plugins: [SAMPLE], rules: { 'acme/docs-format': ['error', { formats: ['pdf', 'text'] }] } });
    const run = await runMain(['lint', bundle, '--format', 'json'], { cwd });
    expect(run.code).toBe(1);
    expect(parseReport(run.stdout).results[0]!.findings.map(({ ruleId, severity, location, message }) => [ruleId, severity, location.path, message])).toEqual([
      ['acme/docs-format', 'error', `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md`, 'Corvid_NAS_Plugin_3.2.1_Release_Notes.md is markdown, but ACME publishes documents as pdf, text only; export it to pdf before release'],
      ['acme/docs-format', 'error', `${DOCS}!/Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html`, 'Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html is html, but ACME publishes documents as pdf, text only; export it to pdf before release'],
    ]);
    // Its rule is listed and explained like a built-in one.
    expect((await runMain(['rules'], { cwd })).stdout.trimEnd().split('\n').at(-1)).toMatch(/^acme\/docs-format +warning +A document of the bundle is not in a format ACME publishes$/);
    expect((await runMain(['explain', 'acme/docs-format'], { cwd })).stdout).toMatch(/^# acme\/docs-format\n\n\*\*Default severity:\*\* warning\n[\s\S]*## Options\n\n`formats`/);
  });

  it('loads a plugin by path relative to the configuration file, from a directory or a file, default export or named', async () => {
    const cwd = project('relative', { plugins: ['./plugins/named', './plugins/default.mjs'] }, {
      'plugins/named/index.js': `exports.rules = [{ meta: { id: 'acme/always', severity: 'info', summary: 'always', messages: { m: 'seen {{n}} files' } }, check(bundle, context) { context.report({ messageId: 'm', location: { path: '' }, data: { n: bundle.files.length } }); } }];`,
      'plugins/default.mjs': `export default { rules: [{ meta: { id: 'acme/also', severity: 'warning', summary: 'also', messages: { m: 'also' } }, check(bundle, context) { context.report({ messageId: 'm', location: { path: bundle.layout.rootFolder } }); } }] };`,
    });
    const findings = parseReport((await runMain(['lint', bundle, '--format', 'json'], { cwd: join(cwd, '..') })).stdout);
    expect(findings.results[0]!.findings).toEqual([]);
    const run = await runMain(['lint', bundle, '--format', 'json', '--config', join(cwd, 'bundlelint.config.json')], { cwd: directory });
    expect(parseReport(run.stdout).results[0]!.findings.map(({ ruleId, severity, location, message }) => `${severity} ${ruleId} ${location.path} ${message}`)).toEqual([
      'info acme/always  seen 20 files',
      'warning acme/also corvid-nas-plugin-3.2.1-4471/ also',
    ]);
  });

  it.each([
    ['missing.js', {}, `plugin missing.js: not found from ${directory}/bad-missingjs`],
    ['./throws.mjs', { 'throws.mjs': "throw new Error('no licence key');" }, 'plugin ./throws.mjs: failed to load (no licence key)'],
    ['./none.mjs', { 'none.mjs': 'export const rule = {};' }, 'plugin ./none.mjs: rules: must be exported as a non-empty array of rules (export const rules = [...])'],
    ['./severity.mjs', { 'severity.mjs': `export const rules = [${GOOD_RULE}, { meta: { id: 'acme/y', severity: 'fatal', summary: 'y', messages: { m: 'y' } }, check() {} }];` }, 'plugin ./severity.mjs: rules[1].meta.severity: must be "error", "warning" or "info"'],
    ['./id.mjs', { 'id.mjs': `export const rules = [{ meta: { id: 'NoArea', severity: 'error', summary: 'y', messages: { m: 'y' } }, check() {} }];` }, 'plugin ./id.mjs: rules[0].meta.id: must be an id such as "acme/docs-format" (lower-case area/name)'],
    ['./messages.mjs', { 'messages.mjs': `export const rules = [{ meta: { id: 'acme/y', severity: 'error', summary: 'y' }, check() {} }];` }, 'plugin ./messages.mjs: rules[0].meta.messages: is required'],
    ['./check.mjs', { 'check.mjs': `export const rules = [{ meta: { id: 'acme/y', severity: 'error', summary: 'y', messages: { m: 'y' } }, check: 'run' }];` }, 'plugin ./check.mjs: rules[0].check: must be a function (bundle, context) => void'],
    ['./clash.mjs', { 'clash.mjs': `export const rules = [{ meta: { id: 'layout/junk', severity: 'error', summary: 'y', messages: { m: 'y' } }, check() {} }];` }, 'plugin ./clash.mjs: rules[0].meta.id: "layout/junk" is already a rule'],
    ['./schema.mjs', { 'schema.mjs': `export const rules = [{ meta: { id: 'acme/y', severity: 'error', summary: 'y', messages: { m: 'y' }, options: { type: 'object', properties: { n: { type: 'nonsense' } } } }, check() {} }];` }, 'plugin ./schema.mjs: rules[0].meta.options: not a JSON Schema bundlelint accepts ('],
    ['./defaults.mjs', { 'defaults.mjs': `export const rules = [{ meta: { id: 'acme/y', severity: 'error', summary: 'y', messages: { m: 'y' }, options: { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } } }, check() {} }];` }, 'plugin ./defaults.mjs: rules[0].meta.options: the defaults must satisfy the schema, but $.n: is required'],
  ])('refuses the plugin %s naming it and the field, exit 2', async (plugin, modules, reason) => {
    const cwd = project(`bad-${plugin.replace(/\W/g, '')}`, { plugins: [plugin] }, modules);
    const run = await runMain(['lint', bundle], { cwd });
    expect([run.code, run.stdout, run.stderr.split('\n').length]).toEqual([2, '', 2]);
    expect(run.stderr.slice(0, `bundlelint: bundlelint.config.json: ${reason}`.length)).toBe(`bundlelint: bundlelint.config.json: ${reason}`);
  });

  it('reports a plugin rule that throws as a crashed rule, and runs the others', async () => {
    const cwd = project('crash', { plugins: ['./crash.mjs'] }, {
      'crash.mjs': `export const rules = [{ meta: { id: 'acme/crash', severity: 'warning', summary: 'crashes', messages: { m: 'x' } }, check() { throw new Error('boom'); } }];`,
    });
    const run = await runMain(['lint', bundle, '--format', 'json'], { cwd });
    expect(run.code).toBe(1);
    expect(parseReport(run.stdout).results[0]!.findings).toEqual([
      { ruleId: 'acme/crash', severity: 'error', location: { path: '' }, message: 'rule acme/crash crashed and checked nothing: boom; this is a bug in bundlelint or the plugin, please report it with the bundle' },
    ]);
    // SARIF says the run did not fully succeed, and which rule failed.
    const sarif = parseSarif((await runMain(['lint', bundle, '--format', 'sarif'], { cwd })).stdout);
    const crashIndex = sarif.runs[0]!.tool.driver.rules.findIndex((rule) => rule.id === 'acme/crash');
    expect(sarif.runs[0]!.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [{ level: 'error', message: { text: parseReport(run.stdout).results[0]!.findings[0]!.message }, associatedRule: { id: 'acme/crash', index: crashIndex } }],
      },
    ]);
  });
});
