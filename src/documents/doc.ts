import CFB from 'cfb';
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
 * its piece table with each paragraph's style (built-in heading identifiers, outline levels);
 * when the styles cannot be followed, headings by the plain-text conventions. Text that cannot
 * be found makes it unreadable, with the reason. (word-extractor was
 * the fallback once: on a looping sector chain it grew a buffer until V8 aborted the process.)
 */
export async function docDocument(bytes: Buffer): Promise<ParsedDocument> {
  const container = oleContainer(bytes);
  const word = streamOf(container, 'WordDocument');
  if (!word) throw new DocumentError('it has no WordDocument stream: not a Word document');
  if (word.length < 0x1a2 || word.readUInt16LE(0) !== WORD_97) throw new DocumentError('it is not a Word 97-2003 document (an older Word format)');
  if (word.readUInt16LE(0x0a) & ENCRYPTED) throw new DocumentError('it is password-protected');
  try {
    const { blocks, links, styled } = wordBinaryBlocks(word, { '0Table': streamOf(container, '0Table'), '1Table': streamOf(container, '1Table') });
    if (styled) return buildDocument(blocks, { links });
    // Without styles, headings are found by the plain-text conventions, each paragraph standing alone.
    return buildDocument(plainTextBlocks(blocks.map((block) => block.text).join('\n\n')), { links });
  } catch (error) {
    if (error instanceof RangeError) throw new DocumentError(`its Word structures cannot be followed (${error.message}); save it again with Word or as DOCX`);
    throw error;
  }
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

/**
 * A stream's bytes. cfb stops a sector chain where it meets a sector already in it, so a chain
 * that loops (or ends early) gives fewer bytes than the directory says: that is a broken file.
 */
function streamOf(container: CFB.CFB$Container, name: string): Buffer | undefined {
  const entry = CFB.find(container, name);
  if (!entry?.content) return undefined;
  if (entry.content.length < entry.size) throw new DocumentError(`its ${name} stream's sector chain loops or ends early (${entry.content.length} of ${entry.size} bytes); the file is damaged`);
  return Buffer.from(entry.content as Uint8Array);
}
