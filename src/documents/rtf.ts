import { decoderOf, windows1252 } from './code-page.js';
import { DocumentError } from './document-error.js';
import { buildDocument, type Block, type ParsedDocument } from './document.js';
import { documentHeadings, SizeTally } from './typeset-headings.js';

/** Destinations whose text is not the document's body. */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'pict', 'object', 'themedata', 'datastore', 'latentstyles', 'listtable', 'listoverridetable',
  'rsidtbl', 'generator', 'xmlnstbl', 'mmathPr', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr',
  'footerf', 'filetbl', 'revtbl', 'bkmkstart', 'bkmkend', 'xe', 'tc', 'footnote', 'annotation', 'atnid', 'atnauthor',
  'pnseclvl', 'listtext', 'pntext', 'pntxta', 'pntxtb', 'template', 'nonshppict', 'shppict', 'shp', 'wgrffmtfilter',
]);
const SYMBOLS: Record<string, string> = {
  emdash: '-', endash: '-', bullet: '*', lquote: "'", rquote: "'", ldblquote: '"', rdblquote: '"', tab: ' ', line: '\n', cell: ' ', emspace: ' ', enspace: ' ',
};
const MAX_GROUP_DEPTH = 256;

interface GroupState {
  /** What this group's text is: the body, skipped, the title, a style definition, a field instruction. */
  destination: 'body' | 'skip' | 'title' | 'style' | 'stylesheet' | 'fldinst';
  /** Characters that follow `\uN` as its fallback, skipped. */
  uc: number;
  /** The size characters are set in, in half-points (`\fsN`). */
  size: number;
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
  let decoder = windows1252;
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
  let state: GroupState = { destination: 'body', uc: 1, size: DEFAULT_SIZE };
  let pendingSkip = 0;
  let starred = false;

  const emit = (text: string) => {
    if (pendingSkip > 0) {
      const skipped = Math.min(pendingSkip, text.length);
      pendingSkip -= skipped;
      text = text.slice(skipped);
    }
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

  const token = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([\r\n]+)|([^\\{}\r\n]+)/gy;
  for (let match = token.exec(source); match; match = token.exec(source)) {
    const [, word, parameter, hex, symbol, brace, , text] = match;
    if (brace === '{') {
      stack.push(state);
      if (stack.length > MAX_GROUP_DEPTH) throw new DocumentError(`its groups nest deeper than ${MAX_GROUP_DEPTH}`);
      const entry = state.destination === 'stylesheet';
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
    } else if (hex !== undefined) {
      emit(decoder.decode(Buffer.from([parseInt(hex, 16)])));
    } else if (symbol !== undefined) {
      if (symbol === '*') starred = true;
      else if (symbol === '~') emit(' ');
      else if (symbol === '_') emit('-');
      else if (symbol === '\\' || symbol === '{' || symbol === '}') emit(symbol);
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
      else if (word === 'ansicpg' && value) decoder = decoderOf(`windows-${value}`) ?? decoder;
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
        else if (word === 'plain') state.size = DEFAULT_SIZE;
        else if (SYMBOLS[word]) emit(SYMBOLS[word]);
      }
    } else if (text !== undefined) {
      emit(text);
    }
  }
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
