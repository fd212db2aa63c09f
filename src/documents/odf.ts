import type { Limits } from '../archive/limits.js';
import { DocumentError } from './document-error.js';
import { buildDocument, type Block, type ParsedDocument } from './document.js';
import { readPackageParts } from './package.js';
import { metadataTitle } from './metadata.js';
import { TableRows } from './table-rows.js';
import { documentHeadings, SizeTally } from './typeset-headings.js';
import { streamXml } from './xml-stream.js';

const CONTENT = 'content.xml';
const STYLES = 'styles.xml';
const META = 'meta.xml';
/** Containers whose text is not the document's: tables of contents, notes' citations, annotations. */
const SKIPPED = new Set(['text:table-of-content', 'office:annotation', 'text:note-citation', 'text:tracked-changes']);

/**
 * An OpenDocument text: `text:h` headings at their outline level, and paragraphs whose style
 * (or its parent) has a default outline level; everything else is text. Without any, headings by
 * the size of the type (see `documentHeadings`): a span's style's, else the paragraph's, up the
 * parents, else the default paragraph style's.
 */
export async function odtDocument(bytes: Buffer, path: string, limits: Readonly<Limits>, maxBytes: number): Promise<ParsedDocument> {
  const parts = await readPackageParts(bytes, path, (name) => [CONTENT, STYLES, META].includes(name), limits, maxBytes);
  const content = parts.get(CONTENT);
  if (!content) throw new DocumentError(`it has no ${CONTENT}: not an OpenDocument text`);
  const styles = new OdfStyles();
  const styleParts = parts.get(STYLES);
  if (styleParts) streamXml(styleParts, STYLES, { open: (name, attributes) => styles.define(name, attributes), close: (name) => styles.end(name) });
  const blocks: Block[] = [];
  /** The size most characters of each block are set in, as `blocks` holds them. */
  const sizes: (number | undefined)[] = [];
  const links: string[] = [];
  /** The paragraph being read, with the size its style sets its text in. */
  let paragraph: { text: string; level: number | undefined; title: boolean; size: number; sizes: SizeTally } | undefined;
  /** The size of the text in each span open in the paragraph, innermost last: its text style's, else its parent's. */
  const spans: number[] = [];
  let nested = 0;
  let skipped = 0;
  const tables = new TableRows({ table: 'table:table', row: 'table:table-row', cell: 'table:table-cell' });
  streamXml(content, CONTENT, {
    open(name, attributes) {
      // Automatic styles come before the body in content.xml.
      styles.define(name, attributes);
      if (SKIPPED.has(name)) skipped += 1;
      if (skipped > 0) return;
      tables.open(name);
      if (name === 'text:a' && attributes['xlink:href']) links.push(attributes['xlink:href']);
      if (name === 'text:h' || name === 'text:p') {
        // A paragraph inside another (a note's body) continues the outer one.
        if (paragraph) nested += 1;
        else {
          const style = attributes['text:style-name'];
          const role = name === 'text:h' ? { level: Number(attributes['text:outline-level'] ?? 1), title: false } : styles.role(style);
          paragraph = { text: '', ...role, size: styles.size(style, 'paragraph') ?? styles.defaultSize, sizes: new SizeTally() };
        }
      }
      if (!paragraph) return;
      if (name === 'text:span') spans.push(styles.size(attributes['text:style-name'], 'text') ?? spans.at(-1) ?? paragraph.size);
      if (name === 'text:s') paragraph.text += ' '.repeat(Math.min(Number(attributes['text:c'] ?? 1), 100));
      if (name === 'text:tab') paragraph.text += ' ';
      if (name === 'text:line-break') paragraph.text += '\n';
    },
    text(text) {
      if (!paragraph || skipped > 0) return;
      paragraph.text += text;
      paragraph.sizes.add(spans.at(-1) ?? paragraph.size, text);
    },
    close(name) {
      styles.end(name);
      if (SKIPPED.has(name)) skipped -= 1;
      // Spans inside a skipped container (an annotation's) were not pushed.
      if (name === 'text:span' && paragraph && skipped === 0) spans.pop();
      const row = skipped === 0 ? tables.close(name) : undefined;
      if (row !== undefined) {
        blocks.push({ kind: 'text', text: row });
        sizes.push(undefined);
      }
      if ((name !== 'text:h' && name !== 'text:p') || !paragraph || skipped > 0) return;
      if (nested > 0) {
        nested -= 1;
        return;
      }
      const [block, size]: [Block, number | undefined] = [paragraph.level ? { kind: 'heading', level: paragraph.level, text: paragraph.text, title: paragraph.title } : { kind: 'text', text: paragraph.text }, paragraph.sizes.take()];
      const emit = () => {
        blocks.push(block);
        sizes.push(size);
      };
      if (!tables.paragraph(block.text, block.kind === 'heading', emit)) emit();
      paragraph = undefined;
      spans.length = 0;
    },
  });
  return buildDocument(documentHeadings(blocks, sizes), { metadataTitle: metadataTitle(parts.get(META), META), links });
}

/** A style's key: paragraph and text styles are named apart ("T1" may be either). */
function keyOf(name: string | undefined, family: 'paragraph' | 'text'): string | undefined {
  return name === undefined || family === 'paragraph' ? name : `text:${name}`;
}

/** The size ODF sets text in when no style says: 12 pt. */
const ODF_SIZE = 12;

/**
 * Paragraph styles (named and automatic) and the outline level each gives, following parent styles ("Title" is level 1);
 * paragraph and text styles' size of type, in points, following parents, and the default paragraph style's.
 */
class OdfStyles {
  private readonly styles = new Map<string, { parent: string | undefined; level: number | undefined; size: number | undefined }>();
  /** The style whose properties are being read, and whether it is the default paragraph style. */
  private defining: { name: string } | 'default' | undefined;
  defaultSize = ODF_SIZE;

  define(name: string, attributes: Readonly<Record<string, string>>): void {
    if (name === 'style:default-style' && attributes['style:family'] === 'paragraph') this.defining = 'default';
    if (name === 'style:text-properties' && this.defining) {
      // Points only: a size in per cent of the parent's is left to the parent.
      const points = /^(\d+(?:\.\d+)?)pt$/.exec(attributes['fo:font-size'] ?? '');
      const size = points ? Number(points[1]) : undefined;
      if (size && this.defining === 'default') this.defaultSize = size;
      else if (size && this.defining !== 'default') this.styles.get(this.defining.name)!.size = size;
    }
    if (name !== 'style:style' || !['paragraph', 'text'].includes(attributes['style:family'] ?? '')) return;
    const level = attributes['style:family'] === 'paragraph' ? attributes['style:default-outline-level'] : undefined;
    const family = attributes['style:family'] === 'paragraph' ? 'paragraph' : 'text';
    const style = keyOf(attributes['style:name'] ?? '', family)!;
    this.styles.set(style, { parent: keyOf(attributes['style:parent-style-name'], family), level: level ? Number(level) : undefined, size: undefined });
    this.defining = { name: style };
  }

  end(name: string): void {
    if (name === 'style:style' || name === 'style:default-style') this.defining = undefined;
  }

  /** The size of type a paragraph or text style gives, up its parents; undefined where none says. */
  size(name: string | undefined, family: 'paragraph' | 'text'): number | undefined {
    for (let at = keyOf(name, family), visits = 0; at !== undefined && visits < 16; visits += 1) {
      const style = this.styles.get(at);
      if (style?.size !== undefined) return style.size;
      at = style?.parent;
    }
    return undefined;
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
