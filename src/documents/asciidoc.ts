/**
 * AsciiDoc read as the plain text it is written in (Proxmox's and NUT's documentation, Red Hat's modules): what a
 * reader of the rendered page never sees left out, literal blocks kept as code, and its own headings (`== Section`,
 * `.Procedure`). Two-line titles underline as plain text does (`=` `-` `~` `^` `+`, see plain-text.ts).
 */

/**
 * A sign that a text is AsciiDoc: a preprocessor directive or an anchor (its block delimiters underline titles in reStructuredText).
 * Its lines and the titles' below stop at every line end `m` knows ('\r', U+2028, U+2029): `$` matches before one that `[^\n]`
 * runs over, so in a text whose lines end so each line tried would be read to the text's end.
 */
const ASCIIDOC_MARKUP = /^(?:ifn?def|ifeval|endif|include)::[^\n\r\u2028\u2029[]*\[[^\n\r\u2028\u2029]*\]$|^\[\[[\w:.-]+(?:,[^\]\n\r\u2028\u2029]*)?\]\]$/m;
/**
 * A document's one-line title and a section's, one space after their marks and not closed by '=' (a wiki's "= Title =" is closed,
 * a comment box's "==  NOTICE file …" spaced): together they say AsciiDoc too.
 */
const DOCUMENT_TITLE = /^= \S(?:[^\n\r\u2028\u2029]*[^=\s])?$/m;
const SECTION_TITLE = /^={2,6} \S(?:[^\n\r\u2028\u2029]*[^=\s])?$/m;

/** Lines a reader never sees: preprocessor directives, anchors, block attributes (`[source,sh]`, `[NOTE]`), attribute entries (`:toc:`), comments. */
const HIDDEN_LINE = /^(?:(?:ifn?def|ifeval|endif|include)::[^[]*\[.*\]|\[\[[^\]]+\]\]|\[[\w#.%,=" :-]*\]|:!?[\w-]+!?:(?:\s.*)?|\/\/(?!\/).*)$/;
/** Delimiters of blocks whose lines a reader never sees: a comment block (`////`), a passthrough of raw markup (`++++`). */
const HIDDEN_BLOCK = /^(?:\/{4,}|\+{4,})$/;
/** Delimiters of literal blocks, shown as they are: a listing (`----`), a literal (`....`). */
const LITERAL_BLOCK = /^(?:-{4,}|\.{4,})$/;

/** A one-line title: `= Document Title`, `== Section`, up to level 6, with an optional closing run of `=` (`== Section ==`). */
const ONE_LINE_TITLE = /^(={1,6})[ \t]+(\S.*)$/;
/** A block's title: `.Prerequisites`, `.Procedure` (not an ellipsis, a dotted file name or a number). */
const BLOCK_TITLE = /^\.([\p{L}][^.\n]{0,79})$/u;

export interface AsciidocLines {
  /**
   * The lines a reader sees: a line of markup alone (a directive, an anchor, an attribute, a comment) left out, so that
   * the paragraph it sits in reads on; a block of hidden lines, or a literal block's delimiter, a blank line.
   */
  readonly lines: readonly string[];
  /** The line number in the text of each of `lines`. */
  readonly numbers: readonly number[];
  /** Indexes in `lines` of the lines of literal blocks: text, never headings. */
  readonly literal: ReadonlySet<number>;
}

/** The lines of `text` as AsciiDoc shows them, or undefined when nothing says the text is AsciiDoc. */
export function asciidocLines(text: string, lines: readonly string[]): AsciidocLines | undefined {
  if (!ASCIIDOC_MARKUP.test(text) && !(DOCUMENT_TITLE.test(text) && SECTION_TITLE.test(text))) return undefined;
  const shown: string[] = [];
  const numbers: number[] = [];
  const literal = new Set<number>();
  const keep = (line: string, index: number) => {
    shown.push(line);
    numbers.push(index + 1);
  };
  // The delimiter of the block being read, and whether its lines are hidden.
  let open: { readonly delimiter: string; readonly hidden: boolean } | undefined;
  lines.forEach((line, index) => {
    const written = line.trim();
    if (open) {
      const closes = written === open.delimiter;
      if (closes) open = undefined;
      else if (!open.hidden) {
        literal.add(shown.length);
        keep(line, index);
      }
      return;
    }
    if ((HIDDEN_BLOCK.test(written) || LITERAL_BLOCK.test(written)) && !underlines(shown.at(-1)?.trim() ?? '', written)) {
      open = { delimiter: written, hidden: HIDDEN_BLOCK.test(written) };
      keep('', index);
      return;
    }
    if (!HIDDEN_LINE.test(written)) keep(line, index);
  });
  return { lines: shown, numbers, literal };
}

/**
 * Whether a run of dashes or pluses underlines the line above it (a two-line title, its underline as long as the title give or take
 * two characters), rather than opening a block after a paragraph, a block's title (`.Verification`) or a list's continuation (`+`).
 */
function underlines(above: string, run: string): boolean {
  return above !== '' && above !== '+' && !BLOCK_TITLE.test(above) && Math.abs(above.length - run.length) <= 2;
}

/**
 * The level and text of an AsciiDoc heading written on one line: `== Section` is 2; a block's title (`.Procedure`), a
 * `label`, is one below `level`, the heading it is under. Undefined for other lines.
 */
export function asciidocHeading(line: string, level: number): { readonly level: number; readonly text: string; readonly label: boolean } | undefined {
  const title = ONE_LINE_TITLE.exec(line);
  if (title) {
    const text = title[2]!.trimEnd();
    // The closing run is the last word, cut by position: a pattern for it would retry every space of a long run.
    const space = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t'));
    const closed = space >= 0 && /^=+$/.test(text.slice(space + 1));
    return { level: title[1]!.length, text: closed ? text.slice(0, space).trimEnd() : text, label: false };
  }
  const block = BLOCK_TITLE.exec(line);
  return block ? { level: level + 1, text: block[1]!, label: true } : undefined;
}
