import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultRelease } from '../fixtures/release.js';
import { defaultLimits, parseByteSize } from '../src/archive/limits.js';
import { loadConfiguration } from '../src/config/load-config.js';
import { defaultWaiverSeverities } from '../src/engine/waivers.js';
import { packageRoot } from '../src/package-root.js';
import { parseReport, runMain } from './helpers/cli.js';
import { DOCS, generated, ROOT, scratchDirectory } from './helpers/lint.js';

const schema = JSON.parse(readFileSync(join(packageRoot, 'schema', 'config.schema.json'), 'utf8')) as {
  properties: { limits: { properties: Record<string, { default: string | number }> }; unusedWaivers: { default: string }; expiredWaivers: { default: string } };
};

/** A folder holding one `bundlelint.config.json` with `config`, for runs that discover it. */
function configured(directory: string, name: string, config: unknown): string {
  const folder = join(directory, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'bundlelint.config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return folder;
}

/** Findings of a JSON report as `severity ruleId path [waiver]`, in report order. */
function seen(stdout: string): string[] {
  return parseReport(stdout).results[0]!.findings.map((finding) => {
    const suppressed = (finding as { suppressed?: { waiver: string; reason: string } }).suppressed;
    return `${finding.severity} ${finding.ruleId} ${finding.location.path}${suppressed ? ` [${suppressed.waiver}: ${suppressed.reason}]` : ''}`;
  });
}

describe('bundlelint.config.json', () => {
  const directory = scratchDirectory();
  let junk = '';
  let junkAndLink = '';
  beforeAll(async () => {
    [junk, junkAndLink] = await Promise.all([generated(directory, ['junk']), generated(directory, ['junk', 'symlink'])]);
  });

  it('is found in the working directory, and sets severities and options', async () => {
    const cwd = configured(directory, 'severities', { rules: { 'layout/junk': 'error', 'checksums/unlisted-file': 'off' } });
    const run = await runMain(['lint', junk, '--format', 'json'], { cwd });
    expect(run.stderr).toBe('');
    expect(seen(run.stdout)).toEqual([
      'error layout/junk __MACOSX/',
      `error layout/junk ${ROOT}.DS_Store`,
      `error layout/junk ${DOCS}!/Thumbs.db`,
      `error layout/junk ${DOCS}!/~$rvid_Support_Process.docx`,
    ]);
    // --no-config ignores it; --config names another file; --rule overrides its severity.
    expect(seen((await runMain(['lint', junk, '--format', 'json', '--no-config'], { cwd })).stdout)).toHaveLength(6);
    expect(seen((await runMain(['lint', junk, '--format', 'json', '--rule', 'layout/junk=info'], { cwd })).stdout)[0]).toBe('info layout/junk __MACOSX/');
    const other = configured(directory, 'other', { rules: { 'layout/junk': 'off', 'checksums/unlisted-file': 'off' } });
    expect(seen((await runMain(['lint', junk, '--format', 'json', '--config', join(other, 'bundlelint.config.json')], { cwd })).stdout)).toEqual([]);
  });

  it('keeps configured options when --rule changes the severity', async () => {
    const cwd = configured(directory, 'options', { rules: { 'vib/acceptance-level': ['warning', { expected: ['certified'] }] } });
    const [finding] = parseReport((await runMain(['lint', junk, '--format', 'json', '--rule', 'vib/acceptance-level=error'], { cwd })).stdout).results[0]!.findings.filter((f) => f.ruleId === 'vib/acceptance-level');
    expect(finding).toMatchObject({ severity: 'error', message: expect.stringMatching(/has acceptance level "accepted", but the program expects "certified"/) });
  });

  it('waives findings by rule and path glob, keeps them in JSON as suppressed, and reports unused and expired waivers', async () => {
    const cwd = configured(directory, 'waivers', {
      waivers: [
        { rule: 'layout/junk', path: '**/.DS_Store', reason: 'tracked in ACME-1234' },
        { rule: 'checksums/*', path: '**/{.DS_Store,._*}', reason: 'debris goes in ACME-1234', expires: '2026-12-31' },
        { rule: 'layout/junk', path: '*/*-docs.zip!/*', reason: 'lock files, ACME-99' },
        { rule: 'archive/symlink', reason: 'latest link removed in 3.3', expires: '2026-11-24' },
        { rule: 'vib/descriptor', reason: 'never fires here' },
        { rule: 'layout/junk', bundle: 'other-*.zip', reason: 'only for other bundles' },
      ],
    });
    const run = await runMain(['lint', junkAndLink, '--format', 'json', '--now', '2026-11-25'], { cwd });
    expect(run.code).toBe(0);
    expect(seen(run.stdout)).toEqual([
      'warning waivers/expired ',
      'info waivers/unused ',
      'warning layout/junk __MACOSX/',
      `error checksums/unlisted-file __MACOSX/${ROOT}._corvid-nas-plugin-3.2.1-docs.zip [waivers[1]: debris goes in ACME-1234]`,
      `error checksums/unlisted-file ${ROOT}.DS_Store [waivers[1]: debris goes in ACME-1234]`,
      `warning layout/junk ${ROOT}.DS_Store [waivers[0]: tracked in ACME-1234]`,
      `warning layout/junk ${DOCS}!/Thumbs.db [waivers[2]: lock files, ACME-99]`,
      `warning layout/junk ${DOCS}!/~$rvid_Support_Process.docx [waivers[2]: lock files, ACME-99]`,
      `warning archive/symlink ${ROOT}latest`,
    ]);
    const report = parseReport(run.stdout);
    expect(report.results[0]!.findings.slice(0, 2).map((finding) => finding.message)).toEqual([
      'waivers[3] (archive/symlink) expired on 2026-11-24, so the findings it covered are reported again; fix them, or renew the waiver with a later date if the reason still holds ("latest link removed in 3.3")',
      'waivers[4] (vib/descriptor) matched no finding of this bundle; remove it, or correct its rule or path',
    ]);
    // Waived findings are not counted: only the two waived errors were errors.
    expect([report.errorCount, report.warningCount]).toEqual([0, 3]);
    // The text report leaves them out and says how many there were.
    const text = await runMain(['lint', junkAndLink, '--now', '2026-11-25'], { cwd });
    expect(text.stdout).not.toContain('.DS_Store');
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 4 problems (0 errors, 3 warnings, 1 info) in 1 bundle; 5 waived');
    // A day earlier, the symlink waiver still holds.
    expect(seen((await runMain(['lint', junkAndLink, '--format', 'json', '--now', '2026-11-24'], { cwd })).stdout)).toContain(`warning archive/symlink ${ROOT}latest [waivers[3]: latest link removed in 3.3]`);
  });

  it('sets the severity of the waivers findings, or turns them off', async () => {
    const cwd = configured(directory, 'waiver-severities', {
      unusedWaivers: 'error',
      expiredWaivers: 'off',
      waivers: [{ rule: 'vib/descriptor', reason: 'never fires here' }, { rule: 'layout/junk', reason: 'old', expires: '2020-01-01' }],
    });
    const run = await runMain(['lint', junk, '--format', 'json', '--rule', 'checksums/unlisted-file=off', '--now', '2026-11-25'], { cwd });
    expect(run.code).toBe(1);
    expect(seen(run.stdout)).toEqual(['error waivers/unused ', 'warning layout/junk __MACOSX/', `warning layout/junk ${ROOT}.DS_Store`, `warning layout/junk ${DOCS}!/Thumbs.db`, `warning layout/junk ${DOCS}!/~$rvid_Support_Process.docx`]);
  });

  it('adds headings to a rule through vocabulary', async () => {
    const knownIssues = (stdout: string) => seen(stdout).filter((line) => line.includes('known-issues'));
    const notes = ['# Corvid NAS Plugin 3.2.1 Release Notes', '', '## 3.2.1 (2026-10-15)', '', '### New', '', '- Session trunking.', '', '### Fixed', '', '- Clone timeouts.', '',
      '### Heads-up', '', '- Statistics are empty until a remount.', '', '## 3.2.0 (2026-07-02)', '', '### New', '', '- Fast clone.', ''].join('\n');
    const documents = defaultRelease().documents.map((plan) => (plan.role === 'release-notes' ? { ...plan, content: Buffer.from(notes) } : plan));
    const bundle = await generated(join(directory, 'caveats'), [], { documents });
    const without = configured(directory, 'no-vocabulary', {});
    const withVocabulary = configured(directory, 'vocabulary', { vocabulary: { 'release-notes/known-issues': ['Heads-up'] } });
    expect(knownIssues((await runMain(['lint', bundle, '--format', 'json'], { cwd: without })).stdout)).toEqual([`error release-notes/known-issues ${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md`]);
    expect(knownIssues((await runMain(['lint', bundle, '--format', 'json'], { cwd: withVocabulary })).stdout)).toEqual([]);
  });

  it('names the partner through partner.names and partner.domains, whose hosts then count as its', async () => {
    const helpLink = (stdout: string) => seen(stdout).filter((line) => line.includes('docs/help-link'));
    const bundle = await generated(join(directory, 'kestrel'), [], { helpUrl: 'https://support.kestrel-storage.example/nas' });
    const byDomain = configured(directory, 'partner-domains', { partner: { domains: ['Kestrel-Storage.example'] } });
    const byName = configured(directory, 'partner-names', { partner: { names: ['Kestrel Storage, Inc.'] } });
    expect((await loadConfiguration(undefined, byDomain))!.partner).toEqual({ names: [], domains: ['kestrel-storage.example'] });
    expect(helpLink((await runMain(['lint', bundle, '--format', 'json'], { cwd: configured(directory, 'no-partner', {}) })).stdout)).toEqual([`error docs/help-link ${DOCS}`]);
    expect(helpLink((await runMain(['lint', bundle, '--format', 'json'], { cwd: byDomain })).stdout)).toEqual([]);
    expect(helpLink((await runMain(['lint', bundle, '--format', 'json'], { cwd: byName })).stdout)).toEqual([]);
  });

  it('reads limits, sizes written as text included', async () => {
    const folder = configured(directory, 'limits', { limits: { maxTotalBytes: '16GiB', ratioThreshold: '1.5 MB', maxRatio: 50, maxEntries: 10, maxDepth: 2, maxSeconds: 30 } });
    expect((await loadConfiguration(undefined, folder))!.limits).toEqual({ maxTotalBytes: 16 * 2 ** 30, ratioThreshold: 1_500_000, maxRatio: 50, maxEntries: 10, maxDepth: 2, maxSeconds: 30 });
    const run = await runMain(['lint', junk, '--format', 'json'], { cwd: folder });
    const [bomb] = parseReport(run.stdout).results[0]!.findings.filter((finding) => finding.ruleId === 'archive/bomb');
    expect(bomb!.message).toMatch(/^the bundle holds more than 10 entries in all \(passed in corvid-nas-plugin-3\.2\.1-4471\/CVD-corvid-nas-plugin-3\.2\.1-offline-bundle\.zip\)/);
  });

  it.each([
    ['{ "rules": { ', "bundlelint.config.json: not valid JSON at line 1, column 14 (Expected property name or '}')"],
    [
      { rules: { 'licenses/open-source': 'of', 'vib/acceptance-level': ['warning', 3] }, limits: { maxTotalBytes: '16Gi', maxRatio: 0 }, extra: 1 },
      'bundlelint.config.json: $.extra: is not a known key; $.rules["licenses/open-source"]: must be a severity ("off", "info", "warning" or "warn", "error"), or [severity, options]; did you mean "off"?; $.rules["vib/acceptance-level"][1]: must be object; $.limits.maxTotalBytes: must be a whole number of bytes, or a size such as "16GiB" or "500 MB"; $.limits.maxRatio: must be >= 1',
    ],
    [{ partner: { names: 'Acme', domains: ['acme storage'], url: 'x' } }, 'bundlelint.config.json: $.partner.url: is not a known key; $.partner.names: must be array; $.partner.domains[0]: must match pattern'],
    [
      { waivers: [{ rule: 'layout/junk', path: '**/.DS_Store' }, { rule: 'layout/junk', reason: ' \t', expires: 'tomorrow' }], unusedWaivers: 'warnin' },
      'bundlelint.config.json: $.waivers[0].reason: is required; $.waivers[1].reason: must be a reason that is not blank; $.waivers[1].expires: must be a date as YYYY-MM-DD; $.unusedWaivers: must be "off", "info", "warning" (or "warn") or "error"; did you mean "warning"?',
    ],
    [
      { rules: { 'nope/x': 'error', 'vib/acceptance-level': ['warning', { expected: ['gold'], extra: true }], 'layout/junk': ['warning', { a: 1 }], 'eula/present': ['error', { a: 1 }] }, vocabulary: { 'nope/y': ['Caveats'] }, waivers: [{ rule: 'layot/*', reason: 'x', expires: '2026-02-30' }] },
      'bundlelint.config.json: $.rules["nope/x"]: unknown rule "nope/x" (bundlelint rules lists them); $.vocabulary["nope/y"]: unknown rule "nope/y" (bundlelint rules lists them); $.rules["vib/acceptance-level"][1].extra: is not a known key; $.rules["vib/acceptance-level"][1].expected[0]: must be one of "certified", "accepted", "partner", "community"; $.rules["layout/junk"][1].a: is not a known key; $.rules["eula/present"][1]: rule eula/present takes no options; $.waivers[0].rule: "layot/*" matches no rule; $.waivers[0].expires: 2026-02-30 is not a date',
    ],
  ])('refuses %j with the JSON path of each mistake, exit 2', async (config, reason) => {
    const cwd = configured(directory, `bad-${Math.random().toString(36).slice(2)}`, config);
    const run = await runMain(['lint', junk], { cwd });
    expect([run.code, run.stdout, run.stderr.split('\n').length]).toEqual([2, '', 2]);
    expect(run.stderr.slice(0, `bundlelint: ${reason}`.length)).toBe(`bundlelint: ${reason}`);
  });

  it('exits 2 when the file given with --config cannot be read', async () => {
    const run = await runMain(['lint', junk, '--config', 'missing.json'], { cwd: directory });
    expect([run.code, run.stderr]).toEqual([2, `bundlelint: cannot read the configuration ${join(directory, 'missing.json')} (ENOENT)\n`]);
  });

  it('documents the defaults the code has', () => {
    const limits = schema.properties.limits.properties;
    expect(Object.fromEntries(Object.entries(limits).map(([name, { default: value }]) => [name, parseByteSize(value)]))).toEqual(defaultLimits);
    expect({ unused: schema.properties.unusedWaivers.default, expired: schema.properties.expiredWaivers.default }).toEqual(defaultWaiverSeverities);
  });

  it("accepts the README's example", () => {
    const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
    const example = /## Configuration\n[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)![1]!;
    const validate = new Ajv({ strict: true }).compile(schema);
    expect(validate(JSON.parse(example)), JSON.stringify(validate.errors)).toBe(true);
  });
});
