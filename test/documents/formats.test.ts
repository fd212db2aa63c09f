import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { documentContent, renderDocument } from '../../fixtures/documents.js';
import { renderPdf, WORD_STYLES, writeDoc, writeDocx, writeOdt, type FlatBlock } from '../../fixtures/office.js';
import { writeZip } from '../../fixtures/zip-writer.js';
import { pdfInflatingStream } from '../../fixtures/pathological.js';
import { release } from '../../fixtures/release.js';
import { defaultLimits } from '../../src/archive/limits.js';
import { extractionLimits } from '../../src/scan/documents.js';
import { extractDocument } from '../../src/documents/extract.js';
import type { Block, ParsedDocument } from '../../src/documents/document.js';
import type { DocumentFormat } from '../../src/model/model.js';
import { packageRoot } from '../../src/package-root.js';
import { isReleaseLine, plainTextBlocks, typedHeadings } from '../../src/documents/plain-text.js';
import { contentDocument } from '../../src/documents/pdf.js';

const limits = extractionLimits(defaultLimits);
const REAL = join(packageRoot, 'test', 'data', 'documents');

/** Headings as a reader compares them: without the numbers list numbering or the writer added. */
function headings(document: ParsedDocument): string[] {
  return document.sections.flatMap((section) => (section.heading ? [section.heading.text.replace(/^\d+(?:\.\d+)*\.?\s+/, '')] : []));
}

function levels(document: ParsedDocument): number[] {
  return document.sections.flatMap((section) => (section.heading ? [section.heading.level] : []));
}

describe('generated documents', () => {
  const generatedFormats = [
    ['md', 'markdown'], ['txt', 'text'], ['html', 'html'], ['docx', 'docx'], ['doc', 'doc'], ['odt', 'odt'], ['rtf', 'rtf'], ['pdf', 'pdf'], ['pdf-flat', 'pdf'],
  ] as const;

  it.each(['release-notes', 'install-guide', 'support'] as const)('give the same headings, title and links in every format: %s', async (role) => {
    const content = documentContent(release(), role);
    const parsed = await Promise.all(generatedFormats.map(([format, parser]) => extractDocument(parser, renderDocument(content, format), `x.${format}`, limits)));
    const [reference, ...others] = parsed;
    expect(headings(reference!)[0]).toBe(content.title);
    for (const [index, document] of others.entries()) {
      expect([generatedFormats[index + 1]![0], headings(document)]).toEqual([generatedFormats[index + 1]![0], headings(reference!)]);
      expect(document.title).toBe(content.title);
      expect(document.urls.map((url) => url.replace(/\/$/, ''))).toEqual(reference!.urls);
    }
  });
});

describe('PDF font sizes', () => {
  it('are the sizes text is printed at, whether set by the font size (Tf) or by scaling a 1-point font with the text matrix', async () => {
    const body = (topic: string): FlatBlock => ({ kind: 'paragraph', text: `This section explains ${topic} for the Corvid NAS plugin, step by step, with the commands an administrator runs on each ESXi host.` });
    const blocks: FlatBlock[] = [
      body('this guide'),
      { kind: 'heading', level: 1, text: 'Installing the Plugin' }, body('the installation'), body('the upgrade'),
      { kind: 'heading', level: 2, text: 'Prerequisites' }, body('the prerequisites'), body('the supported hosts'),
      { kind: 'heading', level: 1, text: 'Troubleshooting' }, body('the logs'), body('support'),
    ];
    const read = (scaledFont: boolean) => extractDocument('pdf', renderPdf('Corvid NAS Plugin Installation Guide', blocks, false, { scaledFont }), 'guide.pdf', limits);
    for (const document of [await read(false), await read(true)]) {
      expect([headings(document), levels(document)]).toEqual([['Corvid NAS Plugin Installation Guide', 'Installing the Plugin', 'Prerequisites', 'Troubleshooting'], [1, 1, 2, 1]]);
    }
  });
});

describe('PDF running heads', () => {
  it('are dropped from two pages as from more: a line atop or at the foot of both pages is no text of either', async () => {
    const name = (index: number) => `${'ABCDEFGHIJ'[index % 10]}${'klmnopqrst'[Math.floor(index / 10)]}`;
    const blocks: FlatBlock[] = Array.from({ length: 60 }, (_, index) => ({ kind: 'item', text: `Adds support for the Heron ${name(index)} platform.` }));
    const document = await extractDocument('pdf', renderPdf('Heron Manager Server Release Notes', [{ kind: 'heading', level: 2, text: 'V3.5' }, ...blocks], false), 'rn.pdf', limits);
    expect([document.text.includes('Adds support for the Heron Jp platform.'), /page \d/.test(document.text)]).toEqual([true, false]);
  });

  it('are counted atop pages and at their feet apart: a heading that ends one page and opens the next stays', async () => {
    const blocks: FlatBlock[] = [
      { kind: 'heading', level: 2, text: 'Version 3.2' }, { kind: 'paragraph', text: 'Adds the Heron replication dashboard to the vSphere Client.' }, { kind: 'heading', level: 3, text: 'Known issues' },
      { kind: 'heading', level: 1, text: 'Version 3.1' }, { kind: 'heading', level: 3, text: 'Known issues' }, { kind: 'paragraph', text: 'Clones of thin disks take longer than clones of thick disks.' },
    ];
    const document = await extractDocument('pdf', renderPdf('Heron Plugin Release Notes', blocks, false, { pageBreakBefore: 1 }), 'rn.pdf', limits);
    expect(headings(document)).toEqual(['Heron Plugin Release Notes', 'Version 3.2', 'Known issues', 'Version 3.1', 'Known issues']);
  });

  it('are a block of several lines repeated at one height atop the pages, however the pages list their lines, kept on the first page where it titles the document', () => {
    const line = (text: string, size: number, y: number) => ({ text, size, y });
    const head = [line('Release Notes', 14, 758), line('Heron SDK', 19, 737), line('Heron (v2.5.1), September 2026', 14, 714), line('HSDKRN ©2026 Heron Micro, Inc.', 10, 28)];
    const pages = [
      [...head, line('1. Overview', 16, 642), line('This document is the release notes of the Heron SDK v2.5.1 for the evaluation boards.', 10, 623)],
      [...head, line('2. Resolved Defects', 16, 674), line('Fixed the reading of the ADC FIFO when samples come from SRAM.', 10, 634)],
      [...head, line('3. New Features', 16, 674), line('Added support for the timers on GPIO pins beyond pin 49.', 10, 634)],
    ];
    const document = contentDocument({ title: undefined, outline: [], pages, links: [] });
    expect(document.sections.map((section) => section.heading?.text)).toEqual(['Heron (v2.5.1), September 2026', '1. Overview', '2. Resolved Defects', '3. New Features']);
  });

  it('take a page of the pages a browser prints at a foot, not a month and year there ("03/2024")', async () => {
    const blocks: FlatBlock[] = [{ kind: 'heading', level: 2, text: 'Version 3.2' }, { kind: 'paragraph', text: 'Adds the Heron replication dashboard.' }, { kind: 'paragraph', text: '03/2024' }];
    const document = await extractDocument('pdf', renderPdf('Heron Plugin Release Notes', blocks, false), 'rn.pdf', limits);
    expect(document.text.split('\n').filter((line) => /\d\/\d/.test(line))).toEqual(['03/2024']);
  });
});

describe('PDF release lines', () => {
  it('open a release at the body size too (a Word template\'s bold "V8.1.3/ 5- September -2024"), below the headings sized larger', async () => {
    const text = (line: string): FlatBlock => ({ kind: 'paragraph', text: line });
    const blocks: FlatBlock[] = [
      text('V2.1.0/ 5- September -2026'), text('Main Changes'), text('1. Bug Fix'), text('Modify UART1_IRQHandler() so that a frame received during the baud rate detection is kept.'),
      text('V2.0.0/ 16- July -2026'), text('Main Changes'), text('Version 2.0.0 of the library adds the LIN stack and drops the old CAN examples (15 July 2026).'),
      { kind: 'heading', level: 1, text: 'Contact' }, text('Write to the support team of Heron Micro for help with the drivers of the library.'),
    ];
    const document = await extractDocument('pdf', renderPdf('Release Notes for HM1179 Peripheral Library', blocks, false), 'rn.pdf', limits);
    expect([headings(document), levels(document)]).toEqual([['Release Notes for HM1179 Peripheral Library', 'V2.1.0/ 5- September -2026', 'V2.0.0/ 16- July -2026', 'Contact'], [1, 2, 2, 1]]);
  });

  it('open a release in a PDF whose bookmarks name the other headings only (a page\'s collapsible labels printed), unless a sentence starts or runs on from them', async () => {
    const text = (line: string): FlatBlock => ({ kind: 'paragraph', text: line });
    const blocks: FlatBlock[] = [
      { kind: 'heading', level: 1, text: 'Update History' },
      text('V2.1.0 / 05-September-2026'), { kind: 'heading', level: 2, text: 'Main Changes' }, text('Adds the LIN stack to the HM1179 peripheral library.'),
      text('V2.0.0 / 16-July-2026'), { kind: 'heading', level: 2, text: 'Main Changes' }, text('First release of the library for the HM1179 family.'),
      { kind: 'heading', level: 1, text: 'Packaging' }, text('hm-lib_v2.1_2026-09-05.zip. It is packaged as a CMake project and\ndelivered with its examples.'),
    ];
    const document = await extractDocument('pdf', renderPdf('HM1179 Peripheral Library Release Notes', blocks, true), 'rn.pdf', limits);
    expect([headings(document), levels(document)]).toEqual([
      ['HM1179 Peripheral Library Release Notes', 'Update History', 'V2.1.0 / 05-September-2026', 'Main Changes', 'V2.0.0 / 16-July-2026', 'Main Changes', 'Packaging'],
      [1, 1, 1, 2, 1, 2, 1],
    ]);
  });
});

