import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { baselineWaivers, withWaivers } from '../src/config/baseline.js';
import type { Finding } from '../src/engine/rule.js';
import { parseReport, runMain } from './helpers/cli.js';
import { generated, scratchDirectory } from './helpers/lint.js';

const finding = (ruleId: string, path: string): Finding => ({ ruleId, messageId: 'x', severity: 'error', message: 'x', data: {}, location: { path } });
const WAIVER = { rule: 'layout/junk', path: '**/.DS_Store', reason: 'CVD-1' };

describe('baseline waivers', () => {
  it('waives each finding once: its rule, its path and the bundle name with the version as *, literal characters escaped', () => {
    const findings = [
      finding('layout/junk', 'corvid-3.2.1-4471/.DS_Store'),
      finding('layout/junk', 'corvid-3.2.1-4471/corvid-3.2.1-docs.zip!/~$Guide (old).docx'),
      finding('layout/junk', 'corvid-3.2.1-4471/.DS_Store'),
      finding('signature/unique', ''),
      finding('waivers/unused', ''),
    ];
    expect(baselineWaivers('uploads/corvid-3.2.1-4471.zip', findings, 'CVD-12', '2027-01-31')).toEqual([
      { rule: 'layout/junk', path: 'corvid-*/.DS_Store', bundle: 'corvid-*.zip', reason: 'CVD-12', expires: '2027-01-31' },
      { rule: 'layout/junk', path: 'corvid-*/corvid-*-docs.zip!/~$Guide \\(old\\).docx', bundle: 'corvid-*.zip', reason: 'CVD-12', expires: '2027-01-31' },
      { rule: 'signature/unique', bundle: 'corvid-*.zip', reason: 'CVD-12', expires: '2027-01-31' },
    ]);
  });

  it('appends to the waivers array of a file, every other byte as it was', () => {
    const text = '{\n\t"waivers": [\n\t\t{ "rule": "layout/junk", "path": "**/.DS_Store", "reason": "CVD-1" }\n\t],\n\t"rules": { "layout/junk": "off" }\n}\n';
    const added = { rule: 'checksums/mismatch', path: 'a/MD5SUMS', bundle: 'a-*.zip', reason: 'CVD-2' };
    expect(withWaivers(text, 'c.json', [WAIVER, added])).toEqual({
      added: 1,
      text: '{\n\t"waivers": [\n\t\t{ "rule": "layout/junk", "path": "**/.DS_Store", "reason": "CVD-1" },\n\t\t{\n\t\t\t"rule": "checksums/mismatch",\n\t\t\t"path": "a/MD5SUMS",\n\t\t\t"bundle": "a-*.zip",\n\t\t\t"reason": "CVD-2"\n\t\t}\n\t],\n\t"rules": { "layout/junk": "off" }\n}\n',
    });
  });

  it('adds a waivers key last when the file has none, and makes a file when there is none', () => {
    expect(withWaivers('{\r\n  "rules": {}\r\n}\r\n', 'c.json', [WAIVER]).text).toBe(
      '{\r\n  "rules": {},\r\n  "waivers": [\r\n    {\r\n      "rule": "layout/junk",\r\n      "path": "**/.DS_Store",\r\n      "reason": "CVD-1"\r\n    }\r\n  ]\r\n}\r\n',
    );
    expect(withWaivers('{}', 'c.json', [WAIVER]).text).toBe('{\n  "waivers": [\n    {\n      "rule": "layout/junk",\n      "path": "**/.DS_Store",\n      "reason": "CVD-1"\n    }\n  ]\n}');
    expect(withWaivers(undefined, 'c.json', [WAIVER]).text).toBe(`${JSON.stringify({ waivers: [WAIVER] }, null, 2)}\n`);
  });

  it('refuses a file that is not a JSON object', async () => {
    expect(() => withWaivers('[1', 'c.json', [WAIVER])).toThrow(/^c\.json: not valid JSON, so no waivers were written to it/);
    expect(() => withWaivers('{"waivers": {}}', 'c.json', [WAIVER])).toThrow('c.json: its "waivers" is not an array, so no waivers were written to it');
  });
});

