import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentContent, renderDocument } from '../../fixtures/documents.js';
import { defaultRelease, release } from '../../fixtures/release.js';
import { classify, sniffFormat } from '../../src/scan/classify.js';
import { findingsOf, generated, scratchDirectory } from '../helpers/lint.js';

const file = { directory: false, symlink: false };
/** What a file is taken for, from its name and its first bytes, as the read pass classifies it. */
const classified = (name: string, head: string | Buffer) => classify(name, sniffFormat(Buffer.isBuffer(head) ? head : Buffer.from(head)), file);

describe('a text document: its extension says what it is', () => {
  // Openings real READMEs and release notes use, which sniff as HTML or XML.
  const openings = [
    ['an HTML comment', '<!-- markdownlint-disable MD033 -->\n# Corvid NAS Plugin 3.2.1 Release Notes\n'],
    ['a centred div', '<div align="center">\n  <img src="logo.png" alt="Corvid">\n</div>\n\n# Release Notes\n'],
    ['a centred h1', '<h1 align="center">Corvid NAS Plugin</h1>\n\n## Release Notes\n'],
    ['a centred logo paragraph', '<p align="center"><img src="docs/logo.svg" width="200"></p>\n\n# Release Notes\n'],
    ['a doctype', '<!DOCTYPE html>\n<p>Release notes</p>\n'],
    ['an XML declaration', '<?xml version="1.0"?>\n<notes/>\n'],
  ] as const;

  it.each(openings)('.md opening with %s is Markdown', (_, head) => {
    expect(classified('docs/Release_Notes.md', head)).toEqual({ kind: 'document', documentFormat: 'markdown' });
    expect(classified('docs/Release_Notes.markdown', head)).toEqual({ kind: 'document', documentFormat: 'markdown' });
  });

  it.each(openings)('.txt opening with %s is text', (_, head) => {
    expect(classified('docs/Release_Notes.txt', head)).toEqual({ kind: 'document', documentFormat: 'text' });
  });

  it.each(['adoc', 'asciidoc'])('.%s (AsciiDoc, read as the text it is written in) is text', (extension) => {
    expect(classified(`docs/getting-help.${extension}`, '[[getting_help]]\nGetting Help\n------------\n')).toEqual({ kind: 'document', documentFormat: 'text' });
  });

  it.each(openings)('.html opening with %s is HTML', (_, head) => {
    expect(classified('docs/Release_Notes.html', head)).toEqual({ kind: 'document', documentFormat: 'html' });
  });

  it('keeps sniffing for names that say nothing: HTML is HTML, XML is no document', () => {
    expect(classified('docs/index', '<!DOCTYPE html><html><body></body></html>')).toEqual({ kind: 'document', documentFormat: 'html' });
    expect(classified('docs/README', '<div align="center">logo</div>\n# Readme\n')).toEqual({ kind: 'document', documentFormat: 'text' });
    expect(classified('depot/index.xml', '<?xml version="1.0"?><vendorList/>')).toEqual({ kind: 'other', documentFormat: undefined });
  });
});

describe('a binary format is sniffed whatever the name says', () => {
  it.each([
    ['a .pdf that is a zip', 'docs/Release_Notes.pdf', Buffer.from('504b0304140000000000', 'hex'), { kind: 'archive', documentFormat: undefined }],
    ['a .md that is a PDF', 'docs/Release_Notes.md', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), { kind: 'document', documentFormat: 'pdf' }],
    ['a .doc that is RTF', 'docs/Release_Notes.doc', '{\\rtf1\\ansi Release Notes\\par}', { kind: 'document', documentFormat: 'rtf' }],
    ['a .doc that is HTML', 'docs/Release_Notes.doc', '<html><body><h1>Release Notes</h1></body></html>', { kind: 'document', documentFormat: 'html' }],
    ['a .txt that is an OLE2 file', 'docs/Release_Notes.txt', Buffer.from('d0cf11e0a1b11ae1', 'hex'), { kind: 'other', documentFormat: undefined }],
  ] as const)('%s', (_, name, head, expected) => {
    expect(classified(name, head)).toEqual(expected);
  });
});

describe('release notes in Markdown opening with HTML, in a bundle', () => {
  const directory = scratchDirectory();
  const notes = renderDocument(documentContent(release(), 'release-notes'), 'md').toString();
  const preludes = [
    ['an HTML comment', '<!-- This file is generated; edit notes.yaml instead. -->\n'],
    ['a centred div', '<div align="center">\n  <img src="https://corvid-systems.example/logo.png" alt="Corvid Systems" width="120">\n</div>\n\n'],
    ['a centred h1', '<h1 align="center">Corvid NAS Plugin</h1>\n\n'],
    ['a centred logo paragraph', '<p align="center"><img src="docs/logo.svg" width="200"></p>\n\n'],
  ] as const;

  it.each(preludes)('are found and read when they open with %s', async (name, prelude) => {
    const documents = defaultRelease().documents.map((plan) => (plan.role === 'release-notes' ? { ...plan, content: Buffer.from(prelude + notes) } : plan));
    const bundle = await generated(join(directory, name.replace(/ /g, '-')), [], { documents });
    expect(await findingsOf(bundle, { now: new Date('2026-11-25T00:00:00Z') }, 'release-notes/')).toEqual([]);
  });
});
