import { ParserStartError } from '../errors.js';
import { DocumentError } from './document-error.js';
import { BULLETS, buildDocument, normalizeText, type Block, type ParsedDocument } from './document.js';
import { isReleaseLine, isReleaseParagraph, releaseHeadings, typedHeadings } from './plain-text.js';
import type { PdfContent, PdfLine } from './pdf-content.js';
import { HEADING_LENGTH, HEADING_RATIO, isHeadingText, mostCommon } from './typeset-headings.js';
import { findWrittenDate, isVersionLine } from '../formats/versions.js';

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
  return contentDocument(content);
}

/** A PDF's document from what PDFium gives of it. */
export function contentDocument(content: PdfContent): ParsedDocument {
  // Lines are read as text is compared (zero-width and non-breaking spaces, ligatures): Google Docs puts a zero-width space beside every space.
  const pages = withoutRunningHeads(content.pages.map((page) => page.map((line) => ({ ...line, text: normalizeText(line.text) }))));
  // A text printed in one size (a text file exported as it is) has its headings typed, as the text file has.
  // One bookmark to the first page (the title, as some generators write) gives no structure: the type sizes do.
  const titleOnly = content.outline.length === 1 && (content.outline[0]!.page ?? 0) === 0;
  const blocks = content.outline.length > 0 && !titleOnly ? outlineBlocks(pages, content) : sizeBlocks(pages);
  return buildDocument(blocks, { metadataTitle: content.title, links: content.links, cover: coverTitle(pages, largerThanBody(pages)) });
}

/** The kinds of document a title names: "Release Notes", "Installation Guide", "User Manual", "Installation Manual". */
const DOCUMENT_KINDS = String.raw`release notes|(?:product|user|installation|install|administration|administrator's|configuration|deployment|upgrade|quick ?start|getting started) (?:guide|manual)`;

/**
 * A cover line that goes on with the title besides the version alone ("1.4", "Version 1.3", see `isVersionLine`): the
 * kind of document, after a few words naming what it covers and before what it is for ("Release Notes", "Magento
 * Module User Guide for v2.x"), or the rest of the title's phrase ("for NeuVector open source products").
 */
const COVER_CONTINUATION = new RegExp(String.raw`^(?:[\w.+-]+ ){0,4}(?:${DOCUMENT_KINDS}|(?:reference|support|troubleshooting) guide)(?: for [\w .+-]{1,40})?$`, 'i');
const GOES_ON = /^(?:for|of|on|with) [^.]{1,60}$/;
/** Cover lines read after the first: a title spelt over more is no cover's. */
const COVER_LINES = 3;

/** The space, in the type size of the line above, that sets a cover line apart from the title's block. */
const COVER_GAP = 4;

/** A list item's mark as a PDF keeps it: a dash, star or bullet, or the letter o a word processor's second-level bullet becomes. */
const LIST_MARK = new RegExp(String.raw`^[-*o${BULLETS}]\s`);
/** A line this short holding a date is a release's date line ("(Released Thu, 23 Nov 2026)"), not a sentence. */
const COVER_DATE_CHARACTERS = 40;

/** Lines of the first page a title is looked for in: a letterhead above it (a company's name, address and numbers in small type) is no title. */
const COVER_HEAD_LINES = 30;

/**
 * The title a cover page spells over several lines: its first line in the largest type, then the
 * lines that go on with it (see `COVER_CONTINUATION`, `GOES_ON`; a heading's type wrapped, see
 * `isHeading`) up to the first that does not ("Rev. 03", "September 2020"), without a last version
 * that heads the first release's notes. Undefined when no line goes on with the first.
 */