describe('PDF release lines beside other text', () => {
  const line = (text: string, size: number, y: number) => ({ text, size, y });
  it('open a release over an item that starts in lower case a paragraph below, not only over one in capitals', () => {
    const page = [line('Heron CLI Release Notes', 20, 760), line('V2.1.0 / 05-September-2026', 11, 720), line('macOS: the installer no longer asks for the admin password twice.', 11, 698),
      line('V2.0.0 / 16-July-2026', 11, 660), line('First release of the command-line tools for Heron arrays.', 11, 638)];
    const document = contentDocument({ title: undefined, outline: [], pages: [page], links: [] });
    expect(headings(document)).toEqual(['Heron CLI Release Notes', 'V2.1.0 / 05-September-2026', 'V2.0.0 / 16-July-2026']);
  });

  it('open no release when they are rows of a revision table in a bookmarked PDF, however padded its cells', () => {
    const page = [line('Heron Agent Installation Guide', 24, 760), line('Revision History', 16, 720), line('2.1 2026-09-05 Adds the proxy settings', 10, 690),
      line('2.0 2026-07-16 Covers the new installer', 10, 672), line('1.0 2026-01-10 First edition', 10, 654), line('Installing', 16, 600), line('Run the installer on every host of the cluster.', 10, 580)];
    const outline = [{ title: 'Revision History', level: 1, page: 0 }, { title: 'Installing', level: 1, page: 0 }];
    expect(headings(contentDocument({ title: undefined, outline, pages: [page], links: [] }))).toEqual(['Heron Agent Installation Guide', 'Revision History', 'Installing']);
  });
});

describe('PDF paragraphs set larger than the body', () => {
  const line = (text: string, size: number, y: number) => ({ text, size, y });
  it('head nothing when they are sentences or list items, as a word processor\'s paragraphs do; a release line at the body size spelling "release date" still opens a release', () => {
    const item = (text: string, y: number) => line(text, 10, y);
    const page = [
      line('Heron Board : release notes for public beta', 22, 780), line('Introduction', 16, 750),
      line('This version is a public beta of our newest release. Please be aware that it still', 12, 730),
      line('contains bugs and must not be used in production. Report them on the tracker.', 12, 716),
      line('Version 2.00.b.10 release date 31/Oct/12', 16, 690), line('Fixed bugs', 13, 670),
      line('• [HERON-578] - Associate Images: you cannot paste new images into the', 12, 652), line('widget after a restart', 12, 638),
      line('• [HERON-630] - Labels of interactivities are hard to read', 12, 624),
      ...Array.from({ length: 12 }, (_, index) => item(`• [HERON-${700 + index}] - The eraser of the tool palette stays open after a click on the arrow tool`, 606 - index * 14)),
      line('Previous versions', 16, 420), item('Version 2.00.b.09 release date 10/Oct/12', 400), item('Fixed bugs', 386),
      item('• [HERON-200] - The video picker plays a video after the object is closed', 372),
    ];
    const document = contentDocument({ title: undefined, outline: [], pages: [page], links: [] });
    expect([headings(document), levels(document)]).toEqual([
      ['Heron Board : release notes for public beta', 'Introduction', 'Version 2.00.b.10 release date 31/Oct/12', 'Fixed bugs', 'Previous versions', 'Version 2.00.b.09 release date 10/Oct/12'],
      [1, 2, 2, 3, 2, 4],
    ]);
  });
});

describe('PDF whose title alone is set larger than the body', () => {
  it('reads the headings under it by the text\'s conventions, as a paper set in one size with bold numbered sections', () => {
    const line = (text: string, y: number, size = 9) => ({ text, size, y });
    const first = [
      line('Installing the Corvid Software', 760, 11), line('Corvid can run as a hosted virtual operating system on top of Unix or Windows.', 700),
      line('1. Preparation', 670), line('You should ensure at least 150 Mbytes of free space on the filesystem before you start.', 655),
      line('2. Copying Files', 620), line('On all platforms the files are owned by the user doing the installation.', 605),
    ];
    const second = [line('3. Running Corvid', 760), line('Run the emulator from the bin directory of the installation and log in.', 745)];
    expect(headings(contentDocument({ title: undefined, outline: [], pages: [first, second], links: [] }))).toEqual(['Installing the Corvid Software', 'Preparation', 'Copying Files', 'Running Corvid']);
  });
});

describe('PDF titles wrapped over lines', () => {
  it('stay the title however long the lines together are, when they read as one', () => {
    const line = (text: string, size: number, y: number) => ({ text, size, y });
    const body = Array.from({ length: 8 }, (_, index) => line(`Install the Corvid agent on every ESXi host of the cluster before you register the array ${index}.`, 10, 600 - index * 14));
    const page = [
      line('Corvid Storage Plugin for VMware vSphere Virtual Volumes and Site Recovery Manager', 20, 760), line('Installation and Configuration Guide for Release 3.2.1', 20, 736),
      line('Prerequisites', 14, 680), ...body,
    ];
    const document = contentDocument({ title: undefined, outline: [], pages: [page], links: [] });
    expect([document.title, headings(document)]).toEqual([
      'Corvid Storage Plugin for VMware vSphere Virtual Volumes and Site Recovery Manager Installation and Configuration Guide for Release 3.2.1',
      ['Corvid Storage Plugin for VMware vSphere Virtual Volumes and Site Recovery Manager Installation and Configuration Guide for Release 3.2.1', 'Prerequisites'],
    ]);
  });
});

describe('PDF with one bookmark', () => {
  it('takes its headings from the type sizes: a generator that bookmarks the title alone gives no structure', () => {
    const line = (text: string, size: number, y: number) => ({ text, size, y });
    const page = [line('Release Notes', 19.5, 724), line('Heron Data Fabric 6.6.8', 8, 693), line('Heron Data Fabric 6.6.7', 8, 684),
      line('Heron Data Fabric 6.6.8', 13.5, 600), line('Fixed affinity processor notification on discovery events of the cluster.', 8, 580),
      line('Heron Data Fabric 6.6.7', 13.5, 540), line('Added a method to bypass the ongoing transaction for a get of many keys.', 8, 520)];
    const document = contentDocument({ title: undefined, outline: [{ title: 'Release Notes', level: 1, page: 0 }], pages: [page], links: [] });
    expect([headings(document), levels(document)]).toEqual([['Release Notes', 'Heron Data Fabric 6.6.8', 'Heron Data Fabric 6.6.7'], [1, 2, 2]]);
  });
});

describe('PDF printed in one size', () => {
  it('reads lines at line spacing as one paragraph, so a wrapped line that looks like a heading stays text', async () => {
    const blocks: FlatBlock[] = [
      { kind: 'paragraph', text: 'VERSION 3.2.1' },
      { kind: 'paragraph', text: 'With this release the plugin\nReports Progress In The vSphere Client\nfor every task it starts on a host.' },
    ];
    const document = await extractDocument('pdf', renderPdf('', blocks, false), 'rn.pdf', limits);
    expect(headings(document)).toEqual(['VERSION 3.2.1']);
  });
});

describe('PDF release lines in rows', () => {
  it('open no release when they are rows at line spacing (a table of versions and dates), and a wrapped first sentence is no title', async () => {
    const blocks: FlatBlock[] = [
      { kind: 'paragraph', text: 'These release notes describe the changes in the Heron plugin and list the\nknown issues of each release.' },
      { kind: 'heading', level: 2, text: 'Revision history' },
      { kind: 'paragraph', text: 'Version Date Changes\n1.0 15 May 2016 Initial release\n1.1 02 Jun 2016 Replication added' },
      { kind: 'heading', level: 2, text: 'Version 3.2.1 (2026-10-15)' }, { kind: 'paragraph', text: 'Fixes the datastore browser.' },
      { kind: 'heading', level: 2, text: 'Version 3.2.0 (2026-08-01)' }, { kind: 'paragraph', text: 'Adds replication.' },
    ];
    // No title line: the document opens with the sentence, at the body size.
    const document = await extractDocument('pdf', renderPdf('', blocks, false), 'rn.pdf', limits);
    expect(headings(document)).toEqual(['Revision history', 'Version 3.2.1 (2026-10-15)', 'Version 3.2.0 (2026-08-01)']);
  });
});

describe('PDF headings at body size', () => {
  const body = (topic: string): FlatBlock => ({ kind: 'paragraph', text: `This section explains ${topic} for the Corvid NAS plugin, with the settings an administrator enters in the vSphere Client.` });
  // A word processor's export: chapters in a larger font, numbered sections bold at body size, a table of contents listing both.
  const toc: FlatBlock[] = ['1 Installation 2', '1.1 Before You Begin 2', '2 Configuration 3', '2.1 Quick setup guide 3', '2.2 Advanced settings 3', 'Contact Support 3'].map((text) => ({ kind: 'paragraph', text }));
  const chapters: FlatBlock[] = [
    { kind: 'heading', level: 1, text: '1 Installation' }, body('the installer'),
    { kind: 'heading', level: 2, text: '1.1 Before You Begin' }, body('the hosts to prepare'),
    { kind: 'heading', level: 1, text: '2 Configuration' }, body('the configuration'),
    { kind: 'heading', level: 2, text: '2.1 Quick setup guide' }, body('the first settings'),
    { kind: 'heading', level: 2, text: '2.2 Advanced settings' }, body('the advanced settings'),
    { kind: 'paragraph', text: '3 Contact Support' }, body('who to call'),
  ];
  const read = () => extractDocument('pdf', renderPdf('Corvid NAS Plugin Guide', [...toc, ...chapters], false, { headingSizes: [16, 10], pageBreakBefore: 1 }), 'guide.pdf', limits);

  it('are the numbered lines the table of contents lists before them, one level below the chapter they are numbered under', async () => {
    const document = await read();
    expect([headings(document), levels(document)]).toEqual([
      ['Corvid NAS Plugin Guide', 'Installation', 'Before You Begin', 'Configuration', 'Quick setup guide', 'Advanced settings'],
      [1, 2, 3, 2, 3, 3],
    ]);
  });

  it('leave a numbered line the table of contents does not list as text of its section', async () => {
    const document = await read();
    expect(document.sections.at(-1)!.body).toContain('3 Contact Support');
  });

  it('are the numbered lines the table of contents lists whether or not a dot ends the number ("1.1. Before You Begin")', async () => {
    const dotted = (text: string) => text.replace(/^(\d+\.\d+) /, '$1. ');
    const blocks = [...toc, ...chapters].map((block) => ({ ...block, text: dotted(block.text) }));
    const document = await extractDocument('pdf', renderPdf('Corvid NAS Plugin Guide', blocks, false, { headingSizes: [16, 10], pageBreakBefore: 1 }), 'guide.pdf', limits);
    expect([headings(document), levels(document)]).toEqual([
      ['Corvid NAS Plugin Guide', 'Installation', 'Before You Begin', 'Configuration', 'Quick setup guide', 'Advanced settings'],
      [1, 2, 3, 2, 3, 3],
    ]);
  });
});

