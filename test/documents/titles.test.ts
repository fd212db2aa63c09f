import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentContent, renderDocument } from '../../fixtures/documents.js';
import { renderPdf, WORD_STYLES, writeDoc, writeDocx, writeOdt, type WordParagraph } from '../../fixtures/office.js';
import { defaultRelease, release } from '../../fixtures/release.js';
import { defaultLimits } from '../../src/archive/limits.js';
import { describe as describeBundle } from '../../src/describe.js';
import type { ParsedDocument } from '../../src/documents/document.js';
import { extractDocument } from '../../src/documents/extract.js';
import { contentDocument } from '../../src/documents/pdf.js';
import type { DocumentFormat } from '../../src/model/model.js';
import { extractionLimits } from '../../src/scan/documents.js';
import { DOCS, findingsOf, generated, scratchDirectory } from '../helpers/lint.js';

/** The date the findings are judged on. */
const NOW = { now: new Date('2026-11-25T00:00:00Z') };

const limits = extractionLimits(defaultLimits);
const titles = (document: ParsedDocument) => ({ title: document.title, titleSource: document.titleSource, metadataTitle: document.metadataTitle });
const headings = (document: ParsedDocument) => document.sections.flatMap((section) => (section.heading ? [[section.heading.level, section.heading.text]] : []));

/** The same Word document as DOC and as DOCX, its properties' title given or not. */
async function word(paragraphs: readonly WordParagraph[], properties: { title?: string }): Promise<[string, ParsedDocument][]> {
  const formats: [DocumentFormat, Buffer][] = [['doc', writeDoc(paragraphs, WORD_STYLES, properties)], ['docx', writeDocx(paragraphs, WORD_STYLES, properties)]];
  return Promise.all(formats.map(async ([format, bytes]) => [format, await extractDocument(format, bytes, `guide.${format}`, limits)] as [string, ParsedDocument]));
}

const FOREWORD: WordParagraph[] = [
  { style: 'Titre1', text: 'Foreword' },
  { text: 'This guide is for administrators of ESXi hosts.' },
  { style: 'Titre1', text: 'Installing the Plugin' },
  { text: 'Run esxcli software component apply.' },
];

describe('a Word document whose first heading is a foreword, without a Title paragraph', () => {
  it('takes its title from its properties (DOC SummaryInformation, DOCX core.xml)', async () => {
    for (const [format, document] of await word(FOREWORD, { title: 'Corvid NAS Plugin 3.2.1 Installation Guide' })) {
      expect([format, titles(document)]).toEqual([format, { title: 'Corvid NAS Plugin 3.2.1 Installation Guide', titleSource: 'metadata', metadataTitle: 'Corvid NAS Plugin 3.2.1 Installation Guide' }]);
      expect([format, headings(document)]).toEqual([format, [[1, 'Foreword'], [1, 'Installing the Plugin']]]);
    }
  });

  it('keeps the foreword as its title when its properties give none', async () => {
    for (const [format, document] of await word(FOREWORD, {})) {
      expect([format, titles(document)]).toEqual([format, { title: 'Foreword', titleSource: 'visible', metadataTitle: undefined }]);
    }
  });
});

