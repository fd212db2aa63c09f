import { ParserStartError } from '../errors.js';
import { DocumentError } from './document-error.js';
import { buildDocument, normalizeText, type Block, type ParsedDocument } from './document.js';
import type { PdfContent, PdfLine } from './pdf-content.js';
import { isVersionLine } from '../formats/versions.js';

/** A line at least this much larger than the body text is a heading. */
const HEADING_RATIO = 1.12;
/** A table-of-contents line: dot leaders or a gap, then a page number. Tested on a line's end only. */
const TOC_LINE = /(?:\.\s*){4,}\s*\d+$|\s{2,}\d+$/;
const TOC_TAIL = 200;

/**
 * A PDF: text from PDFium (loaded on first use), in the parse worker. Headings come from the
 * bookmarks (outline) when the PDF has them, else from font sizes: the size most characters
 * have is the body; lines clearly larger are headings, ranked by size into levels.
 */
export async function pdfDocument(bytes: Buffer): Promise<ParsedDocument> {
  const { readPdfContent } = await import('./pdf-text.js');
  const content = await readPdfContent(new Uint8Array(bytes)).catch((error: unknown) => {
    throw error instanceof DocumentError || error instanceof ParserStartError ? error : new DocumentError(`PDFium could not read it (${error instanceof Error ? error.message : String(error)})`);
  });
  const pages = withoutRunningHeads(content.pages);
  const blocks = content.outline.length > 0 ? outlineBlocks(pages, content) : sizeBlocks(pages);
  return buildDocument(blocks, { metadataTitle: content.title, links: content.links, cover: coverTitle(pages[0] ?? []) });
}

