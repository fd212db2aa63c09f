import { CHARSET_CODE_PAGES, codePageDecoder, windows1252, type Decoder } from './code-page.js';
import { DocumentError } from './document-error.js';
import { buildDocument, type Block, type ParsedDocument } from './document.js';
import { documentHeadings, SizeTally } from './typeset-headings.js';

/** Destinations whose text is not the document's body. */
const SKIPPED_DESTINATIONS = new Set([
  'colortbl', 'pict', 'object', 'themedata', 'datastore', 'latentstyles', 'listtable', 'listoverridetable',
  'rsidtbl', 'generator', 'xmlnstbl', 'mmathPr', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr',
  'footerf', 'filetbl', 'revtbl', 'bkmkstart', 'bkmkend', 'xe', 'tc', 'footnote', 'annotation', 'atnid', 'atnauthor',
  'pnseclvl', 'listtext', 'pntext', 'pntxta', 'pntxtb', 'template', 'nonshppict', 'shppict', 'shp', 'wgrffmtfilter',
]);
const SYMBOLS: Record<string, string> = {
  emdash: '-', endash: '-', bullet: '*', lquote: "'", rquote: "'", ldblquote: '"', rdblquote: '"', tab: ' ', line: '\n', cell: ' ', emspace: ' ', enspace: ' ',
};
const MAX_GROUP_DEPTH = 256;

interface GroupState {
  /** What this group's text is: the body, skipped, the title, a style definition, a field instruction, the font table. */
  destination: 'body' | 'skip' | 'title' | 'style' | 'stylesheet' | 'fldinst' | 'fonttbl';
  /** Characters that follow `\uN` as its fallback, skipped. */
  uc: number;
  /** The size characters are set in, in half-points (`\fsN`). */
  size: number;
  /** The font characters are set in (`\fN`): its character set may say what their bytes mean. */
  font: number;
}

/** The size RTF sets characters in without `\fsN`: 12 pt. */
const DEFAULT_SIZE = 24;

/**
 * An RTF document, read by a small tokenizer: paragraphs end at `\par`, headings come from
 * the paragraph's `\outlinelevelN` or its style's (`\sN` in the style sheet, by outline level
 * or by a "heading N" name), the title paragraph from a style named "Title"; the properties'
 * title from `\info`, link targets from HYPERLINK fields. Without any styled heading, headings
 * are read from the type (`\fsN`; WordPad and TextEdit write no styles), else by the plain-text
 * conventions (see `documentHeadings`).
 */