describe('stale template properties ("Release Notes" left in a guide) never decide the title', () => {
  it('when the guide has a Title paragraph', async () => {
    const paragraphs: WordParagraph[] = [{ style: 'Title', text: 'Corvid NAS Plugin 3.2.1 Installation Guide' }, { style: 'Titre1', text: 'Foreword' }, { text: 'For administrators.' }];
    for (const [format, document] of await word(paragraphs, { title: 'Release Notes' })) {
      expect([format, titles(document)]).toEqual([format, { title: 'Corvid NAS Plugin 3.2.1 Installation Guide', titleSource: 'visible', metadataTitle: 'Release Notes' }]);
      expect([format, headings(document)]).toEqual([format, [[1, 'Corvid NAS Plugin 3.2.1 Installation Guide'], [1, 'Foreword']]]);
    }
  });

  it('when the Title paragraph holds only the edition and the name follows it, as a cover\'s subtitle (ODT, DOC, DOCX)', async () => {
    const odt = writeOdt('', [
      '<text:p text:style-name="Title">version 2.2.3</text:p><text:p text:style-name="Subtitle">Mobile Devices Configuration Guide</text:p>',
      '<text:p text:style-name="Standard">Copyright © 2009-2014 Inverse inc.</text:p><text:h text:outline-level="1">About this Guide</text:h><text:p>This guide walks you through the configuration.</text:p>',
    ].join(''));
    const documents: [string, ParsedDocument][] = [['odt', await extractDocument('odt', odt, 'guide.odt', limits)], ...(await word([{ style: 'Title', text: 'Release 4.2' }, { text: 'Corvid NAS Plugin Installation Guide' }, { style: 'Titre1', text: 'Foreword' }, { text: 'For administrators.' }], { title: 'Release Notes' }))];
    expect(documents.map(([format, document]) => [format, document.title])).toEqual([['odt', 'Mobile Devices Configuration Guide'], ['doc', 'Corvid NAS Plugin Installation Guide'], ['docx', 'Corvid NAS Plugin Installation Guide']]);
    // Not a sentence after it: the edition stays the title.
    const sentence = await word([{ style: 'Title', text: 'Version 3.1' }, { text: 'This release adds replication.' }], {});
    expect(sentence.map(([, document]) => document.title)).toEqual(['Version 3.1', 'Version 3.1']);
    // Nor a date, a copyright line or the contents' heading.
    for (const next of ['March 2024', 'Copyright 2024 Corvid Systems', 'Table of Contents', '15 October 2026']) {
      const cover = await word([{ style: 'Title', text: 'Version 3.1' }, { text: next }, { style: 'Titre1', text: 'Foreword' }, { text: 'For administrators.' }], {});
      expect([next, cover.map(([, document]) => document.title)]).toEqual([next, ['Version 3.1', 'Version 3.1']]);
    }
  });

  it('when its first heading names it', async () => {
    const paragraphs: WordParagraph[] = [{ style: 'Titre1', text: 'Corvid NAS Plugin Installation Guide' }, { text: 'For administrators.' }];
    for (const [format, document] of await word(paragraphs, { title: 'Release Notes' })) {
      expect([format, titles(document)]).toEqual([format, { title: 'Corvid NAS Plugin Installation Guide', titleSource: 'visible', metadataTitle: 'Release Notes' }]);
    }
  });

  it('in RTF (a style named Title; \\info title) and in a PDF (its Info title)', async () => {
    const rtf = Buffer.from(
      [
        '{\\rtf1\\ansi\\ansicpg1252{\\stylesheet{\\s0 Normal;}{\\s1\\outlinelevel0 heading 1;}{\\s15 Title;}}',
        '{\\info{\\title Release Notes}}',
        '\\pard\\s15 Corvid NAS Plugin 3.2.1 Installation Guide\\par',
        '\\pard\\s1 Foreword\\par',
        '\\pard\\s0 For administrators.\\par}',
      ].join('\r\n'),
      'latin1',
    );
    expect(titles(await extractDocument('rtf', rtf, 'guide.rtf', limits))).toEqual({ title: 'Corvid NAS Plugin 3.2.1 Installation Guide', titleSource: 'visible', metadataTitle: 'Release Notes' });
    const content = documentContent(release(), 'install-guide');
    // The fixture PDF prints its title in the largest type and repeats it in its Info dictionary.
    expect(titles(await extractDocument('pdf', renderDocument(content, 'pdf-flat'), 'guide.pdf', limits))).toEqual({ title: content.title, titleSource: 'visible', metadataTitle: content.title });
  });
});

