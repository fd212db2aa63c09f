import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe as group, expect, it } from 'vitest';
import type { DefectName } from '../fixtures/defects.js';
import { landingPageHtml } from '../fixtures/landing-page.js';
import { defaultRelease, documentsIn, type Release } from '../fixtures/release.js';
import { describe, productIn } from '../src/describe.js';
import { WORD_STYLES, writeDocx, type WordParagraph } from '../fixtures/office.js';
import { runMain } from './helpers/cli.js';
import { DOCS, generated, scratchDirectory, VIB } from './helpers/lint.js';

const digest = (algorithm: string, path: string) => createHash(algorithm).update(readFileSync(path)).digest('hex');

group('bundlelint describe', () => {
  const directory = scratchDirectory();
  let clean = '';
  beforeAll(async () => {
    clean = await generated(directory);
  });

  it('prints the landing-page facts: product, version, date, file, size, MD5, SHA1 and each document', async () => {
    const run = await runMain(['describe', clean]);
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
        `Documents     release notes (by its title): ${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md (markdown, "Corvid NAS Plugin 3.2.1 Release Notes")`,
        `              installation guide (by its title): ${DOCS}!/Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html (html, "Corvid NAS Plugin 3.2.1 Installation and Configuration Guide")`,
        `              support process (by its title): ${DOCS}!/Corvid_Support_Process.txt (text, "Corvid Systems Support Process for Corvid NAS Plugin")`,
        `              EULA (by its title): ${DOCS}!/EULA.txt (text, "END USER LICENSE AGREEMENT")`,
        `              open-source notices (by its title): ${DOCS}!/open_source_licenses.txt (text, "Open Source Licenses")`,
        '',
      ].join('\n'),
    );
  });

  it('prints the same facts as JSON', async () => {
    const run = await runMain(['describe', clean, '--format', 'json']);
    expect(run.code).toBe(0);
    const description = JSON.parse(run.stdout) as Awaited<ReturnType<typeof describe>>;
    expect({ ...description, documents: description.documents.map((document) => document.roles) }).toEqual({
      bundle: clean,
      product: 'Corvid NAS Plugin',
      version: '3.2.1 build 4471',
      releaseDate: '2026-10-15',
      // Where each fact was read.
      sources: {
        product: { place: 'the title of Corvid_NAS_Plugin_3.2.1_Release_Notes.md', path: `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md`, text: 'Corvid NAS Plugin 3.2.1 Release Notes' },
        version: { place: 'the release notes Corvid_NAS_Plugin_3.2.1_Release_Notes.md', path: `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md`, line: 5, text: 'Version 3.2.1 (build 4471), 2026-10-15' },
        releaseDate: { place: 'the release notes Corvid_NAS_Plugin_3.2.1_Release_Notes.md', path: `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md`, line: 5, text: 'Version 3.2.1 (build 4471), 2026-10-15' },
      },
      size: readFileSync(clean).length,
      md5: digest('md5', clean),
      sha1: digest('sha1', clean),
      documents: [['release-notes'], ['install-guide'], ['support'], ['eula'], ['license-notice']],
      signatures: [{ vib: VIB, signedBy: 'CN=VMware Partner Software Signing, O=VMware, Inc., C=US' }],
    });
  });

  it('compares a landing page with the bundle when given one: each fact, each listed document, the links', async () => {
    const page = join(directory, 'landing.html');
    const size = readFileSync(clean).length;
    writeFileSync(page, landingPageHtml(
      { product: 'Corvid NAS Plugin', version: '3.2.0', date: '2026-10-15', md5: digest('md5', clean), sha1: digest('sha1', clean), size, fileName: basename(clean) },
      { layout: 'prose', omit: ['size'], documents: [{ file: 'Corvid_NAS_Plugin_3.2.1_Release_Notes.md' }, { file: 'Corvid_Best_Practices.pdf' }], compatibility: undefined },
    ));
    const run = await runMain(['describe', clean, '--landing-page', page]);
    expect(run.code).toBe(0);
    expect(run.stdout.slice(run.stdout.indexOf('Landing page'))).toBe(
      [
        `Landing page  ${page}`,
        '              version: "3.2.0" (line 8): disagrees with the bundle',
        '              release date: "2026-10-15" (line 8): agrees',
        `              MD5 SUM: "${digest('md5', clean)}" (line 8): agrees`,
        `              SHA1 SUM: "${digest('sha1', clean)}" (line 8): agrees`,
        '              file size: not stated',
        '              lists Corvid_NAS_Plugin_3.2.1_Release_Notes.md (line 15): in the bundle',
        '              lists Corvid_Best_Practices.pdf (line 16): not in the bundle',
        '              support policy link: https://www.corvid-systems.example/support/policy',
        '              Compatibility Guide link: none',
        '',
      ].join('\n'),
    );
  });

  it('names the product from the visible title of the release notes, else of a guide, never a generic heading', async () => {
    const notes = (title: string) =>
      documentsIn('md').map((plan) => (plan.role === 'release-notes' ? { ...plan, content: Buffer.from(`# ${title}\n\n## Version 3.2.1 (build 4471), 2026-10-15\n\n### Fixed Issues\n\n- Clones.\n`) } : plan));
    const foreword = await describe(await generated(directory, [], { documents: notes('Foreword') }));
    expect([foreword.product, foreword.sources.product?.place]).toEqual(['Corvid NAS Plugin', 'the title of Corvid_NAS_Plugin_Installation_and_Configuration_Guide.md']);
    // A changelog whose first heading is the placeholder of the next release names no product either.
    const unreleased = await describe(await generated(directory, [], { documents: notes('unreleased') }));
    expect([unreleased.product, unreleased.sources.product?.place]).toEqual(['Corvid NAS Plugin', 'the title of Corvid_NAS_Plugin_Installation_and_Configuration_Guide.md']);
    // Nor does a changelog whose first heading is its standing known issues.
    const known = await describe(await generated(directory, [], { documents: notes('KNOWN ISSUES') }));
    expect([known.product, known.sources.product?.place]).toEqual(['Corvid NAS Plugin', 'the title of Corvid_NAS_Plugin_Installation_and_Configuration_Guide.md']);
    const heron = await describe(await generated(directory, [], { documents: notes('Heron Adapter for NFS 4.1 Datastores 3.2.1 Release Notes') }));
    expect(heron.product).toBe('Heron Adapter for NFS 4.1 Datastores');
    // A name that only begins with the word of an unnamed section ("Next", "Current") is a name.
    const nextGen = await describe(await generated(directory, [], { documents: notes('NextGen Storage Plugin 3.2.1 Release Notes') }));
    expect(nextGen.product).toBe('NextGen Storage Plugin');
    // A plain text without a title: its first line, when it reads as the notes' title.
    const plain = documentsIn('md').map((plan) => (plan.role === 'release-notes' ? { ...plan, format: 'txt' as const, content: Buffer.from('// HERON SDK 2.4.0 RELEASE NOTES\n\nThe Heron SDK drives Heron arrays.\n') } : plan));
    expect((await describe(await generated(directory, [], { documents: plain }))).product).toBe('HERON SDK');
  });

  it("gives the release's version and build, a hot fix's four nodes, not the VIB's own numbering, and no date borrowed from history", async () => {
    const base = defaultRelease();
    const hotfix = await describe(await generated(directory, [], { notes: { ...base.notes, version: '3.2.1.1', build: '4480', date: '2026-11-02' } }));
    expect([hotfix.version, hotfix.releaseDate]).toEqual(['3.2.1.1 build 4480', '2026-11-02']);
    const numbered = await describe(await generated(directory, ['vib-own-numbering']));
    expect(numbered.version).toBe('3.2.1 build 4471');
    const undated = documentsIn('md').map((plan) =>
      plan.role === 'release-notes' ? { ...plan, content: Buffer.from('# Corvid NAS Plugin Release Notes\n\n## Version 3.2.1\n\n- Clones.\n\n## Version 3.2.0 - 15/07/2026\n\n- Locks.\n') } : plan,
    );
    const described = await describe(await generated(directory, [], { installer: 'exe', documents: undated }));
    expect([described.version, described.releaseDate]).toEqual(['3.2.1 build 4471', undefined]);
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
    const run = await runMain(['describe', await generated(directory, ['truncated'])]);
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
    // A platform's version stays in the name; a document's revision and the version of four nodes go.
    ['Heron Plugin for NFS 4.1 Datastores – Release Notes 2.0.3', 'Heron Plugin for NFS 4.1 Datastores'],
    ['Heron CSI Driver v1.1.0.1 Release Notes', 'Heron CSI Driver'],
    ['Heron Plugin Release Notes (Revision 2.1)', 'Heron Plugin'],
    ['HERON NAS PLUGIN 1.19.49 RELEASE NOTES', 'HERON NAS PLUGIN'],
    // Trade marks, dates and a phrase's preposition are not the name; a version left at its end is the release's, whatever it follows.
    ['Heron® NAS Plugin™ 2.4.0 Release Notes', 'Heron NAS Plugin'],
    ['Heron NAS Plugin (TM) Release Notes', 'Heron NAS Plugin'],
    ['Heron Prism Central Plugin 2.1 Release Notes', 'Heron Prism Central Plugin'],
    ['Heron ISM Adapter 1.0 Release Notes', 'Heron ISM Adapter'],
    ['Heron NAS Plugin Release Notes October 2026', 'Heron NAS Plugin'],
    ['Heron NAS Plugin Release Notes, 15 Oct. 2026', 'Heron NAS Plugin'],
    ['Heron NAS Plugin 2.4 Release Notes (2026-10-15)', 'Heron NAS Plugin'],
    ["What's New in Heron NAS Plugin 2.4.0", 'Heron NAS Plugin'],
    ['Heron NAS Plugin for VMware vSphere 2.4.0 Release Notes', 'Heron NAS Plugin for VMware vSphere'],
    ['Heron Plug-in for ESXi Release Notes', 'Heron Plug-in for ESXi'],
    // The classes of titles real release notes and changelogs have.
    ['Acme Heron Backup 3.2.1 Release Notes', 'Acme Heron Backup'],
    ['Heron Backup v1.2.3 (2024-01-01)', 'Heron Backup'],
    ['Heron Backup — Release Notes — Version 1.2', 'Heron Backup'],
    ['Heron Backup 2.4 Release Notes | Acme Docs', 'Heron Backup'],
    ['Release notes: Heron Backup 2.4', 'Heron Backup'],
    ['Change Log for Heron Backup', 'Heron Backup'],
    ['heron-backup CHANGELOG', 'heron-backup'],
    ['Release notes for v2.4.0', ''],
    ['Changelog', ''],
    // A typographic apostrophe, and a changelog's own words: "Changes in", "Release History", "NEWS".
    ['What’s New in Heron Backup 4.0', 'Heron Backup'],
    ['Changes in Heron Backup 2.4', 'Heron Backup'],
    ['Heron Backup Release History', 'Heron Backup'],
    ['Heron Backup Version History', 'Heron Backup'],
    ['Heron Backup NEWS', 'Heron Backup'],
    // The GNU title of a NEWS file; "News" inside a name stays.
    ['heron-piv-tool NEWS -- History of user-visible changes.', 'heron-piv-tool'],
    ['Heron Backup NEWS: what changed', 'Heron Backup'],
    ['Heron News Reader 2.1 Release Notes', 'Heron News Reader'],
    ['Heron News: Desktop Client 3.0 Release Notes', 'Heron News: Desktop Client'],
    // A hot fix's or update's designation names the release; a word like it inside the name stays.
    ['Heron Backup Hot Fix 3.2.1.1 Release Notes', 'Heron Backup'],
    ['Heron Backup 3.2.1 HF1 Release Notes', 'Heron Backup'],
    ['Heron Backup 8.0 Update 2 Release Notes', 'Heron Backup'],
    ['Heron Backup Update 2', 'Heron Backup'],
    ['Heron Update Manager 6.5 Release Notes', 'Heron Update Manager'],
    ['Heron Backup 2.4.0 GA Release Notes', 'Heron Backup'],
    // An R package's development version, first in its NEWS.
    ['heron dev', 'heron'],
    ['heron (development version)', 'heron'],
    ['Heron Web Development 2.1 Release Notes', 'Heron Web Development'],
    ['Heron Dev 1.2 Release Notes', 'Heron Dev'],
    ['heron-devel 3.2 Release Notes', 'heron-devel'],
    // Words after the naming words qualify the notes, not the name; a version's bracket, wildcard or "R" goes with it.
    ['Heron Backup Release Notes for VMware vSphere 8.0', 'Heron Backup'],
    ['Heron Backup Release Notes (English)', 'Heron Backup'],
    ['Heron Backup [2.4.0] - 2024-01-01', 'Heron Backup'],
    ['Heron Backup 2.x Release Notes', 'Heron Backup'],
    ['Heron Backup R2.4 Release Notes', 'Heron Backup'],
    ['README for Heron Backup 2.4', 'Heron Backup'],
    ['Changelog for restic 0.8.1 (UNRELEASED)', 'restic'],
    // The naming words hyphenated, and a documentation set's own word.
    ['Heron SWE Pl-Check - Release-Notes', 'Heron SWE Pl-Check'],
    ['heron-fuel-plugin Documentation', 'heron-fuel-plugin'],
    ['Heron Backup 3.1 Documentation', 'Heron Backup'],
    ['HeronSetup Version History :', 'HeronSetup'],
    ['Recent changes in Heron Backup', 'Heron Backup'],
    ['Heron Backup: Latest Changes', 'Heron Backup'],
    // A title naming only the releases it covers names no product.
    ['Changelogs for 5.1.x', ''],
    ['Changes from Version 3.2 to 3.3', ''],
    ['Heron Changelogs 2.0', 'Heron'],
    // A preposition opening the title is the name's first word, not a naming phrase's.
    ['From Zero to Hero Toolkit 1.2 Release Notes', 'From Zero to Hero Toolkit'],
    ['On Air Streamer 2.0', 'On Air Streamer'],
    ['Between Clouds Backup 3.1 Release Notes', 'Between Clouds Backup'],
  ])('names the product of the title %s: %s', (title, product) => {
    expect(productIn(title)).toBe(product);
  });

  /** An installation guide whose title names no product, so that what the notes name decides. */
  const UNNAMED_GUIDE = { role: 'install-guide', format: 'md', fileName: 'Installation_Guide', content: Buffer.from('# Installation Guide\n\n## Installing\n\n1. Run esxcli software component apply.\n') } as const;

  it.each([
    // HTML: the <h1> a reader sees, not the <title> of the browser's tab.
    ['html', '<html><head><title>Release Notes | Acme Docs</title></head><body><h1>Heron Backup 2.4.0 Release Notes</h1><h2>Version 2.4.0 (2026-10-15)</h2><p>Clones.</p></body></html>', 'Heron Backup', 'the title of notes.html'],
    // Markdown without an H1: the front matter title the site shows.
    ['md', '---\ntitle: "Release Notes for Heron Backup 2.4.0"\n---\n\n## Version 2.4.0 (2026-10-15)\n\n- Clones.\n', 'Heron Backup', 'the title of notes.md'],
    // A changelog titled only "Changelog": the first paragraph names the product before its version.
    ['md', '# Changelog\n\nThe Heron Backup 2.4.0 release adds clones; earlier releases of Corvid Tools 1.2 are below.\n\n## 2.4.0 (2026-10-15)\n\n- Clones.\n', 'Heron Backup', 'the release notes notes.md'],
    ['md', '# Release Notes\n\nThis document describes Heron Backup for VMware vSphere 2.4.0.\n\n## 2.4.0 (2026-10-15)\n\n- Clones.\n', 'Heron Backup for VMware vSphere', 'the release notes notes.md'],
    // …but never a version's section, whose lines name components and earlier releases: the bulletin's summary then.
    ['md', '# Release Notes\n\n## 2.4.0 (2026-10-15)\n\n- Updated OpenSSL 3.0.13.\n', 'Corvid NAS Plugin', 'the bulletin vmware.xml'],
    // Plain text: the first line, when it reads as the notes' title.
    ['txt', 'HERON BACKUP 2.4.0 RELEASE NOTES\n\nVersion 2.4.0 (2026-10-15)\n\n- Clones.\n', 'HERON BACKUP', 'the title of notes.txt'],
  ] as const)('names the product of %s release notes %j: %s, from %s', async (format, text, product, place) => {
    const documents = documentsIn('md').map((plan) => (plan.role === 'release-notes' ? { ...plan, format, fileName: 'notes', content: Buffer.from(text) } : plan.role === 'install-guide' ? UNNAMED_GUIDE : plan));
    const described = await describe(await generated(directory, [], { documents }));
    expect([described.product, described.sources.product?.place]).toEqual([product, place]);
  });

  it('names the product of a DOCX by its first heading, not its stale properties\' title, nor a title that is only "Release Notes"', async () => {
    const docx = (paragraphs: WordParagraph[]) =>
      documentsIn('md').map((plan) =>
        plan.role === 'release-notes' ? { ...plan, format: 'docx' as const, fileName: 'notes', content: writeDocx(paragraphs, WORD_STYLES, { title: 'Acme Template Release Notes 1.0' }) } : plan.role === 'install-guide' ? UNNAMED_GUIDE : plan,
      );
    const headed = await describe(await generated(directory, [], { documents: docx([{ style: 'Titre1', text: 'Heron® Backup™ 2.4.0 Release Notes' }, { style: 'Titre2', text: 'Version 2.4.0 (2026-10-15)' }, { text: 'Clones.' }]) }));
    // The text is read with its characters made plain: "™" is "TM" there.
    expect([headed.product, headed.sources.product?.text]).toEqual(['Heron Backup', 'Heron® BackupTM 2.4.0 Release Notes']);
    const led = await describe(await generated(directory, [], { documents: docx([{ style: 'Title', text: 'Release Notes' }, { text: 'These notes cover Heron Backup 2.4.0 for ESXi 8.0.' }, { style: 'Titre1', text: 'Version 2.4.0 (2026-10-15)' }, { text: 'Clones.' }]) }));
    expect([led.product, led.sources.product]).toEqual(['Heron Backup', { place: 'the release notes notes.docx', path: `${DOCS}!/notes.docx`, text: 'Heron Backup 2.4.0' }]);
  });

  it('reads a title of overlapping words ("User Guide" is one or two) in bounded time', () => {
    const title = `Corvid ${'User Guide '.repeat(17)}x`;
    const started = performance.now();
    expect(productIn(title)).toBe(title.trim());
    expect(productIn(`${title} 3.2`)).toBe(title.trim());
    // One pattern over the whole run of words takes 400 ms here, exponential in the words.
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a path that is not a file, exit 2', async () => {
    expect(await runMain(['describe', 'missing.zip'])).toMatchObject({ code: 2, stderr: 'bundlelint: missing.zip: no such file\n', stdout: '' });
  });
});
