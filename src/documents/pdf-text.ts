/**
 * A PDF's raw content read with PDFium (compiled to WebAssembly, @embedpdf/pdfium): metadata
 * title, outline, text lines with font sizes, links. Loaded only when a PDF is parsed, in a parse
 * worker (the sandbox watches its time and memory: PDFium's heap is the worker's resident memory).
 *
 * Text is read character by character through PDFium's exports themselves (not its JavaScript
 * wrappers, which convert arguments on each call): a long guide has a million characters.
 * PDFium marks the ends of lines and the spaces it infers with generated characters; a line's
 * font size is the one most of its characters have, each character's size being its font's size
 * (`Tf`) scaled by its text matrix, as it is printed on the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ParserStartError } from '../errors.js';
import { DocumentError } from './document-error.js';
import type { PdfContent, PdfLine, PdfOutlineEntry } from './pdf-content.js';

type Pdfium = Awaited<ReturnType<typeof import('@embedpdf/pdfium').init>>;

/** The module's memory, as views it replaces when the memory grows (so read them at each use). */
interface Memory {
  readonly HEAPU8: Uint8Array;
  readonly HEAP32: Int32Array;
  readonly HEAPF32: Float32Array;
  readonly HEAPF64: Float64Array;
  UTF16ToString(pointer: number, bytes: number): string;
  UTF8ToString(pointer: number, bytes: number): string;
}

/** The exports called per character or per page, with the C signatures PDFium gives them. */
interface Exports {
  malloc(size: number): number;
  free(pointer: number): void;
  FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  FPDF_CloseDocument(document: number): void;
  FPDF_GetLastError(): number;
  FPDF_GetPageCount(document: number): number;
  FPDF_LoadPage(document: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(text: number): void;
  FPDFText_CountChars(text: number): number;
  FPDFText_GetUnicode(text: number, index: number): number;
  FPDFText_IsGenerated(text: number, index: number): number;
  FPDFText_GetTextObject(text: number, index: number): number;
  FPDFText_GetFontSize(text: number, index: number): number;
  FPDFText_GetMatrix(text: number, index: number, matrix: number): number;
  FPDFText_GetCharOrigin(text: number, index: number, x: number, y: number): number;
  FPDFBookmark_GetFirstChild(document: number, bookmark: number): number;
  FPDFBookmark_GetNextSibling(document: number, bookmark: number): number;
  FPDFBookmark_GetTitle(bookmark: number, buffer: number, length: number): number;
  FPDFBookmark_GetDest(document: number, bookmark: number): number;
  FPDFBookmark_GetAction(bookmark: number): number;
  FPDFAction_GetType(action: number): number;
  FPDFAction_GetDest(document: number, action: number): number;
  FPDFAction_GetURIPath(document: number, action: number, buffer: number, length: number): number;
  FPDFAction_GetFilePath(action: number, buffer: number, length: number): number;
  FPDFDest_GetDestPageIndex(document: number, destination: number): number;
  FPDFLink_Enumerate(page: number, position: number, link: number): number;
  FPDFLink_GetAction(link: number): number;
}

/** FPDF_GetLastError's codes, and FPDFAction_GetType's. */
const ERROR = { format: 3, password: 4, security: 5 } as const;
const ACTION = { goTo: 1, remoteGoTo: 2, uri: 3 } as const;
/** Bookmarks deeper than this are not read. */
const OUTLINE_DEPTH = 9;
/** Scratch memory for the strings PDFium writes (titles, URIs, metadata); longer ones get their own. */
const SCRATCH_BYTES = 64 * 1024;
/** Scratch memory for out-parameters (a matrix of six floats, a point of two doubles), after the strings'. */
const OUT_BYTES = 32;

let loading: Promise<Pdfium> | undefined;

/**
 * PDFium, loaded once per worker. It says nothing on stderr (it would print there when its memory
 * cannot grow: the sandbox's watchdog reports that).
 */
export function loadPdfium(): Promise<Pdfium> {
  loading ??= (async () => {
    const { init } = await import('@embedpdf/pdfium');
    const wasm = readFileSync(createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm'));
    const quiet = () => {};
    const pdfium = await init({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength), print: quiet, printErr: quiet });
    pdfium.PDFiumExt_Init();
    return pdfium;
  })().catch((error: unknown) => {
    // The machine's fault, not the PDF's: a one-line error (exit 2), and the next PDF tries again.
    loading = undefined;
    throw new ParserStartError(`bundlelint cannot load PDFium (${error instanceof Error ? error.message : String(error)}); check that its installation is complete (npm ci)`);
  });
  return loading;
}

export async function readPdfContent(bytes: Uint8Array): Promise<PdfContent> {
  const pdfium = await loadPdfium();
  try {
    return read(pdfium, bytes);
  } catch (error) {
    // A trap (out of memory, a bug) leaves PDFium's memory as it was: the next document gets a new instance.
    if (!(error instanceof DocumentError)) loading = undefined;
    throw error;
  }
}

function read(pdfium: Pdfium, bytes: Uint8Array): PdfContent {
  const wasm = pdfium.pdfium.wasmExports as unknown as Exports;
  const data = wasm.malloc(Math.max(bytes.length, 1));
  const scratch = wasm.malloc(SCRATCH_BYTES + OUT_BYTES);
  try {
    if (!data || !scratch) throw new DocumentError(`PDFium could not hold its ${bytes.length} bytes in its memory`);
    (pdfium.pdfium as unknown as Memory).HEAPU8.set(bytes, data);
    const document = wasm.FPDF_LoadMemDocument(data, bytes.length, 0);
    if (!document) throw loadError(wasm.FPDF_GetLastError());
    try {
      const reader = new Reader(pdfium, wasm, document, scratch);
      const outline = reader.outline();
      const pages: PdfLine[][] = [];
      const links: string[] = [];
      const count = wasm.FPDF_GetPageCount(document);
      for (let index = 0; index < count; index += 1) {
        const page = wasm.FPDF_LoadPage(document, index);
        if (!page) {
          pages.push([]);
          continue;
        }
        try {
          pages.push(reader.lines(page));
          links.push(...reader.links(page));
        } finally {
          released(() => wasm.FPDF_ClosePage(page));
        }
      }
      return { title: reader.metadataTitle(), outline, pages, links };
    } finally {
      released(() => wasm.FPDF_CloseDocument(document));
    }
  } finally {
    released(() => wasm.free(scratch));
    released(() => wasm.free(data));
  }
}

/**
 * Frees what a read took. After a trap (out of memory, a bug) PDFium's memory is as the trap left
 * it and a call into it may trap again: that second error must not hide the first, and the
 * instance is dropped anyway (readPdfContent).
 */
function released(free: () => void): void {
  try {
    free();
  } catch {
    // The error being thrown is the one to report.
  }
}

/** Why PDFium refused a document (FPDF_GetLastError), as a reason the unreadable rule shows. */
function loadError(code: number): DocumentError {
  if (code === ERROR.password) return new DocumentError('it is password-protected');
  if (code === ERROR.format) return new DocumentError('it is not a valid PDF (PDFium found no readable cross-reference table or pages)');
  if (code === ERROR.security) return new DocumentError('it is encrypted with a security handler PDFium does not support');
  return new DocumentError(`PDFium could not open it (error ${code})`);
}

class Reader {
  private readonly memory: Memory;
  /** Where out-parameters are written. */
  private readonly out: number;

