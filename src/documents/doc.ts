import CFB from 'cfb';
import WordExtractor from 'word-extractor';
import { DocumentError } from './document-error.js';
import { buildDocument, type ParsedDocument } from './document.js';
import { plainTextBlocks } from './plain-text.js';
import { wordBinaryBlocks } from './word-binary.js';

/** `wIdent` of a Word 97–2003 File Information Block. */
const WORD_97 = 0xa5ec;
/** FibBase flags: `fEncrypted`. */
const ENCRYPTED = 0x0100;

/**
 * A legacy Word document: checked for encryption in its File Information Block, read through
 * its piece table with each paragraph's style (built-in heading identifiers, outline levels).
 * When its structures cannot be followed, word-extractor's text with the plain-text heading
 * conventions is the fallback.
 */
export async function docDocument(bytes: Buffer): Promise<ParsedDocument> {
  const container = oleContainer(bytes);
  const word = streamOf(container, 'WordDocument');
  if (!word) throw new DocumentError('it has no WordDocument stream: not a Word document');
  if (word.length < 0x1a2 || word.readUInt16LE(0) !== WORD_97) throw new DocumentError('it is not a Word 97-2003 document (an older Word format)');
  if (word.readUInt16LE(0x0a) & ENCRYPTED) throw new DocumentError('it is password-protected');
  try {
    const { blocks, links } = wordBinaryBlocks(word, { '0Table': streamOf(container, '0Table'), '1Table': streamOf(container, '1Table') });
    return buildDocument(blocks, { links });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const extracted = await new WordExtractor().extract(bytes).catch((error: unknown) => {
    throw new DocumentError(`its text could not be extracted (${error instanceof Error ? error.message : String(error)})`);
  });
  // Word ends each paragraph with one line break: each stands alone, as in a text with blank lines between paragraphs.
  return buildDocument(plainTextBlocks(extracted.getBody().replace(/\n/g, '\n\n')));
}

/**
 * Why an OLE2 file named like an OOXML document cannot be read: Office saves a password-protected
 * DOCX as an OLE2 container holding an `EncryptedPackage` stream.
 */
export function oleOoxmlProblem(bytes: Buffer): string {
  return streamOf(oleContainer(bytes), 'EncryptedPackage') ? 'it is encrypted (password-protected)' : 'it is an OLE2 file, not a zip package';
}

function oleContainer(bytes: Buffer): CFB.CFB$Container {
  try {
    return CFB.read(bytes, { type: 'buffer' });
  } catch (error) {
    throw new DocumentError(`it is not a readable OLE2 compound file (${error instanceof Error ? error.message : String(error)})`);
  }
}

function streamOf(container: CFB.CFB$Container, name: string): Buffer | undefined {
  const entry = CFB.find(container, name);
  return entry?.content ? Buffer.from(entry.content as Uint8Array) : undefined;
}
