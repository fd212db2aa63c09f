import { windows1252 } from './code-page.js';
import type { Block } from './document.js';
import { paragraphRole, styleRoles, StyledBlocks, type StyleRole, type WordStyle } from './word-styles.js';

/** Offsets in the File Information Block of a Word 97–2003 document ([MS-DOC] 2.5). */
const FIB_FLAGS = 0x0a;
const WHICH_TABLE_STREAM = 0x0200;
const CCP_TEXT = 0x4c;
const FC_LCB_BLOB = 0x9a;
const FC_LCB = { stshf: 1, plcfBtePapx: 13, clx: 33 } as const;
const PAGE = 512;
/** sprmPOutLvl: a paragraph's own outline level. */
const SPRM_OUTLINE_LEVEL = 0x2640;
/** Built-in style identifiers ([MS-DOC] 2.9.302): 1–9 are "heading 1"–"heading 9" whatever the language of the name, 19–27 "toc 1"–"toc 9", 62 "Title". */
const HEADING_STI = { first: 1, last: 9 };
const TOC_STI = { first: 19, last: 27 };
const TITLE_STI = 62;
/** Style kinds (stk): paragraph styles carry paragraph properties first among their UPXs. */
const PARAGRAPH_STYLE = 1;
const NO_BASE = 0x0fff;

interface ParagraphProperties {
  readonly from: number;
  readonly to: number;
  readonly istd: number;
  readonly outline: number | undefined;
}

/** Where the main text's characters lie in the WordDocument stream. */
interface Piece {
  readonly cpStart: number;
  readonly cpEnd: number;
  readonly fc: number;
  readonly compressed: boolean;
}

/**
 * The paragraphs of a Word binary document with their heading levels: text through the piece
 * table, each paragraph's style (PAPX in the formatted disk pages) and outline level, and the
 * style sheet's built-in identifiers. Field instructions are dropped (their results kept), and
 * HYPERLINK targets collected. Throws a RangeError when the text itself cannot be found (no table
 * stream, a piece table pointing outside its stream); when only the paragraphs' styles cannot be
 * followed, gives the paragraphs without levels.
 */
export function wordBinaryBlocks(word: Buffer, tables: { readonly '0Table'?: Buffer; readonly '1Table'?: Buffer }): { blocks: Block[]; links: string[] } {
  const table = word.readUInt16LE(FIB_FLAGS) & WHICH_TABLE_STREAM ? tables['1Table'] : tables['0Table'];
  if (!table) throw new RangeError('the table stream is missing');
  const fcLcb = (index: number) => [word.readUInt32LE(FC_LCB_BLOB + index * 8), word.readUInt32LE(FC_LCB_BLOB + index * 8 + 4)] as const;
  const pieces = pieceTable(slice(table, ...fcLcb(FC_LCB.clx)));
  const properties = unlessOutOfRange(() => paragraphProperties(word, slice(table, ...fcLcb(FC_LCB.plcfBtePapx))));
  const styles = unlessOutOfRange(() => readStyles(slice(table, ...fcLcb(FC_LCB.stshf))));
  const roles = styles && styleRoles(styles);
  const ccpText = word.readUInt32LE(CCP_TEXT);

  const paragraphs = new StyledBlocks();
  const links: string[] = [];
  let paragraph = '';
  let instruction = '';
  const fields: ('code' | 'result')[] = [];
  for (const piece of pieces) {
    const length = Math.max(Math.min(piece.cpEnd, ccpText) - piece.cpStart, 0);
    const width = piece.compressed ? 1 : 2;
    const bytes = slice(word, piece.fc, length * width);
    const text = piece.compressed ? windows1252.decode(bytes) : bytes.toString('utf16le');
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index]!;
      const fc = piece.fc + index * width;
      if (char === '\x13') {
        fields.push('code');
        instruction = '';
      } else if (char === '\x14' && fields.length > 0) {
        fields[fields.length - 1] = 'result';
        const target = /^\s*HYPERLINK\s+"([^"]+)"/.exec(instruction);
        if (target) links.push(target[1]!);
      } else if (char === '\x15') {
        fields.pop();
      } else if (fields.at(-1) === 'code') {
        instruction += char;
      } else if (char === '\r' || char === '\x07') {
        const found = properties && propertiesAt(properties, fc);
        const role = found && styles && roles ? paragraphRole(styles, roles, found.istd, found.outline) : 'body';
        paragraphs.add(role, paragraph);
        paragraph = '';
      } else if (char === '\x0b') {
        paragraph += '\n';
      } else if (char >= ' ' || char === '\t') {
        paragraph += char;
      }
    }
  }
  if (paragraph.trim()) paragraphs.add('body', paragraph);
  return { blocks: paragraphs.blocks, links };
}

/** A structure's reading, or undefined when it points outside its stream. */
function unlessOutOfRange<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** The run holding a file position: runs come sorted by position, as the PAPX pages list them. */
function propertiesAt(runs: readonly ParagraphProperties[], fc: number): ParagraphProperties | undefined {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const run = runs[middle]!;
    if (fc < run.from) high = middle - 1;
    else if (fc >= run.to) low = middle + 1;
    else return run;
  }
  return undefined;
}

function slice(stream: Buffer, offset: number, length: number): Buffer {
  if (offset + length > stream.length) throw new RangeError('a structure points past the end of its stream');
  return stream.subarray(offset, offset + length);
}

