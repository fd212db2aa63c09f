import { describe, expect, it } from 'vitest';
import { writeDoc, writeDocx, type WordParagraph, type WordStyleSpec } from '../../fixtures/office.js';
import { defaultLimits } from '../../src/archive/limits.js';
import type { ParsedDocument } from '../../src/documents/document.js';
import { extractDocument } from '../../src/documents/extract.js';
import { extractionLimits } from '../../src/scan/documents.js';

const limits = extractionLimits(defaultLimits);
const headings = (document: ParsedDocument) => document.sections.flatMap((section) => (section.heading ? [[section.heading.level, section.heading.text]] : []));

/** Styles as a vendor's template defines them: built-ins, custom styles based on them, outline levels set or reset to body text (9). */
const STYLES: WordStyleSpec[] = [
  { id: 'Normal', name: 'Normal' },
  { id: 'Title', name: 'Title', basedOn: 'Normal' },
  { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', outline: 0 },
  { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', outline: 1 },
  { id: 'TOC1', name: 'toc 1', basedOn: 'Normal' },
  // Based on Heading 1, nothing changed: a heading 1.
  { id: 'CorvidChapter', name: 'Corvid Chapter', basedOn: 'Heading1' },
  // Based on Heading 1, outline level reset to body text: Word shows it as body text.
  { id: 'CorvidLead', name: 'Corvid Chapter Lead', basedOn: 'Heading1', outline: 9 },
  // Based on that: body text too, by inheritance.
  { id: 'CorvidLeadSmall', name: 'Corvid Chapter Lead Small', basedOn: 'CorvidLead' },
  // A custom outline level, and a style inheriting it.
  { id: 'CorvidSection', name: 'Corvid Section', basedOn: 'Normal', outline: 2 },
  { id: 'CorvidSectionQuiet', name: 'Corvid Section Quiet', basedOn: 'CorvidSection' },
  // A second "heading 2" (a template merged into another) set to body text: a built-in heading's level cannot change.
  { id: 'Heading2Body', name: 'heading 2', basedOn: 'Normal', outline: 9 },
  // Two styles based on each other, in a damaged template.
  { id: 'LoopA', name: 'Loop A', basedOn: 'LoopB' },
  { id: 'LoopB', name: 'Loop B', basedOn: 'LoopA' },
];

const PARAGRAPHS: WordParagraph[] = [
  { style: 'Title', text: 'Corvid NAS Plugin 3.2.1 Installation Guide' },
  { style: 'TOC1', text: 'Installing the Plugin\t3' },
  { style: 'CorvidChapter', text: 'Installing the Plugin' },
  { style: 'CorvidLead', text: 'Read this chapter before you start.' },
  { style: 'CorvidLeadSmall', text: 'It takes ten minutes.' },
  { style: 'CorvidSection', text: 'Prerequisites' },
  { text: 'ESXi 8.0 or later.' },
  { style: 'CorvidSectionQuiet', text: 'Supported Configurations' },
  { style: 'LoopA', text: 'Up to 256 datastores per host.' },
  // The paragraph's own outline level: a heading 2 from body text, body text from a custom heading style.
  { outline: 1, text: 'Troubleshooting' },
  { style: 'CorvidChapter', outline: 9, text: 'Most problems come from the acceptance level.' },
  // A built-in heading keeps its level, whatever outline level the paragraph or its style says.
  { style: 'Heading2', outline: 9, text: 'Known Issues' },
  { style: 'Heading2Body', text: 'Getting Help' },
];

describe('Word paragraph styles: DOC and DOCX give the same headings', () => {
  it.each(['doc', 'docx'] as const)('%s', async (format) => {
    const bytes = format === 'doc' ? writeDoc(PARAGRAPHS, STYLES) : writeDocx(PARAGRAPHS, STYLES);
    const document = await extractDocument(format, bytes, `guide.${format}`, limits);
    expect(headings(document)).toEqual([
      [1, 'Corvid NAS Plugin 3.2.1 Installation Guide'],
      [1, 'Installing the Plugin'],
      [3, 'Prerequisites'],
      [3, 'Supported Configurations'],
      [2, 'Troubleshooting'],
      [2, 'Known Issues'],
      [2, 'Getting Help'],
    ]);
    // The table of contents line is left out; body text in heading-based styles stays text.
    expect(document.text).toBe(
      [
        'Corvid NAS Plugin 3.2.1 Installation Guide', 'Installing the Plugin', 'Read this chapter before you start.', 'It takes ten minutes.', 'Prerequisites', 'ESXi 8.0 or later.',
        'Supported Configurations', 'Up to 256 datastores per host.', 'Troubleshooting', 'Most problems come from the acceptance level.', 'Known Issues', 'Getting Help',
      ].join('\n'),
    );
    expect(document.title).toBe('Corvid NAS Plugin 3.2.1 Installation Guide');
  });
});