describe('real documents rendered by LibreOffice', () => {
  const formats: [string, DocumentFormat][] = [['html', 'html'], ['docx', 'docx'], ['odt', 'odt'], ['rtf', 'rtf'], ['pdf', 'pdf'], ['doc', 'doc']];
  const read = (name: string, format: DocumentFormat) => extractDocument(format, readFileSync(join(REAL, name)), name, limits);

  it.each(['release-notes', 'install-guide'])('%s: the same headings and levels in every format', async (name) => {
    const html = await read(`${name}.html`, 'html');
    for (const [extension, format] of formats.slice(1)) {
      const document = await read(`${name}.${extension}`, format);
      expect([extension, headings(document)]).toEqual([extension, headings(html)]);
      expect(document.title).toBe(html.title);
      expect([extension, levels(document)]).toEqual([extension, levels(html)]);
    }
  });

  it('reads the release notes version by version', async () => {
    const document = await read('release-notes.docx', 'docx');
    expect(headings(document)).toEqual([
      'StorFlex NAS Plugin 2.4.0 Release Notes',
      'StorFlex NAS Plugin 2.4.0 (March 2026)', 'New Features and Enhancements', 'Resolved Issues', 'Known Limitations',
      'Previous Releases',
      'StorFlex NAS Plugin 2.3.2 (November 2025)', 'New Features and Enhancements', 'Resolved Issues', 'Known Limitations',
      'StorFlex NAS Plugin 2.3.0 (June 2025)', 'New Features and Enhancements', 'Resolved Issues', 'Known Limitations',
    ]);
    expect(document.urls).toEqual(['https://kb.storflex.example.net/nas-plugin']);
  });

  it('finds the chapters of the program guide as text (pandoc plain text, headings over unwrapped paragraphs)', async () => {
    const guide = await extractDocument('text', readFileSync(join(packageRoot, '..', 'shared', 'reference', 'vaai-nas-program-guide.txt')), 'guide.txt', limits);
    expect(headings(guide)).toEqual(expect.arrayContaining(['Release Logistics', 'Packaging', 'Installation', 'Open Source and Encryption', 'Support Request Process', 'Hot Fix Process']));
  });

  it('says a password-protected PDF is password-protected', async () => {
    await expect(read('release-notes-password.pdf', 'pdf')).rejects.toMatchObject({ reason: 'it is password-protected' });
  });

  it('says a DOC marked encrypted is password-protected', async () => {
    const container = CFB.read(readFileSync(join(REAL, 'release-notes.doc')), { type: 'buffer' });
    const word = CFB.find(container, 'WordDocument')!;
    const fib = Buffer.from(word.content as Uint8Array);
    fib.writeUInt16LE(fib.readUInt16LE(0x0a) | 0x0100, 0x0a);
    word.content = fib;
    const encrypted = Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
    await expect(extractDocument('doc', encrypted, 'x.doc', limits)).rejects.toMatchObject({ reason: 'it is password-protected' });
  });

  it('reads a DOC whose style sheet cannot be followed, finding headings as in plain text', async () => {
    const container = CFB.read(readFileSync(join(REAL, 'release-notes.doc')), { type: 'buffer' });
    const word = CFB.find(container, 'WordDocument')!;
    const fib = Buffer.from(word.content as Uint8Array);
    // lcbStshf, the style sheet's size, made to run past the table stream.
    fib.writeUInt32LE(0x7fffffff, 0x9a + 8 + 4);
    word.content = fib;
    const document = await extractDocument('doc', Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array), 'x.doc', limits);
    expect(headings(document)).toEqual(headings(await read('release-notes.html', 'html')));
    expect(new Set(levels(document))).toEqual(new Set([2]));
  });

  it('reads a table row of a DOCX or an ODT as one line, its cells apart by " | ", as HTML and Markdown tables read; a row of one cell keeps its paragraphs and their styles', async () => {
    const rows = [[['Release designation'], ['3.2.1']], [['Release date'], ['2026 April 29']], [['Option'], ['Default', 'value'], ['Description']]];
    const docx = writeDocx([{ style: 'Titre1', text: 'Release Data' }, { rows }, { rows: [[['Read this first.', 'Back up the array.']]] }, { style: 'Titre1', text: 'Known Issues' }, { text: 'None.' }], WORD_STYLES);
    const cells = (row: readonly (readonly string[])[]) => `<table:table-row>${row.map((cell) => `<table:table-cell>${cell.map((text) => `<text:p>${text}</text:p>`).join('')}</table:table-cell>`).join('')}</table:table-row>`;
    const odt = writeOdt('Notes', `<text:h text:outline-level="1">Release Data</text:h><table:table>${rows.map(cells).join('')}</table:table><table:table>${cells([['Read this first.', 'Back up the array.']])}</table:table><text:h text:outline-level="1">Known Issues</text:h><text:p>None.</text:p>`);
    for (const [format, bytes] of [['docx', docx], ['odt', odt]] as const) {
      const document = await extractDocument(format, bytes, `x.${format}`, limits);
      expect([format, document.sections.map((section) => [section.heading?.text, section.body])]).toEqual([
        format,
        [['Release Data', 'Release designation | 3.2.1\nRelease date | 2026 April 29\nOption | Default value | Description\nRead this first.\nBack up the array.'], ['Known Issues', 'None.']],
      ]);
    }
  });

  it('keeps the paragraphs and headings of a table that lays out a page (a sidebar beside the content), reading no row of it as one line', async () => {
    const docx = writeDocx([{ rows: [[['Corvid Plugin', 'Version 3.2.1'], ['Corvid Plugin 3.2.1 Release Notes', 'This release adds trunking.', 'Fixed Issues', 'Clone timeouts.']]] }], WORD_STYLES);
    const document = await extractDocument('docx', docx, 'x.docx', limits);
    expect(document.text.includes(' | ')).toBe(false);
    expect(document.text.split('\n').slice(0, 6)).toEqual(['Corvid Plugin', 'Version 3.2.1', 'Corvid Plugin 3.2.1 Release Notes', 'This release adds trunking.', 'Fixed Issues', 'Clone timeouts.']);
  });

  it('reads a DOC whose paragraphs are all Normal by its text\'s conventions, as a DOCX without heading styles: a title, parts standing alone', async () => {
    const paragraphs = ['Release Notes for Corvid NAS Plugin 3.2.1', '', 'October 15. 2026', '', 'This release adds session trunking and fixes clone timeouts.', '', 'Fixed Issues', '', 'Clones of thin disks no longer fail.', '', 'Known Issues', '', 'Statistics are empty until a remount.'];
    const bytes = writeDoc(paragraphs.map((text) => ({ style: 'Normal', text })), [{ id: 'Normal', name: 'Normal' }]);
    const document = await extractDocument('doc', bytes, 'x.doc', limits);
    expect(document.title).toBe('Release Notes for Corvid NAS Plugin 3.2.1');
    expect(headings(document)).toEqual(['Release Notes for Corvid NAS Plugin 3.2.1', 'October 15. 2026', 'Fixed Issues', 'Known Issues']);
  });

  it.each([
    ['a truncated DOCX', 'docx', 'release-notes.docx', /^it is not a readable zip package/],
    ['a truncated ODT', 'odt', 'release-notes.odt', /^it is not a readable zip package/],
    ['a truncated PDF', 'pdf', 'release-notes.pdf', /^pdf\.js could not read it|^it is not a valid PDF/],
    ['a truncated DOC', 'doc', 'release-notes.doc', /^it is not a readable OLE2 compound file|^its [\w ]+'s sector chain (points past the end of the file|ends early|loops)|^its FAT points past|^its Word structures cannot be followed/],
  ] as const)('says why %s cannot be read', async (_, format, name, reason) => {
    const bytes = readFileSync(join(REAL, name));
    await expect(extractDocument(format, bytes.subarray(0, Math.floor(bytes.length / 3)), name, limits)).rejects.toMatchObject({ reason: expect.stringMatching(reason) });
  });

  it('gives up on a PDF that takes longer than its time limit, then reads the next one in a new worker', async () => {
    const bytes = readFileSync(join(REAL, 'release-notes.pdf'));
    // A page whose content stream inflates to 64 MiB: no machine parses it within the limit (a small PDF, in a warm worker, may).
    await expect(extractDocument('pdf', pdfInflatingStream(64), 'slow.pdf', { ...limits, parse: { ...limits.parse, timeoutMs: 1 } })).rejects.toMatchObject({ reason: 'parsing it took longer than 0.001 s (limits.maxParseSeconds)' });
    expect(headings(await extractDocument('pdf', bytes, 'next.pdf', limits))[0]).toBe('StorFlex NAS Plugin 2.4.0 Release Notes');
  });

  it('refuses a DOCX whose parts inflate past the document limit', async () => {
    const bytes = readFileSync(join(REAL, 'release-notes.docx'));
    await expect(extractDocument('docx', bytes, 'x.docx', { ...limits, maxDocumentBytes: 4096 })).rejects.toMatchObject({ reason: expect.stringMatching(/inflate past 4\.0 KiB/) });
  });

  it('reads an RTF without heading styles as its text reads: typed headings ("// FIXES.", a line in capitals) are headings', async () => {
    // A text file saved as RTF: every paragraph in the Normal style, the headings as they were typed.
    const paragraphs = [
      '// KESTREL NFS ADAPTER 4.2.7 RELEASE NOTES', 'This release corrects one defect.', '// WHAT\\rquote S NEW.', 'None', '// FIXES.',
      '1. The adapter no longer drops mounts after a controller failover.', 'KNOWN ISSUES', 'Snapshots of volumes over 64 TB take several minutes.',
    ];
    const rtf = `{\\rtf1\\ansi{\\stylesheet{\\s0 Normal;}}\n${paragraphs.map((text) => `{\\pard\\s0 ${text}\\par}`).join('\n')}\n}`;
    const text = paragraphs.map((paragraph) => paragraph.replace('\\rquote ', "'")).join('\n\n');
    const [fromRtf, fromText] = await Promise.all([extractDocument('rtf', Buffer.from(rtf, 'latin1'), 'notes.rtf', limits), extractDocument('text', Buffer.from(text), 'notes.txt', limits)]);
    expect(headings(fromRtf)).toEqual(['KESTREL NFS ADAPTER 4.2.7 RELEASE NOTES', "WHAT'S NEW.", 'None', 'FIXES.', 'KNOWN ISSUES']);
    expect(headings(fromRtf)).toEqual(headings(fromText));
    expect(fromRtf.title).toBe('KESTREL NFS ADAPTER 4.2.7 RELEASE NOTES');
  });

  it('reads the curly quotes, dashes and bullets of Windows-1252 (0x80-0x9F) in a text and an RTF on every Node (Node 20 drops them)', async () => {
    // "What’s New – “Kestrel” 4.2.7 … • €" in Windows-1252.
    const windows = Buffer.from([...Buffer.from('What'), 0x92, ...Buffer.from('s New '), 0x96, 0x20, 0x93, ...Buffer.from('Kestrel'), 0x94, ...Buffer.from(' 4.2.7 '), 0x85, 0x20, 0x95, 0x20, 0x80]);
    // As the text reads once made comparable (normalizeText): plain quotes and dashes, the ellipsis unfolded.
    const expected = 'What\'s New - "Kestrel" 4.2.7 ... • €';
    expect((await extractDocument('text', windows, 'notes.txt', limits)).text).toBe(expected);
    const rtf = `{\\rtf1\\ansi\\ansicpg1252 What\\'92s New \\'96 \\'93Kestrel\\'94 4.2.7 \\'85 \\'95 \\'80\\par}`;
    expect((await extractDocument('rtf', Buffer.from(rtf, 'latin1'), 'notes.rtf', limits)).text).toBe(expected);
  });

  it.each([
    // Cocoa's TextEdit of Mac OS X 10.4: Mac Roman, its bullet 0xA5 (Windows-1252's yen) and apostrophe 0xD5.
    ['Mac Roman (\\mac\\ansicpg10000)', String.raw`{\rtf1\mac\ansicpg10000\cocoartf824{\fonttbl\f0\fswiss\fcharset77 ArialMT;}\f0 What\'d5s New\par \'a5 Added a Report toolbar item\par}`, "What's New\n• Added a Report toolbar item"],
    ['Mac Roman named only by \\mac', String.raw`{\rtf1\mac\deff0 What\'d5s New\par \'a5 Added a Report toolbar item\par}`, "What's New\n• Added a Report toolbar item"],
    // WordPad on a Japanese Windows: Shift-JIS pairs, the second byte escaped or written as an ASCII character ("\'83e" is テ).
    ['Shift-JIS (\\ansicpg932)', String.raw`{\rtf1\ansi\ansicpg932\deff0{\fonttbl{\f0\fnil\fcharset128 \'82\'6c\'82\'72;}{\f1\fnil\fcharset2 Symbol;}}\f0 \'83\'65\'83\'58\'83\'67\par \'83e\'83X\'83g\par}`, 'テスト\nテスト'],
    // Word's Russian text in a document of the Western code page: the font's character set says what the bytes are.
    ['a Cyrillic font (\\fcharset204) in Windows-1252', String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset204 Arial;}}\f1 \'d3\'f1\'f2\'e0\'ed\'ee\'e2\'ea\'e0\plain\par Caf\'e9\par}`, 'Установка\nCafé'],
    // A \uN character's fallback is \ucN bytes, escaped or not: a double-byte fallback of \uc2 is dropped whole.
    ['\\uN with a double-byte fallback (\\uc2)', String.raw`{\rtf1\ansi\ansicpg932\uc2 \u12486\'83\'65\u12473 ?? end\par}`, 'テス end'],
    // Shift-JIS second bytes 0x5C, 0x7B and 0x7D are RTF's backslash and braces, escaped: "\'83\\" is ソ, "\'83\{" ボ, "\'83\}" マ.
    ['Shift-JIS pairs whose second byte is an escaped backslash or brace', String.raw`{\rtf1\ansi\ansicpg932 \'83\\\'83\{\'83\} a\\b\par}`, 'ソボマ a\\b'],
    // A font-table entry without \fN defines no font: its character set is not the previous entry's.
    ['a font-table entry that names no font number', String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\fswiss\fcharset204 Arial;}}\f0 Caf\'e9\par}`, 'Café'],
    // A fallback ends with its group: what follows the group is text.
    ['\\uN whose group ends before its fallback (\\uc3)', String.raw`{\rtf1\ansi\uc3 {\u8364}Kestrel\par}`, '€Kestrel'],
  ])('decodes an RTF in the code page it names: %s', async (_, rtf, expected) => {
    expect((await extractDocument('rtf', Buffer.from(rtf, 'latin1'), 'notes.rtf', limits)).text).toBe(expected);
  });

  // The words as their encodings write them (Python's codecs): no encoder of these is at hand in Node.
  const ENCODED: Record<string, string> = {
    'リリースノート': '838a838a815b8358836d815b8367', 'テスト': '836583588367', 'Установка': 'f5d3d4c1cecfd7cbc1', 'Текст': 'f4c5cbd3d4',
    'インストール': 'a5a4a5f3a5b9a5c8a1bca5eb', '手順': 'bceabde7',
  };
  const encoded = (html: string) => Buffer.concat(html.split(/(\p{L}*[^\p{ASCII}]\p{L}*)/u).map((part) => (ENCODED[part] ? Buffer.from(ENCODED[part], 'hex') : Buffer.from(part, 'latin1'))));
  it.each([
    ['<meta charset> of HTML5', '<html><head><meta charset="Shift_JIS"><title>リリースノート</title></head><body><h1>リリースノート</h1><p>テスト</p></body></html>', 'リリースノート'],
    ['<meta http-equiv> of HTML 4', '<html><head><meta http-equiv="Content-Type" content="text/html; charset=KOI8-R"></head><body><h1>Установка</h1><p>Текст</p></body></html>', 'Установка'],
    ['<meta http-equiv> after another meta, its attributes unquoted', '<html><head><meta name=author content=Corvid><META CONTENT="text/html; charset=koi8-r" HTTP-EQUIV=content-type></head><body><h1>Установка</h1><p>Текст</p></body></html>', 'Установка'],
    ['the XML declaration of XHTML', '<?xml version="1.0" encoding="EUC-JP"?><html xmlns="http://www.w3.org/1999/xhtml"><body><h1>インストール</h1><p>手順</p></body></html>', 'インストール'],
  ])('decodes an HTML page in the encoding it declares: %s', async (_, html, heading) => {
    const document = await extractDocument('html', encoded(html), 'notes.html', limits);
    expect(document.sections.map((section) => section.heading?.text)).toContain(heading);
  });

  it('reads an HTML page as UTF-8 when it is, whatever it declares, and as Windows-1252 when it is not UTF-8 and declares UTF-8, UTF-16 or nothing known', async () => {
    const stale = Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><h1>Café – Notes</h1></body></html>');
    expect((await extractDocument('html', stale, 'notes.html', limits)).sections[0]!.heading!.text).toBe('Café - Notes');
    // UTF-16 by its other names; a charset in another meta's content or in an attribute ending in "charset" declares nothing.
    const metas = ['charset="utf-8"', 'charset="no-such-charset"', 'charset="ucs-2"', 'charset="csunicode"', 'charset="iso-10646-ucs-2"', 'name="note" content="text/html; charset=KOI8-R"', 'data-charset="koi8-r"'];
    for (const meta of metas) {
      const windows = Buffer.concat([Buffer.from(`<html><head><meta ${meta}></head><body><h1>Caf`), Buffer.from([0xe9, 0x20, 0x96]), Buffer.from(' Notes</h1></body></html>')]);
      expect([meta, (await extractDocument('html', windows, 'notes.html', limits)).sections[0]!.heading!.text]).toEqual([meta, 'Café - Notes']);
    }
  });

  it('reads a text TextEdit saved as RTF line by line: a backslash before a line end ends a paragraph, as \\par does', async () => {
    const lines = ['Kestrel NFS Adapter 4.2.7 Release Notes', '=======================================', '', 'Released 15 October 2026.', '', 'Fixed:', '- The adapter no longer drops mounts after a failover.', '', 'Known issues:', '- Snapshots of volumes over 64 TB take several minutes.'];
    const rtf = `{\\rtf1\\ansi\\ansicpg1252\\cocoartf2709\n{\\fonttbl\\f0\\fmodern\\fcharset0 Courier;}\n\\pard\\tx560\\pardirnatural\\partightenfactor0\n\n\\f0\\fs24 \\cf0 ${lines.join('\\\n')}}`;
    const [fromRtf, fromText] = await Promise.all([extractDocument('rtf', Buffer.from(rtf, 'latin1'), 'notes.rtf', limits), extractDocument('text', Buffer.from(lines.join('\n')), 'notes.txt', limits)]);
    expect(headings(fromRtf)).toEqual(['Kestrel NFS Adapter 4.2.7 Release Notes', 'Fixed', 'Known issues']);
    expect(headings(fromRtf)).toEqual(headings(fromText));
    expect(fromRtf.sections.find((section) => section.heading?.text === 'Fixed')?.body).toBe('- The adapter no longer drops mounts after a failover.');
  });

  it('takes the headings of a DOCX without heading styles from the type: the run\'s size, else its paragraph style\'s, else the defaults\'; a date alone so set heads nothing', async () => {
    // A changelog kept in Word: section titles in a custom 14 pt style or set 14 pt by hand, dates and items in Normal (11 pt by the defaults).
    // Normal, the default paragraph style, sets 11 pt over the document's 16 pt defaults: paragraphs naming no style, or one the sheet lacks, are 11 pt.
    const styles = [{ id: 'Normal', name: 'Normal', isDefault: true, size: 22 }, { id: 'Section', name: 'Section title', basedOn: 'Normal', size: 28 }];
    const docx = writeDocx([
      { text: 'Heron Toolbox changelog', size: 36 },
      { text: 'Changes for version 1.1', style: 'Section' },
      { text: '2016-01-13' },
      { text: 'Added pvl_singlediode to model a module.', style: 'NoSuchStyle' },
      { text: 'Changes for version 1.2', size: 28 },
      { text: '2018-8-16', style: 'Section' },
      { text: 'Bug fix in pvl_readTMY3 to return the header.' },
      { text: 'Added pvl_iam_martinruiz to return the losses.' },
    ], styles, { defaultSize: 32 });
    const document = await extractDocument('docx', docx, 'Changelog.docx', limits);
    expect(document.sections.flatMap((section) => (section.heading ? [[section.heading.level, section.heading.text]] : []))).toEqual([[1, 'Heron Toolbox changelog'], [2, 'Changes for version 1.1'], [2, 'Changes for version 1.2']]);
    expect(document.sections.at(-1)!.body).toBe('2018-8-16\nBug fix in pvl_readTMY3 to return the header.\nAdded pvl_iam_martinruiz to return the losses.');
  });

  it.each([
    ['a product and the kind of guide over three lines', ['Heron Science Gateway', 'Cluster Deployment', 'Installation Guide'], 'Heron Science Gateway Cluster Deployment Installation Guide'],
    ['a kind of document first, the party and product after', ['HERON SOFTWARE LICENSE TERMS', 'HERON', 'HERON EXTENSION FOR VISUAL STUDIO CODE'], 'HERON SOFTWARE LICENSE TERMS'],
  ])('takes the title of a styled DOCX from its cover typed in the largest type (%s), up to the line naming the kind of document', async (_, cover, title) => {
    const styles = [{ id: 'Normal', name: 'Normal', isDefault: true }, { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', size: 28 }];
    const docx = writeDocx([...cover.map((text) => ({ text, size: 48 })), { text: 'Version 2.0.0', size: 28 }, { text: 'Copyright (c) 2012 - 2019 Heron Systems. All rights reserved.' }, { text: '1. Introduction', style: 'Heading1' }, { text: 'The gateway runs applications.' }], styles, { defaultSize: 24 });
    const document = await extractDocument('docx', docx, 'Guide.docx', limits);
    expect([document.title, document.titleSource]).toEqual([title, 'visible']);
    expect(headings(document)).toEqual([title, 'Introduction']);
  });

  it('takes no cover title from a line larger than code blocks but smaller than the headings ("[TOC]")', async () => {
    const styles = [{ id: 'Normal', name: 'Normal', isDefault: true }, { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', size: 48 }, { id: 'Code', name: 'Preformatted Text', basedOn: 'Normal', size: 20 }];
    const code = Array.from({ length: 8 }, (_, line) => ({ text: `Component ${line} Copyright (c) 2019 Heron Systems, under the Apache License 2.0`, style: 'Code' }));
    const docx = writeDocx([{ text: 'Attributions for third party components.' }, { text: '[TOC]' }, { text: 'Heron Metrics Provider', style: 'Heading1' }, ...code], styles, { defaultSize: 24 });
    const document = await extractDocument('docx', docx, 'NOTICES.docx', limits);
    expect(document.title).toBe('Heron Metrics Provider');
  });

  it('takes no size of a tracked change\'s earlier properties (w:rPrChange) for a DOCX run\'s', async () => {
    const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const run = (text: string, size: number, before?: number) => `<w:r><w:rPr><w:sz w:val="${size}"/>${before ? `<w:rPrChange w:id="1" w:author="A"><w:rPr><w:sz w:val="${before}"/></w:rPr></w:rPrChange>` : ''}</w:rPr><w:t>${text}</w:t></w:r>`;
    const body = [run('Heron Gateway Guide', 40), run('Installation', 32, 22), run('Run the installer on every host of the cluster and accept the defaults', 22), run('Troubleshooting', 32), run('If the service does not start check the event log of the host first', 22)].map((paragraph) => `<w:p>${paragraph}</w:p>`).join('');
    const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>${text}`);
    const docx = writeZip([
      { name: '[Content_Types].xml', data: xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>') },
      { name: 'word/document.xml', data: xml(`<w:document ${ns}><w:body>${body}</w:body></w:document>`) },
    ]);
    expect(headings(await extractDocument('docx', docx, 'Guide.docx', limits))).toEqual(['Heron Gateway Guide', 'Installation', 'Troubleshooting']);
  });

  it('reads an RTF whose type sets one line apart (a name on its cover) by its text\'s conventions, numbered and capitalised headings kept', async () => {
    const paragraphs = ['Acme Storage Plugin', 'This guide installs the plugin on every host of the cluster.', '1. INTRODUCTION', 'The plugin offloads clones to the array.', '2. INSTALLATION', 'Run the installer and accept the defaults.'];
    const rtf = `{\\rtf1\\ansi\\pard\\fs36 ${paragraphs[0]}\\par\\fs24 ${paragraphs.slice(1).join('\\par ')}\\par}`;
    const [fromRtf, fromText] = await Promise.all([extractDocument('rtf', Buffer.from(rtf, 'latin1'), 'guide.rtf', limits), extractDocument('text', Buffer.from(paragraphs.join('\n\n')), 'guide.txt', limits)]);
    expect(headings(fromRtf)).toEqual(['Acme Storage Plugin', 'INTRODUCTION', 'INSTALLATION']);
    expect(headings(fromRtf)).toEqual(headings(fromText));
  });

  it('takes RTF headings from the type after \\plain, which sets the characters back to 12 pt, and under a Title style', async () => {
    const rtf = String.raw`{\rtf1\ansi{\stylesheet{\s0 Normal;}{\s9 Title;}}\pard\s9\fs36 Heron Notes\par\pard\s0\fs28 What is new\par\plain Replication between arrays of one family\par\fs28 Known Issues\par\plain Slow snapshots of large volumes\par Clones of clones take a long time\par}`;
    const document = await extractDocument('rtf', Buffer.from(rtf, 'latin1'), 'notes.rtf', limits);
    expect(document.sections.flatMap((section) => (section.heading ? [[section.heading.level, section.heading.text]] : []))).toEqual([[1, 'Heron Notes'], [1, 'What is new'], [1, 'Known Issues']]);
  });

  it('takes the headings of an ODT without heading styles from the type: a span\'s text style, else the paragraph\'s style up its parents, else the default; a list style\'s size is no paragraph\'s', async () => {
    const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';
    const size = (points: number) => `<style:text-properties fo:font-size="${points}pt"/>`;
    const styles = `<office:document-styles ${ns}><office:styles><style:default-style style:family="paragraph">${size(11)}</style:default-style><style:style style:name="Standard" style:family="paragraph"/><style:style style:name="Section" style:family="paragraph" style:parent-style-name="Standard">${size(14)}</style:style></office:styles></office:document-styles>`;
    const automatic = `<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">${size(18)}</style:style><style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"/><text:list-style style:name="L1"><text:list-level-style-bullet text:level="1">${size(20)}</text:list-level-style-bullet></text:list-style><style:style style:name="T1" style:family="text">${size(14)}</style:style>`;
    const paragraph = (style: string, text: string) => `<text:p text:style-name="${style}">${text}</text:p>`;
    const body = [paragraph('P1', 'Heron Toolbox changelog'), paragraph('Section', 'Changes for version 1.1'), paragraph('P2', 'Added pvl_singlediode to model a module.'), paragraph('Standard', '<text:span text:style-name="T1">Changes<office:annotation><text:p><text:span>a comment</text:span></text:p></office:annotation> for version 1.2</text:span>'), paragraph('Section', '2018-8-16'), paragraph('P2', 'Bug fix in pvl_readTMY3 to return the header.')].join('');
    const odt = writeZip([
      { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text'), method: 'store' },
      { name: 'styles.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>${styles}`) },
      { name: 'content.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns}><office:automatic-styles>${automatic}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`) },
    ]);
    const document = await extractDocument('odt', odt, 'Changelog.odt', limits);
    expect(document.sections.flatMap((section) => (section.heading ? [[section.heading.level, section.heading.text]] : []))).toEqual([[1, 'Heron Toolbox changelog'], [2, 'Changes for version 1.1'], [2, 'Changes for version 1.2']]);
    expect(document.sections.at(-1)!.body).toBe('2018-8-16\nBug fix in pvl_readTMY3 to return the header.');
  });

  it.each([
    ['WordPad', String.raw`{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1033{\fonttbl{\f0\fnil\fcharset0 Calibri;}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\sa200\sl276\slmult1\b\f0\fs36\lang9 Kestrel NFS Adapter 4.2.7 Release Notes\par
\b0\fs22 Released 15 October 2026. This release corrects one defect and adds snapshot replication.\par
\b\fs28 What\'92s New\par
\b0\fs22 Replication of snapshots between arrays of the same family.\par
\b Known issues\b0  are listed below; there is one.\par
\b\fs28 Known Issues\par
\b0\fs22 Snapshots of volumes over 64 TB take several minutes to complete.\par
\fs28 Upgrade every host before you replicate.\par
\b\fs22 Support\par
}`],
    ['TextEdit', String.raw`{\rtf1\ansi\ansicpg1252\cocoartf2709
{\fonttbl\f0\fswiss\fcharset0 Helvetica-Bold;\f1\fswiss\fcharset0 Helvetica;}
\pard\tx566\pardirnatural\partightenfactor0

\f0\b\fs36 \cf0 Kestrel NFS Adapter 4.2.7 Release Notes\
\f1\b0\fs22 Released 15 October 2026. This release corrects one defect and adds snapshot replication.\
{\f0\b\fs28 What\'92s New}\
Replication of snapshots between arrays of the same family.\
\
\f0\b\fs28 Known Issues\
\f1\b0\fs22 Snapshots of volumes over 64 TB take several minutes to complete.\
\fs28 Upgrade every host before you replicate.\
\f0\b\fs22 Support\
}`],
  ])('takes the headings of an RTF without styles (%s) from the type: larger than the body text, at levels by size; a sentence set large and bold at the body size are not', async (_, rtf) => {
    const document = await extractDocument('rtf', Buffer.from(rtf, 'latin1'), 'notes.rtf', limits);
    expect(document.sections.flatMap((section) => (section.heading ? [[section.heading.level, section.heading.text]] : []))).toEqual([[1, 'Kestrel NFS Adapter 4.2.7 Release Notes'], [2, "What's New"], [2, 'Known Issues']]);
    expect(document.title).toBe('Kestrel NFS Adapter 4.2.7 Release Notes');
    expect(document.sections.find((section) => section.heading?.text === 'Known Issues')?.body).toBe('Snapshots of volumes over 64 TB take several minutes to complete.\nUpgrade every host before you replicate.\nSupport');
  });
});