function coverTitle(pages: readonly PdfLine[][], isHeading: (line: PdfLine) => boolean): string | undefined {
  const page = pages[0] ?? [];
  const head = page.slice(0, COVER_HEAD_LINES);
  const largest = Math.max(...head.map((line) => line.size));
  const start = head.findIndex((line) => line.size === largest);
  const [first, ...rest] = page.slice(Math.max(0, start));
  if (!first) return undefined;
  const lines = [first];
  for (const line of rest.slice(0, COVER_LINES)) {
    const text = line.text.trim();
    const previous = lines.at(-1)!;
    // A version or date far below the title's block (a cover's foot: "Version 1.0.02", its date) is none of it.
    if (previous.y - line.y > COVER_GAP * previous.size && (isVersionLine(text) || findWrittenDate(text) !== undefined)) break;
    // A title in display type wrapped onto the next line ("End User License" / "Agreement") goes on with it too.
    const wrapped = isHeading(first) && isWrapped(previous, line);
    if (!wrapped && !isVersionLine(text) && !COVER_CONTINUATION.test(text) && !GOES_ON.test(text)) break;
    lines.push(line);
  }
  // A version the title does not go on after heads the first release's notes ("News" over "Version 3.1.0") when set as a
  // heading over a date or list items ("(Released Thu, 23 Nov 2026)", "• Adds support …"), or in the type of other versions of
  // the document (a changelog's release headings); a cover's "Version 2.0" under the product's name stays in the title.
  const isReleaseHeading = (line: PdfLine) => {
    const text = line.text.trim();
    const below = page[page.indexOf(line) + 1]?.text.trim() ?? '';
    const overNotes = LIST_MARK.test(below) || (below.length <= COVER_DATE_CHARACTERS && findWrittenDate(below) !== undefined);
    return isHeading(line) && (overNotes || pages.some((other) => other.some((them) => them.size === line.size && isVersionLine(them.text.trim()) && them.text.trim() !== text)));
  };
  while (lines.length > 1 && isVersionLine(lines.at(-1)!.text.trim()) && isReleaseHeading(lines.at(-1)!)) lines.pop();
  return lines.length > 1 ? lines.map((line) => line.text.trim()).join(' ') : undefined;
}

function isTocLine(text: string): boolean {
  return TOC_LINE.test(text.length > TOC_TAIL ? text.slice(-TOC_TAIL) : text);
}

/** The page of the pages a browser prints at a page's foot ("1/2", "1 / 1"), after the address it printed from, if any. */
const PRINTED_PAGE = /^(?:(?:file|https?):\/\/\S+\s+)?(\d{1,4})\s*\/\s*(\d{1,4})$/i;
/** The file a browser printed, named atop each page beside the print date ("Release Notes.md   2026-03-24"). */
const PRINTED_FILE = /^[\w .()&+-]{1,100}\.(?:md|markdown|html?|txt|rst|adoc)$/i;

/**
 * Whether a line is a margin a browser prints on the page of that number (see `PRINTED_PAGE`: that
 * page of the pages, not a date such as "03/2024"; `PRINTED_FILE`): its date is the day of printing, never the release's.
 */
function isPrintMargin(text: string, page: number, pages: number): boolean {
  const line = text.trim();
  const printed = PRINTED_PAGE.exec(line);
  if (printed) return Number(printed[1]) === page && Number(printed[2]) === pages;
  const date = findWrittenDate(line);
  return date !== undefined && PRINTED_FILE.test(`${line.slice(0, date.index)} ${line.slice(date.index + date.text.length)}`.trim());
}

/** Lines at a page's top or foot read for a running block of several lines. */
const RUNNING_BLOCK = 5;

/** Drops lines repeated at the top or bottom of most pages (running heads, footers, page numbers), and the margins a browser prints on any page. */
function withoutRunningHeads(pages: readonly (readonly PdfLine[])[]): PdfLine[][] {
  // A page number varies from page to page; a version (v1.9.4, 2.3.1, a whole number after its mark: "V 62", "Version 7") is not one: a heading that opens every page can be a version's.
  const key = (line: PdfLine) => line.text.replace(/(?<![\d.])(?<!\b(?:v|version|release)\s?)\d+(?![.\d])/gi, '#');
  // Heads are counted atop pages, footers at their feet: a heading that ends one page and opens the next is neither.
  const counted = (lines: (page: readonly PdfLine[]) => readonly PdfLine[], keyOf = key) => {
    const counts = new Map<string, number>();
    for (const page of pages) for (const line of new Set(lines(page).map(keyOf))) counts.set(line, (counts.get(line) ?? 0) + 1);
    return counts;
  };
  const [heads, feet] = [counted((page) => page.slice(0, 2)), counted((page) => page.slice(-2))];
  // A block of several lines repeated atop or at the foot of the pages, each at the same height on each ("Release Notes" / "AmbiqSuite SDK" /
  // "AmbiqSuite (v2.5.1), September 2020"), is a running head, whatever order the page lists its lines in.
  const placed = (line: PdfLine) => `${key(line)}@${Math.round(line.y)}`;
  const blocks = counted((page) => [...page.slice(0, RUNNING_BLOCK), ...page.slice(-RUNNING_BLOCK)], placed);
  // Of two pages, a line atop or at the foot of both is a running head too ("Date printed: 10/9/2017   CSM Server Release Notes").
  const enough = pages.length === 2 ? 2 : Math.max(3, pages.length / 2);
  const repeated = (counts: ReadonlyMap<string, number>, line: PdfLine) => pages.length >= 2 && (counts.get(key(line)) ?? 0) >= enough;
  const inBlock = (line: PdfLine) => pages.length >= 3 && (blocks.get(placed(line)) ?? 0) >= enough;
  return pages.map((page, number) =>
    page.filter((line, index) => {
      const edge = index < RUNNING_BLOCK || index >= page.length - RUNNING_BLOCK;
      // The first page's copy of such a block is where a reader sees the title and date it repeats.
      const margin = (index < 2 && repeated(heads, line)) || (index >= page.length - 2 && repeated(feet, line)) || (number > 0 && edge && inBlock(line));
      return !(margin || ((index < 2 || index >= page.length - 2) && isPrintMargin(line.text, number + 1, pages.length))) && !/^\d+$/.test(line.text);
    }),
  );
}

