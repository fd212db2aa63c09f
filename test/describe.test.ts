import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe as group, expect, it } from 'vitest';
import type { DefectName } from '../fixtures/defects.js';
import { documentsIn, type Release } from '../fixtures/release.js';
import { describe, productIn } from '../src/describe.js';
import { runCli } from './helpers/cli.js';
import { DOCS, generated, scratchDirectory, VIB } from './helpers/lint.js';

const digest = (algorithm: string, path: string) => createHash(algorithm).update(readFileSync(path)).digest('hex');

group('bundlelint describe', () => {
  const directory = scratchDirectory();
  let clean = '';
  beforeAll(async () => {
    clean = await generated(directory);
  });

  it('prints the landing-page facts: product, version, date, file, size, MD5, SHA1 and each document', () => {
    const run = runCli(['describe', clean]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Product       Corvid NAS Plugin',
        'Version       3.2.1 build 4471',
        'Release date  2026-10-15',
        `File          ${clean}`,
        `Size          ${readFileSync(clean).length.toLocaleString('en-US')} bytes`,
        `MD5           ${digest('md5', clean)}`,
        `SHA1          ${digest('sha1', clean)}`,
        'Signed by     CN=VMware Partner Software Signing, O=VMware, Inc., C=US (CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib)',
        `Documents     release notes: ${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md (markdown, "Corvid NAS Plugin 3.2.1 Release Notes")`,
        `              installation guide: ${DOCS}!/Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html (html, "Corvid NAS Plugin 3.2.1 Installation and Configuration Guide")`,
        `              support process: ${DOCS}!/Corvid_Support_Process.txt (text, "Corvid Systems Support Process for Corvid NAS Plugin")`,
        `              EULA: ${DOCS}!/EULA.txt (text, "END USER LICENSE AGREEMENT")`,
        `              open-source notices: ${DOCS}!/open_source_licenses.txt (text, "Open Source Licenses")`,
        '',
      ].join('\n'),
    );
  });

  it('prints the same facts as JSON', async () => {
    const run = runCli(['describe', clean, '--format', 'json']);
    expect(run.code).toBe(0);
    const description = JSON.parse(run.stdout) as Awaited<ReturnType<typeof describe>>;
    expect({ ...description, documents: description.documents.map((document) => document.roles) }).toEqual({
      bundle: clean,
      product: 'Corvid NAS Plugin',
      version: '3.2.1 build 4471',
      releaseDate: '2026-10-15',
      size: readFileSync(clean).length,
      md5: digest('md5', clean),
      sha1: digest('sha1', clean),
      documents: [['release-notes'], ['install-guide'], ['support'], ['eula'], ['license-notice']],
      signatures: [{ vib: VIB, signedBy: 'CN=VMware Partner Software Signing, O=VMware, Inc., C=US' }],
    });
  });

  it("names each VIB's signer as its signature gives it, or says it has none it can read", async () => {
    const signedBy = async (defects: DefectName[], changes: Partial<Release> = {}) => (await describe(await generated(directory, defects, changes))).signatures.map((signature) => signature.signedBy);
    const partner = { signer: [['CN', 'Corvid Release Signing'], ['O', 'Corvid Systems']] as const, style: { encoding: 'der', signerId: 'key-identifier', withoutCertificates: true } as const };
    expect(await signedBy([], { acceptanceLevel: 'partner', signing: partner })).toEqual(['subject key identifier 002b5a8509532c9e12ba1636ce1a8f7d8bfebc99']);
    expect(await signedBy([], { acceptanceLevel: 'community', signing: undefined })).toEqual(['unsigned']);
    expect(await signedBy(['unsigned-vib'])).toEqual(['unsigned']);
    expect(await signedBy(['garbage-signature'])).toEqual(['no readable signature']);
  });

  it('names the product from the documents in any format, else from the bundle name, and says what it did not find', async () => {
    // Words a title adds are cut around the name, never inside it.
    const heron = await generated(directory, [], { product: 'Heron Storage and Backup Adapter', documents: documentsIn('docx') });
    expect((await describe(heron)).product).toBe('Heron Storage and Backup Adapter');
    const truncated = await describe(await generated(directory, ['truncated']));
    expect([truncated.product, truncated.version, truncated.releaseDate, truncated.documents]).toEqual(['corvid-nas-plugin', '3.2.1 build 4471', undefined, []]);
    const run = runCli(['describe', await generated(directory, ['truncated'])]);
    expect(run.stdout).toContain('Release date  (not found)\n');
    expect(run.stdout).toContain('Documents     none found\n');
  });

  it.each([
    ['Release Notes for Heron Storage and Backup Adapter 3.2.1', 'Heron Storage and Backup Adapter'],
    ['Corvid NAS Plugin Installation and Configuration Guide, version 3.2.1', 'Corvid NAS Plugin'],
    // Words that name the document as release notes or a guide, as the names of documents read them.
    ['Corvid NAS Plugin Deployment Guide 3.2', 'Corvid NAS Plugin'],
    ["Quick Start: Corvid NAS Plugin 3.2 What's New", 'Corvid NAS Plugin'],
    ['Corvid Support Tools 3.2.1 Release Notes', 'Corvid Support Tools'],
  ])('names the product of the title %s: %s', (title, product) => {
    expect(productIn(title)).toBe(product);
  });

  it('reads a title of overlapping words ("User Guide" is one or two) in bounded time', () => {
    const title = `Corvid ${'User Guide '.repeat(17)}x`;
    const started = performance.now();
    expect(productIn(title)).toBe(title.trim());
    expect(productIn(`${title} 3.2`)).toBe(title.trim());
    // One pattern over the whole run of words takes 400 ms here, exponential in the words.
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a path that is not a file, exit 2', () => {
    expect(runCli(['describe', 'missing.zip'])).toMatchObject({ code: 2, stderr: 'bundlelint: missing.zip: no such file\n', stdout: '' });
  });
});