describe('bundlelint lint --write-waivers', { timeout: 180_000 }, () => {
  const directory = scratchDirectory();
  let bundle = '';
  const config = join(directory, 'bundlelint.config.json');
  beforeAll(async () => {
    bundle = await generated(directory, ['junk']);
    writeFileSync(config, '{\n  "rules": { "licenses/open-source": "warning" },\n  "limits": { "maxDepth": 6 }\n}\n');
  });

  it('needs a reason, and a date for --expires', async () => {
    expect(await runMain(['lint', bundle, '--no-config', '--write-waivers', config])).toEqual({ code: 2, stdout: '', stderr: 'bundlelint: --write-waivers needs --reason "<why these findings are accepted>": every waiver carries one\n' });
    expect((await runMain(['lint', bundle, '--no-config', '--write-waivers', config, '--reason', 'x', '--expires', 'soon'])).stderr).toBe('bundlelint: --expires takes a date as YYYY-MM-DD, not "soon"\n');
    expect((await runMain(['lint', bundle, '--no-config', '--reason', 'x'])).stderr).toBe('bundlelint: --reason goes with --write-waivers <file>\n');
  });

  it('writes a baseline the next run reports nothing new against, and waivers/unused once a finding is fixed', async () => {
    const written = await runMain(['lint', bundle, '--config', config, '--write-waivers', config, '--reason', 'tracked in CVD-12', '--expires', '2027-01-31', '--format', 'json']);
    expect(written.code).toBe(0);
    expect(written.stderr).toBe(`bundlelint: wrote 6 waivers to ${config}; later runs with it report only new findings\n`);
    expect(parseReport(written.stdout).results[0]!.findings).toHaveLength(6);
    const waiver = (rule: string, path: string) =>
      `    {\n      "rule": "${rule}",\n      "path": "${path}",\n      "bundle": "corvid-nas-plugin-*.zip",\n      "reason": "tracked in CVD-12",\n      "expires": "2027-01-31"\n    }`;
    const root = 'corvid-nas-plugin-*/';
    const docs = `${root}corvid-nas-plugin-*-docs.zip`;
    expect(readFileSync(config, 'utf8')).toBe(
      `{\n  "rules": { "licenses/open-source": "warning" },\n  "limits": { "maxDepth": 6 },\n  "waivers": [\n${[
        waiver('layout/junk', '__MACOSX/'),
        waiver('checksums/unlisted-file', `__MACOSX/${root}._corvid-nas-plugin-*-docs.zip`),
        waiver('checksums/unlisted-file', `${root}.DS_Store`),
        waiver('layout/junk', `${root}.DS_Store`),
        waiver('layout/junk', `${docs}!/Thumbs.db`),
        waiver('layout/junk', `${docs}!/~$rvid_Support_Process.docx`),
      ].join(',\n')}\n  ]\n}\n`,
    );

    const again = await runMain(['lint', bundle, '--config', config, '--now', '2026-12-01']);
    expect(again).toEqual({ code: 0, stderr: '', stdout: '✔ no problems in 1 bundle; 6 waived\n' });
    const rewritten = await runMain(['lint', bundle, '--config', config, '--write-waivers', config, '--reason', 'tracked in CVD-12']);
    expect(rewritten.stderr).toBe(`bundlelint: wrote 0 waivers to ${config}; later runs with it report only new findings\n`);

    // The same bundle fixed (debris gone): the waivers of its debris match nothing.
    const fixedFolder = join(directory, 'fixed');
    mkdirSync(fixedFolder);
    const fixedBundle = join(fixedFolder, bundle.split('/').pop()!);
    expect((await runMain(['fix', bundle, '--output', fixedBundle, '--no-config'])).code).toBe(0);
    const report = parseReport((await runMain(['lint', fixedBundle, '--config', config, '--format', 'json', '--now', '2026-12-01'])).stdout);
    const unused = [
      ['layout/junk', '__MACOSX/'],
      ['checksums/unlisted-file', `__MACOSX/${root}._corvid-nas-plugin-*-docs.zip`],
      ['checksums/unlisted-file', `${root}.DS_Store`],
      ['layout/junk', `${root}.DS_Store`],
      ['layout/junk', `${docs}!/Thumbs.db`],
      ['layout/junk', `${docs}!/~$rvid_Support_Process.docx`],
    ].map(([rule, path], index) => ({
      ruleId: 'waivers/unused',
      severity: 'info',
      message: `waivers[${index}] (${rule} at ${path}) matched no finding of this bundle; remove it, or correct its rule or path`,
      location: { path: '' },
    }));
    expect(report.results[0]!.findings).toEqual(unused);
  });
});
