import type { Limits } from '../archive/limits.js';
import type { DocumentFormat } from './document.js';
import { decoderOf, windows1252 } from './code-page.js';
import { DocumentError } from './document-error.js';
import { buildDocument, type ParsedDocument } from './document.js';

export interface ParseLimits {
  readonly archive: Readonly<Limits>;
  /** Largest document read, and largest total of the XML parts a DOCX or ODT inflates to. */
  readonly maxDocumentBytes: number;
}

const OLE_MAGIC = Buffer.from('d0cf11e0a1b11ae1', 'hex');

/** Parses one document's bytes; a document that cannot be read throws a DocumentError. */
export type Parser = (bytes: Buffer, path: string, limits: ParseLimits) => ParsedDocument | Promise<ParsedDocument>;

/**
 * The parser of a format, loaded when a document of that format first comes, so that a worker
 * starts fast; the parse worker (see sandbox.ts) runs it, never the main thread. Loaded apart
 * from the parse, so that the sandbox can tell a parser loading from a parse keeping its worker
 * busy; what one document alone calls for (the DOC parser for a Word 97 file named .docx, PDFium
 * again after a PDF trapped it) loads during its parse.
 */
export async function loadParser(format: DocumentFormat): Promise<Parser> {
  switch (format) {
    case 'pdf': {
      const [{ pdfDocument }, { loadPdfium }] = await Promise.all([import('./pdf.js'), import('./pdf-text.js')]);
      // PDFium's WebAssembly is part of the loading, not of the first PDF's parse.
      await loadPdfium();
      return (bytes) => pdfDocument(bytes);
    }
    case 'docx': {
      const { docxDocument } = await import('./ooxml.js');
      return async (bytes, path, limits) => {
        // A Word 97 file named .docx: told apart by the DOC parser, loaded only then.
        if (bytes.subarray(0, 8).equals(OLE_MAGIC)) throw new DocumentError((await import('./doc.js')).oleOoxmlProblem(bytes));
        return docxDocument(bytes, path, limits.archive, limits.maxDocumentBytes);
      };
    }
    case 'odt': {
      const { odtDocument } = await import('./odf.js');
      return (bytes, path, limits) => odtDocument(bytes, path, limits.archive, limits.maxDocumentBytes);
    }
    case 'doc': {
      const { docDocument } = await import('./doc.js');
      return (bytes) => docDocument(bytes);
    }
    case 'rtf': {
      const { rtfDocument } = await import('./rtf.js');
      return (bytes) => rtfDocument(bytes);
    }
    case 'html': {
      const { htmlBlocks } = await import('./html.js');
      return (bytes) => {
        const { blocks, title, links } = htmlBlocks(decodeHtml(bytes));
        return buildDocument(blocks, { title, links });
      };
    }
    case 'markdown': {
      const { markdownBlocks } = await import('./markdown.js');
      return (bytes) => {
        const { blocks, links, title } = markdownBlocks(decodeText(bytes));
        return buildDocument(blocks, { title, links });
      };
    }
    case 'text': {
      const { plainTextBlocks } = await import('./plain-text.js');
      return (bytes) => buildDocument(plainTextBlocks(decodeText(bytes)));
    }
  }
}

/**
 * Text in the encoding its byte-order mark names, else UTF-8, else the encoding the text declares
 * (`declared`, an encoding label), else Windows-1252 (what text written on Windows without a BOM
 * usually is). UTF-8 comes before the declaration: a page saved as UTF-8 under a stale
 * "iso-8859-1" is common, and a text that is not UTF-8 rarely reads as UTF-8.
 */
export function decodeText(bytes: Buffer, declared?: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new DocumentError('it holds binary data, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return ((declared && decoderOf(declared)) || windows1252).decode(body);
  }
}

/** Bytes of an HTML page searched for the encoding it declares, as browsers prescan them. */
const PRESCAN_BYTES = 1024;
/** A tag a declaration may stand in: a `<meta>` element, or the XML declaration of XHTML (`<?xml … encoding="gb2312"?>`). */
const DECLARING_TAG = /<meta\s[^>]*>|<\?xml\s[^>]*?\bencoding\s*=\s*["']([\w.:-]{1,40})/gi;
/** An attribute of a tag: its name and its value, quoted or bare. */
const ATTRIBUTE = /([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
/** The encoding a Content-Type names: `text/html; charset=EUC-JP`. */
const CONTENT_CHARSET = /\bcharset\s*=\s*["']?([\w.:-]{1,40})/i;

/**
 * The encoding an HTML page declares in its first kilobyte, as browsers prescan it: a `<meta charset="shift_jis">`, a `<meta
 * http-equiv="Content-Type" content="text/html; charset=EUC-JP">`, or an XML declaration; not a charset in another meta's content
 * (`<meta name="note" content="charset=koi8-r">`) nor an attribute that only ends in it (`data-charset`).
 */
function declaredCharset(bytes: Buffer): string | undefined {
  for (const tag of bytes.subarray(0, PRESCAN_BYTES).toString('latin1').matchAll(DECLARING_TAG)) {
    if (tag[1] !== undefined) return tag[1];
    const attributes = new Map([...tag[0].matchAll(ATTRIBUTE)].map((match) => [match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '']));
    const charset = attributes.get('charset') ?? (attributes.get('http-equiv')?.toLowerCase() === 'content-type' ? CONTENT_CHARSET.exec(attributes.get('content') ?? '')?.[1] : undefined);
    if (charset) return charset.trim();
  }
  return undefined;
}

/** An HTML page's text: in the encoding it declares in its first kilobyte, when it is not UTF-8 (see `decodeText`). */
export function decodeHtml(bytes: Buffer): string {
  const declared = declaredCharset(bytes);
  // A page that is not UTF-8 yet says so (or UTF-16 by any of its names, "ucs-2", "csunicode", which browsers take for UTF-8 too)
  // is read as Windows-1252, as if it said nothing.
  return decodeText(bytes, declared && !decoderOf(declared)?.encoding.startsWith('utf-') ? declared : undefined);
}