describe('release lines in styled documents', () => {
  it('take the level of the heading before them when they come in a row, so the heading after the last is none of its parts', () => {
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: 'Corvid Toolkit' }, { kind: 'heading', level: 2, text: 'History' }, { kind: 'text', text: '1.2.2 - June 28, 2009' }, { kind: 'text', text: 'Fixed a crash of the split view.' },
      { kind: 'text', text: '1.2.1 - June 18, 2009' }, { kind: 'text', text: 'Added a textured slider.' }, { kind: 'heading', level: 2, text: 'Known Issues' }, { kind: 'text', text: 'The toolbar flickers.' },
    ];
    expect(typedHeadings(blocks).flatMap((block) => (block.kind === 'heading' ? [[block.level, block.text]] : []))).toEqual([[1, 'Corvid Toolkit'], [2, 'History'], [2, '1.2.2 - June 28, 2009'], [2, '1.2.1 - June 18, 2009'], [2, 'Known Issues']]);
  });

  it('head their own parts when each has one ("V1.6.0 / 02-June-2022" over "Main Changes")', () => {
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: 'Update History' }, { kind: 'text', text: 'V1.6.0 / 02-June-2022' }, { kind: 'heading', level: 2, text: 'Main Changes' }, { kind: 'text', text: 'New driver.' },
      { kind: 'text', text: 'V1.5.0 / 02-May-2022' }, { kind: 'heading', level: 2, text: 'Main Changes' }, { kind: 'text', text: 'Fixes.' },
    ];
    expect(typedHeadings(blocks).flatMap((block) => (block.kind === 'heading' ? [[block.level, block.text]] : []))).toEqual([[1, 'Update History'], [1, 'V1.6.0 / 02-June-2022'], [2, 'Main Changes'], [1, 'V1.5.0 / 02-May-2022'], [2, 'Main Changes']]);
  });
});

