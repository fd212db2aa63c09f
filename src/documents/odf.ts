import type { Limits } from '../archive/limits.js';
import { DocumentError } from './document-error.js';
import { buildDocument, type Block, type ParsedDocument } from './document.js';
import { typedHeadings } from './plain-text.js';
import { readPackageParts } from './package.js';
import { metadataTitle } from './metadata.js';
import { streamXml } from './xml-stream.js';

const CONTENT = 'content.xml';
const STYLES = 'styles.xml';
const META = 'meta.xml';
/** Containers whose text is not the document's: tables of contents, notes' citations, annotations. */
const SKIPPED = new Set(['text:table-of-content', 'office:annotation', 'text:note-citation', 'text:tracked-changes']);

/**
 * An OpenDocument text: `text:h` headings at their outline level, and paragraphs whose style
 * (or its parent) has a default outline level; everything else is text.
 */
export async function odtDocument(bytes: Buffer, path: string, limits: Readonly<Limits>, maxBytes: number): Promise<ParsedDocument> {
  const parts = await readPackageParts(bytes, path, (name) => [CONTENT, STYLES, META].includes(name), limits, maxBytes);
  const content = parts.get(CONTENT);
  if (!content) throw new DocumentError(`it has no ${CONTENT}: not an OpenDocument text`);
  const styles = new ParagraphStyles();
  const styleParts = parts.get(STYLES);
  if (styleParts) streamXml(styleParts, STYLES, { open: (name, attributes) => styles.define(name, attributes) });
  const blocks: Block[] = [];
  const links: string[] = [];
  let paragraph: { text: string; level: number | undefined; title: boolean } | undefined;
  let nested = 0;
  let skipped = 0;
  streamXml(content, CONTENT, {
    open(name, attributes) {
      // Automatic styles come before the body in content.xml.
      styles.define(name, attributes);
      if (SKIPPED.has(name)) skipped += 1;
      if (skipped > 0) return;
      if (name === 'text:a' && attributes['xlink:href']) links.push(attributes['xlink:href']);
      if (name === 'text:h' || name === 'text:p') {
        // A paragraph inside another (a note's body) continues the outer one.
        if (paragraph) nested += 1;
        else if (name === 'text:h') paragraph = { text: '', level: Number(attributes['text:outline-level'] ?? 1), title: false };
        else paragraph = { text: '', ...styles.role(attributes['text:style-name']) };
      }
      if (!paragraph) return;
      if (name === 'text:s') paragraph.text += ' '.repeat(Math.min(Number(attributes['text:c'] ?? 1), 100));
      if (name === 'text:tab') paragraph.text += ' ';
      if (name === 'text:line-break') paragraph.text += '\n';
    },
    text(text) {
      if (paragraph && skipped === 0) paragraph.text += text;
    },
    close(name) {
      if (SKIPPED.has(name)) skipped -= 1;
      if ((name !== 'text:h' && name !== 'text:p') || !paragraph || skipped > 0) return;
      if (nested > 0) {
        nested -= 1;
        return;
      }
      blocks.push(paragraph.level ? { kind: 'heading', level: paragraph.level, text: paragraph.text, title: paragraph.title } : { kind: 'text', text: paragraph.text });
      paragraph = undefined;
    },
  });
  return buildDocument(typedHeadings(blocks), { metadataTitle: metadataTitle(parts.get(META), META), links });
}

/** Paragraph styles (named and automatic) and the outline level each gives, following parent styles; "Title" is level 1. */
class ParagraphStyles {
  private readonly styles = new Map<string, { parent: string | undefined; level: number | undefined }>();

  define(name: string, attributes: Readonly<Record<string, string>>): void {
    if (name !== 'style:style' || attributes['style:family'] !== 'paragraph') return;
    const level = attributes['style:default-outline-level'];
    this.styles.set(attributes['style:name'] ?? '', { parent: attributes['style:parent-style-name'], level: level ? Number(level) : undefined });
  }

  /** A paragraph style's outline level, and whether it is the title's. */
  role(name: string | undefined): { level: number | undefined; title: boolean } {
    for (let at = name, visits = 0; at !== undefined && visits < 16; visits += 1) {
      // The title style heads the document, above its first-level headings' sections.
      if (at === 'Title') return { level: 1, title: true };
      const style = this.styles.get(at);
      if (style?.level) return { level: style.level, title: false };
      at = style?.parent;
    }
    return { level: undefined, title: false };
  }
}
