/**
 * The CLI under a hostile or unlucky environment (issue 14): names with terminal escapes, a batch
 * with bad paths, a report that cannot be written.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, parseReport, runCli } from '../helpers/cli.js';
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

  it('escapes a bundle path with ESC, RLO and CR in the exit-2 line', () => {
    const run = runCli(['lint', 'gone\u001b[31m\u202e\r.zip'], { cwd: directory });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'bundlelint: gone\\x1b[31m\\u{202e}\\x0d.zip: no such file\n']);
  });

  it('escapes such a name in every report format on stdout, and JSON still reads it back', () => {
    for (const format of ['text', 'json', 'sarif', 'junit', 'html']) {
      const run = runCli(['lint', hostileName, '--format', format], { cwd: directory });
      expect(run.stdout, format).not.toMatch(RAW);
      expect(run.stderr, format).toBe('');
    }
    const run = runCli(['lint', hostileName, '--format', 'json'], { cwd: directory });
    expect(parseReport(run.stdout).results[0]!.bundle).toBe(hostileName);
  });

  it('lints the good bundles of a batch, names each bad path on one escaped line, and exits 2', () => {
    mkdirSync(join(directory, 'empty'), { recursive: true });
    const run = runCli(['lint', 'gone\u001b[2J.zip', clean, 'empty', 'nothing/*.zip', '/dev/null', '--format', 'json'], { cwd: directory });
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
    const text = runCli(['lint', clean, 'gone.zip'], { cwd: directory });
    expect([text.code, text.stdout, text.stderr]).toEqual([2, '✔ no problems in 1 bundle\n', 'bundlelint: gone.zip: no such file\n']);
  });

  it.each([
    ['json', '/dev/full', 'ENOSPC: no space left on device'],
    ['sarif', '/dev/full', 'ENOSPC: no space left on device'],
    ['html', '/dev/full', 'ENOSPC: no space left on device'],
    ['junit', 'missing-folder/report.xml', 'ENOENT: no such file or directory'],
    ['text', '.', 'EISDIR: illegal operation on a directory'],
  ])('a %s report that cannot be written to %s is exit 2 with one line', (format, output, reason) => {
    const run = runCli(['lint', clean, '--format', format, '--output', output], { cwd: directory });
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

  it('a reader that closes stdout early ends the run quietly, with a non-zero code', async () => {
    const child = spawn(process.execPath, [BIN, 'lint', clean, '--format', 'sarif'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect([code, stderr]).toEqual([2, '']);
  });
});
