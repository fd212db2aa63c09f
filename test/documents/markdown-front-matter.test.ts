import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentContent, renderDocument } from '../../fixtures/documents.js';
import { defaultRelease, release } from '../../fixtures/release.js';
import { defaultLimits } from '../../src/archive/limits.js';
import { describe as describeBundle } from '../../src/describe.js';
import type { ParsedDocument } from '../../src/documents/document.js';
import { extractDocument } from '../../src/documents/extract.js';
import { extractionLimits } from '../../src/scan/documents.js';
import { DOCS, generated, scratchDirectory } from '../helpers/lint.js';

const limits = extractionLimits(defaultLimits);
const read = (source: string) => extractDocument('markdown', Buffer.from(source), 'page.md', limits);
/** What a test compares: the title and its source, each heading with its level and line, the text. */
const seen = (document: ParsedDocument) => ({
  title: document.title,
  titleSource: document.titleSource,
  headings: document.sections.flatMap((section) => (section.heading ? [[section.heading.level, section.heading.text, section.heading.line]] : [])),
  text: document.text,
});

describe('Markdown front matter is metadata, not text or a heading', () => {
  it('YAML, as Hugo and Jekyll pages have it: its title is the title, the page starts below it', async () => {
    const page = ['---', 'title: "Basic Install"', 'layout: docs', 'weight: 20', '---', '', 'Use this page to install the plugin.', '', '## Prerequisites', '', '- ESXi 8.0', ''].join('\n');
    expect(seen(await read(page))).toEqual({
      title: 'Basic Install',
      titleSource: 'visible',
      headings: [[2, 'Prerequisites', 9]],
      text: 'Use this page to install the plugin.\nPrerequisites\nESXi 8.0',
    });
  });

  it('YAML whose page opens with a heading of its own level 2: the front matter title still names the page', async () => {
    const page = ['---', "title: 'FAQs: Corvid''s Plugin' # shown above the page", '---', '', '## General', '', 'Answers.', ''].join('\n');
    expect(seen(await read(page))).toMatchObject({ title: "FAQs: Corvid's Plugin", headings: [[2, 'General', 5]], text: 'General\nAnswers.' });
  });

  it('YAML with a folded title, and a page with its own H1, which wins', async () => {
    const folded = ['---', 'title: >-', '  Corvid NAS Plugin', '  Release Notes', 'description: What changed', '---', 'Text.'].join('\n');
    expect(seen(await read(folded))).toEqual({ title: 'Corvid NAS Plugin Release Notes', titleSource: 'visible', headings: [], text: 'Text.' });
    const headed = ['---', 'title: "Bugs"', '---', '', '# Bugs and Limitations', '', '## Limitations', ''].join('\n');
    expect(seen(await read(headed))).toMatchObject({ title: 'Bugs and Limitations', headings: [[1, 'Bugs and Limitations', 5], [2, 'Limitations', 7]] });
  });

  it('TOML, as Hugo writes it: the top-level title, not a table\'s', async () => {
    const page = ['+++', 'date = 2026-10-15', 'title = "Release Notes \\"3.2.1\\""', '[params]', 'title = "Not this one"', '+++', '', 'Notes.', '', '## Fixed Issues', '', 'None.'].join('\r\n');
    expect(seen(await read(page))).toEqual({ title: 'Release Notes "3.2.1"', titleSource: 'visible', headings: [[2, 'Fixed Issues', 10]], text: 'Notes.\nFixed Issues\nNone.' });
  });

  it('front matter without a title leaves the title to the page', async () => {
    const page = ['---', 'layout: docs', '---', '# Installation', '', 'Steps.'].join('\n');
    expect(seen(await read(page))).toEqual({ title: 'Installation', titleSource: 'visible', headings: [[1, 'Installation', 4]], text: 'Installation\nSteps.' });
  });

  it('is not taken from a thematic break over a paragraph, nor from an opening never closed', async () => {
    const setext = ['---', 'Release notes follow.', '---', '', 'Text.'].join('\n');
    expect(seen(await read(setext))).toEqual({ title: 'Release notes follow.', titleSource: 'visible', headings: [[2, 'Release notes follow.', 2]], text: 'Release notes follow.\nText.' });
    const unclosed = ['---', 'title: Release Notes', '', '# Corvid NAS Plugin', ''].join('\n');
    expect(seen(await read(unclosed))).toEqual({ title: 'Corvid NAS Plugin', titleSource: 'visible', headings: [[1, 'Corvid NAS Plugin', 4]], text: 'title: Release Notes\nCorvid NAS Plugin' });
  });
});

describe('release notes with front matter, in a bundle', () => {
  const directory = scratchDirectory();

  it('are described by their title, not by their front matter', async () => {
    const notes = renderDocument(documentContent(release(), 'release-notes'), 'md').toString();
    const content = Buffer.from(`---\ntitle: Release Notes\nlayout: docs\n---\n\n${notes}`);
    const documents = defaultRelease().documents.map((plan) => (plan.role === 'release-notes' ? { ...plan, content } : plan));
    const described = await describeBundle(await generated(join(directory, 'front-matter'), [], { documents }));
    expect([described.product, described.version, described.documents[0]]).toEqual([
      'Corvid NAS Plugin',
      '3.2.1 build 4471',
      { path: `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md`, format: 'markdown', roles: ['release-notes'], rolesFrom: 'title', title: 'Corvid NAS Plugin 3.2.1 Release Notes' },
    ]);
  });

  it('are described by their front matter title when the page has no heading of its own', async () => {
    const content = Buffer.from(['---', 'title: "Corvid NAS Plugin 3.2.1 Release Notes"', 'layout: docs', '---', '', 'Released on October 15, 2026.', '', '## Fixed Issues', '', '- Clone offload no longer times out.', ''].join('\n'));
    const documents = defaultRelease().documents.map((plan) => (plan.role === 'release-notes' ? { ...plan, fileName: 'notes', content } : plan));
    const described = await describeBundle(await generated(join(directory, 'front-matter-title'), [], { documents }));
    expect([described.product, described.documents[0]]).toEqual([
      'Corvid NAS Plugin',
      { path: `${DOCS}!/notes.md`, format: 'markdown', roles: ['release-notes'], rolesFrom: 'title', title: 'Corvid NAS Plugin 3.2.1 Release Notes' },
    ]);
  });
});
