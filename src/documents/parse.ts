import type { Limits } from '../archive/limits.js';
import type { DocumentFormat } from './document.js';
import { DocumentError } from './document-error.js';
import { buildDocument, type ParsedDocument } from './document.js';

export interface ParseLimits {
  readonly archive: Readonly<Limits>;
  /** Largest document read, and largest total of the XML parts a DOCX or ODT inflates to. */
  readonly maxDocumentBytes: number;
}

const OLE_MAGIC = Buffer.from('d0cf11e0a1b11ae1', 'hex');

/**
 * Parses one document's bytes by its format; a document that cannot be read throws a
 * DocumentError. Runs in a parse worker (see sandbox.ts), never on the main thread. Each
 * format's parser is loaded when a document of that format first comes, so a worker starts fast.
 */
export async function parseDocumentBytes(format: DocumentFormat, bytes: Buffer, path: string, limits: ParseLimits): Promise<ParsedDocument> {
  switch (format) {
    case 'pdf':
      return (await import('./pdf.js')).pdfDocument(bytes);
    case 'docx': {
      if (bytes.subarray(0, 8).equals(OLE_MAGIC)) throw new DocumentError((await import('./doc.js')).oleOoxmlProblem(bytes));
      return (await import('./ooxml.js')).docxDocument(bytes, path, limits.archive, limits.maxDocumentBytes);
    }
    case 'odt':
      return (await import('./odf.js')).odtDocument(bytes, path, limits.archive, limits.maxDocumentBytes);
    case 'doc':
      return (await import('./doc.js')).docDocument(bytes);
    case 'rtf':
      return (await import('./rtf.js')).rtfDocument(bytes);
    case 'html': {
      const { blocks, title, links } = (await import('./html.js')).htmlBlocks(decodeText(bytes));
      return buildDocument(blocks, { title, links });
    }
    case 'markdown': {
      const { blocks, links, title } = (await import('./markdown.js')).markdownBlocks(decodeText(bytes));
      return buildDocument(blocks, { title, links });
    }
    case 'text':
      return buildDocument((await import('./plain-text.js')).plainTextBlocks(decodeText(bytes)));
  }
}

/**
 * Text in the encoding its byte-order mark names, else UTF-8, else Windows-1252 (what text
 * written on Windows without a BOM usually is).
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new DocumentError('it holds binary data, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}
