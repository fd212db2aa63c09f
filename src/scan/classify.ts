import type { ContentFormat, DocumentFormat, FileKind } from '../model/model.js';
import { isPluginManifestName } from '../formats/installer-metadata.js';
import { rolesOfName } from '../release/roles.js';

/** Bytes kept from the start of each file: enough to tell formats (and an OOXML first entry) apart. */
export const HEAD_BYTES = 512;

const signatures: [ContentFormat, Buffer][] = [
  ['ar', Buffer.from('!<arch>\n', 'latin1')],
  ['ole2', Buffer.from('d0cf11e0a1b11ae1', 'hex')],
  ['rtf', Buffer.from('{\\rtf', 'latin1')],
  ['gzip', Buffer.from('1f8b', 'hex')],
  ['bzip2', Buffer.from('BZh', 'latin1')],
  ['xz', Buffer.from('fd377a585a00', 'hex')],
  ['7z', Buffer.from('377abcaf271c', 'hex')],
  ['rar', Buffer.from('Rar!\x1a\x07', 'latin1')],
  ['elf', Buffer.from('\x7fELF', 'latin1')],
  ['pe', Buffer.from('MZ', 'latin1')],
  ['script', Buffer.from('#!', 'latin1')],
];

const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_EMPTY_ARCHIVE = 0x06054b50;

/** What the first bytes of a file say it is. */
export function sniffFormat(head: Buffer): ContentFormat {
  if (head.length === 0) return 'empty';
  if (head.length >= 4 && head.readUInt32LE(0) === ZIP_LOCAL_HEADER) return zipFlavour(head);
  if (head.length >= 4 && head.readUInt32LE(0) === ZIP_EMPTY_ARCHIVE) return 'zip';
  for (const [format, signature] of signatures) {
    if (head.length >= signature.length && head.subarray(0, signature.length).equals(signature)) return format;
  }
  if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar') return 'tar';
  // PDF readers accept the header anywhere in the first KB.
  if (head.includes('%PDF-')) return 'pdf';
  if (!looksLikeText(head)) return 'binary';
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^<!doctype html|^<html|^<head|^<body/.test(text) || (text.startsWith('<?xml') && text.includes('<html'))) return 'html';
  if (text.startsWith('<?xml') || text.startsWith('<')) return 'xml';
  return 'text';
}

/** OOXML packages start with their content types or relationships; ODF with a stored `mimetype`. */
function zipFlavour(head: Buffer): ContentFormat {
  if (head.length < 30) return 'zip';
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  const name = head.toString('latin1', 30, 30 + nameLength);
  if (name === '[Content_Types].xml' || /^(_rels|docProps|word|xl|ppt)\//.test(name)) return 'ooxml';
  const data = head.toString('latin1', 30 + nameLength + extraLength, 30 + nameLength + extraLength + 64);
  if (name === 'mimetype' && data.startsWith('application/vnd.oasis.opendocument')) return 'odf';
  return 'zip';
}

/** No NUL and few control characters: text in any ASCII-compatible encoding. */
function looksLikeText(head: Buffer): boolean {
  if (head[0] === 0xff && head[1] === 0xfe) return true;
  if (head[0] === 0xfe && head[1] === 0xff) return true;
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls += 1;
  }
  return controls * 20 < head.length;
}

const INSTALLER_EXTENSIONS = new Set(['exe', 'msi', 'run', 'bin', 'sh', 'rpm', 'deb', 'pkg', 'dmg', 'appimage']);
const ARCHIVE_FORMATS = new Set<ContentFormat>(['zip', 'ar', 'tar', 'gzip', 'bzip2', 'xz', '7z', 'rar']);
const ARCHIVE_EXTENSIONS = new Set(['zip', 'jar', 'vib', 'tar', 'tgz', 'gz', 'bz2', 'xz', '7z', 'rar']);
/** Text files without an extension that are documents by their name. */
const DOCUMENT_NAMES = /^(readme|eula|licen[cs]es?|notices?|copying|changes|changelog|history|install|release[-_ ]?notes|third[-_ ]?party)\b/;
const MANIFEST_NAME = new RegExp(
  [
    '^(md5|sha-?1|sha-?256|sha-?512)(sums?)?(\\.txt)?$', // MD5SUMS, SHA1SUM, md5.txt, sha256sums.txt
    '^(md5|sha1|sha256)sum\\.txt$',
    '^(checksums?|hashes|digests?)(\\.(txt|md5|sha1|sha256))?$', // CHECKSUMS, checksums.txt
    '\\.(md5|sha1|sha256|sha512)(sums?)?(\\.txt)?$', // bundle.zip.md5, docs.sha1
  ].join('|'),
  'i',
);

const FORMAT_BY_EXTENSION: Readonly<Record<string, ContentFormat>> = {
  zip: 'zip', jar: 'zip', vib: 'ar', deb: 'ar', a: 'ar', tar: 'tar', pdf: 'pdf', docx: 'ooxml', odt: 'odf', doc: 'ole2',
  msi: 'ole2', rtf: 'rtf', htm: 'html', html: 'html', md: 'text', markdown: 'text', txt: 'text',
};