  constructor(
    private readonly pdfium: Pdfium,
    private readonly wasm: Exports,
    private readonly document: number,
    private readonly scratch: number,
  ) {
    this.memory = pdfium.pdfium as unknown as Memory;
    this.out = scratch + SCRATCH_BYTES;
  }

  metadataTitle(): string | undefined {
    return this.string((buffer, length) => this.pdfium.FPDF_GetMetaText(this.document, 'Title', buffer, length), 'utf16') || undefined;
  }

  /** Bookmarks depth first, each with its level (1 for the top) and the page it points to. */
  outline(): PdfOutlineEntry[] {
    const { wasm, document } = this;
    const entries: PdfOutlineEntry[] = [];
    const seen = new Set<number>();
    const walk = (parent: number, level: number): void => {
      // A bookmark met again (a loop in the outline's links) ends its list.
      for (let bookmark = wasm.FPDFBookmark_GetFirstChild(document, parent); bookmark && !seen.has(bookmark); bookmark = wasm.FPDFBookmark_GetNextSibling(document, bookmark)) {
        seen.add(bookmark);
        entries.push({ title: this.string((buffer, length) => wasm.FPDFBookmark_GetTitle(bookmark, buffer, length), 'utf16'), level, page: this.pageOf(bookmark) });
        if (level < OUTLINE_DEPTH) walk(bookmark, level + 1);
      }
    };
    walk(0, 1);
    return entries;
  }

  private pageOf(bookmark: number): number | undefined {
    const { wasm, document } = this;
    let destination = wasm.FPDFBookmark_GetDest(document, bookmark);
    if (!destination) {
      const action = wasm.FPDFBookmark_GetAction(bookmark);
      if (action && wasm.FPDFAction_GetType(action) === ACTION.goTo) destination = wasm.FPDFAction_GetDest(document, action);
    }
    const page = destination ? wasm.FPDFDest_GetDestPageIndex(document, destination) : -1;
    return page >= 0 ? page : undefined;
  }

