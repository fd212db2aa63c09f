import type { Block } from './document.js';
import { findWrittenDate } from '../formats/versions.js';
import { LIST_ITEM, typedHeadings } from './plain-text.js';

/** A line or paragraph at least this much larger than the body text is a heading (a 12 pt body: 13.5 pt and up). */
export const HEADING_RATIO = 1.12;

/** Characters a heading's paragraph has at most. */
export const HEADING_LENGTH = 120;
/** A sentence's end (a question may be a heading). */
const SENTENCE_END = /[.,;!]$/;

/** Whether a paragraph set larger than the body reads as a heading: one line of at most `longest` characters, no list item, no sentence. */
export function isHeadingText(text: string, longest = HEADING_LENGTH): boolean {
  return text.length > 0 && text.length <= longest && !text.includes('\n') && !LIST_ITEM.test(text) && !SENTENCE_END.test(text);
}
/** Headings the type must set apart before it is read for the structure: one large line (a cover's name) is no outline. */
const TYPESET_HEADINGS = 2;
/** Paragraphs that may come before a title the type sets apart alone ("Attributions for third party components." over it). */
const TITLE_AFTER = 3;

/**
 * The blocks of a word-processor document (RTF, DOCX, ODT) with its headings: its styled ones (see `typedHeadings`),
 * under the title its cover shows when no style marks one (see `coverTitle`); else those its type shows, two at
 * least (see `typesetHeadings`); else those its text's own conventions give, under a line near the top when the type
 * sets that one alone apart (a title over typed headings: "Acme Storage Plugin" over "1. INTRODUCTION"). `sizes` holds the
 * size most characters of each block are set in (any unit; undefined for a block of white space); a Title paragraph
 * alone is no styled outline.
 */
export function documentHeadings(blocks: readonly Block[], sizes: readonly (number | undefined)[]): Block[] {
  if (blocks.some((block) => block.kind === 'heading' && !block.title)) return typedHeadings(coverTitle(blocks, sizes));
  const headings = typesetting(blocks, sizes);
  const count = headings?.filter(Boolean).length ?? 0;
  if (count >= TYPESET_HEADINGS) return typedHeadings(typesetHeadings(blocks, sizes, headings!));
  const title = count === 1 ? headings!.indexOf(true) : -1;
  const opening = blocks.slice(0, Math.max(title, 0)).filter((block) => block.text.trim() !== '').length;
  if (title >= 0 && opening < TITLE_AFTER && !blocks.some((block) => block.kind === 'heading')) {
    return [...blocks.slice(0, title), { kind: 'heading', level: 1, text: blocks[title]!.text.trim(), title: true }, ...typedHeadings(blocks.slice(title + 1))];
  }
  return typedHeadings(blocks);
}

/**
 * Which blocks a document's type sets as headings: a short paragraph, no sentence, clearly larger than the body text
 * (the size most characters have). A date alone so set ("2018-8-16" under "Changes for version 1.4") dates the section
 * it is in, and heads none. Bold at the body size is emphasis, as in PDF (see pdf.ts). Undefined for a document
 * without sizes.
 */
function typesetting(blocks: readonly Block[], sizes: readonly (number | undefined)[]): boolean[] | undefined {
  const characters = new Map<number, number>();
  blocks.forEach((block, index) => {
    const size = sizes[index];
    if (size !== undefined) characters.set(size, (characters.get(size) ?? 0) + block.text.replace(/\s+/g, '').length);
  });
  const body = mostCommon(characters);
  if (body === undefined) return undefined;
  return blocks.map((block, index) => {
    const size = sizes[index];
    const text = block.text.trim();
    return size !== undefined && size >= body * HEADING_RATIO && block.kind === 'text' && isHeadingText(text) && findWrittenDate(text)?.text !== text;
  });
}

