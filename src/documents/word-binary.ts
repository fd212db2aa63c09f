import { TextDecoder } from 'node:util';
import type { Block } from './document.js';

/** Offsets in the File Information Block of a Word 97–2003 document ([MS-DOC] 2.5). */
const FIB_FLAGS = 0x0a;
const WHICH_TABLE_STREAM = 0x0200;
const CCP_TEXT = 0x4c;
const FC_LCB_BLOB = 0x9a;
const FC_LCB = { stshf: 1, plcfBtePapx: 13, clx: 33 } as const;
const PAGE = 512;
/** sprmPOutLvl: a paragraph's own outline level. */
const SPRM_OUTLINE_LEVEL = 0x2640;
/** Built-in style identifiers 1–9 are "heading 1"–"heading 9", whatever the language of the name. */
const HEADING_STI = { first: 1, last: 9 };
const TITLE_STI = 62;
const BODY_OUTLINE = 9;

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
 * followed, gives the paragraphs without levels and `styled` false.
 */
export function wordBinaryBlocks(word: Buffer, tables: { readonly '0Table'?: Buffer; readonly '1Table'?: Buffer }): { blocks: Block[]; links: string[]; styled: boolean } {
  const table = word.readUInt16LE(FIB_FLAGS) & WHICH_TABLE_STREAM ? tables['1Table'] : tables['0Table'];
  if (!table) throw new RangeError('the table stream is missing');
  const fcLcb = (index: number) => [word.readUInt32LE(FC_LCB_BLOB + index * 8), word.readUInt32LE(FC_LCB_BLOB + index * 8 + 4)] as const;
  const pieces = pieceTable(slice(table, ...fcLcb(FC_LCB.clx)));
  const properties = unlessOutOfRange(() => paragraphProperties(word, slice(table, ...fcLcb(FC_LCB.plcfBtePapx))));
  const levels = unlessOutOfRange(() => styleLevels(slice(table, ...fcLcb(FC_LCB.stshf))));
  const ccpText = word.readUInt32LE(CCP_TEXT);
  const cp1252 = new TextDecoder('windows-1252');

  const blocks: Block[] = [];
  const links: string[] = [];
  let paragraph = '';
  let instruction = '';
  const fields: ('code' | 'result')[] = [];
  for (const piece of pieces) {
    const length = Math.max(Math.min(piece.cpEnd, ccpText) - piece.cpStart, 0);
    const width = piece.compressed ? 1 : 2;
    const bytes = slice(word, piece.fc, length * width);
    const text = piece.compressed ? cp1252.decode(bytes) : bytes.toString('utf16le');
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
        const level = found && (found.outline !== undefined && found.outline < BODY_OUTLINE ? found.outline + 1 : levels?.get(found.istd));
        blocks.push(level ? { kind: 'heading', level, text: paragraph } : { kind: 'text', text: paragraph });
        paragraph = '';
      } else if (char === '\x0b') {
        paragraph += '\n';
      } else if (char >= ' ' || char === '\t') {
        paragraph += char;
      }
    }
  }
  if (paragraph.trim()) blocks.push({ kind: 'text', text: paragraph });
  return { blocks, links, styled: properties !== undefined && levels !== undefined };
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

/** Heading levels by style index: built-in identifiers 1–9 (and Title), following each style's base. */
function styleLevels(stsh: Buffer): Map<number, number> {
  const cbStshi = stsh.readUInt16LE(0);
  const cstd = stsh.readUInt16LE(2);
  const styles: { sti: number; base: number }[] = [];
  for (let at = 2 + cbStshi, index = 0; index < cstd && at + 2 <= stsh.length; index += 1) {
    const size = stsh.readUInt16LE(at);
    styles.push(size >= 4 ? { sti: stsh.readUInt16LE(at + 2) & 0x0fff, base: stsh.readUInt16LE(at + 4) >> 4 } : { sti: -1, base: 0x0fff });
    at += 2 + size;
  }
  const levels = new Map<number, number>();
  styles.forEach((_, istd) => {
    for (let at = istd, visits = 0; at < styles.length && visits < 16; visits += 1) {
      const { sti, base } = styles[at]!;
      if (sti >= HEADING_STI.first && sti <= HEADING_STI.last) levels.set(istd, sti);
      if (sti === TITLE_STI) levels.set(istd, 1);
      if (levels.has(istd) || base === 0x0fff) break;
      at = base;
    }
  });
  return levels;
}