describe('the title of a PDF cover', () => {
  it.each([
    ['the version on a line of its own, then the kind of document', ['2.4', 'Release Notes'], 'CSI Driver for Heron Arrays 2.4 Release Notes'],
    ['the kind of document, then "Version 1.3"', ['Product Guide', 'Version 1.3'], 'CSI Driver for Heron Arrays Product Guide Version 1.3'],
  ])('goes on over the cover lines that follow it: %s', async (_, lines, title) => {
    // A vendor's cover: the product's name in large type, then the version and the kind of document, the revision and the month in body type.
    const pdf = renderPdf('CSI Driver for Heron Arrays', [...lines, 'Rev. 03', 'March 2026'].map((text) => ({ kind: 'paragraph' as const, text })).concat([{ kind: 'heading', level: 1, text: 'New Features' } as never, { kind: 'paragraph', text: 'Supports Kubernetes 1.29.' }]), false);
    const document = await extractDocument('pdf', pdf, 'notes.pdf', limits);
    expect(titles(document)).toEqual({ title, titleSource: 'visible', metadataTitle: 'CSI Driver for Heron Arrays' });
  });

  it('is the first line naming the kind of document though set at the body size ("Release notes for Heron Z, version V0.6.4"), not the first heading under it', async () => {
    const blocks = [{ kind: 'paragraph' as const, text: 'Release notes for Heron Z, version V0.6.4' }, { kind: 'heading' as const, level: 1, text: 'Release Information' }, { kind: 'paragraph' as const, text: 'Software Version: V0.6.4' },
      { kind: 'heading' as const, level: 1, text: "What's new" }, { kind: 'paragraph' as const, text: 'Editorial changes only.' }];
    // With bookmarks of the headings only, as Word exports them, and without.
    for (const outline of [false, true]) {
      const titled = await extractDocument('pdf', renderPdf('', blocks, outline), 'Release_Notes.pdf', limits);
      // A first line that names no kind of document stays text.
      const untitled = await extractDocument('pdf', renderPdf('', [{ kind: 'paragraph', text: 'HERON MICRO' }, ...blocks.slice(1)], outline), 'Release_Notes.pdf', limits);
      expect([outline, titled.title, titled.titleSource, untitled.title]).toEqual([outline, 'Release notes for Heron Z, version V0.6.4', 'visible', 'Release Information']);
    }
  });

  it('reads the cover lines as text is compared: the zero-width spaces Google Docs writes beside every space', () => {
    const line = (text: string, size: number, y: number) => ({ text, size, y });
    const cover = [line('Heron\u200b \u200bNAS\u200b \u200bPlugin', 26, 700), line('Installation\u200b \u200bGuide', 18, 670), line('Introduction', 20, 600), line('This\u200b \u200bguide\u200b \u200bexplains\u200b \u200bhow\u200b \u200bto\u200b \u200binstall\u200b \u200bthe\u200b \u200bplugin.', 11, 570)];
    expect(titles(contentDocument({ title: undefined, outline: [], pages: [cover], links: [] }))).toEqual({ title: 'Heron NAS Plugin Installation Guide', titleSource: 'visible', metadataTitle: undefined });
  });

  it('is the heading after a table of contents that comes first, when the file\'s properties give no title', () => {
    const line = (text: string, size: number, y: number) => ({ text, size, y });
    const contents = [line('Table of Contents', 16.5, 720), line('Heron Install Guide........................1', 11, 707), line('Chapter 1: Introduction........................3', 11, 681)];
    const guide = [line('Heron Install Guide', 16.5, 720), line('Install the Heron cluster tools on the head node first.', 11, 690), line('Chapter 1: Introduction', 16.5, 650), line('The tools build and run a cluster.', 11, 620)];
    const document = (title: string | undefined) => contentDocument({ title, outline: [], pages: [contents, guide], links: [] });
    // With a title in the properties, that title stands, as before.
    expect([titles(document(undefined)).title, titles(document('Heron Cluster Install Guide')).title]).toEqual(['Heron Install Guide', 'Heron Cluster Install Guide']);
  });

  it('goes on over a line naming the kind of document a manual, set apart in the title\'s type ("Installation Manual")', () => {
    const line = (text: string, size: number, y: number) => ({ text, size, y });
    const cover = [line('Heron-JIRA Integration', 36, 424), line('Installation Manual', 36, 356)];
    const body = [line('Introduction', 20, 700), line('This manual explains how to install the integration.', 11, 670)];
    expect(titles(contentDocument({ title: undefined, outline: [], pages: [cover, body], links: [] })).title).toBe('Heron-JIRA Integration Installation Manual');
  });

  it('starts at the line in the largest type, below a letterhead in small type', () => {
    const line = (text: string, size: number, y: number) => ({ text, size, y });
    const letterhead = ['Heron Storage B.V.', 'Keizersgracht 12', '1015 CR Amsterdam', '+31 20 555 0199', 'info@heron.example', 'KVK 12345678'].map((text, index) => line(text, 8, 800 - 12 * index));
    const cover = [...letterhead, line('Heron NAS Plugin', 26, 700), line('Installation Guide', 18, 670), line('Introduction', 20, 600), line('This guide explains how to install the plugin.', 11, 570)];
    expect(titles(contentDocument({ title: undefined, outline: [], pages: [cover], links: [] })).title).toBe('Heron NAS Plugin Installation Guide');
  });

  it.each([
    ['a subtitle naming the kind of document among other words', [['Checkout', 26], ['Heron Module User Guide for v2.x', 15]], 'Checkout Heron Module User Guide for v2.x'],
    ['a title wrapped in its own type, then a line that goes on with its phrase', [['End User License', 40], ['Agreement', 40], ['for Heron open source products', 21]], 'End User License Agreement for Heron open source products'],
    ['a sentence naming the kind of document, which is text', [['Heron NAS Plugin', 26], ['This user guide explains how to install the plugin.', 11]], 'Heron NAS Plugin'],
  ] as const)('reads a cover whose title goes on: %s', (_, lines, title) => {
    const cover = [...lines.map(([text, size], index) => ({ text, size, y: 700 - 40 * index })), { text: 'Introduction', size: 20, y: 500 }, { text: 'Read this before you install.', size: 11, y: 470 }];
    expect(titles(contentDocument({ title: undefined, outline: [], pages: [cover], links: [] })).title).toBe(title);
  });

  it.each([
    ['the version and date at the cover\'s foot, far below the title', [['Heron NAS Plugin: Release Notes', 25, 590], ['Version 1.0.02', 17, 186], ['January 6, 2017', 17, 164]], 'Heron NAS Plugin: Release Notes'],
    ['the first release\'s version heading, under the title', [['Heron NAS Plugin', 22, 645], ['Release Notes', 22, 605], ['V3.5', 16, 537], ['• Adds support for the following arrays', 12, 519], ['o Heron Z2', 12, 502]], 'Heron NAS Plugin Release Notes'],
    ['a changelog\'s first version heading, smaller than the title', [['News', 26, 700], ['Version 3.1.0', 18, 660], ['(Released Thu, 23 Nov 2026)', 12, 640], ['Adds support for Heron Z2 arrays.', 12, 620]], 'News'],
    ['a changelog\'s first version heading, in the type of the title and of the other versions', [['News', 24, 780], ['Version 3.1.0', 24, 734], ['(Released Thu, 23 Nov 2026)', 12, 711], ['Adds support for Heron Z2 arrays.', 12, 690], ['Version 3.0.0', 24, 650], ['(Released Mon, 4 May 2026)', 12, 627]], 'News'],
  ] as const)('ends before a version or date that does not go on with the title: %s', (_, lines, title) => {
    const cover = [...lines.map(([text, size, y]) => ({ text, size, y })), { text: 'Read this before you install.', size: 11, y: 100 }];
    expect(titles(contentDocument({ title: undefined, outline: [], pages: [cover], links: [] })).title).toBe(title);
  });

  it.each([
    ['the version in smaller display type under the product\'s name', [['Heron Agent', 36, 700], ['Version 2.0', 24, 650]], [], 'Heron Agent Version 2.0'],
    ['the kind of document set wide apart from the name', [['Heron Agent', 28, 700], ['Installation Guide', 28, 560]], [], 'Heron Agent Installation Guide'],
    ['the version the inner title page repeats in the same type', [['Heron Agent', 28, 700], ['Version 2.0', 28, 640]], [['About this guide', 11, 740], ['Who should read it', 11, 720], ['How it is organised', 11, 700], ['Conventions', 11, 680], ['Version 2.0', 28, 640]], 'Heron Agent Version 2.0'],
  ] as const)('keeps a cover\'s version or kind of document that goes on with the title: %s', (_, lines, inner, title) => {
    const body = [{ text: 'Read this guide before you install the agent on any of your hosts.', size: 11, y: 300 }, { text: 'It covers the requirements and the installer.', size: 11, y: 285 }];
    const inside = [{ text: 'Install the agent with the installer of your platform, then register it.', size: 11, y: 600 }];
    const pages = [[...lines.map(([text, size, y]) => ({ text, size, y })), ...body], [...inner.map(([text, size, y]) => ({ text, size, y })), ...inside]];
    expect(titles(contentDocument({ title: undefined, outline: [], pages, links: [] })).title).toBe(title);
  });

  it('ends before a line that is neither a version nor the kind of document', async () => {
    const pdf = renderPdf('CSI Driver for Heron Arrays', [{ kind: 'paragraph', text: 'Rev. 03' }, { kind: 'paragraph', text: '2.4' }, { kind: 'heading', level: 1, text: 'New Features' }], false);
    expect(titles(await extractDocument('pdf', pdf, 'notes.pdf', limits)).title).toBe('CSI Driver for Heron Arrays');
  });
});

