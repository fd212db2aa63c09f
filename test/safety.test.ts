import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SLIP_CANARY } from '../fixtures/defects.js';
import { writeZip } from '../fixtures/zip-writer.js';
import { defaultLimits } from '../src/archive/limits.js';
import { removeTempDirectory, tempDirectory } from '../src/archive/temp.js';
import { readBundle } from '../src/scan/read.js';
import { packageRoot } from '../src/package-root.js';
import { parseReport, runCli } from './helpers/cli.js';
import { generated, ROOT, scratchDirectory } from './helpers/lint.js';

/** Every path under `root`, recursively, sorted. */
function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
}

describe('writing nothing', () => {
  const directory = scratchDirectory();

  it('lints a zip-slip bundle from a scratch directory without writing anything anywhere', async () => {
    const bundle = await generated(directory, ['zip-slip', 'absolute-path', 'nested-bomb']);
    const cwd = join(directory, 'cwd');
    const tmp = join(directory, 'tmp');
    mkdirSync(cwd);
    mkdirSync(tmp);
    const slipTarget = join('/tmp', SLIP_CANARY);
    expect(existsSync(slipTarget)).toBe(false);
    const before = tree(directory);

    const run = runCli(['lint', bundle, '--format', 'json'], { cwd, env: { TMPDIR: tmp, TMP: tmp, TEMP: tmp } });

    expect(run.code).toBe(1);
    expect(parseReport(run.stdout).results[0]!.findings.map((finding) => [finding.ruleId, finding.location.path])).toEqual([
      ['archive/unsafe-path', `${'../'.repeat(12)}tmp/${SLIP_CANARY}`],
      ['checksums/unlisted-file', `${'../'.repeat(12)}tmp/${SLIP_CANARY}`],
      ['archive/unsafe-path', '/etc/cron.d/corvid-update'],
      ['checksums/unlisted-file', '/etc/cron.d/corvid-update'],
      ['archive/bomb', `${ROOT}samples/corvid-perf-samples.zip!/datastore-zeros.img`],
    ]);
    expect(tree(directory)).toEqual(before);
    expect(existsSync(slipTarget)).toBe(false);
    expect(existsSync('/etc/cron.d/corvid-update')).toBe(false);
  });

  it('names spill files by a counter, never by an entry name, and removes them', async () => {
    const session = await readBundle(await generated(directory, ['zip-slip']), {
      limits: defaultLimits,
      context: { now: new Date(), previous: [] },
      nestedMemoryBytes: 0,
    });
    const temp = tempDirectory()!;
    expect(readdirSync(temp).every((name) => /^nested-\d+$/.test(name))).toBe(true);
    expect(readdirSync(temp).length).toBeGreaterThan(0);
    await session.close();
    expect(readdirSync(temp)).toEqual([]);
    removeTempDirectory();
    expect(existsSync(temp)).toBe(false);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('removes its temp dir when killed by %s', async (signal) => {
    const tmp = join(directory, signal);
    mkdirSync(tmp);
    const temp = pathToFileURL(join(packageRoot, 'dist', 'src', 'archive', 'temp.js')).href;
    const child = spawn(process.execPath, ['--input-type=module', '-e', `
      const { newTempFile } = await import(${JSON.stringify(temp)});
      const { writeFileSync } = await import('node:fs');
      writeFileSync(await newTempFile('nested'), 'spilled');
      console.log('ready');
      setInterval(() => {}, 1000);
    `], { env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    expect(readdirSync(tmp)).toHaveLength(1);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, killedBy) => resolve(killedBy)));
    child.kill(signal);
    expect(await exited).toBe(signal);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('removes its temp dir when interrupted by SIGINT in the middle of a lint', async () => {
    // A deflated nested zip larger than the 64 MiB held in memory is spilled to the temp dir while read.
    const inner = writeZip([{ name: 'disk.img', data: randomBytes(96 * 2 ** 20), method: 'store' }]);
    const bundle = join(directory, 'spilling.zip');
    const encoded = { bytes: zlib.deflateRawSync(inner, { level: 0 }), size: inner.length, crc: zlib.crc32(inner) };
    writeFileSync(bundle, writeZip([{ name: 'acme-1.0.0/samples.zip', encoded }]));
    const tmp = join(directory, 'interrupted');
    mkdirSync(tmp);
    const child = spawn(process.execPath, [join(packageRoot, 'bin', 'bundlelint'), 'lint', bundle], { env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, killedBy) => resolve(killedBy)));
    // Wait for the spill file, then interrupt.
    const spilled = () => readdirSync(tmp).some((name) => readdirSync(join(tmp, name)).length > 0);
    for (let waited = 0; !spilled(); waited += 2) {
      if (waited > 30_000) throw new Error('the spill file never appeared');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    expect(readdirSync(tmp)).toEqual([]);
  }, 60_000);
});
