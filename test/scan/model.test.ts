import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../fixtures/bundle.js';
import { metadataVibEntry, vibDescriptor } from '../../fixtures/installer.js';
import { release } from '../../fixtures/release.js';
import { defaultLimits } from '../../src/archive/limits.js';
import { removeTempDirectory, tempDirectory } from '../../src/archive/temp.js';
import type { Bundle } from '../../src/model/model.js';
import { readBundle, type BundleSession, type ReadOptions } from '../../src/scan/read.js';
import { DOCS, generated, ROOT, scratchDirectory } from '../helpers/lint.js';

const OPTIONS: ReadOptions = { limits: defaultLimits, context: { now: new Date('2026-11-25T00:00:00Z'), previous: [] } };
const DEPOT = `${ROOT}CVD-corvid-nas-plugin-3.2.1-offline-bundle.zip`;
const VIB = `${DEPOT}!/vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib`;

async function withBundle<T>(path: string, use: (bundle: Bundle, read: BundleSession['read']) => Promise<T>, options: ReadOptions = OPTIONS): Promise<T> {
  const session = await readBundle(path, options);
  try {
    return await use(session.bundle, session.read);
  } finally {
    await session.close();
  }
}

describe('the bundle model', () => {
  const directory = scratchDirectory();

  it('lists every file at every depth, nested paths joined with !/, with its kind', async () => {
    const kinds = await withBundle(await generated(directory), async (bundle) =>
      Object.fromEntries(bundle.files.map((file) => [file.path, [file.depth, file.kind, file.documentFormat ?? null]])),
    );
    expect(kinds).toEqual({
      [ROOT]: [0, 'directory', null],
      [DEPOT]: [0, 'offline-bundle', null],
      [`${DEPOT}!/index.xml`]: [1, 'other', null],
      [`${DEPOT}!/vendor-index.xml`]: [1, 'other', null],
      [`${DEPOT}!/metadata.zip`]: [1, 'archive', null],
      [`${DEPOT}!/metadata.zip!/vmware.xml`]: [2, 'other', null],
      [`${DEPOT}!/metadata.zip!/bulletins/CVD-corvid-nas-plugin-3.2.1.xml`]: [2, 'other', null],
      [`${DEPOT}!/metadata.zip!/${metadataVibEntry(release(), vibDescriptor(release()))}`]: [2, 'other', null],
      [VIB]: [1, 'vib', null],
      [`${VIB}!/descriptor.xml`]: [2, 'other', null],
      [`${VIB}!/sig.pkcs7`]: [2, 'other', null],
      [`${VIB}!/corvid-n`]: [2, 'archive', null],
      [DOCS]: [0, 'archive', null],
      [`${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md`]: [1, 'document', 'markdown'],
      [`${DOCS}!/Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html`]: [1, 'document', 'html'],
      [`${DOCS}!/Corvid_Support_Process.txt`]: [1, 'document', 'text'],
      [`${DOCS}!/EULA.txt`]: [1, 'eula', 'text'],
      [`${DOCS}!/open_source_licenses.txt`]: [1, 'license-notice', 'text'],
      [`${ROOT}MD5SUMS`]: [0, 'manifest', null],
      [`${ROOT}SHA1SUMS`]: [0, 'manifest', null],
    });
  });

  it('recognises executable and bare-VIB installers', async () => {
    const exe = await generated(directory, [], { installer: 'exe' });
    expect(await withBundle(exe, async (bundle) => bundle.file(`${ROOT}corvid-nas-plugin-3.2.1-4471-setup.exe`)?.kind)).toBe('installer');
    const vib = await generated(directory, [], { installer: 'vib', layout: { rootFolder: false, eula: 'top' } });
    const kinds = await withBundle(vib, async (bundle) => bundle.files.filter((file) => file.depth === 0).map((file) => [file.name, file.kind]));
    expect(kinds).toEqual([
      ['CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib', 'vib'],
      ['corvid-nas-plugin-3.2.1-docs.zip', 'archive'],
      ['EULA.txt', 'eula'],
      ['MD5SUMS', 'manifest'],
      ['SHA1SUMS', 'manifest'],
    ]);
  });

  it('computes the digests something reads: the bundle file, files a manifest may list, payloads by their descriptor', async () => {
    const { bytes } = buildBundle(release());
    const path = await generated(directory);
    const digest = (algorithm: string, data: Buffer) => createHash(algorithm).update(data).digest('hex');
    // The bundle file: SHA-256 for the report, MD5 and SHA-1 when asked (the landing page's).
    expect(await withBundle(path, async (bundle) => bundle.digests)).toEqual({ sha256: digest('sha256', bytes) });
    const asked = await withBundle(path, async (bundle) => bundle.digests, { ...OPTIONS, bundleDigests: ['md5', 'sha1'] });
    expect(asked).toEqual({ md5: digest('md5', bytes), sha1: digest('sha1', bytes) });

    const digestNames = await withBundle(path, async (bundle, read) => {
      const docs = bundle.file(DOCS)!;
      // The manifests the generator wrote list the docs zip's MD5: the model must agree with it.
      const manifest = (await read(bundle.file(`${ROOT}MD5SUMS`)!, 4096)).toString();
      expect(manifest).toContain(`${docs.digests!.md5}  corvid-nas-plugin-3.2.1-docs.zip`);
      const payload = bundle.file(`${VIB}!/corvid-n`)!;
      const names = (file: { digests: object | undefined } | undefined) => Object.keys(file?.digests ?? { unread: true }).sort();
      return {
        docs: names(docs),
        eula: names(bundle.file(`${DOCS}!/EULA.txt`)),
        vib: names(bundle.file(VIB)),
        descriptor: names(bundle.file(`${VIB}!/descriptor.xml`)),
        payload: names(payload),
        gunzipped: names(payload.gunzipped),
      };
    });
    // Only the bundle's top holds manifests; the depot's metadata gives SHA-256 of the VIB; the descriptor gives SHA-256 of the payload, SHA-256 and SHA-1 after gunzip.
    expect(digestNames).toEqual({ docs: ['md5', 'sha1'], eula: [], vib: ['sha256'], descriptor: [], payload: ['sha256'], gunzipped: ['sha1', 'sha256'] });

    // Digests a rule asks for are computed for every file; a SHA-256 manifest adds SHA-256 beside it.
    const everyFile = await withBundle(path, async (bundle) => Object.keys(bundle.file(`${DOCS}!/EULA.txt`)!.digests!), { ...OPTIONS, digests: ['md5'] });
    expect(everyFile).toEqual(['md5']);
    const combined = await generated(directory, [], { manifests: { style: 'combined', upperCase: false, crlf: false } });
    expect(await withBundle(combined, async (bundle) => Object.keys(bundle.file(DOCS)!.digests!).sort())).toEqual(['md5', 'sha1', 'sha256']);
  });

  it('reads a file again, from a zip entry, a nested zip, and an ar member, through the same reader', async () => {
    await withBundle(await generated(directory), async (bundle, read) => {
      for (const path of [`${DOCS}!/EULA.txt`, `${DEPOT}!/metadata.zip!/vmware.xml`, `${VIB}!/descriptor.xml`, `${VIB}!/corvid-n`]) {
        const file = bundle.file(path)!;
        const bytes = await read(file, 1 << 20);
        expect(bytes.length).toBe(file.size);
        expect(createHash('md5').update(bytes).digest('hex')).toBe(file.digests!.md5);
      }
      await expect(read(bundle.file(DEPOT)!, 1000)).rejects.toThrow(/more than the 1000 asked for/);
    }, { ...OPTIONS, digests: ['md5'] });
  });

  it('does not trust, or read again, a file whose data failed verification', async () => {
    await withBundle(await generated(directory, ['crc-flip']), async (bundle, read) => {
      const eula = bundle.file(`${DOCS}!/EULA.txt`)!;
      expect(eula.digests).toBeUndefined();
      await expect(read(eula, 1 << 20)).rejects.toThrow(/was not read cleanly/);
    });
  });

  it('spills a deflated nested archive past the memory allowance to its own temp dir, and removes it', async () => {
    const path = await generated(directory);
    const spilled = await withBundle(
      path,
      async (bundle) => {
        const temp = tempDirectory();
        expect(temp).toBeDefined();
        expect(existsSync(temp!)).toBe(true);
        // Nested archives read from the spill files are the same as read from memory.
        expect(bundle.file(`${DEPOT}!/metadata.zip!/vmware.xml`)?.digests).toBeDefined();
        return temp!;
      },
      { ...OPTIONS, nestedMemoryBytes: 1024 },
    );
    removeTempDirectory();
    expect(existsSync(spilled)).toBe(false);
  });

  it.skipIf(!hasUnzip())('agrees with Info-ZIP unzip on the entries of the generated bundle', async () => {
    const path = await generated(directory);
    const listing = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' });
    const names = await withBundle(path, async (bundle) => bundle.files.filter((file) => file.depth === 0).map((file) => file.name));
    expect(listing.trim().split('\n')).toEqual(names);
  });
});

function hasUnzip(): boolean {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