/** The piece table of the CLX: skips the property modifiers (Prc), reads the PlcPcd. */
function pieceTable(clx: Buffer): Piece[] {
  let at = 0;
  while (clx[at] === 0x01) at += 3 + clx.readInt16LE(at + 1);
  if (clx[at] !== 0x02) throw new RangeError('the piece table is missing');
  const plc = slice(clx, at + 5, clx.readUInt32LE(at + 1));
  const count = (plc.length - 4) / 12;
  if (!Number.isInteger(count)) throw new RangeError('the piece table has a wrong size');
  return Array.from({ length: count }, (_, index) => {
    const value = plc.readUInt32LE((count + 1) * 4 + index * 8 + 2);
    const compressed = (value & 0x40000000) !== 0;
    const fc = value & 0x3fffffff;
    return { cpStart: plc.readUInt32LE(index * 4), cpEnd: plc.readUInt32LE(index * 4 + 4), fc: compressed ? fc / 2 : fc, compressed };
  });
}

/** Each run of paragraphs' style and outline level, from the PAPX formatted disk pages. */
function paragraphProperties(word: Buffer, plc: Buffer): ParagraphProperties[] {
  const count = (plc.length - 4) / 8;
  const runs: ParagraphProperties[] = [];
  for (let index = 0; index < count; index += 1) {
    const page = slice(word, (plc.readUInt32LE((count + 1) * 4 + index * 4) & 0x3fffff) * PAGE, PAGE);
    const crun = page[PAGE - 1]!;
    for (let run = 0; run < crun; run += 1) {
      const offset = page[(crun + 1) * 4 + run * 13]! * 2;
      if (offset === 0) continue;
      const cb = page[offset]!;
      const [start, size] = cb === 0 ? [offset + 2, page[offset + 1]! * 2] : [offset + 1, cb * 2 - 1];
      const properties = slice(page, start, size);
      runs.push({ from: page.readUInt32LE(run * 4), to: page.readUInt32LE(run * 4 + 4), istd: properties.readUInt16LE(0), outline: outlineSprm(properties.subarray(2)) });
    }
  }
  return runs;
}

/** The outline level a paragraph's property modifiers set, if any. */
function outlineSprm(grpprl: Buffer): number | undefined {
  for (let at = 0; at + 2 <= grpprl.length; ) {
    const sprm = grpprl.readUInt16LE(at);
    if (sprm === SPRM_OUTLINE_LEVEL) return grpprl[at + 2];
    const operand = [1, 1, 2, 4, 2, 2, 0, 3][sprm >> 13]!;
    // Variable-length operands carry their size first (sprmPChgTabs aside, which the size byte also bounds).
    at += 2 + (operand === 0 ? 1 + (grpprl[at + 2] ?? 0) : operand);
  }
  return undefined;
}

/**
 * The style sheet's styles by index ([MS-DOC] 2.9.271 STSH): each one's built-in identifier
 * (heading 1–9, toc 1–9, Title), its base, and, for a paragraph style, the outline level its
 * paragraph properties (UpxPapx) set. Empty slots are left out.
 */
function readStyles(stsh: Buffer): Map<number, WordStyle<number>> {
  const cbStshi = stsh.readUInt16LE(0);
  const cstd = stsh.readUInt16LE(2);
  // Stshif.cbSTDBaseInFile: the fixed part of each style (10 bytes, or 18 since Word 2000).
  const cbStdBase = stsh.readUInt16LE(4);
  const styles = new Map<number, WordStyle<number>>();
  for (let at = 2 + cbStshi, index = 0; index < cstd && at + 2 <= stsh.length; index += 1) {
    const size = stsh.readUInt16LE(at);
    const std = stsh.subarray(at + 2, Math.min(at + 2 + size, stsh.length));
    at += 2 + size;
    if (std.length < 4) continue;
    const sti = std.readUInt16LE(0) & 0x0fff;
    const base = std.readUInt16LE(2) >> 4;
    const outline = std.length >= 6 && (std.readUInt16LE(2) & 0x000f) === PARAGRAPH_STYLE ? styleOutline(std, cbStdBase) : undefined;
    styles.set(index, { builtIn: builtInRole(sti), outline, base: base === NO_BASE ? undefined : base });
  }
  return styles;
}

function builtInRole(sti: number): StyleRole | undefined {
  if (sti >= HEADING_STI.first && sti <= HEADING_STI.last) return { level: sti };
  if (sti >= TOC_STI.first && sti <= TOC_STI.last) return 'toc';
  return sti === TITLE_STI ? 'title' : undefined;
}

/** The outline level in a paragraph style's UpxPapx, after its name (an Xstz: a count, UTF-16 characters, a NUL), if the style sets one. */
function styleOutline(std: Buffer, cbStdBase: number): number | undefined {
  const name = cbStdBase;
  if (name + 2 > std.length) return undefined;
  const upx = name + 2 + std.readUInt16LE(name) * 2 + 2;
  if (upx + 2 > std.length) return undefined;
  const cbUpx = std.readUInt16LE(upx);
  // UpxPapx: the style's index, then its property modifiers.
  const papx = std.subarray(upx + 2, Math.min(upx + 2 + cbUpx, std.length));
  return papx.length > 2 ? outlineSprm(papx.subarray(2)) : undefined;
}
