import { CELL_SEPARATOR } from './document.js';

/** Paragraphs a data table's cell holds at most; more make the row a page's layout. */
const CELL_PARAGRAPHS = 3;

/**
 * The rows of a word processor's tables (DOCX `w:tbl`, ODT `table:table`) read as HTML and Markdown
 * tables read: one line a row, its cells apart by " | " ("Release date | 2026 April 29", "Option |
 * Default | Description"), not a paragraph a cell, which parts a row's label from its value. A row
 * that lays out a page rather than holding data keeps its paragraphs as they are, styles and all: one
 * of a single cell (a boxed note), or one whose cells hold headings or more than a few paragraphs (a
 * sidebar beside the content). A nested table's paragraphs are text of the cell that holds it.
 */
export class TableRows {
  private depth = 0;
  /** The paragraphs of each cell of the outermost table's open row, each with how to read it outside a table. */
  private row: { text: string; heading: boolean; emit: () => void }[][] | undefined;

  /** `elements`: the format's names of a table, a row and a cell (`w:tbl`, `w:tr`, `w:tc`). */
  constructor(private readonly elements: { readonly table: string; readonly row: string; readonly cell: string }) {}

  /** Takes an element's start: a table's, a row's or a cell's opens it; any other is none of its business. */
  open(name: string): void {
    if (name === this.elements.table) this.depth += 1;
    else if (name === this.elements.row && this.depth === 1) this.row = [];
    else if (name === this.elements.cell && this.depth === 1) this.row?.push([]);
  }

  /** Takes an element's end: a row's gives its line (see `closeRow`), a table's closes it. */
  close(name: string): string | undefined {
    if (name === this.elements.table) this.depth = Math.max(0, this.depth - 1);
    return name === this.elements.row ? this.closeRow() : undefined;
  }

  /** Takes a paragraph (a heading or not) into the open row's cell, to be read when the row closes; false outside a table, where it is read as it is. */
  paragraph(text: string, heading: boolean, emit: () => void): boolean {
    const cell = this.row?.at(-1);
    if (!cell) return false;
    cell.push({ text, heading, emit });
    return true;
  }

  /** Ends a row of the outermost table: its line when two of its cells hold text (else its paragraphs are read as they are), else undefined. */
  private closeRow(): string | undefined {
    if (this.depth !== 1 || !this.row) return undefined;
    const cells = this.row;
    this.row = undefined;
    const texts = cells.map((cell) => cell.map((paragraph) => paragraph.text.trim()).filter(Boolean).join(' ')).filter(Boolean);
    const layout = cells.some((cell) => cell.length > CELL_PARAGRAPHS || cell.some((paragraph) => paragraph.heading));
    if (texts.length >= 2 && !layout) return texts.join(CELL_SEPARATOR);
    for (const cell of cells) for (const paragraph of cell) paragraph.emit();
    return undefined;
  }
}
