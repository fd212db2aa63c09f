/**
 * The CLI under a hostile or unlucky environment (issue 14): names with terminal escapes, a batch
 * with bad paths, a report that cannot be written, a configuration among the uploads that lists
 * plugins, and a rule reporting 200,000 findings.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, parseReport, runCli, runMain } from '../helpers/cli.js';
import { generated, scratchDirectory } from '../helpers/lint.js';

/** Raw terminal controls and bidirectional overrides: none may reach a terminal unescaped. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('the CLI never prints raw control characters, never loses a batch, never crashes on output', () => {
  const directory = scratchDirectory();
  let clean = '';
  let hostileName = '';
  beforeAll(async () => {
    clean = await generated(directory);
    hostileName = join(directory, 'red\u001b[31m\u202eevil\r.zip');
    copyFileSync(clean, hostileName);
  });

  it('escapes a bundle path with ESC, RLO and CR in the exit-2 line', async () => {
    const run = await runMain(['lint', 'gone\u001b[31m\u202e\r.zip'], { cwd: directory });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'bundlelint: gone\\x1b[31m\\u{202e}\\x0d.zip: no such file\n']);
  });

  it('escapes such a name in every report format on stdout, and JSON still reads it back', async () => {
    for (const format of ['text', 'json', 'sarif', 'junit', 'html']) {
      const run = await runMain(['lint', hostileName, '--format', format], { cwd: directory });
      expect(run.stdout, format).not.toMatch(RAW);
      expect(run.stderr, format).toBe('');
    }
    const run = await runMain(['lint', hostileName, '--format', 'json'], { cwd: directory });
    expect(parseReport(run.stdout).results[0]!.bundle).toBe(hostileName);
  });

  it('lints the good bundles of a batch, names each bad path on one escaped line, and exits 2', async () => {
    mkdirSync(join(directory, 'empty'), { recursive: true });
    const run = await runMain(['lint', 'gone\u001b[2J.zip', clean, 'empty', 'nothing/*.zip', '/dev/null', '--format', 'json'], { cwd: directory });
    expect(run.code).toBe(2);
    const report = parseReport(run.stdout);
    expect(report.results.map(({ bundle, findings, errorCount, warningCount }) => ({ bundle, findings, errorCount, warningCount }))).toEqual([
      { bundle: clean, findings: [], errorCount: 0, warningCount: 0 },
    ]);
    expect(run.stderr).toBe(
      [
        'bundlelint: gone\\x1b[2J.zip: no such file',
        'bundlelint: empty: no .zip bundle in this directory',
        'bundlelint: nothing/*.zip: no file matches',
        'bundlelint: /dev/null: not a file',
        '',
      ].join('\n'),
    );
    // The text report of the same batch is complete for the good bundle too.
    const text = await runMain(['lint', clean, 'gone.zip'], { cwd: directory });
    expect([text.code, text.stdout, text.stderr]).toEqual([2, '✔ no problems in 1 bundle\n', 'bundlelint: gone.zip: no such file\n']);
  });

  it.each([
    ['json', '/dev/full', 'ENOSPC: no space left on device'],
    ['sarif', '/dev/full', 'ENOSPC: no space left on device'],
    ['html', '/dev/full', 'ENOSPC: no space left on device'],
    ['junit', 'missing-folder/report.xml', 'ENOENT: no such file or directory'],
    ['text', '.', 'EISDIR: illegal operation on a directory'],
  ])('a %s report that cannot be written to %s is exit 2 with one line', async (format, output, reason) => {
    const run = await runMain(['lint', clean, '--format', format, '--output', output], { cwd: directory });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `bundlelint: cannot write the report to ${output} (${reason})\n`]);
  });

  it('a full disk behind stdout is exit 2 with one line', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [BIN, 'lint', clean, '--format', 'json'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 60_000 });
      expect([run.status, run.stderr]).toEqual([2, 'bundlelint: cannot write the report to stdout (ENOSPC: no space left on device)\n']);
    } finally {
      closeSync(full);
    }
  });

  it('a reader that closes stdout early ends the run with exit 2 and one line', async () => {
    const child = spawn(process.execPath, [BIN, 'lint', clean, '--format', 'sarif'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect([code, stderr]).toEqual([2, 'bundlelint: cannot write the report to stdout (EPIPE: broken pipe)\n']);
  });
});

describe('a configuration found among the uploads runs no plugin', () => {
  const directory = scratchDirectory();
  const uploads = join(directory, 'uploads');
  const canary = join(uploads, 'canary-ran');
  let bundle = '';
  const refused =
    'bundlelint: bundlelint.config.json lists plugins but sits in a folder of bundles being linted, so its code may have come with them and is not run; pass --config bundlelint.config.json to trust it, or --no-config to ignore it\n';
  beforeAll(async () => {
    const clean = await generated(directory);
    mkdirSync(join(uploads, 'partner'), { recursive: true });
    bundle = basename(clean);
    copyFileSync(clean, join(uploads, bundle));
    copyFileSync(clean, join(uploads, 'partner', bundle));
    writeFileSync(join(uploads, 'bundlelint.config.json'), JSON.stringify({ plugins: ['./canary.mjs'] }));
    writeFileSync(join(uploads, 'partner', 'bundlelint.config.json'), JSON.stringify({ plugins: ['../canary.mjs'] }));
    writeFileSync(
      join(uploads, 'canary.mjs'),
      `import { writeFileSync } from 'node:fs';
writeFileSync(new URL('./canary-ran', import.meta.url), 'ran');
export const rules = [{ meta: { id: 'acme/canary', severity: 'info', summary: 'canary \\u001b[5m', messages: { m: 'canary' } }, check() {} }];`,
    );
  });

  it.each([
    ['the working directory is linted', ['.'], ''],
    ['a bundle in the working directory is linted', [() => bundle], ''],
    ['the same, as ./name', [() => `./${bundle}`], ''],
    ['a glob of the working directory', ['*.zip'], ''],
    ['a glob from above reaching into it', [() => `../uploads/**/*.zip`], ''],
    ['an earlier release in the working directory', [() => join('partner', bundle), '--previous', () => bundle], ''],
    ['a folder above the working directory is linted', ['..'], 'partner'],
    ['a bundle in the working directory, by an absolute path', [() => join(uploads, 'partner', bundle)], 'partner'],
  ])('exit 2 and the plugin never runs when %s', async (_, args, sub) => {
    const run = await runMain(['lint', ...args.map((arg) => (typeof arg === 'function' ? arg() : arg))], { cwd: join(uploads, sub) });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', refused]);
    expect(existsSync(canary)).toBe(false);
  });

  it('a configuration elsewhere, or named by --config, loads its plugins and says so on stderr', () => {
    const reviewer = join(directory, 'reviewer');
    mkdirSync(reviewer, { recursive: true });
    writeFileSync(join(reviewer, 'bundlelint.config.json'), JSON.stringify({ plugins: ['../uploads/canary.mjs'] }));
    const elsewhere = runCli(['lint', join('..', 'uploads', bundle)], { cwd: reviewer });
    expect(existsSync(canary)).toBe(true);
    expect([elsewhere.code, elsewhere.stdout, elsewhere.stderr]).toEqual([0, '✔ no problems in 1 bundle\n', 'bundlelint: loaded plugin ../uploads/canary.mjs from bundlelint.config.json\n']);
    rmSync(canary);
    const named = runCli(['lint', bundle, '--config', 'bundlelint.config.json'], { cwd: uploads });
    expect(existsSync(canary)).toBe(true);
    expect([named.code, named.stdout, named.stderr]).toEqual([0, '✔ no problems in 1 bundle\n', 'bundlelint: loaded plugin ./canary.mjs from bundlelint.config.json\n']);
    // JSON runs keep stderr for problems only.
    expect(runCli(['lint', bundle, '--config', 'bundlelint.config.json', '--format', 'json'], { cwd: uploads }).stderr).toBe('');
    // A plugin's summary is escaped like everything else it gives.
    expect(runCli(['rules', '--config', 'bundlelint.config.json'], { cwd: uploads }).stdout.trimEnd().split('\n').at(-1)).toMatch(/^acme\/canary +info +canary \\x1b\[5m$/);
  });
});

describe('a rule that reports 200,000 findings', () => {
  const directory = scratchDirectory();
  const COUNT = 200_000;
  let bundle = '';
  beforeAll(async () => {
    bundle = await generated(directory);
    writeFileSync(join(directory, 'bundlelint.config.json'), JSON.stringify({ plugins: ['./many.mjs'] }));
    writeFileSync(
      join(directory, 'many.mjs'),
      `export const rules = [{ meta: { id: 'acme/many', severity: 'error', summary: 'many', messages: { m: 'finding {{n}}' } },
  check(bundle, context) { for (let n = 0; n < ${COUNT}; n += 1) context.report({ messageId: 'm', location: { path: 'f' + String(n).padStart(6, '0') }, data: { n } }); } }];`,
    );
  });

  /** The CLI with room for a report of tens of megabytes. */
  const runLarge = (args: string[]) => {
    const run = spawnSync(process.execPath, [BIN, ...args], { cwd: directory, encoding: 'utf8', timeout: 60_000, maxBuffer: 2 ** 30 });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  it('are all in the JSON report and the text report, in reasonable time', () => {
    let started = Date.now();
    const json = runLarge(['lint', bundle, '--format', 'json', '--config', 'bundlelint.config.json']);
    const jsonSeconds = (Date.now() - started) / 1000;
    expect(json.code).toBe(1);
    const report = parseReport(json.stdout);
    expect([report.errorCount, report.results[0]!.findings.length]).toEqual([COUNT, COUNT]);
    expect(report.results[0]!.findings[COUNT - 1]).toEqual({ ruleId: 'acme/many', severity: 'error', message: `finding ${COUNT - 1}`, location: { path: 'f199999' } });
    expect(jsonSeconds).toBeLessThan(20);

    started = Date.now();
    const text = runLarge(['lint', bundle, '--config', 'bundlelint.config.json']);
    const textSeconds = (Date.now() - started) / 1000;
    expect(text.code).toBe(1);
    const lines = text.stdout.split('\n');
    expect(lines.length).toBe(COUNT + 4);
    expect(lines.at(-3)).toBe('');
    expect(lines.at(-4)).toBe('  error    acme/many  f199999  finding 199999');
    expect(lines.at(-2)).toBe(`✖ ${COUNT} problems (${COUNT} errors, 0 warnings, 0 infos) in 1 bundle`);
    expect(text.stderr).toBe('bundlelint: loaded plugin ./many.mjs from bundlelint.config.json\n');
    expect(textSeconds).toBeLessThan(20);
    console.log(`200,000 findings: JSON run ${jsonSeconds} s, text run ${textSeconds} s`);
  }, 60_000);
});