/** Characters of a bookmark's title, and of a line, compared to place the bookmark (a title is a line or two). */
const OUTLINE_KEY = 200;

/**
 * Bookmarks are the headings: each is placed at the line of its page that carries its title (or
 * the first line of a title wrapped over several). Bookmarks are looked up by their title and by
 * each of its word prefixes, so placing them costs time linear in the outline and the text.
 */
function outlineBlocks(pages: readonly PdfLine[][], content: PdfContent): Block[] {
  // Titles and lines compared by their start: a hostile bookmark's title of megabytes would give as many prefixes of its length.
  const comparable = (text: string) => normalizeText(text.slice(0, OUTLINE_KEY * 2)).toLowerCase().replace(/^[\d.\s]+/, '').replace(/\s+/g, ' ').trim().slice(0, OUTLINE_KEY);
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
  const isLarger = largerThanBody(pages);
  let bookmarked = false;
  // The title's last line read, while the title is being read.
  let titleLine: PdfLine | undefined;
  const anywhere = lookups(byPage.get(undefined) ?? []);
  const blocks: Block[] = [];
  const releases = new Set<number>();
  let wrapped = '';
  pages.forEach((page, index) => {
    const here = lookups(byPage.get(index) ?? []);
    page.forEach((line, at) => {
      const text = comparable(line.text);
      // The rest of a title wrapped over several lines.
      if (wrapped && text && wrapped.startsWith(text)) {
        wrapped = wrapped.slice(text.length).trim();
        return;
      }
      wrapped = '';
      const found = [here.whole.first(text, unplaced), anywhere.whole.first(text, unplaced), ...(text.length >= 8 ? [here.prefix.first(text, unplaced), anywhere.prefix.first(text, unplaced)] : [])];
      const entry = found.reduce<Entry | undefined>((best, candidate) => (candidate && (!best || candidate.order < best.order) ? candidate : best), undefined);
      const last = blocks.at(-1);
      // A title printed above the first bookmark (a Title paragraph is no bookmark) is still a heading, as the font sizes would make it; wrapped, its lines are one.
      if (!entry && !bookmarked && isLarger(line)) {
        if (last?.kind === 'heading' && titleLine && isWrapped(titleLine, line)) blocks[blocks.length - 1] = { ...last, text: `${last.text} ${line.text}` };
        else blocks.push({ kind: 'heading', level: 1, text: line.text });
        titleLine = line;
        return;
      }
      titleLine = undefined;
      if (entry) {
        bookmarked = true;
        entry.placed = true;
        wrapped = entry.key.slice(text.length).trim();
        blocks.push({ kind: 'heading', level: entry.level, text: entry.title });
      } else if (blocks.length === 0 && isTitleLine(line.text)) {
        // Writers bookmark the headings, not the title above them.
        blocks.push({ kind: 'heading', level: 1, text: line.text });
      } else if (!isTocLine(line.text)) {
        // A release line standing alone opens a release's notes though no bookmark names it (a page's collapsible labels printed).
        if (isReleaseParagraph(line.text.trim()) && !runsOn(line, page[at + 1]) && !nextToRelease(page[at - 1], page[at + 1])) releases.add(blocks.length);
        blocks.push({ kind: 'text', text: line.text });
      }
    });
    // Bookmarks whose title is not printed as such still open a section where the next page starts.
    for (const entry of byPage.get(index) ?? []) if (unplaced(entry)) placeAt(entry);
  });
  function placeAt(entry: Entry): void {
    bookmarked = true;
    entry.placed = true;
    blocks.push({ kind: 'heading', level: entry.level, text: entry.title });
  }
  // Bookmarks that point nowhere and whose title is printed nowhere still name a section.
  for (const entry of entries) if (unplaced(entry)) placeAt(entry);
  return releaseHeadings(blocks, releases);
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

/** Lines further apart than this many times their size are two paragraphs (spacing between them), not one wrapped. */
const WRAPPED_GAP = 1.5;

/**
 * Whether `line` goes on with `previous`, wrapped: the same size, right below it at line spacing. Two headings in a row
 * (an empty "Unreleased" over "v1.1.0") have a paragraph's spacing between them.
 */
function isWrapped(previous: PdfLine, line: PdfLine): boolean {
  return previous.size === line.size && Math.abs(previous.y - line.y) <= line.size * WRAPPED_GAP;
}

/** A line naming a kind of document: "Release notes for Simone, version V0.6.4", "Heron Installation Guide". */
const DOCUMENT_KIND = new RegExp(String.raw`\b(?:${DOCUMENT_KINDS})\b`, 'i');

/** Whether the document's first line is its title though set at the body size (in bold, as templates do): it names the kind of document, and is no sentence. */
function isTitleLine(text: string): boolean {
  return text.length <= 120 && DOCUMENT_KIND.test(text) && !/[.:;]$/.test(text.trim());
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
      // An entry is short: a long line is never one (and the pattern is not run over it).
      const entry = line.text.length <= TOC_TAIL ? NUMBERED_TOC_ENTRY.exec(line.text.trim()) : null;
      const key = entry && tocKey(`${entry[1]} ${entry[2]}`);
      if (key && !entries.has(key)) entries.set(key, index);
    }
  });
  return entries;
}