describe('a text a word processor imported whole (one paragraph a line, blank lines as empty paragraphs, no heading styles)', () => {
  it('reads as the text does: its underlined title, its release lines, its items and the rule under a copyright line', async () => {
    const lines = ['heron-tools NEWS', '----------------', '', 'Date 2026-06-02', 'Summary: heron-tools release 2.1', '------------------------------------------', '- Faster rescans.', '- Add export of the', '  rescan log.', '', 'Heron Storage', 'Copyright 2026 Heron Storage B.V.', '=========================================================='];
    const document = await extractDocument('docx', writeDocx(lines.map((text) => ({ text })), WORD_STYLES), 'NEWS.docx', limits);
    const text = await extractDocument('text', Buffer.from(lines.join('\n')), 'NEWS', limits);
    expect([document.title, headings(document)]).toEqual([text.title, headings(text)]);
    expect(document.title).toBe('heron-tools NEWS');
  });
});

describe('the title of a notices file without headings', () => {
  // Apache's NOTICE convention: the name of the work, then its copyright line, then the notices of what it bundles.
  const notice = (first: string) => [first, 'Copyright 2015-2026 Corvid Systems, Inc. or its affiliates. All Rights Reserved.', '', 'Corvid NAS Plugin includes the following third-party software:', '', '* zlib - https://zlib.net', ''].join('\n');

  it.each([['markdown'], ['text']] as const)('is the name of the work on the line above its copyright (%s)', async (format) => {
    const document = await extractDocument(format, Buffer.from(notice('Corvid NAS Plugin for VMware vSphere')), `NOTICE.${format === 'markdown' ? 'md' : 'txt'}`, limits);
    expect(titles(document)).toEqual({ title: 'Corvid NAS Plugin for VMware vSphere', titleSource: 'visible', metadataTitle: undefined });
  });

  it('is not the first line of a text that gives no notices (a README with its copyright under its name)', async () => {
    const readme = ['Corvid Release Notes Viewer', 'Copyright 2026 Corvid Systems, Inc.', '', 'The viewer shows the release notes of a Corvid bundle in a browser.', '', 'Run corvid-viewer with the path of the bundle.', ''].join('\n');
    const document = await extractDocument('text', Buffer.from(readme), 'README.txt', limits);
    expect(titles(document)).toEqual({ title: undefined, titleSource: undefined, metadataTitle: undefined });
  });

  it('is not a sentence above a copyright line', async () => {
    const document = await extractDocument('markdown', Buffer.from(notice('This product includes software developed by Corvid Systems.')), 'NOTICE.md', limits);
    expect(titles(document)).toEqual({ title: undefined, titleSource: undefined, metadataTitle: undefined });
  });
});

