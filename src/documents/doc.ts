import { DocumentError } from './document-error.js';
import { buildDocument, type ParsedDocument } from './document.js';
import { readOle, summaryTitle, type OleFile } from './ole.js';
import { documentHeadings } from './typeset-headings.js';
import { wordBinaryBlocks } from './word-binary.js';

/** `wIdent` of a Word 97–2003 File Information Block. */
const WORD_97 = 0xa5ec;
/** FibBase flags: `fEncrypted`. */
const ENCRYPTED = 0x0100;

/**
 * A legacy Word document: checked for encryption in its File Information Block, read through
 * its piece table with each paragraph's style (built-in heading identifiers, outline levels, as
 * word-styles.ts says), read as DOCX is (`documentHeadings`; the type's sizes are not read): when no
 * paragraph is styled as a heading (every one 'Normal', or styles that cannot be followed), headings
 * by the plain-text conventions; with styled headings, a paragraph that is only a release line
 * heads a release too. Its properties' title comes from the SummaryInformation stream. Text that cannot
 * be found, or a sector chain that loops, makes it unreadable with the reason (word-extractor
 * was the fallback once: on a looping chain it grew a buffer until V8 aborted the process).
 */
export async function docDocument(bytes: Buffer): Promise<ParsedDocument> {
  const container = readOle(bytes);
  const word = container.stream('WordDocument');
  if (!word) throw new DocumentError('it has no WordDocument stream: not a Word document');
  if (word.length < 0x1a2 || word.readUInt16LE(0) !== WORD_97) throw new DocumentError('it is not a Word 97-2003 document (an older Word format)');
  if (word.readUInt16LE(0x0a) & ENCRYPTED) throw new DocumentError('it is password-protected');
  try {
    const { blocks, links } = wordBinaryBlocks(word, { '0Table': container.stream('0Table'), '1Table': container.stream('1Table') });
    return buildDocument(documentHeadings(blocks, []), { metadataTitle: propertiesTitle(container), links });
  } catch (error) {
    if (error instanceof RangeError) throw new DocumentError(`its Word structures cannot be followed (${error.message}); save it again with Word or as DOCX`);
    throw error;
  }
}

/** The Title of the document's properties (SummaryInformation); a damaged property stream only loses it. */
function propertiesTitle(container: OleFile): string | undefined {
  try {
    return summaryTitle(container);
  } catch (error) {
    if (error instanceof DocumentError) return undefined;
    throw error;
  }
}

/**
 * Why an OLE2 file named like an OOXML document cannot be read: Office saves a password-protected
 * DOCX as an OLE2 container holding an `EncryptedPackage` stream.
 */
export function oleOoxmlProblem(bytes: Buffer): string {
  return readOle(bytes).stream('EncryptedPackage') ? 'it is encrypted (password-protected)' : 'it is an OLE2 file, not a zip package';
}