/**
 * The headings of a word-processor document that has no heading styles (WordPad's and TextEdit's RTF write none):
 * the paragraphs its type sets as headings (`headings`, see `typesetting`), at a level by their size, larger first.
 */
function typesetHeadings(blocks: readonly Block[], sizes: readonly (number | undefined)[], headings: readonly boolean[]): Block[] {
  const ranks = new Map([...new Set(sizes.filter((_, index) => headings[index]) as number[])].sort((a, b) => b - a).map((size, rank) => [size, rank + 1]));
  return blocks.map((block, index) => (headings[index] ? { kind: 'heading', level: Math.min(ranks.get(sizes[index]!)!, 6), text: block.text.trim() } : block));
}

/** Lines a cover's title may run over ("Turbine Science Gateway" / "Cluster Deployment" / "Installation Guide"). */
const COVER_TITLE_LINES = 4;
/** Paragraphs read for a cover before the first heading: a cover page, not a long preface. */
const COVER_PARAGRAPHS = 30;

/** A line naming a kind of document, where a cover's title ends ("… Cluster Deployment" / "Installation Guide"). */
const DOCUMENT_KIND = /\b(?:release notes|(?:product|user|installation|install|administration|administrator's|configuration|deployment|upgrade|reference|quick ?start|getting started) guide|(?:user|installation|reference) manual|licen[cs]e (?:terms|agreement))\b/i;

/**
 * A styled document without a Title paragraph whose cover, in its first paragraphs before the first styled heading, sets
 * lines apart in type no smaller than any heading's: the lines in a row at the largest size, up to the one naming a
 * kind of document, are its title (a template's cover page typed by hand over Heading 1 chapters).
 */
function coverTitle(blocks: readonly Block[], sizes: readonly (number | undefined)[]): readonly Block[] {
  const first = blocks.findIndex((block) => block.kind === 'heading');
  const isHeading = typesetting(blocks, sizes);
  if (!isHeading || blocks.some((block) => block.kind === 'heading' && block.title)) return blocks;
  const cover = blocks.slice(0, Math.min(first, COVER_PARAGRAPHS)).flatMap((_, index) => (isHeading[index] ? [index] : []));
  if (cover.length === 0) return blocks;
  const largest = cover.reduce((most, index) => Math.max(most, sizes[index]!), 0);
  if (blocks.some((block, index) => block.kind === 'heading' && (sizes[index] ?? 0) > largest)) return blocks;
  const start = cover.find((index) => sizes[index] === largest)!;
  // The lines in a row at that size, blank paragraphs between them aside.
  const lines = [start];
  for (let at = start + 1; at < first && lines.length <= COVER_TITLE_LINES && !DOCUMENT_KIND.test(blocks[lines.at(-1)!]!.text); at += 1) {
    if (blocks[at]!.text.trim() === '') continue;
    if (sizes[at] !== largest || !isHeading[at]) break;
    lines.push(at);
  }
  if (lines.length > COVER_TITLE_LINES) return blocks;
  const title: Block = { kind: 'heading', level: 1, text: lines.map((index) => blocks[index]!.text.trim()).join(' '), title: true };
  return [...blocks.slice(0, start), title, ...blocks.slice(start + 1).filter((_, index) => !lines.includes(index + start + 1))];
}

/** The key with the largest count. */
export function mostCommon(counts: ReadonlyMap<number, number>): number | undefined {
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The characters (white space aside) of the paragraph being read, by the size they are set in. */
export class SizeTally {
  private counts = new Map<number, number>();

  add(size: number, text: string): void {
    this.counts.set(size, (this.counts.get(size) ?? 0) + text.replace(/\s+/g, '').length);
  }

  /** The size most of the paragraph's characters are set in (undefined for white space alone), starting the next paragraph. */
  take(): number | undefined {
    const size = [...this.counts.values()].some((count) => count > 0) ? mostCommon(this.counts) : undefined;
    this.counts = new Map();
    return size;
  }
}
