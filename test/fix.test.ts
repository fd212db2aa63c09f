import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { planBundle, serializeBundle } from '../fixtures/bundle.js';
import { applyDefects } from '../fixtures/defects.js';
import { release } from '../fixtures/release.js';
import { runMain } from './helpers/cli.js';
import { DEPOT, DOCS, findingsOf, generated, ROOT, scratchDirectory } from './helpers/lint.js';

/** Each entry of a zip (held in memory: fixtures are small), with how it is stored and its bytes as stored or inflated. */
async function zipEntries(bytes: Buffer, decompress: boolean): Promise<{ name: string; method: number; stored: Buffer }[]> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, autoClose: false });
  const listed: yauzl.Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      listed.push(entry);
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  const entries: { name: string; method: number; stored: Buffer }[] = [];
  for (const entry of listed) {
    const chunks: Buffer[] = [];
    const stream = await zip.openReadStreamPromise(entry, decompress || entry.compressionMethod !== 8 ? {} : { decompress: false });
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    entries.push({ name: entry.fileName, method: entry.compressionMethod, stored: Buffer.concat(chunks) });
  }
  zip.close();
  return entries;
}

/** Each entry of a zip file as stored (not inflated). */
function storedEntries(path: string) {
  return zipEntries(readFileSync(path), false);
}

async function fixed(bundle: string, output = join(dirname(bundle), 'fixed.zip')) {
  return { output, run: await runMain(['fix', bundle, '--output', output, '--no-config']) };
}

const MANIFESTS = [`rewrote  ${ROOT}MD5SUMS (2 files listed)`, `rewrote  ${ROOT}SHA1SUMS (2 files listed)`];