describe('plain-text headings', () => {
  it('take a line in lower case for a heading only when it is a version or a range of two, not a command that names one', () => {
    const text = ['Installing the Corvid NAS Plugin', '', 'Download the bundle, then install it on each host with one of these commands.', '', 'esxcli software vib install -d /tmp/corvid-nas-plugin-3.2.1.zip', '',
      'pip install corvid==2.1.3', '', 'reboot the host when the command asks for it', '', 'corvid-tools-2.1.2 - corvid-tools-2.1.3', '', 'Fix a leak in the session list.', '', 'v3.2.1', '', 'Clones.', ''].join('\n');
    const blocks = plainTextBlocks(text);
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['Installing the Corvid NAS Plugin', 'corvid-tools-2.1.2 - corvid-tools-2.1.3', 'v3.2.1']);
  });

  it('take a line framed by runs of dashes or equals signs for a heading, the frame used first above the others, and capitals over capitals of a list or a table for none', async () => {
    const text = ['------ Heron NN Driver 18.02 Release Notes ------', '', 'This release of the Heron NN driver implements the neural networks interface.', '',
      '--- Supported operations ---', '', 'ADD                (FLOAT32)', 'CONCATENATION      (FLOAT32)', '', '--- Unsupported operations ---', '', 'The following operations are not supported.', '', 'LSTM', 'RNN', '',
      '=== Built with the wrong compiler ===', 'is a sentence under a frame, not a heading, when text runs on under it.', ''].join('\n');
    expect(plainTextBlocks(text).filter((block) => block.kind === 'heading').map((block) => [block.level, block.text])).toEqual([[1, 'Heron NN Driver 18.02 Release Notes'], [2, 'Supported operations'], [2, 'Unsupported operations']]);
    const parsed = await extractDocument('text', Buffer.from(text), 'ReleaseNotes.txt', limits);
    expect([parsed.title, parsed.titleSource]).toEqual(['Heron NN Driver 18.02 Release Notes', 'visible']);
  });

  it('rank framed lines below the first by their mark, not by the width of a centred banner', () => {
    const text = ['------ Heron 18.02 Release Notes ------', '', 'This release adds replication.', '', '----- New features -----', '', 'Replication.', '',
      '------ Known issues ------', '', 'None.', '', '---- Fixed ----', '', 'A crash at boot.', ''].join('\n');
    expect(plainTextBlocks(text).filter((block) => block.kind === 'heading').map((block) => [block.level, block.text])).toEqual([[1, 'Heron 18.02 Release Notes'], [2, 'New features'], [2, 'Known issues'], [2, 'Fixed']]);
  });

  it('read reStructuredText as a reader sees it: comments, link targets and index entries are not text, any adornment character underlines, an overlined title is the top level', async () => {
    const text = [
      '..', '\tCopyright (c) 2024 Corvid Systems', '\tSPDX-License-Identifier: BSD-2-Clause', '',
      '.. _corvid-help:', '',
      '%%%%%%%%%%%%%%%%%%%', 'Getting Corvid help', '%%%%%%%%%%%%%%%%%%%', '',
      'Ask the community first; most questions have been answered.', '',
      '.. index:: Forum', '.. _Forum:', '',
      'Community Forum', '***************', '',
      'Post your question at https://forum.corvid.example/.', '',
      '.. The paragraph below was moved to the sales page.', '   Keep this comment until the next release.', '',
      'Commercial Support', '``````````````````', '',
      'Open a case at https://support.corvid.example/.', '',
    ].join('\n');
    expect(plainTextBlocks(text)).toEqual([
      { kind: 'heading', level: 1, text: 'Getting Corvid help', line: 8 },
      { kind: 'text', text: 'Ask the community first; most questions have been answered.', line: 11 },
      { kind: 'heading', level: 2, text: 'Community Forum', line: 16 },
      { kind: 'text', text: 'Post your question at https://forum.corvid.example/.', line: 19 },
      { kind: 'heading', level: 2, text: 'Commercial Support', line: 24 },
      { kind: 'text', text: 'Open a case at https://support.corvid.example/.', line: 27 },
    ]);
    const parsed = await extractDocument('text', Buffer.from(text), 'help.txt', limits);
    expect([parsed.title, parsed.titleSource]).toEqual(['Getting Corvid help', 'visible']);
  });

  it('take a page whose only heading follows a link target for titled by it, and a bold line standing alone for a heading below the one before', async () => {
    const text = [
      '.. _corvid-troubleshooting:', '',
      'Troubleshooting', '---------------', '',
      'This section says how to check that the Corvid agent runs.', '',
      '**To find logs**', '',
      'The agent writes to ``/var/log/corvid/agent.log``.', '',
      '**To verify the configuration:**', '',
      'Check that ``/etc/corvid/agent.ini`` holds the array address.', '',
      'A **bold** word inside a sentence is no heading.', '',
    ].join('\n');
    expect(plainTextBlocks(text)).toEqual([
      { kind: 'heading', level: 2, text: 'Troubleshooting', line: 3 },
      { kind: 'text', text: 'This section says how to check that the Corvid agent runs.', line: 6 },
      { kind: 'heading', level: 3, text: 'To find logs', line: 8 },
      { kind: 'text', text: 'The agent writes to ``/var/log/corvid/agent.log``.', line: 10 },
      { kind: 'heading', level: 3, text: 'To verify the configuration', line: 12 },
      { kind: 'text', text: 'Check that ``/etc/corvid/agent.ini`` holds the array address.', line: 14 },
      { kind: 'text', text: 'A **bold** word inside a sentence is no heading.', line: 16 },
    ]);
    const parsed = await extractDocument('text', Buffer.from(text), 'troubleshooting.txt', limits);
    expect([parsed.title, parsed.titleSource]).toEqual(['Troubleshooting', 'visible']);
  });

  it('take no shown text for a heading: a code fence, quotes and prompts are no adornment outside reStructuredText, an overlined line must read as a heading and fit its adornment, a boxed notice or a ruled-off sentence is text', () => {
    const text = [
      'Building the Corvid agent', '=========================', '',
      'Build the agent from its source directory.', '',
      '```', 'make', '```', '',
      'The module opens with its docstring.', '',
      '"""', 'Entry.', '"""', '',
      'python', "'''", 'x', "'''", '',
      '**********************************************************', '* WARNING: Back up the configuration before you upgrade! *', '**********************************************************', '',
      '--------------------------------------------------------', 'Fixed a crash when the array was unreachable at boot.', '--------------------------------------------------------', '',
      '>>> import corvid', '>>>', '>>> corvid.version()', '',
    ].join('\n');
    expect(plainTextBlocks(text)).toEqual([
      { kind: 'heading', level: 1, text: 'Building the Corvid agent', line: 1 },
      { kind: 'text', text: 'Build the agent from its source directory.', line: 4 },
      { kind: 'text', text: '```\nmake\n```', line: 6 },
      { kind: 'text', text: 'The module opens with its docstring.', line: 10 },
      { kind: 'text', text: 'Entry.', line: 13 },
      { kind: 'text', text: "python\n'''\nx\n'''", line: 16 },
      { kind: 'text', text: '* WARNING: Back up the configuration before you upgrade! *', line: 22 },
      { kind: 'text', text: 'Fixed a crash when the array was unreachable at boot.', line: 26 },
      { kind: 'text', text: '>>> import corvid\n>>>\n>>> corvid.version()', line: 29 },
    ]);
  });

  it('take a bold sentence or an admonition label standing alone for text, not a heading', () => {
    const text = [
      'Installing', '----------', '',
      '**Back up your configuration before you upgrade.**', '',
      '1. Stop the Corvid agent.', '2. Run the installer.', '',
      '**Note:**', '',
      'The installer restarts the host.', '',
      '**Important**', '',
      'Keep the host in maintenance mode until it restarts.', '',
      '**To check the installation**', '',
      'Run ``corvidctl status``.', '',
    ].join('\n');
    expect(plainTextBlocks(text)).toEqual([
      { kind: 'heading', level: 2, text: 'Installing', line: 1 },
      { kind: 'text', text: '**Back up your configuration before you upgrade.**', line: 4 },
      { kind: 'text', text: '1. Stop the Corvid agent.\n2. Run the installer.', line: 6 },
      { kind: 'text', text: '**Note:**', line: 9 },
      { kind: 'text', text: 'The installer restarts the host.', line: 11 },
      { kind: 'text', text: '**Important**', line: 13 },
      { kind: 'text', text: 'Keep the host in maintenance mode until it restarts.', line: 15 },
      { kind: 'heading', level: 3, text: 'To check the installation', line: 17 },
      { kind: 'text', text: 'Run ``corvidctl status``.', line: 19 },
    ]);
  });

  it('hide a reStructuredText comment through its blank lines while they stay indented, show a domain directive, and hide nothing after an empty comment or past the blank line after a link target', () => {
    const text = [
      '..', '      Copyright 2024 Corvid Systems, Inc.', '',
      '      Licensed under the Apache License, Version 2.0 (the "License"); you may', '      not use this file except in compliance with the License.', '',
      '.. _corvid-driver:', '',
      'Corvid NFS driver', '=================', '',
      '..', '    Add new entries below the directive.', '', '    WARNING: Do not drop the next directive!', '',
      '.. py:function:: corvid.connect(host)', '', '   Connect to the array at ``host``.', '',
      '..', '', '    A quoted paragraph after an empty comment stays.', '',
      'The driver supports NFS v3 and v4.1.', '',
      '.. _corvid-support:', '', '   Open a case with Corvid support.', '',
    ].join('\n');
    expect(plainTextBlocks(text)).toEqual([
      { kind: 'heading', level: 1, text: 'Corvid NFS driver', line: 9 },
      { kind: 'text', text: '.. py:function:: corvid.connect(host)', line: 17 },
      { kind: 'text', text: 'Connect to the array at ``host``.', line: 19 },
      { kind: 'text', text: 'A quoted paragraph after an empty comment stays.', line: 23 },
      { kind: 'text', text: 'The driver supports NFS v3 and v4.1.', line: 25 },
      { kind: 'text', text: 'Open a case with Corvid support.', line: 29 },
    ]);
  });

  it('give overlined styles levels in their order of first use, and underlined ones the levels below them (Sphinx: # part, * chapter, = section, - subsection)', () => {
    const text = [
      '#######################', 'Corvid NFS Plugin Guide', '#######################', '',
      'Read this guide before you install the plugin.', '',
      '***************', 'Getting started', '***************', '',
      'Installing', '==========', '',
      'Install the plugin on each host.', '',
      'Checking the installation', '-------------------------', '',
      'Run the check on each host.', '',
      '*************', 'Configuration', '*************', '',
      'Edit the configuration file.', '',
    ].join('\n');
    expect(plainTextBlocks(text).filter((block) => block.kind === 'heading').map((block) => [block.level, block.text])).toEqual([
      [1, 'Corvid NFS Plugin Guide'], [2, 'Getting started'], [3, 'Installing'], [4, 'Checking the installation'], [2, 'Configuration'],
    ]);
  });

  it('take a field whose value is only a date ("Released: 2025-10-23") for a line of its section, not a heading; a title after a colon is one', () => {
    const text = [
      '-----', '3.2.1', '-----', '', 'Released: 2026-10-15', '', '*  **Changes**', '', '   *  Session trunking.', '',
      '-----', '3.2.0', '-----', '', 'Release date: 2 July 2026', '', 'Step 1: Install the bundle', '', 'Run the installer on each host.', '',
      'Version: 2024.05.02', '', '- Fixed clone timeouts.', '',
    ].join('\n');
    // A field naming no date ("Version:") keeps its line a heading whatever its value.
    expect(plainTextBlocks(text).filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['3.2.1', '3.2.0', 'Step 1: Install the bundle', 'Version: 2024.05.02']);
  });

  it('read AsciiDoc as a reader of the rendered page sees it: markup and comments hidden, one-line and block titles as headings, listings as code', () => {
    const text = [
      '[[getting_help]]', '= Corvid Support Process', ':toc:', '', '////', 'Rendered at https://corvid.example/support.html', '////', '',
      '== Getting Help', '', 'Refer to the', 'ifdef::website[]', 'link:docs/guide.html[Corvid Guide]', 'endif::website[]', 'for more information.', '',
      '++++', '<form action="https://corvid.example/search">', '</form>', '++++', '', '// Not shown.',
      '.Procedure', '', '[source,sh]', '----', '# Collect the logs', 'corvid-cli support-bundle', '----', '',
      'Mailing Lists', '~~~~~~~~~~~~~', '', 'Write to the users list.', '', '=== Bug Tracker ===', '', 'File bugs at the tracker.',
    ].join('\n');
    expect(plainTextBlocks(text)).toEqual([
      { kind: 'heading', level: 1, text: 'Corvid Support Process', line: 2 },
      { kind: 'heading', level: 2, text: 'Getting Help', line: 9 },
      { kind: 'text', text: 'Refer to the\nlink:docs/guide.html[Corvid Guide]\nfor more information.', line: 11 },
      { kind: 'heading', level: 3, text: 'Procedure', line: 23 },
      { kind: 'text', text: '# Collect the logs\ncorvid-cli support-bundle', line: 27, code: true },
      { kind: 'heading', level: 3, text: 'Mailing Lists', line: 31 },
      { kind: 'text', text: 'Write to the users list.', line: 34 },
      { kind: 'heading', level: 3, text: 'Bug Tracker', line: 36 },
      { kind: 'text', text: 'File bugs at the tracker.', line: 38 },
    ]);
  });

  it('take AsciiDoc listings after a block title or a list continuation for code, and a wiki-style text with "= Title =" or a comment box of "==" lines for no AsciiDoc', () => {
    const asciidoc = ['= Installing Corvid', '', '== Procedure', '', '. Run the command:', '+', '[source,terminal]', '----', '$ corvid get nodes', '----', '', '.Verification', '----', '$ corvid --version', '----', ''].join('\n');
    expect(plainTextBlocks(asciidoc).map((block) => [block.kind, block.text, block.kind === 'text' && block.code === true])).toEqual([
      ['heading', 'Installing Corvid', false], ['heading', 'Procedure', false], ['text', '. Run the command:\n+', false], ['text', '$ corvid get nodes', true],
      ['heading', 'Verification', false], ['text', '$ corvid --version', true],
    ]);
    const wiki = ['= Corvid Release Notes =', '', '-------', '', 'Version 3.2.1 (2026-10-15)', '', '[Fixed]', '* Fixed a crash when saving.', '', '-------', '', 'Version 3.2.0 (2026-09-01)', '', '[Added]', '* Added the export.', ''].join('\n');
    expect(plainTextBlocks(wiki).filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['Version 3.2.1 (2026-10-15)', 'Version 3.2.0 (2026-09-01)']);
    expect(plainTextBlocks(wiki).some((block) => block.text.includes('[Added]'))).toBe(true);
    const box = ['=================', '==  NOTICE file of the Corvid distribution,', '==  Version 2.0, for the Corvid plugin.', '==', '=================', '', 'Corvid includes software developed by Kestrel.', ''].join('\n');
    expect(plainTextBlocks(box).filter((block) => block.kind === 'heading')).toEqual([]);
  });

  it('read an Emacs outline-mode text (GNU NEWS) by its stars, its first line without the editor\'s file variables, a starred sentence as an item', () => {
    const news = [
      'Corvid tools NEWS                                    -*- outline -*-', '',
      '* Noteworthy changes in release 3.6 (2026-04-10) [stable]', '', '  Promoting alpha release to stable release 3.6', '',
      '* Noteworthy changes in release 3.5.28 (2026-03-24) [alpha]', '', '** New Features', '', '  Add the swap flag.', '',
      '** Another minor update.  Both versions 3.5.1 and 3.5.2 lacked translation', '   files.', '',
      '** Minor bug fix release for 3.5.1 to fix build issues on various', '   platforms:', '  - Use uname -m.', '',
    ].join('\n');
    expect(plainTextBlocks(news)).toEqual([
      { kind: 'heading', level: 1, text: 'Corvid tools NEWS', line: 1 },
      { kind: 'heading', level: 2, text: 'Noteworthy changes in release 3.6 (2026-04-10) [stable]', line: 3 },
      { kind: 'text', text: 'Promoting alpha release to stable release 3.6', line: 5 },
      { kind: 'heading', level: 2, text: 'Noteworthy changes in release 3.5.28 (2026-03-24) [alpha]', line: 7 },
      { kind: 'heading', level: 3, text: 'New Features', line: 9 },
      { kind: 'text', text: 'Add the swap flag.', line: 11 },
      { kind: 'text', text: '- Another minor update.  Both versions 3.5.1 and 3.5.2 lacked translation\nfiles.', line: 13 },
      { kind: 'text', text: '- Minor bug fix release for 3.5.1 to fix build issues on various\nplatforms:\n- Use uname -m.', line: 16 },
    ]);
    // Org mode among other variables; a starred heading over an indented list stays a heading.
    const org = ['-*- coding: utf-8; mode: org -*-', '* Version 1.2.0 (2026-03-01)', '  - Fixed a crash on save.', '** Known issues', '   - Snapshots are slow.', ''].join('\n');
    expect(plainTextBlocks(org).map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Version 1.2.0 (2026-03-01)'], ['text', '- Fixed a crash on save.'], ['heading', 'Known issues'], ['text', '- Snapshots are slow.'],
    ]);
    // Starred lines one under the other at one depth are a list, whatever they name ("openssl 1.1"); a heading keeps its own line.
    const items = ['Corvid NEWS  -*- outline -*-', '', '* Version 2.2.2 (released 2026-03-01)', '', '** cmd: Support touch policies', '** build: Compile cleanly with openssl 1.1 and 3', '', '* Version 2.2.1 (released 2026-01-07)', '', '** ykpiv: Minor bug fixes', ''].join('\n');
    expect(plainTextBlocks(items).map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Corvid NEWS'], ['heading', 'Version 2.2.2 (released 2026-03-01)'], ['text', '- cmd: Support touch policies'], ['text', '- build: Compile cleanly with openssl 1.1 and 3'],
      ['heading', 'Version 2.2.1 (released 2026-01-07)'], ['heading', 'ykpiv: Minor bug fixes'],
    ]);
    // Not a run of releases, nor one heading what follows it.
    const heads = ['Corvid NEWS  -*- outline -*-', '', '* Noteworthy changes in release 1.2.1 (2026-02-03) [stable]', '* Noteworthy changes in release 1.2 (2026-02-02) [stable]', '** Changes in behavior', '** Bug fixes', 'Fixed a crash.', ''].join('\n');
    expect(plainTextBlocks(heads).map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Corvid NEWS'], ['heading', 'Noteworthy changes in release 1.2.1 (2026-02-03) [stable]'], ['heading', 'Noteworthy changes in release 1.2 (2026-02-02) [stable]'],
      ['heading', 'Changes in behavior'], ['heading', 'Bug fixes'], ['text', 'Fixed a crash.'],
    ]);
    expect(plainTextBlocks('# -*- coding: utf-8 -*-\nCorvid notes.\n')).toEqual([{ kind: 'text', text: 'Corvid notes.', line: 2 }]);
    // Other modes' variables are left out of the text; only outline and Org modes head with stars.
    const text = ['Corvid ChangeLog   -*- mode: text; coding: utf-8 -*-', '', '* Fixed a crash when saving', ''].join('\n');
    expect(plainTextBlocks(text)).toEqual([
      { kind: 'heading', level: 2, text: 'Corvid ChangeLog', line: 1 },
      { kind: 'text', text: '* Fixed a crash when saving', line: 3 },
    ]);
  });

  it('read the releases Sphinx changelog extensions write as markup as their pages show them: a release heading each, a change an item with its kind or tag', () => {
    // The `releases` extension: a release is a list item with the :release: role, a change one with :bug:, :feature: or :support: and its issue.
    const releases = ['=========', 'Changelog', '=========', '', '* :release:`1.15.0 <2014-09-18>`', '* :bug:`346 major` Fix an issue in private key files.', '* :feature:`362` Allow users to control the banner timeout.', '* :release:`1.14.1 <2014-08-25>`', '* :support:`393` Replace SHA.new.', ''].join('\n');
    expect(plainTextBlocks(releases).map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Changelog'], ['heading', '1.15.0 (2014-09-18)'], ['text', '* [Bug] #346: Fix an issue in private key files.\n* [Feature] #362: Allow users to control the banner timeout.'],
      ['heading', '1.14.1 (2014-08-25)'], ['text', '* [Support] #393: Replace SHA.new.'],
    ]);
    // The `changelog` extension: a release is a directive with its version and date as fields, a change one with its tags and text.
    const changelog = ['Changelogs for 5.1.x', '====================', '', '.. changelog::', '  :version: 5.1.4', '  :released: 6th of August 2026', '', '  This is release 5.1.4.', '',
      '  .. change::', '    :tags: New Features', '    :pullreq: 17810', '', '    Allow NAPTR additional processing to be disabled', '',
      '  .. change::', '    :tags: Bug Fixes', '', '    more lmdb stability', '', '.. changelog::', '  :version: 5.1.3', ''].join('\n');
    expect(plainTextBlocks(changelog).map((block) => [block.kind, block.text, block.line])).toEqual([
      ['heading', 'Changelogs for 5.1.x', 1], ['heading', '5.1.4 (released 6th of August 2026)', 4], ['text', 'This is release 5.1.4.', 8],
      ['text', 'New Features: Allow NAPTR additional processing to be disabled', 14], ['text', 'Bug Fixes: more lmdb stability', 19], ['heading', '5.1.3 (unreleased)', 21],
    ]);
  });

  it('take a line boxed between two long rules of \'=\' or \'#\' for a banner\'s heading, however short the rules beside the title, and a sentence, a command or a notice boxed by short rules for text', () => {
    const text = [
      '===============', 'Version History - corvid_firmware', '===============',
      'The utilities of each release, newest first.', '',
      '-----', 'Back up the configuration before you upgrade.', '-----', '',
      'Build it from its sources.', '', '----', './configure && make install', '----', '', '***', 'IMPORTANT: back up your data before upgrading', '***', '',
    ].join('\n');
    expect(plainTextBlocks(text).filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['Version History - corvid_firmware']);
  });

  it('take a release line whose version follows words saying whose release it is ("ChangeLog for release heron_utils-1.49 [20260718]", "Changes for version 1.4 (2018-08-16)"), not a sentence', () => {
    const text = [
      'Each utility has its own version number and a man page.', '',
      'ChangeLog for release heron_utils-1.49 [20260718] [svn: r1133]', '  Utility specific changes:', '  - heron_dd: add the grpnum=GN operand', '',
      'Changelog for heron_utils-1.48 [20230801] [svn: r1042]', '  - heron_inq: show the depopulation time', '',
      'Changes for version 1.4 (2018-08-16)', '  - first release of the scripts', '',
      'Version 1.3 was released on 2018-01-10 with the first scripts.', '',
    ].join('\n');
    expect(plainTextBlocks(text).filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual([
      'ChangeLog for release heron_utils-1.49 [20260718] [svn: r1133]', 'Utility specific changes', 'Changelog for heron_utils-1.48 [20230801] [svn: r1042]', 'Changes for version 1.4 (2018-08-16)',
    ]);
    // Sentences that name a version and a date open no release, whatever words stand before the version.
    expect(['Fixed in version 1.4.2 (2018-08-16).', 'Introduced in version 2.1 (2019-03-01)', 'Heron NAS 3.2.1 was released 15 October 2026 and fixes three bugs.', 'The 3.2.1 release dated 2026-10-15'].filter(isReleaseLine)).toEqual([]);
    expect(['Version 2.00.b.02 release date 31/Jul/12', 'Version 1.40.b.07, release date 30/May/12'].filter(isReleaseLine)).toHaveLength(2);
  });

  it('take a field whose value is only a number ("Sample array size: 2000", "Slope minus: -0.05", "Timeout: 30 s") for a line of its section, not a heading nor a release', () => {
    const text = [
      'Release notes for simulator version 1.0.32', '', 'November 30, 2020', '', 'New Features', '', 'The launcher sets the smoothing parameters.', '',
      'Smoothing array size: 101', '', 'Slope minus: -0.05', '', 'Timeout: 30 s', '', 'Release notes for simulator version 1.0.31', '', 'Bug Fixes', '', 'The viewer no longer crashes.', '',
      'Build: 4471', '',
    ].join('\n');
    // A field naming a version or a build keeps its line a heading whatever its value.
    expect(plainTextBlocks(text).filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual([
      'Release notes for simulator version 1.0.32', 'November 30, 2020', 'New Features', 'Release notes for simulator version 1.0.31', 'Bug Fixes', 'Build: 4471',
    ]);
  });

  it('take a table\'s row, its cells apart by " | ", for no release line, however it names a version and a date', () => {
    const text = ['Revision History', '================', '', '1.0 | 11 July 2013 | Karl | Initial Submission', '', '1.1 | 2 August 2013 | Karl | Review comments', '', 'Component | Version', '', 'ESXi | 8.0 U2', ''].join('\n');
    expect(plainTextBlocks(text).filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['Revision History']);
  });

  it('take a short line ending in a colon that introduces an indented block for a sentence of its section, not a heading', () => {
    const text = [
      'Configuring', '~~~~~~~~~~~', '',
      'Edit the block service configuration file, /etc/block/block.conf.', '',
      'Add the field enabled_backends with value corvid-0:', '',
      '::', '',
      '    enabled_backends = corvid-0', '',
      'Provide the settings of the back end:', '',
      '    [corvid-0]', '    san_hosts = 192.0.2.40', '',
      'Known Issues', '', 'None.', '',
    ].join('\n');
    expect(plainTextBlocks(text).filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['Configuring', 'Known Issues']);
  });

  it('take numbered steps written apart by blank lines for a list, not headings, and a numbered line after text for a heading', () => {
    const text = [
      'Installing the Corvid NAS Plugin', '================================', '',
      '1. Download the offline bundle', '', '2. Install the bundle on each host', '', '3. Reboot the host', '',
      'The plugin is ready when the host is back.', '',
      '4 Troubleshooting', '', 'Check the logs of the agent.', '',
    ].join('\n');
    expect(plainTextBlocks(text)).toEqual([
      { kind: 'heading', level: 1, text: 'Installing the Corvid NAS Plugin', line: 1 },
      { kind: 'text', text: '1. Download the offline bundle', line: 4 },
      { kind: 'text', text: '2. Install the bundle on each host', line: 6 },
      { kind: 'text', text: '3. Reboot the host', line: 8 },
      { kind: 'text', text: 'The plugin is ready when the host is back.', line: 10 },
      { kind: 'heading', level: 2, text: '4 Troubleshooting', line: 12 },
      { kind: 'text', text: 'Check the logs of the agent.', line: 14 },
    ]);
  });

  it('take a numbered line wrapped onto an indented line for a list item, and one standing alone for a heading', () => {
    const text = [
      'Configure the environment', '-------------------------', '',
      '#. In the Compute menu, select vCenter.', '',
      '3. In the Networking Setup menu, select', '   Neutron with Corvid NFS:', '',
      '4. Save the settings.', '',
      '5. Troubleshooting', '', 'Check the logs of the agent.', '',
    ].join('\n');
    expect(plainTextBlocks(text).filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['Configure the environment', '5. Troubleshooting']);
  });
});
