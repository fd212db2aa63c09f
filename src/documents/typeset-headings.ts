import type { Block } from './document.js';
import { findWrittenDate } from '../formats/versions.js';
import { typedHeadings } from './plain-text.js';

/** A line or paragraph at least this much larger than the body text is a heading (a 12 pt body: 13.5 pt and up). */
export const HEADING_RATIO = 1.12;

/** A paragraph short enough to be a heading, and no list item. */
const HEADING_TEXT = /^(?![•◦▪●○■*-]\s)[^\n]{1,120}$/u;
/** A sentence's end (a question may be a heading). */
const SENTENCE_END = /[.,;!]$/;

/**
 * The blocks of a word-processor document (RTF, DOCX) with its headings: its styled ones (see
 * `typedHeadings`), else those its type shows (see `typesetHeadings`), else those its text's own
 * conventions give. `sizes` holds the size most characters of each block are set in.
 */
export function documentHeadings(blocks: readonly Block[], sizes: readonly (number | undefined)[]): Block[] {
  const styled = blocks.some((block) => block.kind === 'heading');
  return typedHeadings((!styled && typesetHeadings(blocks, sizes)) || blocks);
}

/**
 * The headings of a word-processor document that has no heading styles (WordPad's and TextEdit's RTF
 * write none), from `sizes`, the size most characters of each block are set in (any unit; undefined
 * for a block of white space): a short paragraph, no sentence, set clearly larger than the body text
 * (the size most characters have), at a level by its size, larger first. A date alone so set ("2018-8-16" under
 * "Changes for version 1.4") dates the section it is in, and heads none. Bold at the body size is
 * emphasis, as in PDF (see pdf.ts). Undefined when no paragraph is so set: the text's own conventions
 * decide then (see `typedHeadings`).
 */
export function typesetHeadings(blocks: readonly Block[], sizes: readonly (number | undefined)[]): Block[] | undefined {
  const characters = new Map<number, number>();
  blocks.forEach((block, index) => {
    const size = sizes[index];
    if (size !== undefined) characters.set(size, (characters.get(size) ?? 0) + block.text.replace(/\s+/g, '').length);
  });
  const body = mostCommon(characters);
  if (body === undefined) return undefined;
  const isHeading = (block: Block, size: number | undefined) => {
    const text = block.text.trim();
    return size !== undefined && size >= body * HEADING_RATIO && block.kind === 'text' && HEADING_TEXT.test(text) && !SENTENCE_END.test(text) && findWrittenDate(text)?.text !== text;
  };
  const headingSizes = blocks.flatMap((block, index) => (isHeading(block, sizes[index]) ? [sizes[index]!] : []));
  if (headingSizes.length === 0) return undefined;
  const ranks = [...new Set(headingSizes)].sort((a, b) => b - a);
  return blocks.map((block, index) => (isHeading(block, sizes[index]) ? { kind: 'heading', level: Math.min(ranks.indexOf(sizes[index]!) + 1, 6), text: block.text.trim() } : block));
}

/** The key with the largest count. */
export function mostCommon(counts: ReadonlyMap<number, number>): number | undefined {
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