describe('titles in a bundle', () => {
  const directory = scratchDirectory();

  it('make a guide named like nothing, whose properties say "Release Notes", the installation guide', async () => {
    const content = documentContent(release(), 'install-guide');
    const paragraphs: WordParagraph[] = [
      { style: 'Title', text: content.title },
      ...content.sections.flatMap((section) => [{ style: 'Titre1', text: section.heading }, ...[...(section.paragraphs ?? []), ...(section.items ?? [])].map((text) => ({ text }))]),
    ];
    const documents = defaultRelease().documents.map((plan) =>
      plan.role === 'install-guide' ? { ...plan, format: 'docx' as const, fileName: 'CVD_NAS_3.2.1_Doc2', content: writeDocx(paragraphs, WORD_STYLES, { title: 'Release Notes' }) } : plan,
    );
    const bundle = await generated(join(directory, 'stale'), [], { documents });
    expect(await findingsOf(bundle, NOW, 'install-guide/present')).toEqual([]);
    const described = await describeBundle(bundle);
    expect(described.documents.find((document) => document.path.endsWith('Doc2.docx'))).toEqual({
      path: `${DOCS}!/CVD_NAS_3.2.1_Doc2.docx`,
      format: 'docx',
      roles: ['install-guide'],
      rolesFrom: 'title',
      title: 'Corvid NAS Plugin 3.2.1 Installation and Configuration Guide',
    });
  });

  it('give a DOC opening with a foreword its properties\' title', async () => {
    const notes = documentContent(release(), 'release-notes');
    const paragraphs: WordParagraph[] = [{ style: 'Titre1', text: 'Foreword' }, { text: notes.intro[0]! }, ...notes.sections.map((section) => ({ style: 'Titre1', text: section.heading }))];
    const documents = defaultRelease().documents.map((plan) => (plan.role === 'release-notes' ? { ...plan, format: 'doc' as const, content: writeDoc(paragraphs, WORD_STYLES, { title: notes.title }) } : plan));
    const described = await describeBundle(await generated(join(directory, 'foreword'), [], { documents }));
    expect([described.product, described.documents[0]]).toEqual([
      'Corvid NAS Plugin',
      { path: `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.doc`, format: 'doc', roles: ['release-notes'], rolesFrom: 'name', title: 'Corvid NAS Plugin 3.2.1 Release Notes' },
    ]);
  });
});