/** Words for a sniffed format, for messages: "its content is a PDF document". */
export const FORMAT_DESCRIPTIONS: Readonly<Record<ContentFormat, string>> = {
  unknown: 'unknown', empty: 'empty', zip: 'a zip archive', ooxml: 'an Office Open XML document', odf: 'an OpenDocument file',
  ar: 'an ar archive', pdf: 'a PDF document', ole2: 'an OLE2 compound file (DOC, MSI)', rtf: 'an RTF document',
  html: 'an HTML page', xml: 'XML', tar: 'a tar archive', gzip: 'gzip data', bzip2: 'bzip2 data', xz: 'xz data', '7z': 'a 7-Zip archive',
  rar: 'a RAR archive', pe: 'a Windows executable', elf: 'a Linux executable', script: 'a script', text: 'plain text',
  binary: 'binary data',
};

/** A checksum manifest by its name: MD5SUMS, sha1sum.txt, CHECKSUMS, bundle.zip.md5… */
export function isManifestName(name: string): boolean {
  return MANIFEST_NAME.test(name.split('/').pop()!);
}

export interface Classification {
  kind: FileKind;
  documentFormat: DocumentFormat | undefined;
}

/**
 * The role a file plays, from its name, its sniffed format and, for archives that were
 * opened, the names of their entries. A link is only a link, whatever its target says.
 */
export function classify(
  name: string,
  sniffed: ContentFormat,
  shape: { directory: boolean; symlink: boolean },
  entryNames: readonly string[] = [],
): Classification {
  const base = name.replace(/\/$/, '').split(/[\\/]/).pop()!.toLowerCase();
  const extension = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1) : '';
  // A file whose data could not be read (encrypted, corrupt), or that is empty, is taken at its name's word.
  const format = sniffed === 'unknown' || sniffed === 'empty' ? (FORMAT_BY_EXTENSION[extension] ?? sniffed) : sniffed;
  const none: Classification = { kind: 'other', documentFormat: undefined };
  if (shape.directory) return { ...none, kind: 'directory' };
  if (shape.symlink) return none;
  if (format === 'zip' && isDepot(entryNames)) return { ...none, kind: 'offline-bundle' };
  if (format === 'ar' && (extension === 'vib' || entryNames.includes('descriptor.xml'))) return { ...none, kind: 'vib' };
  // A vSphere Client plugin package: the vSphere Client installs it from its manifest.
  if (format === 'zip' && entryNames.some(isPluginManifestName)) return { ...none, kind: 'installer' };
  if (INSTALLER_EXTENSIONS.has(extension) || format === 'pe' || format === 'elf') return { ...none, kind: 'installer' };
  // A manifest with a NUL or binary junk line is still one: its bad lines are checksums/syntax findings.
  if (isManifestName(base) && (format === 'text' || format === 'empty' || format === 'binary')) return { ...none, kind: 'manifest' };
  // Named like an archive, but not one (archive/unreadable says so): not a document either.
  if (ARCHIVE_EXTENSIONS.has(extension) && !ARCHIVE_FORMATS.has(format)) return none;
  const documentFormat = documentFormatOf(extension, format, base);
  if (documentFormat) return { kind: documentKind(name), documentFormat };
  if (ARCHIVE_FORMATS.has(format)) return { ...none, kind: 'archive' };
  return none;
}

/** An ESXi depot, offline bundle or component: VIB metadata beside an index or the VIBs. */
function isDepot(entryNames: readonly string[]): boolean {
  const hasMetadata = entryNames.some((entry) => /(^|\/)metadata\.zip$/i.test(entry));
  return hasMetadata && entryNames.some((entry) => /(^|\/)index\.xml$/i.test(entry) || /(^|\/)vib20\//i.test(entry));
}

/** Sniffed formats that are text: any of them may be a Markdown, plain-text or HTML document. */
const TEXT_CONTENT = new Set<ContentFormat>(['text', 'html', 'xml', 'script']);
/** Extensions of text documents, which say what the text is: a README.md opening with `<div align="center">` is Markdown. */
const TEXT_DOCUMENTS: Readonly<Record<string, DocumentFormat>> = {
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown',
  htm: 'html', html: 'html', xhtml: 'html',
  txt: 'text', text: 'text', rst: 'text', adoc: 'text', asciidoc: 'text', asc: 'text', readme: 'text',
};

/**
 * The document format of a file. Binary formats are sniffed whatever the name says (a `.pdf`
 * holding a zip is no PDF, a `.doc` holding RTF or HTML is read as such), but when the content
 * is text the extension wins: Markdown and text often open with HTML (a comment, `<div
 * align="center">`, `<h1>`) that sniffing takes for HTML or XML.
 */
function documentFormatOf(extension: string, format: ContentFormat, base: string): DocumentFormat | undefined {
  if (TEXT_CONTENT.has(format)) {
    if (Object.hasOwn(TEXT_DOCUMENTS, extension)) return TEXT_DOCUMENTS[extension];
    if (format === 'html') return 'html';
    return !base.includes('.') && DOCUMENT_NAMES.test(base) ? 'text' : undefined;
  }
  switch (format) {
    case 'pdf': return 'pdf';
    case 'rtf': return 'rtf';
    // Word saves a password-protected DOCX as an OLE2 container: still a document, one that cannot be read.
    case 'ole2': return extension === 'doc' || extension === 'dot' ? 'doc' : extension === 'docx' ? 'docx' : undefined;
    case 'ooxml': return ['xlsx', 'xlsm', 'pptx', 'ppsx', 'vsdx'].includes(extension) ? undefined : 'docx';
    case 'odf': return extension === 'odt' || extension === 'ott' ? 'odt' : undefined;
    default:
      return undefined;
  }
}

/** EULA and notices, by name. */
function documentKind(name: string): FileKind {
  const [role] = rolesOfName(name);
  return role === 'eula' || role === 'license-notice' ? role : 'document';
}
