/**
 * Layouts that LibreOffice renderings of the corpus's development documents showed a format reader
 * losing (test/eval/invariance.ts): each test reads a document of our own in the format and
 * checks that it reads as its source says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf, WORD_STYLES, writeDoc, writeDocx, type FlatBlock, type WordParagraph } from '../../fixtures/office.js';
import { defaultLimits } from '../../src/archive/limits.js';
import { extractDocument } from '../../src/documents/extract.js';
import type { ParsedDocument } from '../../src/documents/document.js';
import type { DocumentFormat } from '../../src/model/model.js';
import { packageRoot } from '../../src/package-root.js';
import { extractionLimits } from '../../src/scan/documents.js';

const limits = extractionLimits(defaultLimits);
const headings = (document: ParsedDocument) => document.sections.flatMap((section) => (section.heading ? [`${section.heading.level} ${section.heading.text}`] : []));

describe('PDF running heads', () => {
  // Each version's notes on a page of their own: every page opens with a version heading, alike but for its numbers.
  const versions = ['v2.4.0', 'v2.3.1', 'v2.3.0', 'v2.2.0'];
  const blocks: FlatBlock[] = versions.flatMap((version, index): FlatBlock[] => [
    { kind: 'heading', level: 1, text: version },
    { kind: 'paragraph', text: `Released 2026-0${9 - index}-15.` },
    { kind: 'item', text: `Fixed the datastore mount retry of ${version} when the array fails over.` },
    { kind: 'item', text: 'Added the offload statistics to the plugin log.' },
  ]);

  it.each([true, false])('are not version headings that open every page (bookmarks: %s)', async (outline) => {
    const document = await extractDocument('pdf', renderPdf('Corvid NAS Plugin Changelog', blocks, outline, { pageBreakBefore: 1 }), 'CHANGELOG.pdf', limits);
    expect(headings(document).slice(-4)).toEqual(versions.map((version) => `1 ${version}`));
    // The footer ("Corvid NAS Plugin Changelog - page N") repeats on every page but for its number: still a running foot.
    expect(document.text).not.toContain('- page');
  });
});

describe('PDF headings in a row', () => {
  it.each([true, false])('stay two headings when the first is empty, a long heading wrapped stays one (bookmarks: %s)', async (outline) => {
    const blocks: FlatBlock[] = [
      { kind: 'heading', level: 2, text: 'Unreleased' },
      { kind: 'heading', level: 2, text: 'v2.4.0 - 2026-10-15' },
      { kind: 'item', text: 'Fixed the datastore mount retry after an array failover.' },
      { kind: 'heading', level: 2, text: 'Offload statistics are now written to the plugin log once an hour on every host that mounts the datastore' },
      { kind: 'paragraph', text: 'The statistics show the copies offloaded to the array, the copies the host made itself because the array declined them, and the time each took, per datastore and per hour.' },
      { kind: 'paragraph', text: 'Turn them off with the offloadStatistics setting of the plugin configuration file when the log grows too fast for the retention the host keeps.' },
    ];
    const document = await extractDocument('pdf', renderPdf('Corvid NAS Plugin Changelog', blocks, outline), 'CHANGELOG.pdf', limits);
    // Bookmarks give their outline depth (these are its top), font sizes their rank below the title's.
    const level = outline ? 1 : 2;
    expect(headings(document)).toEqual(['1 Corvid NAS Plugin Changelog', `${level} Unreleased`, `${level} v2.4.0 - 2026-10-15`, `${level} Offload statistics are now written to the plugin log once an hour on every host that mounts the datastore`]);
  });
});

describe('a text file exported as it is', () => {
  // Writer's text import (test/data/documents/make.sh): every line a paragraph of the default style, one font size, no bookmarks.
  const read = (extension: string, format: DocumentFormat) => extractDocument(format, readFileSync(join(packageRoot, 'test', 'data', 'documents', `typed-release-notes.${extension}`)), `typed-release-notes.${extension}`, limits);
  const typed = ['2 Corvid NAS Plugin Release Notes', '2 Version 2.4.1 (2026-10-15)', '3 NEW FEATURES', '3 FIXED ISSUES', '3 KNOWN ISSUES', '2 Version 2.4.0 (2026-08-01)', '3 NEW FEATURES'];

  it.each([['txt', 'text'], ['docx', 'docx'], ['odt', 'odt'], ['pdf', 'pdf']] as const)('keeps its typed headings as DOCX, ODT and PDF, its labels over unindented lists included: %s', async (extension, format) => {
    const document = await read(extension, format);
    expect([document.title, headings(document)]).toEqual(['Corvid NAS Plugin Release Notes', typed]);
  });
});

describe('a Word title styled as a display line', () => {
  // LibreOffice saves an HTML <h1 class="title"> (docutils' and many site generators' page title) as "Heading 1.title": based on Heading 1, outline level 9.
  const styles = [...WORD_STYLES, { id: 'Heading1title', name: 'Heading 1.title', basedOn: 'Titre1', outline: 9 }];
  const paragraphs: WordParagraph[] = [
    { style: 'Heading1title', text: 'Corvid NAS Plugin Troubleshooting' },
    { text: 'What to check when the plugin does not offload.' },
    { style: 'Titre1', text: 'Collecting Logs' },
    { text: 'Run vm-support on the host.' },
    { style: 'Heading1title', text: 'Not a title here' },
  ];

  it.each([['docx', writeDocx], ['doc', writeDoc]] as const)('is the title before the first heading, body text after it: %s', async (format, write) => {
    const document = await extractDocument(format, write(paragraphs, styles), `troubleshooting.${format}`, limits);
    expect([document.title, document.titleSource, headings(document)]).toEqual(['Corvid NAS Plugin Troubleshooting', 'visible', ['1 Corvid NAS Plugin Troubleshooting', '1 Collecting Logs']]);
    expect(document.sections.at(-1)!.body).toBe('Run vm-support on the host.\nNot a title here');
  });
});
