import type { Limits } from '../archive/limits.js';
import { DocumentError } from './document-error.js';
import { buildDocument, type ParsedDocument } from './document.js';
import { readPackageParts } from './package.js';
import { metadataTitle } from './metadata.js';
import { TableRows } from './table-rows.js';
import { documentHeadings, SizeTally } from './typeset-headings.js';
import { paragraphRole, styleRoles, StyledBlocks, type StyleRole, type WordStyle } from './word-styles.js';
import { streamXml } from './xml-stream.js';

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';
const RELATIONSHIPS = 'word/_rels/document.xml.rels';
const CORE = 'docProps/core.xml';
/**
 * A Word (OOXML) document: paragraphs from `document.xml`, heading levels from the style each
 * paragraph uses — its name ("heading 2", any case) or outline level, following `basedOn` —
 * or the paragraph's own outline level, as word-styles.ts says (the same as for DOC). Never by
 * style id, which is "2" or "Titre2" in real files. Without heading styles, headings by the size
 * of the type (see `documentHeadings`): the run's own (`w:sz`), else its paragraph style's, else
 * the document's default.
 */
export async function docxDocument(bytes: Buffer, path: string, limits: Readonly<Limits>, maxBytes: number): Promise<ParsedDocument> {
  const parts = await readPackageParts(bytes, path, (name) => [DOCUMENT, STYLES, RELATIONSHIPS, CORE].includes(name), limits, maxBytes);
  const document = parts.get(DOCUMENT);
  if (!document) throw new DocumentError(`it has no ${DOCUMENT}: not a Word document`);
  const { styles, sizeOf } = readStyles(parts.get(STYLES));
  const roles = styleRoles(styles);
  const targets = hyperlinkTargets(parts.get(RELATIONSHIPS));
  const links: string[] = [];
  const paragraphs = new StyledBlocks();
  const tables = new TableRows({ table: 'w:tbl', row: 'w:tr', cell: 'w:tc' });
  let paragraph: { text: string; style: string | undefined; outline: number | undefined; sizes: SizeTally } | undefined;
  let skipText = 0;
  let inText = false;
  /** The size the current run's own properties set (half-points), if any. */
  let run: { size: number | undefined } | undefined;
  /** Inside a tracked change's record of earlier properties (`w:rPrChange`), whose size is no longer the text's. */
  let changed = 0;
  streamXml(document, DOCUMENT, {
    open(name, attributes) {
      tables.open(name);
      switch (name) {
        case 'w:p': paragraph = { text: '', style: undefined, outline: undefined, sizes: new SizeTally() }; break;
        case 'w:r': run = { size: undefined }; break;
        case 'w:sz': if (run && changed === 0) run.size = sizeValue(attributes['w:val']); break;
        case 'w:rPrChange': changed += 1; break;
        case 'w:pStyle': if (paragraph) paragraph.style = attributes['w:val']; break;
        case 'w:outlineLvl': if (paragraph) paragraph.outline = outlineValue(attributes['w:val']); break;
        case 'w:t': inText = true; break;
        case 'w:tab': if (paragraph) paragraph.text += ' '; break;
        case 'w:br': case 'w:cr': if (paragraph) paragraph.text += '\n'; break;
        case 'w:hyperlink': { const target = targets.get(attributes['r:id'] ?? ''); if (target) links.push(target); break; }
        case 'w:del': case 'w:instrText': case 'w:delText': skipText += 1; break;
      }
    },
    text(content) {
      if (paragraph && inText && skipText === 0) {
        paragraph.text += content;
        paragraph.sizes.add(run?.size ?? sizeOf(paragraph.style), content);
      }
      // A HYPERLINK field keeps its target in the field instruction, which opens with the field's type
      // (anchored: an unanchored search would rescan from every "HYPERLINK" of a long text).
      const field = skipText > 0 ? /^\s*HYPERLINK\s+"([^"]+)"/.exec(content) : null;
      if (field) links.push(field[1]!);
    },
    close(name) {
      if (name === 'w:t') inText = false;
      if (name === 'w:r') run = undefined;
      if (name === 'w:rPrChange') changed -= 1;
      if (name === 'w:del' || name === 'w:instrText' || name === 'w:delText') skipText -= 1;
      const row = tables.close(name);
      if (row !== undefined) paragraphs.add('body', row);
      if (name !== 'w:p' || !paragraph) return;
      const [role, text, size] = [paragraphRole(styles, roles, paragraph.style, paragraph.outline), paragraph.text, paragraph.sizes.take()];
      const emit = () => paragraphs.add(role, text, size);
      if (!tables.paragraph(text, typeof role === 'object' || role === 'title', emit)) emit();
      paragraph = undefined;
    },
  });
  return buildDocument(documentHeadings(paragraphs.blocks, paragraphs.sizes), { metadataTitle: metadataTitle(parts.get(CORE), CORE), links });
}