/** A numbered line as the table of contents and the heading both give it: "1.1. Requirements" and "1.1 Requirements" are one. */
function tocKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(OUTLINE_NUMBER, '$1 ');
}

/** A wrapped sentence goes on in lower case on the next line. */
const CONTINUING = /^[a-z(]/;

/** Whether a line's sentence goes on, wrapped, on the next line (in lower case, at line spacing). */
function runsOn(line: PdfLine, next: PdfLine | undefined): boolean {
  return next !== undefined && isWrapped(line, next) && CONTINUING.test(next.text.trim());
}

/** Whether a release line has another right above or below it, whatever the spacing: rows of a table with padded cells ("Revision History"). */
function nextToRelease(previous: PdfLine | undefined, next: PdfLine | undefined): boolean {
  return [previous, next].some((line) => line !== undefined && isReleaseLine(line.text.trim()));
}

/** Whether a release line is one of rows at line spacing (a table of versions and dates), which open no release. */
function inRows(previous: PdfLine | undefined, line: PdfLine, next: PdfLine | undefined): boolean {
  return (previous !== undefined && isWrapped(previous, line) && isReleaseLine(previous.text.trim())) || (next !== undefined && isWrapped(line, next) && isReleaseLine(next.text.trim()));
}

/**
 * A PDF printed in one size: lines at line spacing are one paragraph, as a text file's lines
 * between blank ones, for typedHeadings to read (a wrapped line standing alone could read as a
 * typed heading); table-of-contents lines are no text.
 */
function paragraphBlocks(pages: readonly PdfLine[][]): Block[] {
  const blocks: Block[] = [];
  for (const page of pages) {
    let previous: PdfLine | undefined;
    for (const line of page) {
      const last = blocks.at(-1);
      if (isTocLine(line.text)) {
        // no text
      } else if (last?.kind === 'text' && previous && isWrapped(previous, line)) blocks[blocks.length - 1] = { ...last, text: `${last.text}\n${line.text}` };
      else blocks.push({ kind: 'text', text: line.text });
      previous = line;
    }
  }
  return blocks;
}

/** Whether a line is printed clearly larger than the body text (the size most characters have): a heading's size. */
function largerThanBody(pages: readonly PdfLine[][]): (line: PdfLine) => boolean {
  const characters = new Map<number, number>();
  for (const line of pages.flat()) characters.set(line.size, (characters.get(line.size) ?? 0) + line.text.length);
  const body = mostCommon(characters) ?? 0;
  return (line) => line.size >= body * HEADING_RATIO && line.text.length <= HEADING_LENGTH && !isTocLine(line.text);
}

/**
 * The lines larger than the body (`isLarger`) that head something: those whose paragraph (the lines at their size wrapped
 * with them) reads as a heading, as a word processor's paragraph does (see `isHeadingText`). A list item or a sentence
 * set large ("This version is a public beta … please report them here.") is text.
 */
function sizedHeadings(pages: readonly PdfLine[][], isLarger: (line: PdfLine) => boolean): Set<PdfLine> {
  const headings = new Set<PdfLine>();
  for (const page of pages) {
    let paragraph: PdfLine[] = [];
    const close = () => {
      // A title wrapped over two or three lines is as long as they are.
      if (paragraph.length > 0 && isHeadingText(paragraph.map((line) => line.text.trim()).join(' '), HEADING_LENGTH * Math.min(paragraph.length, 3))) for (const line of paragraph) headings.add(line);
      paragraph = [];
    };
    for (const line of page) {
      if (!isLarger(line) || (paragraph.length > 0 && !isWrapped(paragraph.at(-1)!, line))) close();
      if (isLarger(line)) paragraph.push(line);
    }
    close();
  }
  return headings;
}

/** The lines of a title that is the only text set larger than the body: one paragraph, on the first page of a document of two pages or more. */
function titleAlone(pages: readonly PdfLine[][], headings: ReadonlySet<PdfLine>): PdfLine[] | undefined {
  const first = pages[0] ?? [];
  const lines = first.filter((line) => headings.has(line));
  if (lines.length === 0 || lines.length !== headings.size || pages.length < 2) return undefined;
  return lines.every((line, index) => index === 0 || isWrapped(lines[index - 1]!, line)) ? lines : undefined;
}

/**
 * Headings by font size; wrapped titles (consecutive heading lines of one size at line spacing) are
 * merged. Below sized headings, lines at body size are headings too when they are release lines (see
 * `isReleaseParagraph`), the first line naming the document (see `isTitleLine`), or numbered lines that a
 * table of contents lists before them (one level below the heading they are numbered under).
 */
function sizeBlocks(pages: readonly PdfLine[][]): Block[] {
  const headings = sizedHeadings(pages, largerThanBody(pages));
  const isHeading = (line: PdfLine) => headings.has(line);
  const ranks = new Map([...new Set(pages.flat().filter(isHeading).map((line) => line.size))].sort((a, b) => b - a).map((size, rank) => [size, rank + 1]));
  // With no line larger than the body, the text's own conventions decide (typedHeadings), release lines and titles included;
  // with only the title larger (a paper whose section headings are bold at the body size, "1. Preparation"), they decide
  // under it, as in a word processor's document whose type sets the title alone apart (see documentHeadings).
  if (ranks.size === 0) return typedHeadings(paragraphBlocks(pages));
  const title = titleAlone(pages, headings);
  if (title) return [{ kind: 'heading', level: 1, text: title.map((line) => line.text.trim()).join(' ') }, ...typedHeadings(paragraphBlocks(pages.map((page) => page.filter((line) => !title.includes(line)))))];
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
    page.forEach((line, at) => {
      const last = blocks.at(-1);
      const next = page[at + 1];
      const text = line.text.trim().replace(/\s+/g, ' ');
      const depth = depthOf(text);
      const key = depth === undefined ? text : tocKey(text);
      if (!isHeading(line) && blocks.length === 0 && isTitleLine(line.text) && !(next && isWrapped(line, next) && CONTINUING.test(next.text.trim()))) {
        blocks.push({ kind: 'heading', level: 1, text: line.text });
      } else if (!isHeading(line) && depth !== undefined && numbered && (listed.get(key) ?? index) < index) {
        listed.delete(key);
        heading(Math.min(Math.max(numbered.level + depth - numbered.depth, 1), 6), text);
      } else if (!isHeading(line)) {
        // A release line ("V8.1.3/ 5- September -2024") opens a release's notes though set in bold at the body size: below every sized heading.
        if (isReleaseParagraph(line.text.trim()) && !inRows(previous, line, next) && !runsOn(line, next)) blocks.push({ kind: 'heading', level: Math.min(ranks.size + 1, 6), text: line.text });
        else if (!isTocLine(line.text)) blocks.push({ kind: 'text', text: line.text });
      } else if (last?.kind === 'heading' && previous && isHeading(previous) && isWrapped(previous, line)) {
        blocks[blocks.length - 1] = { ...last, text: `${last.text} ${line.text}` };
      } else {
        heading(Math.min(ranks.get(line.size)!, 6), line.text);
      }
      previous = line;
    });
  });
  return blocks;
}