export function rtfDocument(bytes: Buffer): ParsedDocument {
  const source = bytes.toString('latin1');
  if (!source.startsWith('{\\rtf')) throw new DocumentError('it does not start with an RTF header');
  /** The document's code page (`\ansicpgN`, `\mac`), and the code pages of fonts that name their own character set (`\fcharsetN`). */
  let codePage: Decoder = windows1252;
  const fontDecoders = new Map<number, Decoder>();
  let defaultFont = 0;
  /** The font the font table's entry is defining (`\fN` opens each): none until it names one. */
  let tableFont: number | undefined;
  const styles = new Map<number, number>();
  /** Styles named "Title": the paragraph is the document's title. */
  const titles = new Set<number>();
  const blocks: Block[] = [];
  /** The size most characters of each block are set in, as `blocks` holds them. */
  const blockSizes: (number | undefined)[] = [];
  const sizes = new SizeTally();
  const links: string[] = [];
  let title = '';
  let paragraph = '';
  let paragraphStyle = 0;
  let paragraphOutline: number | undefined;
  let style = { number: 0, outline: undefined as number | undefined, name: '' };
  let field = '';
  const stack: GroupState[] = [];
  let state: GroupState = { destination: 'body', uc: 1, size: DEFAULT_SIZE, font: 0 };
  let pendingSkip = 0;
  /**
   * Bytes of text (`\'hh` escapes and 8-bit characters) not yet decoded, as a binary string: a run is decoded
   * at once, so that a double-byte code page's two bytes (Shift-JIS "\'83\'65", or a lead byte and an ASCII one) make one character.
   */
  let undecoded = '';
  let starred = false;

  /** Drops what follows `\uN` as its fallback: `\ucN` bytes, escaped or not, or a control word. */
  const skipFallback = (text: string) => {
    const skipped = Math.min(pendingSkip, text.length);
    pendingSkip -= skipped;
    return text.slice(skipped);
  };
  const emit = (text: string) => {
    if (pendingSkip > 0) text = skipFallback(text);
    if (!text) return;
    if (state.destination === 'body') {
      paragraph += text;
      sizes.add(state.size, text);
    } else if (state.destination === 'title') title += text;
    else if (state.destination === 'style') style.name += text;
    else if (state.destination === 'fldinst') field += text;
  };
  const endParagraph = () => {
    const level = paragraphOutline ?? styles.get(paragraphStyle);
    if (paragraphOutline === undefined && titles.has(paragraphStyle)) blocks.push({ kind: 'heading', level: 1, text: paragraph, title: true });
    else blocks.push(level !== undefined && level < 9 ? { kind: 'heading', level: level + 1, text: paragraph } : { kind: 'text', text: paragraph });
    blockSizes.push(sizes.take());
    paragraph = '';
  };
  /** The run of bytes read so far, in the code page of the font it is set in, else the document's. */
  const decodeBytes = () => {
    if (undecoded === '') return;
    emit((fontDecoders.get(state.font) ?? codePage).decode(Buffer.from(undecoded, 'latin1')));
    undecoded = '';
  };

  const token = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([\r\n]+)|([^\\{}\r\n]+)/gy;
  for (let match = token.exec(source); match; match = token.exec(source)) {
    const [, word, parameter, hex, symbol, brace, lineBreak, text] = match;
    // Line breaks are no text in RTF, nor do they end a run of bytes.
    if (lineBreak !== undefined) continue;
    if (hex !== undefined) {
      if (pendingSkip > 0) pendingSkip -= 1;
      else undecoded += String.fromCharCode(parseInt(hex, 16));
      continue;
    }
    // An escaped backslash or brace is a byte of the run too: the second byte of a Shift-JIS pair may be one ("\'83\\" is ソ).
    const literal = symbol === '\\' || symbol === '{' || symbol === '}' ? symbol : text;
    if (literal !== undefined) {
      const kept = pendingSkip > 0 ? skipFallback(literal) : literal;
      // ASCII reads the same in every code page: only a run's 8-bit bytes, and what follows an escape, wait to be decoded.
      if (undecoded === '' && !/[\x80-\xff]/.test(kept)) emit(kept);
      else undecoded += kept;
      continue;
    }
    decodeBytes();
    // A fallback stops at a brace: "{\u8364}Kestrel" under \uc3 keeps "Kes", as readers do.
    if (brace !== undefined) pendingSkip = 0;
    if (brace === '{') {
      stack.push(state);
      if (stack.length > MAX_GROUP_DEPTH) throw new DocumentError(`its groups nest deeper than ${MAX_GROUP_DEPTH}`);
      const entry = state.destination === 'stylesheet';
      if (state.destination === 'fonttbl') tableFont = undefined;
      state = { ...state, destination: entry ? 'style' : state.destination };
      if (entry) style = { number: 0, outline: undefined, name: '' };
    } else if (brace === '}') {
      if (state.destination === 'style' && stack.at(-1)?.destination === 'stylesheet') defineStyle(styles, titles, style);
      if (state.destination === 'fldinst') {
        // Anchored: a field instruction opens with its type, and an unanchored search rescans from every "HYPERLINK".
        const target = /^\s*HYPERLINK\s+"([^"]+)"/.exec(field);
        if (target) links.push(target[1]!);
        field = '';
      }
      state = stack.pop() ?? state;
      starred = false;
    } else if (symbol !== undefined) {
      if (symbol === '*') starred = true;
      else if (symbol === '~') emit(' ');
      else if (symbol === '_') emit('-');
      // The RTF specification: a backslash before a carriage return or line feed is a \par (Cocoa's TextEdit writes every line break so).
      else if ((symbol === '\n' || symbol === '\r') && state.destination === 'body') endParagraph();
    } else if (word !== undefined) {
      const value = parameter === undefined ? undefined : Number(parameter);
      if (starred && !['fldinst', 'title'].includes(word)) state.destination = 'skip';
      starred = false;
      if (SKIPPED_DESTINATIONS.has(word)) state.destination = 'skip';
      else if (word === 'stylesheet') state.destination = 'stylesheet';
      else if (word === 'info') state.destination = 'skip';
      else if (word === 'title') state.destination = 'title';
      else if (word === 'fldinst') state.destination = 'fldinst';
      else if (word === 'fonttbl') state.destination = 'fonttbl';
      else if (state.destination === 'fonttbl') {
        if (word === 'f') tableFont = value ?? 0;
        const charset = word === 'fcharset' && value !== undefined ? CHARSET_CODE_PAGES[value] : undefined;
        const decoder = charset === undefined ? undefined : codePageDecoder(charset);
        if (decoder && tableFont !== undefined) fontDecoders.set(tableFont, decoder);
      } else if (word === 'ansicpg' && value) codePage = codePageDecoder(value) ?? codePage;
      else if (word === 'mac') codePage = codePageDecoder(10000) ?? codePage;
      else if (word === 'deff') defaultFont = state.font = value ?? 0;
      else if (word === 'f') state.font = value ?? 0;
      else if (word === 'uc' && value !== undefined) state.uc = Math.min(Math.max(value, 0), 8);
      else if (word === 'u' && value !== undefined) {
        emit(String.fromCharCode(value < 0 ? value + 65536 : value));
        pendingSkip = state.uc;
      } else if (state.destination === 'style') {
        if (word === 's') style.number = value ?? 0;
        if (word === 'outlinelevel') style.outline = value;
      } else if (state.destination === 'body') {
        if (word === 'par' || word === 'sect' || word === 'page' || word === 'row') endParagraph();
        else if (word === 'pard') [paragraphStyle, paragraphOutline] = [0, undefined];
        else if (word === 's') paragraphStyle = value ?? 0;
        else if (word === 'outlinelevel') paragraphOutline = value;
        else if (word === 'fs') state.size = value ?? DEFAULT_SIZE;
        else if (word === 'plain') [state.size, state.font] = [DEFAULT_SIZE, defaultFont];
        else if (SYMBOLS[word]) emit(SYMBOLS[word]);
      }
    }
  }
  decodeBytes();
  if (paragraph.trim()) endParagraph();
  return buildDocument(documentHeadings(blocks, blockSizes), { metadataTitle: title, links });
}

function defineStyle(styles: Map<number, number>, titles: Set<number>, style: { number: number; outline: number | undefined; name: string }): void {
  // Trimmed first: a pattern with white space on both sides of an optional `;` backtracks over long runs of spaces.
  const trimmed = style.name.trim();
  const name = (trimmed.endsWith(';') ? trimmed.slice(0, -1) : trimmed).trim().toLowerCase();
  if (name === 'title') titles.add(style.number);
  const named = /^heading\s*(\d)$/.exec(name);
  const level = style.outline ?? (named ? Number(named[1]) - 1 : undefined);
  if (level !== undefined) styles.set(style.number, level);
}
