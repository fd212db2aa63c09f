import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spillingBundle } from '../../fixtures/scan-inputs.js';
import { runCli } from '../helpers/cli.js';
import { scratchDirectory } from '../helpers/lint.js';

const directory = scratchDirectory();
const bundle = join(directory, 'spilling.zip');

// 70 MiB of random bytes deflated: 3.5 s alone, past vitest's default 10 s hook timeout with the suite's other files on 2 cores.
beforeAll(() => writeFileSync(bundle, spillingBundle()), 60_000);

function lintWithTmpdir(tmpdir: string) {
  return runCli(['lint', bundle, '--format', 'json'], { env: { TMPDIR: tmpdir } });
}

function expectMachineError(run: ReturnType<typeof runCli>, tmpdir: string, problem: string): void {
  expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
    code: 2,
    stdout: '',
    stderr: `bundlelint: cannot write its temp files under ${tmpdir} (${problem}); set TMPDIR to a writable folder\n`,
  });
}

describe('a temp dir that cannot be written is the machine’s problem, not the bundle’s', () => {
  it('spills into a writable TMPDIR without a finding about it, and leaves it empty', () => {
    const tmpdir = join(directory, 'writable');
    mkdirSync(tmpdir);
    const run = lintWithTmpdir(tmpdir);
    const report = JSON.parse(run.stdout) as { results: { findings: { ruleId: string }[] }[] };
    expect(report.results[0]!.findings.filter((finding) => finding.ruleId.startsWith('archive/'))).toEqual([]);
    expect(readdirSync(tmpdir)).toEqual([]);
  }, 60_000);

  it('ends with exit 2 and one line when TMPDIR is a file', () => {
    const tmpdir = join(directory, 'a-file');
    writeFileSync(tmpdir, 'not a folder');
    expectMachineError(lintWithTmpdir(tmpdir), tmpdir, 'ENOTDIR: not a directory');
  }, 60_000);

  it('ends with exit 2 and one line when TMPDIR does not exist', () => {
    const tmpdir = join(directory, 'missing');
    expectMachineError(lintWithTmpdir(tmpdir), tmpdir, 'ENOENT: no such file or directory');
  }, 60_000);

  /** A tmpfs mounted for one test, which skips itself where mount is not permitted (not root, a container without it). */
  function withTmpfs(name: string, options: string): { path: string; mounted: () => boolean } {
    const path = join(directory, name);
    let mounted = false;
    beforeAll(() => {
      mkdirSync(path);
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', path], { stdio: 'ignore' });
        mounted = true;
      } catch {
        // The test skips itself.
      }
    });
    afterAll(() => {
      if (mounted) execFileSync('umount', [path]);
    });
    return { path, mounted: () => mounted };
  }

  describe('on a full file system (a 1 MiB tmpfs)', () => {
    const tiny = withTmpfs('tiny', 'size=1m');
    it('ends with exit 2 and one line, and leaves it empty', (context) => {
      if (!tiny.mounted()) context.skip();
      expectMachineError(lintWithTmpdir(tiny.path), tiny.path, 'ENOSPC: no space left on device');
      expect(readdirSync(tiny.path)).toEqual([]);
    }, 60_000);
  });

  describe('on a read-only file system (a read-only tmpfs)', () => {
    const readOnly = withTmpfs('read-only', 'ro,size=1m');
    it('ends with exit 2 and one line', (context) => {
      if (!readOnly.mounted()) context.skip();
      expectMachineError(lintWithTmpdir(readOnly.path), readOnly.path, 'EROFS: read-only file system');
    }, 60_000);
  });
});