  /** The page's text lines, each with the size most of its characters have. */
  lines(page: number): PdfLine[] {
    const { wasm } = this;
    const text = wasm.FPDFText_LoadPage(page);
    if (!text) return [];
    try {
      const lines: PdfLine[] = [];
      const matrix = this.out >> 2;
      const originX = this.out;
      const originY = this.out + 8;
      // The line so far, and how many of its visible characters each size has, in the order the sizes came.
      let characters = '';
      const sizes: number[] = [];
      const counts: number[] = [];
      let y: number | undefined;
      let object = 0;
      let size = 0;
      const finish = () => {
        const line = characters.trim();
        if (line) {
          // The size most characters have; of sizes as frequent, the first met.
          let most = 0;
          for (let at = 1; at < sizes.length; at += 1) if (counts[at]! > counts[most]!) most = at;
          lines.push({ text: line, size: sizes[most] ?? size, y: y ?? 0 });
        }
        characters = '';
        sizes.length = 0;
        counts.length = 0;
        y = undefined;
      };
      const count = wasm.FPDFText_CountChars(text);
      for (let index = 0; index < count; index += 1) {
        const unicode = wasm.FPDFText_GetUnicode(text, index);
        if (wasm.FPDFText_IsGenerated(text, index)) {
          if (unicode === 0x0a) finish();
          else if (unicode === 0x20) characters += ' ';
          continue;
        }
        if (unicode === 0x0d || unicode === 0x0a) {
          if (unicode === 0x0a) finish();
          continue;
        }
        const character = unicode > 0 && unicode <= 0x10ffff && (unicode < 0xd800 || unicode > 0xdfff) ? String.fromCodePoint(unicode) : '';
        characters += character;
        const owner = wasm.FPDFText_GetTextObject(text, index);
        if (owner !== object || !owner) {
          object = owner;
          wasm.FPDFText_GetMatrix(text, index, this.out);
          size = Math.round(wasm.FPDFText_GetFontSize(text, index) * Math.hypot(this.memory.HEAPF32[matrix + 2]!, this.memory.HEAPF32[matrix + 3]!) * 2) / 2;
        }
        if (y === undefined && wasm.FPDFText_GetCharOrigin(text, index, originX, originY)) y = this.memory.HEAPF64[originY >> 3]!;
        // Printable ASCII is visible; any other character is when it is not white space.
        if ((unicode > 0x20 && unicode < 0x7f) || character.trim()) {
          // As a Map's keys would be: a NaN size (a hostile matrix) is one size.
          const at = size === size ? sizes.indexOf(size) : sizes.findIndex((other) => other !== other);
          if (at < 0) {
            sizes.push(size);
            counts.push(1);
          } else counts[at] = counts[at]! + 1;
        }
      }
      finish();
      return lines;
    } finally {
      wasm.FPDFText_ClosePage(text);
    }
  }

  /** The web addresses the page's link annotations open: absolute, of a web, mail or telephone scheme. */
  links(page: number): string[] {
    const { wasm, document } = this;
    const urls: string[] = [];
    const position = this.out;
    const link = this.out + 4;
    this.memory.HEAP32[position >> 2] = 0;
    while (wasm.FPDFLink_Enumerate(page, position, link)) {
      const action = wasm.FPDFLink_GetAction(this.memory.HEAP32[link >> 2]!);
      if (!action) continue;
      const type = wasm.FPDFAction_GetType(action);
      const target =
        type === ACTION.uri ? this.string((buffer, length) => wasm.FPDFAction_GetURIPath(document, action, buffer, length), 'utf8')
        : type === ACTION.remoteGoTo ? this.string((buffer, length) => wasm.FPDFAction_GetFilePath(action, buffer, length), 'utf8')
        : '';
      const url = target ? webAddress(target) : undefined;
      if (url) urls.push(url);
    }
    return urls;
  }

  /**
   * A string PDFium writes with its terminator, `write(buffer, length)` giving the bytes it needs
   * (and writing nothing when they do not fit): in the scratch memory, else in a buffer its size.
   */
  private string(write: (buffer: number, length: number) => number, encoding: 'utf8' | 'utf16'): string {
    const terminator = encoding === 'utf16' ? 2 : 1;
    let buffer = this.scratch;
    let length = write(buffer, SCRATCH_BYTES);
    if (length > SCRATCH_BYTES) {
      buffer = this.wasm.malloc(length);
      if (!buffer) return '';
      length = write(buffer, length);
    }
    try {
      if (length <= terminator) return '';
      return encoding === 'utf16' ? this.memory.UTF16ToString(buffer, length - terminator) : this.memory.UTF8ToString(buffer, length - terminator);
    } finally {
      if (buffer !== this.scratch) this.wasm.free(buffer);
    }
  }
}

/** A link's target as an absolute URL of a scheme a reader can follow; `www.` addresses are taken as http. */
function webAddress(target: string): string | undefined {
  const withScheme = target.startsWith('www.') && (target.match(/\./g) ?? []).length >= 2 ? `http://${target}` : target;
  const url = URL.canParse(withScheme) ? new URL(withScheme) : undefined;
  return url && ['http:', 'https:', 'ftp:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : undefined;
}