/** Word's size of characters when neither the run, its style nor the document's defaults set one: 10 pt. */
const WORD_SIZE = 20;

/**
 * Each paragraph style, by id: the built-in style its name makes it (names of built-ins are English in every language's
 * files), its outline level, its base; and the size of type a paragraph style gives its characters, following bases to
 * the document's default (`w:docDefaults`).
 */
function readStyles(part: Buffer | undefined): { styles: Map<string, WordStyle<string>>; sizeOf: (style: string | undefined) => number } {
  const styles = new Map<string, WordStyle<string>>();
  const sizes = new Map<string, number>();
  let defaultSize = WORD_SIZE;
  let inDefaults = false;
  /** The style of paragraphs that name none ("Normal"). */
  let defaultStyle: string | undefined;
  let current: { id: string; name: string; basedOn: string | undefined; outline: number | undefined } | undefined;
  /** Inside a tracked change's record of earlier properties, whose size is no longer the style's. */
  let changed = 0;
  if (part) streamXml(part, STYLES, {
    open(name, attributes) {
      if (name === 'w:rPrChange') changed += 1;
      if (changed > 0) return;
      if (name === 'w:rPrDefault') inDefaults = true;
      if (name === 'w:sz' && inDefaults) defaultSize = sizeValue(attributes['w:val']) ?? defaultSize;
      if (name === 'w:style' && (attributes['w:type'] ?? 'paragraph') === 'paragraph') {
        current = { id: attributes['w:styleId'] ?? '', name: '', basedOn: undefined, outline: undefined };
        if (['1', 'true', 'on'].includes(attributes['w:default'] ?? '')) defaultStyle ??= current.id;
      }
      if (!current) return;
      if (name === 'w:name') current.name = attributes['w:val'] ?? '';
      if (name === 'w:basedOn') current.basedOn = attributes['w:val'];
      if (name === 'w:outlineLvl') current.outline = outlineValue(attributes['w:val']);
      const size = name === 'w:sz' ? sizeValue(attributes['w:val']) : undefined;
      if (size !== undefined) sizes.set(current.id, size);
    },
    close(name) {
      if (name === 'w:rPrChange') changed -= 1;
      if (name === 'w:rPrDefault') inDefaults = false;
      if (name === 'w:style' && current) styles.set(current.id, { builtIn: builtInRole(current.name), outline: current.outline, base: current.basedOn });
      if (name === 'w:style') current = undefined;
    },
  });
  const sizeOf = (style: string | undefined) => {
    // Up the bases, at most 16 (a cycle in a hostile file ends there), as for roles; a style the sheet lacks is the default one, as in Word.
    for (let at = style !== undefined && styles.has(style) ? style : defaultStyle, visits = 0; at !== undefined && visits < 16; at = styles.get(at)?.base, visits += 1) {
      const size = sizes.get(at);
      if (size !== undefined) return size;
    }
    return defaultSize;
  };
  return { styles, sizeOf };
}

function sizeValue(value: string | undefined): number | undefined {
  const size = Number(value);
  return value !== undefined && size > 0 ? size : undefined;
}

function outlineValue(value: string | undefined): number | undefined {
  const outline = Number(value);
  return value !== undefined && Number.isInteger(outline) ? outline : undefined;
}

function builtInRole(styleName: string): StyleRole | undefined {
  const name = styleName.toLowerCase().replace(/\s+/g, ' ').trim();
  const numbered = /^heading ?([1-9])$/.exec(name);
  if (numbered) return { level: Number(numbered[1]) };
  if (name === 'title') return 'title';
  if (/^toc ?(\d|heading)|^table of contents/.test(name)) return 'toc';
  return undefined;
}

/** External hyperlink targets by relationship id. */
function hyperlinkTargets(part: Buffer | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  if (!part) return targets;
  streamXml(part, RELATIONSHIPS, {
    open(name, attributes) {
      if (name === 'Relationship' && /hyperlink$/.test(attributes.Type ?? '') && attributes.Target) targets.set(attributes.Id ?? '', attributes.Target);
    },
  });
  return targets;
}
