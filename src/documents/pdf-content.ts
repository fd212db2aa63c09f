/** What the PDF worker sends back: the raw material the main thread finds headings in. */
export interface PdfContent {
  readonly title: string | undefined;
  readonly outline: readonly PdfOutlineEntry[];
  /** Each page's text lines, top to bottom as pdf.js gives them. */
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

export interface PdfRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
}

export type PdfResponse =
  | { readonly id: number; readonly content: PdfContent }
  | { readonly id: number; readonly error: { readonly name: string; readonly message: string } };