/** A cover line that goes on with the title besides the version alone ("1.4", "Version 1.3", see `isVersionLine`): the kind of document ("Release Notes", "Product Guide"). */
const COVER_CONTINUATION = /^(?:release notes|(?:product|user|installation|install|administration|administrator's|configuration|deployment|reference|upgrade|support|troubleshooting|quick ?start|getting started) guide|user manual)$/i;
/** Cover lines read after the first: a title spelt over more is no cover's. */
const COVER_LINES = 3;

/**
 * The title a cover page spells over several lines: its first line, then the lines that go on
 * with it (see `COVER_CONTINUATION`) up to the first that does not ("Rev. 03", "September 2020").
 * Undefined when no line goes on with the first.
 */
function coverTitle(page: readonly PdfLine[]): string | undefined {
  const [first, ...rest] = page;
  if (!first) return undefined;
  const lines = [first.text.trim()];
  for (const line of rest.slice(0, COVER_LINES)) {
    if (!isVersionLine(line.text.trim()) && !COVER_CONTINUATION.test(line.text.trim())) break;
    lines.push(line.text.trim());
  }
  return lines.length > 1 ? lines.join(' ') : undefined;
}

function isTocLine(text: string): boolean {
  return TOC_LINE.test(text.length > TOC_TAIL ? text.slice(-TOC_TAIL) : text);
}

/** Drops lines repeated at the top or bottom of most pages (running heads, footers, page numbers). */
function withoutRunningHeads(pages: readonly (readonly PdfLine[])[]): PdfLine[][] {
  const key = (line: PdfLine) => line.text.replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const line of new Set([...page.slice(0, 2), ...page.slice(-2)].map(key))) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const repeated = (line: PdfLine) => pages.length >= 3 && (counts.get(key(line)) ?? 0) >= Math.max(3, pages.length / 2);
  return pages.map((page) => page.filter((line, index) => !((index < 2 || index >= page.length - 2) && repeated(line)) && !/^\d+$/.test(line.text)));
}

/**
 * Bookmarks are the headings: each is placed at the line of its page that carries its title (or
 * the first line of a title wrapped over several). Bookmarks are looked up by their title and by
 * each of its word prefixes, so placing them costs time linear in the outline and the text.
 */
function outlineBlocks(pages: readonly PdfLine[][], content: PdfContent): Block[] {
  const comparable = (text: string) => normalizeText(text).toLowerCase().replace(/^[\d.\s]+/, '').replace(/\s+/g, ' ').trim();
  const entries = content.outline.map((entry, order) => ({ ...entry, order, key: comparable(entry.title), placed: false }));
  type Entry = (typeof entries)[number];
  const byPage = new Map<number | undefined, Entry[]>();
  for (const entry of entries) {
    const group = byPage.get(entry.page);
    if (group) group.push(entry);
    else byPage.set(entry.page, [entry]);
  }
  // Lookups for the bookmarks of one page (or of no page): by whole title, and by word prefixes of 8 characters or more.
  const lookups = (group: readonly Entry[]) => {
    const whole = new Queues<Entry>();
    const prefix = new Queues<Entry>();
    for (const entry of group) {
      whole.add(entry.key, entry);
      for (let space = entry.key.indexOf(' '); space >= 0; space = entry.key.indexOf(' ', space + 1)) if (space >= 8) prefix.add(entry.key.slice(0, space), entry);
    }
    return { whole, prefix };
  };
  const unplaced = (entry: Entry) => !entry.placed;
  const anywhere = lookups(byPage.get(undefined) ?? []);
  const blocks: Block[] = [];
  let wrapped = '';
  pages.forEach((page, index) => {
    const here = lookups(byPage.get(index) ?? []);
    for (const line of page) {
      const text = comparable(line.text);
      // The rest of a title wrapped over several lines.
      if (wrapped && text && wrapped.startsWith(text)) {
        wrapped = wrapped.slice(text.length).trim();
        continue;
      }
      wrapped = '';
      const found = [here.whole.first(text, unplaced), anywhere.whole.first(text, unplaced), ...(text.length >= 8 ? [here.prefix.first(text, unplaced), anywhere.prefix.first(text, unplaced)] : [])];
      const entry = found.reduce<Entry | undefined>((best, candidate) => (candidate && (!best || candidate.order < best.order) ? candidate : best), undefined);
      if (entry) {
        entry.placed = true;
        wrapped = entry.key.slice(text.length).trim();
        blocks.push({ kind: 'heading', level: entry.level, text: entry.title });
      } else if (!isTocLine(line.text)) {
        blocks.push({ kind: 'text', text: line.text });
      }
    }
    // Bookmarks whose title is not printed as such still open a section where the next page starts.
    for (const entry of byPage.get(index) ?? []) if (unplaced(entry)) placeAt(entry);
  });
  function placeAt(entry: Entry): void {
    entry.placed = true;
    blocks.push({ kind: 'heading', level: entry.level, text: entry.title });
  }
  // Bookmarks that point nowhere and whose title is printed nowhere still name a section.
  for (const entry of entries) if (unplaced(entry)) placeAt(entry);
  return blocks;
}

/** Values by key, each list consumed from its front: every value is passed over at most once. */
class Queues<T> {
  private readonly lists = new Map<string, { values: T[]; head: number }>();

  add(key: string, value: T): void {
    const list = this.lists.get(key);
    if (list) list.values.push(value);
    else this.lists.set(key, { values: [value], head: 0 });
  }

  /** The first value under `key` that is still `wanted`; those before it are dropped for good. */
  first(key: string, wanted: (value: T) => boolean): T | undefined {
    const list = this.lists.get(key);
    if (!list) return undefined;
    while (list.head < list.values.length && !wanted(list.values[list.head]!)) list.head += 1;
    return list.values[list.head];
  }
}

/** A numbered entry of a table of contents: "6.1 Quick setup guide 18", with dot leaders or a plain space before its page. */
const NUMBERED_TOC_ENTRY = /^(\d+(?:\.\d+)*)\.?\s+(\S.*?)(?:\s*(?:\.\s*){2,}|\s+)\d+$/;
/** The outline number a heading starts with ("6.1 Quick setup guide" is at depth 2). */
const OUTLINE_NUMBER = /^(\d+(?:\.\d+)*)\.?\s/;

const depthOf = (text: string) => OUTLINE_NUMBER.exec(text)?.[1]!.split('.').length;

/**
 * The numbered entries a table of contents lists, by their text without the page number, each
 * with the page it is listed on: a line printed later with that very text is the heading, even
 * at body size (word processors set lower headings bold at body size).
 */
function tableOfContents(pages: readonly PdfLine[][]): Map<string, number> {
  const entries = new Map<string, number>();
  pages.forEach((page, index) => {
    for (const line of page) {
      const entry = NUMBERED_TOC_ENTRY.exec(line.text.trim());
      const key = entry && `${entry[1]} ${entry[2]!.replace(/\s+/g, ' ')}`;
      if (key && !entries.has(key)) entries.set(key, index);
    }
  });
  return entries;
}

/**
 * Headings by font size; wrapped titles (consecutive heading lines of one size) are merged. A line
 * at body size that a table of contents lists before it is a heading too, one level below the
 * heading it is numbered under.
 */
function sizeBlocks(pages: readonly PdfLine[][]): Block[] {
  const characters = new Map<number, number>();
  for (const line of pages.flat()) characters.set(line.size, (characters.get(line.size) ?? 0) + line.text.length);
  const body = [...characters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const isHeading = (line: PdfLine) => line.size >= body * HEADING_RATIO && line.text.length <= 120 && !isTocLine(line.text);
  const ranks = new Map([...new Set(pages.flat().filter(isHeading).map((line) => line.size))].sort((a, b) => b - a).map((size, rank) => [size, rank + 1]));
  const listed = tableOfContents(pages);
  const blocks: Block[] = [];
  let numbered: { level: number; depth: number } | undefined;
  const heading = (level: number, text: string) => {
    const depth = depthOf(text);
    if (depth !== undefined) numbered = { level, depth };
    blocks.push({ kind: 'heading', level, text });
  };
  pages.forEach((page, index) => {
    let previous: PdfLine | undefined;
    for (const line of page) {
      const last = blocks.at(-1);
      const text = line.text.trim().replace(/\s+/g, ' ');
      const depth = depthOf(text);
      if (!isHeading(line) && depth !== undefined && numbered && (listed.get(text) ?? index) < index) {
        listed.delete(text);
        heading(Math.min(Math.max(numbered.level + depth - numbered.depth, 1), 6), text);
      } else if (!isHeading(line)) {
        if (!isTocLine(line.text)) blocks.push({ kind: 'text', text: line.text });
      } else if (last?.kind === 'heading' && previous && isHeading(previous) && previous.size === line.size) {
        blocks[blocks.length - 1] = { ...last, text: `${last.text} ${line.text}` };
      } else {
        heading(Math.min(ranks.get(line.size)!, 6), line.text);
      }
      previous = line;
    }
  });
  return blocks;
}
