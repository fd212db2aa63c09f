import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentsIn } from '../fixtures/release.js';
import { writeZip } from '../fixtures/zip-writer.js';
import { packageRoot } from '../src/package-root.js';
import { parseReport } from './helpers/cli.js';
import { generated, scratchDirectory } from './helpers/lint.js';
import { readablePage } from '../src/rule-docs.js';

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  dependencies?: Record<string, string>;
  bin?: Record<string, string>;
  engines?: Record<string, string>;
}

/**
 * The package as users get it: `npm pack`, then an install of the tarball into an empty
 * directory with the network off, then `npx bundlelint`. npm cannot resolve version ranges
 * offline without the registry's package documents, which `npm ci` does not keep, so the empty
 * directory gets a lockfile pinning bundlelint's dependencies to the versions of our own
 * lockfile, whose tarballs `npm ci` left in the cache.
 */
describe('the npm package', () => {
  const directory = scratchDirectory();
  const app = join(directory, 'app');
  // The same install without optional dependencies (npm install --omit=optional).
  const lean = join(directory, 'lean');
  let tarball = '';

  const npx = (args: string[], cwd = app) => spawnSync('npx', ['--offline', '--no-install', 'bundlelint', ...args], { cwd, encoding: 'utf8', timeout: 60_000 });

  beforeAll(() => {
    // The build is fresh (`npm test` builds first); packing must not rebuild under the other tests' feet.
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', directory], { cwd: packageRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { filename: string; files: { path: string }[] }[];
    tarball = join(directory, packed!.filename);
    execFileSync('mkdir', [app, lean]);
    const lock = JSON.parse(readFileSync(join(packageRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
    const own = lock.packages['']!;
    const spec = `file:${tarball}`;
    const packages: Record<string, unknown> = {
      '': { name: 'app', dependencies: { bundlelint: spec } },
      'node_modules/bundlelint': {
        version: own.version,
        resolved: spec,
        integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
        dependencies: own.dependencies,
        bin: own.bin,
        engines: own.engines,
      },
    };
    for (const [path, entry] of Object.entries(lock.packages)) if (path !== '' && !entry.dev && !entry.devOptional) packages[path] = entry;
    for (const [folder, omit] of [[app, []], [lean, ['--omit=optional']]] as const) {
      writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'app', private: true, dependencies: { bundlelint: spec } }));
      writeFileSync(join(folder, 'package-lock.json'), JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }));
      execFileSync('npm', ['ci', '--offline', '--no-audit', '--no-fund', ...omit], { cwd: folder, stdio: 'ignore', timeout: 120_000 });
    }
  }, 240_000);

  it('holds what runs and nothing else', () => {
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((path) => path.replace(/^package\//, ''));
    // What runs is the bundle (its entries and their chunks), beside the type declarations; the schemas' validators `npm run build` precompiles are CommonJS, as ajv's standalone code is.
    expect(files.filter((path) => !/^(dist\/bundle\/(chunks\/)?[\w-]+\.js|dist\/(src|rules)\/.*\.d\.ts|dist\/src\/engine\/validators-[a-z]+\.cjs|rules\/[a-z-]+\/[a-z-]+\.md|rules\/README\.md)$/.test(path)).sort()).toEqual([
      'README.md', 'bin/bundlelint', 'package.json', 'schema/config.schema.json', 'schema/report.schema.json',
    ]);
    expect(files).toEqual(expect.arrayContaining(['cli', 'index', 'kit', 'parse-worker', 'hash-worker'].map((entry) => `dist/bundle/${entry}.js`)));
    expect(files.filter((path) => /^dist\/(src|rules)\/.*\.js$/.test(path))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['options', 'config', 'plugin'].map((kind) => `dist/src/engine/validators-${kind}.cjs`)));
  });

  it('runs as npx bundlelint from the installed tarball: lint with threads and the PDF worker, explain, SARIF help', async () => {
    expect(npx(['--version']).stdout).toBe(`${JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version}\n`);
    // A PDF document (parsed in the PDF worker) and a 6 MiB file (hashed on the hashing threads).
    const bundle = await generated(directory, ['truncated-release-notes-pdf']);
    const big = join(directory, 'big.zip');
    writeFileSync(big, writeZip([{ name: 'firmware.img', data: Buffer.alloc(6 * 2 ** 20, 7), method: 'store' }]));
    const run = npx(['lint', bundle, big, '--format', 'json']);
    expect(run.status).toBe(1);
    const report = parseReport(run.stdout);
    expect(report.results.map((result) => result.findings.map((finding) => finding.ruleId).filter((id) => id === 'docs/unreadable'))).toEqual([['docs/unreadable'], []]);
    expect(report.results[1]!.sha256).toBe(createHash('sha256').update(readFileSync(big)).digest('hex'));
    expect(npx(['explain', 'archive/bomb']).stdout).toBe(readablePage(readFileSync(join(packageRoot, 'rules', 'archive', 'bomb.md'), 'utf8')));
    const sarif = JSON.parse(npx(['lint', bundle, '--format', 'sarif']).stdout) as { runs: { tool: { driver: { rules: { id: string; help: { markdown: string } }[] } } }[] };
    expect(sarif.runs[0]!.tool.driver.rules[0]!.help.markdown).toBe(readablePage(readFileSync(join(packageRoot, 'rules', 'archive', 'bomb.md'), 'utf8')));
  });

  it('reads PDFs installed with or without --omit=optional as this checkout reads them', async () => {
    // Every document a PDF, two of them missing a topic, and a truncated PDF: findings that only reading the PDFs gives.
    const topics = await generated(directory, [], { documents: documentsIn('pdf'), omit: ['known', 'logs'] });
    const truncated = await generated(directory, ['truncated-release-notes-pdf'], { documents: documentsIn('pdf') });
    const args = ['lint', topics, truncated, '--format', 'json', '--now', '2026-11-20'];
    const [full, slim] = [npx(args), npx(args, lean)];
    const checkout = spawnSync(process.execPath, [join(packageRoot, 'bin', 'bundlelint'), ...args], { cwd: app, encoding: 'utf8', timeout: 60_000 });
    expect([slim.status, slim.stderr]).toEqual([1, '']);
    expect(slim.stdout).toBe(full.stdout);
    expect(slim.stdout).toBe(checkout.stdout);
    expect(parseReport(slim.stdout).results.map((result) => result.findings.map((finding) => `${finding.ruleId} ${finding.location.path.split('!/').at(-1)}`))).toEqual([
      ['release-notes/known-issues Corvid_NAS_Plugin_3.2.1_Release_Notes.pdf', 'support/logs Corvid_Support_Process.pdf'],
      ['docs/unreadable', 'release-notes/added', 'release-notes/fixed', 'release-notes/history', 'release-notes/known-issues', 'release-notes/consistent-structure'].map((id) => `${id} Corvid_NAS_Plugin_3.2.1_Release_Notes.pdf`),
    ]);
  }, 90_000);
});
