/**
 * What every document parser produces, whatever the format: an ordered list of blocks
 * (headings with levels, and text), which `buildDocument` turns into plain text, sections and
 * links. Rules only ever see the built `ParsedDocument`.
 */

/** Document formats the documents layer reads; the name decides between siblings (md vs txt). */
export type DocumentFormat = 'pdf' | 'docx' | 'doc' | 'odt' | 'rtf' | 'html' | 'markdown' | 'text';

export type Block =
  | { readonly kind: 'heading'; readonly level: number; readonly text: string; readonly line?: number }
  | { readonly kind: 'text'; readonly text: string; readonly line?: number };

export interface Heading {
  readonly text: string;
  /** 1 for a top-level heading (a title or chapter), deeper numbers below it. */
  readonly level: number;
  /** Line in the source, for formats that have lines (text, Markdown, HTML). */
  readonly line?: number;
}

/** A heading and what follows it up to the next heading; the first section may have no heading. */
export interface Section {
  readonly heading: Heading | undefined;
  /** Text directly under the heading, before the next heading of any level. */
  readonly body: string;
  /** Index, in `ParsedDocument.sections`, just after this section's last sub-section. */
  readonly end: number;
  readonly line?: number;
}

export interface ParsedDocument {
  /** The title the document gives itself (metadata, a title style, its first top heading). */
  readonly title: string | undefined;
  readonly text: string;
  readonly sections: readonly Section[];
  /** Every web address the document holds, in its text or behind its links. */
  readonly urls: readonly string[];
}

/**
 * Text as documents write it, made comparable: ligatures and compatibility forms unfolded
 * (NFKC), typographic dashes, quotes and spaces made plain, soft hyphens and zero-width
 * characters dropped.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ');
}

const URL = /\bhttps?:\/\/[^\s<>"'()[\]{}]+[^\s<>"'()[\]{}.,;:!?]/gi;

export function urlsIn(text: string): string[] {
  return [...text.matchAll(URL)].map((match) => match[0]);
}

/**
 * Builds the document from its blocks: each heading opens a section that runs until the next
 * heading at its level or above. `links` are addresses found outside the text (HTML hrefs,
 * DOCX hyperlinks, PDF link annotations).
 */
export function buildDocument(blocks: readonly Block[], options: { title?: string; links?: readonly string[] } = {}): ParsedDocument {
  const open: { heading: Heading | undefined; body: string[]; line?: number }[] = [];
  const all: string[] = [];
  for (const block of blocks) {
    // Runs of spaces made one by split and join: a replace per match is slow on megabytes of text with millions of them.
    const text = normalizeText(block.text).split(/ {2,}/).join(' ').trim();
    if (!text) continue;
    all.push(text);
    if (block.kind === 'heading') {
      const heading: Heading = block.line === undefined ? { text, level: block.level } : { text, level: block.level, line: block.line };
      open.push({ heading, body: [], line: block.line });
    } else {
      if (open.length === 0) open.push({ heading: undefined, body: [], line: block.line });
      open.at(-1)!.body.push(text);
    }
  }
  const ends = sectionEnds(open.map((section) => section.heading?.level ?? 0));
  const sections: Section[] = open.map((section, index) => {
    const built = { heading: section.heading, body: section.body.join('\n'), end: ends[index]! };
    return section.line === undefined ? built : { ...built, line: section.line };
  });
  const text = all.join('\n');
  const title = options.title ? normalizeText(options.title).trim() || undefined : undefined;
  const firstHeading = sections.find((section) => section.heading)?.heading;
  const urls = [...new Set([...(options.links ?? []).filter((link) => /^https?:\/\//i.test(link)), ...urlsIn(text)])];
  // Without metadata, a document's title is its first heading when that opens the document or is of the top level.
  const headed = firstHeading && (firstHeading.level === 1 || sections[0]?.heading === firstHeading);
  return { title: title ?? (headed ? firstHeading.text : undefined), text, sections, urls };
}

/**
 * Where each section ends: at the next heading of its level or above (a section without a
 * heading, level 0, holds only itself). One pass with a stack of the sections still open, whose
 * levels rise from bottom to top, so rising outline levels cost no rescans.
 */
function sectionEnds(levels: readonly number[]): number[] {
  const ends = levels.map((_, index) => index + 1);
  const stack: number[] = [];
  levels.forEach((level, index) => {
    while (stack.length > 0 && levels[stack.at(-1)!]! >= level) ends[stack.pop()!] = index;
    if (level > 0) stack.push(index);
  });
  for (const index of stack) ends[index] = levels.length;
  return ends;
}

/** A section's text with all its sub-sections, headings included. */
export function sectionText(document: ParsedDocument, index: number): string {
  const parts: string[] = [];
  for (let at = index; at < document.sections[index]!.end; at += 1) {
    const section = document.sections[at]!;
    if (at > index && section.heading) parts.push(section.heading.text);
    if (section.body) parts.push(section.body);
  }
  return parts.join('\n');
}