describe('a plain text whose headings are comment lines ("// KNOWN ISSUES.")', () => {
  const notes = [
    '// HERON ARRAY TOOLKIT 4.2.0 RELEASE NOTES',
    '',
    '// This release fixes one issue; see "FIXES". //',
    '',
    'The toolkit drives Heron arrays from scripts.',
    '',
    '/// WHAT IS NEW.',
    '',
    '- Snapshot schedules.',
    '',
    '// FIXES. //',
    '',
    '- Timeouts on large volumes.',
    '',
  ].join('\n');

  it('takes the first for its title, the capitals for headings, and reads the other comments as text without their marks', async () => {
    const document = await extractDocument('text', Buffer.from(notes), 'notes.txt', limits);
    expect([titles(document), headings(document)]).toEqual([
      { title: 'HERON ARRAY TOOLKIT 4.2.0 RELEASE NOTES', titleSource: 'visible', metadataTitle: undefined },
      [[1, 'HERON ARRAY TOOLKIT 4.2.0 RELEASE NOTES'], [1, 'WHAT IS NEW.'], [1, 'FIXES.']],
    ]);
    expect(document.sections[0]!.body).toBe('This release fixes one issue; see "FIXES".\nThe toolkit drives Heron arrays from scripts.');
  });

  it('reads a long comment line of marks in linear time', async () => {
    const line = `//${' '.repeat(200_000)}x${'/'.repeat(200_000)}`;
    const started = performance.now();
    const document = await extractDocument('text', Buffer.from(`${line}\n`), 'marks.txt', limits);
    expect(document.text).toBe('x');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
