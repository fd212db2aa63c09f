import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProgressLine, progressLine } from '../src/cli/progress.js';
import { parseReport, runMain } from './helpers/cli.js';
import { DOCS, generated, ROOT, scratchDirectory } from './helpers/lint.js';

describe('linting many bundles in one run', () => {
  const directory = scratchDirectory();
  const uploads = join(directory, 'uploads');
  let paths: string[] = [];
  beforeAll(async () => {
    // An upload folder as a reviewer gets it: bundles in subfolders, beside files that are not bundles.
    paths = await Promise.all([
      generated(uploads),
      generated(uploads, ['crc-flip', 'symlink']),
      generated(uploads, ['truncated']),
      generated(uploads, ['symlink']),
      generated(uploads, [], { installer: 'exe' }),
    ]);
    paths.sort();
    writeFileSync(join(uploads, 'README.txt'), 'uploaded 2026-11-20\n');
    mkdirSync(join(directory, 'empty'));
  });

  it('expands a directory to its bundles, in name order, with one report and the same results whatever --jobs is', async () => {
    const sequential = await runMain(['lint', uploads, '--format', 'json', '--jobs', '1']);
    const concurrent = await runMain(['lint', uploads, '--format', 'json', '--jobs', '4']);
    expect(sequential.code).toBe(1);
    expect(concurrent.code).toBe(1);
    expect(concurrent.stdout).toBe(sequential.stdout);
    const report = parseReport(concurrent.stdout);
    expect(report.results.map((result) => relative(uploads, result.bundle))).toEqual([
      'clean/corvid-nas-plugin-3.2.1-4471.zip',
      'crc-flip+symlink/corvid-nas-plugin-3.2.1-4471.zip',
      'installer/corvid-nas-plugin-3.2.1-4471.zip',
      'symlink/corvid-nas-plugin-3.2.1-4471.zip',
      'truncated/corvid-nas-plugin-3.2.1-4471.zip',
    ]);
    expect(report.results.map((result) => result.findings.map(({ ruleId, location }) => `${ruleId} ${location.path}`))).toEqual([
      [],
      [`archive/integrity ${DOCS}!/EULA.txt`, `archive/symlink ${ROOT}latest`],
      [],
      [`archive/symlink ${ROOT}latest`],
      ['archive/unreadable '],
    ]);
    expect([report.errorCount, report.warningCount]).toEqual([2, 2]);
    // Each bundle's result is the one it gets alone.
    for (const [index, path] of paths.entries()) {
      expect(parseReport((await runMain(['lint', path, '--format', 'json'])).stdout).results[0]).toEqual(report.results[index]);
    }
  });

  it('expands a glob the shell left alone, and refuses a directory or glob that finds nothing', async () => {
    const run = await runMain(['lint', join(uploads, '*symlink', '*.zip'), '--format', 'json']);
    expect(parseReport(run.stdout).results.map((result) => relative(uploads, result.bundle))).toEqual([
      'crc-flip+symlink/corvid-nas-plugin-3.2.1-4471.zip',
      'symlink/corvid-nas-plugin-3.2.1-4471.zip',
    ]);
    expect(await runMain(['lint', join(directory, 'empty')])).toMatchObject({ code: 2, stderr: `bundlelint: ${join(directory, 'empty')}: no .zip bundle in this directory\n` });
    expect(await runMain(['lint', join(uploads, 'nothing-*.zip')])).toMatchObject({ code: 2, stderr: `bundlelint: ${join(uploads, 'nothing-*.zip')}: no file matches\n` });
    expect(await runMain(['lint', uploads, '--jobs', 'many'])).toMatchObject({ code: 2, stderr: 'bundlelint: --jobs takes a whole number, not "many"\n' });
  });
});

describe('the progress line', () => {
  const terminal = (isTTY = true) => {
    const written: string[] = [];
    return { written, isTTY, columns: 60, write: (text: string) => written.push(text) };
  };

  it('stays silent for the first half second, then shows bundles done, bytes read and the file being read', () => {
    const out = terminal();
    const line = new ProgressLine(out, 2, 0);
    const deep = `b/\u001b[2J${'docs/'.repeat(10)}x.zip`;
    line.update({ bundle: 'a.zip', done: 1e6, total: 4e8, entry: 'a/x.zip' }, 100);
    expect(out.written).toEqual([]);
    line.update({ bundle: 'a.zip', done: 5e6, total: 4e8, entry: 'a/x.zip' }, 600);
    line.update({ bundle: 'b.zip', done: 5e6, total: 1e8, entry: deep }, 650);
    line.update({ bundle: 'a.zip', done: 4e8, total: 4e8, entry: undefined }, 800);
    // Within 100 ms of the last drawing: not drawn.
    line.update({ bundle: 'b.zip', done: 6e7, total: 1e8, entry: deep }, 850);
    line.clear();
    // Names from the archive are escaped; the line is cut to the terminal's width, from the path's beginning.
    const head = '1/2 bundles, 5.0 of 100 MB (5%)  ';
    const cut = `b/\\x1b[2J${'docs/'.repeat(10)}x.zip`.slice(-(59 - head.length - 1));
    expect(out.written).toEqual(['\r\u001b[K0/2 bundles, 5.0 of 400 MB (1%)  a/x.zip', `\r\u001b[K${head}…${cut}`, '\r\u001b[K']);
  });

  it('is drawn only on a terminal, beside a text report, unless --no-progress', () => {
    expect(progressLine(terminal(), 'text', true, 1)).toBeInstanceOf(ProgressLine);
    expect(progressLine(terminal(false), 'text', true, 1)).toBeUndefined();
    expect(progressLine(terminal(), 'json', true, 1)).toBeUndefined();
    expect(progressLine(terminal(), 'text', false, 1)).toBeUndefined();
  });
});
