/**
 * The rows of a word processor's tables (DOCX `w:tbl`, ODT `table:table`) read as HTML and Markdown
 * tables read: one line a row, its cells apart by " | " ("Release date | 2026 April 29", "Option |
 * Default | Description"), not a paragraph a cell, which parts a row's label from its value. A row of
 * one cell (a table used to lay out a page, a boxed note) keeps its paragraphs as they are, styles
 * and all. A nested table's paragraphs are text of the cell that holds it.
 */
export class TableRows {
  private depth = 0;
  /** The paragraphs of each cell of the outermost table's open row, each with how to read it outside a table. */
  private row: { text: string; emit: () => void }[][] | undefined;

  openTable(): void {
    this.depth += 1;
  }

  closeTable(): void {
    this.depth = Math.max(0, this.depth - 1);
  }

  openRow(): void {
    if (this.depth === 1) this.row = [];
  }

  openCell(): void {
    if (this.depth === 1) this.row?.push([]);
  }

  /** Takes a paragraph into the open row's cell, to be read when the row closes; false outside a table, where it is read as it is. */
  paragraph(text: string, emit: () => void): boolean {
    const cell = this.row?.at(-1);
    if (!cell) return false;
    cell.push({ text, emit });
    return true;
  }

  /** Ends a row of the outermost table: its line when two of its cells hold text (else its paragraphs are read as they are), else undefined. */
  closeRow(): string | undefined {
    if (this.depth !== 1 || !this.row) return undefined;
    const cells = this.row;
    this.row = undefined;
    const texts = cells.map((cell) => cell.map((paragraph) => paragraph.text.trim()).filter(Boolean).join(' ')).filter(Boolean);
    if (texts.length >= 2) return texts.join(' | ');
    for (const cell of cells) for (const paragraph of cell) paragraph.emit();
    return undefined;
  }
}
