import type { FileHandle } from 'node:fs/promises';
import { DEFLATED } from '../archive/zip.js';
import { bufferEntry, ZipWriter } from '../fix/zip-writer.js';
import { escapeMarkup, type Template, type TemplateSection } from './templates.js';

const NAMESPACES = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
/** Word's built-in styles a template uses: the title and three heading levels, with their outline levels. */
const STYLES = [
  { id: 'Title', name: 'Title', outline: undefined },
  { id: 'Heading1', name: 'heading 1', outline: 0 },
  { id: 'Heading2', name: 'heading 2', outline: 1 },
  { id: 'Heading3', name: 'heading 3', outline: 2 },
] as const;
/** 1 January 2026, 00:00, in MS-DOS form: a fixed stamp, so the same template is the same file. */
const STAMP = { dosTime: 0, dosDate: ((2026 - 1980) << 9) | (1 << 5) | 1 };

/**
 * Writes a template as a Word document: the title in the Title style, sections in Heading 1–3,
 * guidance lines as plain paragraphs, the title in the core properties too. Through the same
 * zip writer as `fix`.
 */
export async function writeDocx(handle: FileHandle, template: Template): Promise<void> {
  const paragraphs = [paragraph(template.title, 'Title'), paragraph(template.intro)];
  const section = (item: TemplateSection, depth: number) => {
    paragraphs.push(paragraph(item.heading, `Heading${depth}`));
    if (item.guidance) paragraphs.push(paragraph(item.guidance));
    for (const child of item.children ?? []) section(child, depth + 1);
  };
  for (const item of template.sections) section(item, 1);
  const styles = STYLES.map(({ id, name, outline }) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${outline === undefined ? '' : `<w:pPr><w:outlineLvl w:val="${outline}"/></w:pPr>`}</w:style>`).join('');
  const parts: [string, string][] = [
    ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'],
    ['_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'],
    ['word/document.xml', `<w:document ${NAMESPACES}><w:body>${paragraphs.join('')}</w:body></w:document>`],
    ['word/styles.xml', `<w:styles ${NAMESPACES}>${styles}</w:styles>`],
    ['word/_rels/document.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'],
    ['docProps/core.xml', `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeMarkup(template.title)}</dc:title></cp:coreProperties>`],
  ];
  const writer = new ZipWriter(handle);
  for (const [name, xml] of parts) await writer.add(bufferEntry(name, Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`), DEFLATED, STAMP));
  await writer.finish(Buffer.alloc(0));
}

function paragraph(text: string, style?: string): string {
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeMarkup(text)}</w:t></w:r></w:p>`;
}
