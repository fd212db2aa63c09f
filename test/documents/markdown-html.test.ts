import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentContent, renderDocument } from '../../fixtures/documents.js';
import { defaultRelease, release } from '../../fixtures/release.js';
import { defaultLimits } from '../../src/archive/limits.js';
import type { ParsedDocument } from '../../src/documents/document.js';
import { extractDocument } from '../../src/documents/extract.js';
import { extractionLimits } from '../../src/scan/documents.js';
import { NOTES } from '../helpers/documents.js';
import { findingsOf, generated, scratchDirectory } from '../helpers/lint.js';

/** The date the findings are judged on. */
const NOW = { now: new Date('2026-11-25T00:00:00Z') };

const limits = extractionLimits(defaultLimits);
const read = (source: string) => extractDocument('markdown', Buffer.from(source), 'README.md', limits);
const headings = (document: ParsedDocument) => document.sections.flatMap((section) => (section.heading ? [[section.heading.level, section.heading.text, section.heading.line]] : []));
const bodyUnder = (document: ParsedDocument, heading: string) => document.sections.find((section) => section.heading?.text === heading)?.body;

/** A README as GitHub projects write them: a centred logo heading, badges, HTML headings, folded sections, an HTML table. */
const README = [
  '<!-- markdownlint-disable MD033 MD041 -->',
  '<h1 align="center">',
  '  <a href="https://corvid-systems.example/"><img alt="Corvid NAS Plugin" src="docs/logo.png" width="300"></a>',
  '</h1>',
  '',
  '<p align="center">Offload for Corvid arrays. Visit <a href="https://docs.corvid-systems.example/nas">the documentation</a>.</p>',
  '',
  '<div align="center">',
  '',
  '[![Build](https://ci.corvid-systems.example/badge.svg)](https://ci.corvid-systems.example/nas)',
  '',
  '</div>',
  '',
  '## Release History',
  '',
  '<details>',
  '<summary>Version 3.2.0 (2026-07-02)</summary>',
  '',
  '- Fast file clone for linked clones.',
  '',
  '</details>',
  '',
  '<h2 id="known">Known Issues</h2>',
  '<p>Extended statistics are empty for volumes created before 3.0 &mdash; remount them.</p>',
  '',
  '<table>',
  '  <tr><th>Component</th><th>Version</th></tr>',
  '  <tr><td><a href="https://www.zlib.net/">zlib</a></td><td>1.3.1</td></tr>',
  '</table>',
  '',
  '## Support <!-- TODO: add the phone number -->',
  '',
  'Open a case on <a href="https://support.corvid-systems.example/cases">the support portal</a>.',
  '',
].join('\n');

describe('HTML blocks in Markdown are read as HTML', () => {
  it('for their headings: <h1> (a logo\'s alt text), <h2>, a <details> block\'s <summary> under the heading before it', async () => {
    const document = await read(README);
    expect(headings(document)).toEqual([
      [1, 'Corvid NAS Plugin', 2],
      [2, 'Release History', 14],
      [3, 'Version 3.2.0 (2026-07-02)', 17],
      [2, 'Known Issues', 23],
      [2, 'Support', 31],
    ]);
    expect(document.title).toBe('Corvid NAS Plugin');
  });

  it('for their text: paragraphs, entities, table rows with their cells apart; comments and tags left out', async () => {
    const document = await read(README);
    expect(bodyUnder(document, 'Corvid NAS Plugin')).toBe('Offload for Corvid arrays. Visit the documentation.\nBuild');
    expect(bodyUnder(document, 'Version 3.2.0 (2026-07-02)')).toBe('Fast file clone for linked clones.');
    expect(bodyUnder(document, 'Known Issues')).toBe('Extended statistics are empty for volumes created before 3.0 - remount them.\nComponent | Version\nzlib | 1.3.1');
    expect(bodyUnder(document, 'Support')).toBe('Open a case on the support portal .');
  });

  it('for their links, and inline <a href> links in paragraphs', async () => {
    expect((await read(README)).urls).toEqual([
      'https://corvid-systems.example/',
      'https://docs.corvid-systems.example/nas',
      'https://ci.corvid-systems.example/nas',
      'https://www.zlib.net/',
      'https://support.corvid-systems.example/cases',
    ]);
  });

  it('inside a blockquote, as its text', async () => {
    const document = await read('# Notes\n\n> <h3>Note</h3>\n> <p>See <a href="https://kb.corvid-systems.example/2231">CVD-2231</a>.</p>\n');
    expect([headings(document), bodyUnder(document, 'Notes'), document.urls]).toEqual([[[1, 'Notes', 1]], 'Note\nSee CVD-2231.', ['https://kb.corvid-systems.example/2231']]);
  });
});