// Each case runs the CLI and lints twice: a generous bound, for a loaded machine.
describe('bundlelint fix', { timeout: 180_000 }, () => {
  const directory = scratchDirectory();

  it('regenerates stale manifests (a wrong digest, a ghost line, an unlisted file, a bad line) and the copy lints clean', async () => {
    const bundle = await generated(directory, ['wrong-md5', 'ghost-line', 'late-file', 'bad-manifest-line']);
    const { output, run } = await fixed(bundle);
    expect(run).toEqual({ code: 0, stderr: '', stdout: `rewrote  ${ROOT}MD5SUMS (3 files listed)\nrewrote  ${ROOT}SHA1SUMS (3 files listed)\nwrote ${output} (2 changes)\n` });
    expect(await findingsOf(output)).toEqual([]);
    const manifest = (await storedEntries(output)).find((entry) => entry.name === `${ROOT}MD5SUMS`)!;
    expect(manifest.method).toBe(8);
  });

  it('makes the SHA-1 manifest a bundle lacks, named and written like its MD5 manifest', async () => {
    const bundle = await generated(directory, ['no-sha1-manifest']);
    const { output, run } = await fixed(bundle);
    expect(run.stdout).toBe(`created  ${ROOT}SHA1SUMS (2 files listed)\nwrote ${output} (1 change)\n`);
    expect(await findingsOf(output)).toEqual([]);
  });

  it('drops debris at the top and inside the documentation zip, and the copy lints clean', async () => {
    const bundle = await generated(directory, ['junk']);
    const { output, run } = await fixed(bundle);
    expect(run.stdout).toBe(
      [
        'removed  __MACOSX/ (debris)',
        `removed  ${ROOT}.DS_Store (debris)`,
        `removed  ${DOCS}!/Thumbs.db (debris)`,
        `removed  ${DOCS}!/~$rvid_Support_Process.docx (debris)`,
        ...MANIFESTS,
        `wrote ${output} (6 changes)`,
        '',
      ].join('\n'),
    );
    expect(await findingsOf(output)).toEqual([]);
  });

  it("drops what the configuration's layout/junk lists call debris, and lists the files it keeps", async () => {
    const bundle = await generated(directory, ['junk']);
    const config = join(directory, 'junk-config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'licenses/open-source': 'off', 'layout/junk': ['warning', { files: ['Thumbs.db'], directories: [] }] } }));
    const output = join(dirname(bundle), 'configured.zip');
    const run = await runMain(['fix', bundle, '--output', output, '--config', config]);
    const macos = `__MACOSX/${ROOT}._corvid-nas-plugin-3.2.1-docs.zip`;
    expect(run.stdout).toBe(
      [
        `removed  ${DOCS}!/Thumbs.db (debris)`,
        `left     ${macos} (no MD5 manifest can list it: it lies outside their folders)`,
        `left     ${macos} (no SHA-1 manifest can list it: it lies outside their folders)`,
        `rewrote  ${ROOT}MD5SUMS (3 files listed)`,
        `rewrote  ${ROOT}SHA1SUMS (3 files listed)`,
        `wrote ${output} (3 changes)`,
        '',
      ].join('\n'),
    );
  });

  it('moves a loose document into the documentation zip', async () => {
    const bundle = await generated(directory, ['loose-docs']);
    const { output, run } = await fixed(bundle);
    const notes = 'Corvid_NAS_Plugin_3.2.1_Release_Notes.md';
    expect(run.stdout).toBe([`moved    ${ROOT}${notes} to ${DOCS}!/${notes}`, ...MANIFESTS, `wrote ${output} (3 changes)`, ''].join('\n'));
    expect(await findingsOf(output)).toEqual([]);
  });

  it('zips loose documents into a new <name>-docs.zip when the bundle has no documentation zip', async () => {
    const bundle = await generated(directory, ['docs-unzipped']);
    const { output, run } = await fixed(bundle);
    const docs = `${ROOT}corvid-nas-plugin-3.2.1-4471-docs.zip`;
    const moved = ['Corvid_NAS_Plugin_3.2.1_Release_Notes.md', 'Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html', 'Corvid_Support_Process.txt'];
    expect(run.stdout).toBe(
      [
        ...moved.map((name) => `moved    ${ROOT}${name} to ${docs}!/${name}`),
        `created  ${docs} (3 files in it)`,
        `rewrote  ${ROOT}MD5SUMS (4 files listed)`,
        `rewrote  ${ROOT}SHA1SUMS (4 files listed)`,
        `wrote ${output} (6 changes)`,
        '',
      ].join('\n'),
    );
    expect(await findingsOf(output)).toEqual([]);
    expect((await storedEntries(output)).map((entry) => entry.name)).toEqual([
      ROOT,
      DEPOT,
      docs,
      `${ROOT}EULA.txt`,
      `${ROOT}open_source_licenses.txt`,
      `${ROOT}MD5SUMS`,
      `${ROOT}SHA1SUMS`,
    ]);
  });

  it.each([
    ['bsd', 'MD5SUMS', (md5: string) => new RegExp(`^MD5 \\(CVD-corvid-nas-plugin-3\\.2\\.1-offline-bundle\\.zip\\) = ${md5}\\n`)],
    ['combined', 'CHECKSUMS', (md5: string) => new RegExp(`^MD5 \\(CVD-corvid-nas-plugin-3\\.2\\.1-offline-bundle\\.zip\\) = ${md5}\\n`)],
    ['gnu-binary', 'md5sum.txt', (md5: string) => new RegExp(`^${md5.toUpperCase()} \\*CVD-corvid-nas-plugin-3\\.2\\.1-offline-bundle\\.zip\\r\\n`)],
  ] as const)('keeps the %s form of the manifests it regenerates', async (style, name, firstLine) => {
    const bundle = await generated(directory, ['late-file'], { manifests: { style, upperCase: style === 'gnu-binary', crlf: style === 'gnu-binary' } });
    const { output, run } = await fixed(bundle);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`rewrote  ${ROOT}${name} (3 files listed)\n`);
    expect(await findingsOf(output)).toEqual([]);
    const entries = await storedEntries(output);
    const depot = entries.find((entry) => entry.name === DEPOT)!;
    const manifest = await textOf(output, `${ROOT}${name}`);
    const depotMd5 = createHash('md5').update(await contentOf(output, depot.name)).digest('hex');
    expect(manifest).toMatch(firstLine(depotMd5));
    expect(manifest.split(/\r?\n/).filter(Boolean)).toHaveLength(style === 'combined' ? 6 : 3);
  });

  it('copies every other entry as it is stored, a stored nested zip included, in its order', async () => {
    const plan = planBundle(release());
    const docs = plan.tree.entries.find((entry) => entry.name === DOCS)!;
    docs.spec = { method: 'store' };
    applyDefects(plan, release(), ['junk']);
    const bundle = join(directory, 'stored-docs', `${plan.fileName}`);
    mkdirSync(dirname(bundle), { recursive: true });
    writeFileSync(bundle, serializeBundle(plan, release()));
    const { output, run } = await fixed(bundle);
    expect(run.code).toBe(0);
    expect(await findingsOf(output)).toEqual([]);
    const before = await storedEntries(bundle);
    const after = await storedEntries(output);
    expect(after.map((entry) => entry.name)).toEqual([ROOT, DEPOT, DOCS, `${ROOT}MD5SUMS`, `${ROOT}SHA1SUMS`]);
    // The installer, unchanged: the same stored bytes and method.
    expect(after[1]).toEqual(before.find((entry) => entry.name === DEPOT));
    // The documentation zip rewritten without its debris, still stored, its documents copied as they were stored.
    expect(after[2]!.method).toBe(0);
    const innerBefore = await nestedEntries(before.find((entry) => entry.name === DOCS)!.stored);
    const innerAfter = await nestedEntries(after[2]!.stored);
    expect(innerAfter).toEqual(innerBefore.filter((entry) => entry.name !== 'Thumbs.db' && !entry.name.startsWith('~$')));
  });

  it('refuses a hostile bundle: exit 1, its archive findings, nothing written', async () => {
    const bundle = await generated(directory, ['zip-slip']);
    const { output, run } = await fixed(bundle);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}error {4}archive\/unsafe-path {2}\.\.\/\.\.\//m);
    expect(run.stderr).toBe(`bundlelint: ${bundle} was not fixed: its archive errors above need it rebuilt from its sources; nothing was written\n`);
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(dirname(bundle))).toEqual([readdirSync(dirname(bundle))[0]]);
  });

  it('never writes over its input, however the output names it', async () => {
    const bundle = await generated(directory, ['junk']);
    const link = join(directory, 'link.zip');
    symlinkSync(bundle, link);
    const original = readFileSync(bundle);
    for (const output of [bundle, link, join(dirname(bundle), '.', 'x', '..', bundle.split('/').pop()!)]) {
      const run = await runMain(['fix', bundle, '--output', output, '--no-config']);
      expect(run).toEqual({ code: 2, stdout: '', stderr: `bundlelint: --output ${output} is the bundle itself; fix never changes a bundle in place, give another file\n` });
    }
    expect(readFileSync(bundle).equals(original)).toBe(true);
  });
});

async function textOf(zipPath: string, name: string): Promise<string> {
  return (await contentOf(zipPath, name)).toString('utf8');
}

async function contentOf(zipPath: string, name: string): Promise<Buffer> {
  return (await zipEntries(readFileSync(zipPath), true)).find((entry) => entry.name === name)!.stored;
}

function nestedEntries(bytes: Buffer) {
  return zipEntries(bytes, false);
}
