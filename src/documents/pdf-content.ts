/** What PDFium gives of a PDF: the raw material headings are found in. */
export interface PdfContent {
  readonly title: string | undefined;
  readonly outline: readonly PdfOutlineEntry[];
  /** Each page's text lines, in the order PDFium reads them. */
  readonly pages: readonly (readonly PdfLine[])[];
  readonly links: readonly string[];
}

export interface PdfOutlineEntry {
  readonly title: string;
  readonly level: number;
  /** 0-based page the bookmark points to, when it could be resolved. */
  readonly page: number | undefined;
}

export interface PdfLine {
  readonly text: string;
  /** Font size in points, to the half point. */
  readonly size: number;
  readonly y: number;
}