describe('HTML headings of documentation generators', () => {
  it('leave out the permalink a pilcrow shows (Sphinx, MkDocs), and keep a heading that ends in a sign of its own ("C#")', async () => {
    const html = '<html><body><h1>Installation<a class="headerlink" href="#installation" title="Link to this heading">¶</a></h1><p>Run the installer.</p><h2>Using C#</h2><p>Reference the assembly.</p></body></html>';
    const document = await extractDocument('html', Buffer.from(html), 'install.html', extractionLimits(defaultLimits));
    expect(document.sections.flatMap((section) => (section.heading ? [section.heading.text] : []))).toEqual(['Installation', 'Using C#']);
    expect(document.title).toBe('Installation');
  });

  it('take the page\'s own first heading for its title, past a navigation bar\'s heading ("Navigation") and before the <title>', async () => {
    const html = '<html><head><title>Installation - Corvid Connector 1.2 documentation</title></head><body><div class="related"><h3>Navigation</h3><ul><li><a href="index.html">index</a></li></ul></div>'
      + '<h1>Installation<a class="headerlink" href="#installation">¶</a></h1><p>Run the installer.</p><h2>Prerequisites</h2><p>Python 3.9.</p></body></html>';
    const document = await extractDocument('html', Buffer.from(html), 'install.html', extractionLimits(defaultLimits));
    expect([document.title, document.titleSource]).toEqual(['Installation', 'visible']);
  });
});

describe('an anchor line is inline HTML, not an HTML block', () => {
  it('so the heading right under it is a heading (git-chglog writes <a name> over every version)', async () => {
    const document = await read(['', '<a name="v1.3.0"></a>', '## [v1.3.0](https://git.example/corvid/compare/v1.2.0...v1.3.0) (2026-03-31)', '', '### Bug Fixes', '', '* Locks.', '', '<a name="v1.2.0"></a>', '## v1.2.0 (2025-09-11)', ''].join('\n'));
    expect(headings(document)).toEqual([[2, 'v1.3.0 (2026-03-31)', 3], [3, 'Bug Fixes', 5], [2, 'v1.2.0 (2025-09-11)', 10]]);
    expect(document.title).toBe('v1.3.0 (2026-03-31)');
  });

  it('while a lone tag on its line still opens a block that runs to a blank line', async () => {
    const document = await read(['<section>', '## Not a heading inside', '', '## Heading', ''].join('\n'));
    expect(headings(document)).toEqual([[2, 'Heading', 4]]);
  });
});

describe('release notes whose parts are HTML headings and folded sections, in a bundle', () => {
  const directory = scratchDirectory();

  it('have every part of the current version and the history', async () => {
    // The generated notes, with each part's heading written as HTML and the earlier releases folded.
    const notes = renderDocument(documentContent(release(), 'release-notes'), 'md')
      .toString()
      .replace(/^### (Version 3\.[01]\..+)$/gm, '<details><summary>$1</summary>')
      .replace(/^### (.+)$/gm, '<h3>$1</h3>')
      .replace(/^#### (.+)$/gm, '<h4>$1</h4>');
    const documents = defaultRelease().documents.map((plan) => (plan.role === 'release-notes' ? { ...plan, content: Buffer.from(notes) } : plan));
    const bundle = await generated(join(directory, 'html-parts'), [], { documents });
    for (const rule of ['release-notes/added', 'release-notes/fixed', 'release-notes/known-issues', 'release-notes/history']) expect(await findingsOf(bundle, NOW, rule)).toEqual([]);
    // Without the HTML headings, the current version has no "known issues" part.
    const flat = Buffer.from(notes.replace(/<h3>Known Issues<\/h3>\n\n- .*\n/, ''));
    const without = await generated(join(directory, 'html-parts-without'), [], { documents: documents.map((plan) => (plan.role === 'release-notes' ? { ...plan, content: flat } : plan)) });
    expect(await findingsOf(without, NOW, 'release-notes/known-issues')).toEqual([{ ruleId: 'release-notes/known-issues', messageId: 'missing', location: { path: NOTES, line: 5 } }]);
  });
});
