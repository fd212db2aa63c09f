import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planBundle, serializeBundle, writeBundle, type ZipTree } from '../../fixtures/bundle.js';
import { depotMetadata, vib, vibDescriptor } from '../../fixtures/installer.js';
import {
  deepXml, docLongStyleChain, docStartingPastTheEnd, docWithLoopingChain, htmlNestedDivs, htmlSplitByEmptyElements, markdownDashLines, markdownDeepBlockquote,
  markdownDeepList, markdownDottedHeading, markdownEmphasisRun, markdownFoldedTitle, markdownHtmlOfAngles, markdownHugeParagraph, markdownManyVersions,
  markdownNestedBrackets, markdownNestedDetails, markdownNestedDivs, markdownUnclosedComments, markdownUnclosedFrontMatter, odtNestedSpans, odtRisingOutline, rtfLongCover, rtfRisingSizes, rtfStyleNameOfSpaces,
  textOfDots, unclosedBookmarks,
} from '../../fixtures/pathological.js';
import { defaultRelease, release } from '../../fixtures/release.js';
import { defaultLimits } from '../../src/archive/limits.js';
import { extractionLimits } from '../../src/scan/documents.js';
import type { DocumentFormat } from '../../src/model/model.js';
import { headingWords } from '../../rules/kit/topics.js';
import type { ParsedDocument } from '../../src/documents/document.js';
import { extractDocument } from '../../src/documents/extract.js';
import { contentDocument } from '../../src/documents/pdf.js';
import { parseReport, runCli } from '../helpers/cli.js';
import { findingsOf } from '../helpers/lint.js';

const limits = extractionLimits(defaultLimits);
/** Generous on a loaded CI machine; each input below took a minute or more, or crashed, before. */
const BOUND_MS = 20_000;

async function timed(format: DocumentFormat, bytes: Buffer): Promise<ParsedDocument> {
  const started = performance.now();
  const document = await extractDocument(format, bytes, `pathological.${format}`, limits);
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  return document;
}

const headings = (document: ParsedDocument) => document.sections.flatMap((section) => (section.heading ? [[section.heading.level, section.heading.text]] : []));
const bodyUnder = (document: ParsedDocument, heading: string) => document.sections.find((section) => section.heading?.text === heading)?.body;

describe('documents that drove a parser super-linear or deep, read in linear time', () => {
  it('text: 300k unclosed [bookmark: markers on one line', async () => {
    const document = await timed('text', unclosedBookmarks(300_000));
    expect(headings(document)).toEqual([[2, 'Known Issues']]);
    expect(document.text).toBe(`Known Issues\n${'[bookmark: '.repeat(300_000).trim()}`);
  });

  it('Markdown: an HTML block of 3 MB of `<`', async () => {
    const document = await timed('markdown', markdownHtmlOfAngles(3_000_000));
    expect(headings(document)).toEqual([[1, 'Release Notes'], [2, 'Known Issues']]);
    expect(bodyUnder(document, 'Release Notes')).toBe('<'.repeat(3_000_000));
    expect(bodyUnder(document, 'Known Issues')).toBe('None.');
  });

  it('Markdown: 51 KB of `*a_` (emphasis that never closes), every letter kept', async () => {
    const document = await timed('markdown', markdownEmphasisRun(17_000));
    expect(headings(document)).toEqual([[1, 'Release Notes'], [2, 'Known Issues']]);
    expect(bodyUnder(document, 'Release Notes')!.replace(/[*_]/g, '')).toBe('a'.repeat(17_000));
  });

  it('Markdown: a 16 MB paragraph on one line, with its link', async () => {
    const document = await timed('markdown', markdownHugeParagraph(16_000_000));
    expect(headings(document)).toEqual([[1, 'Release Notes'], [2, 'Known Issues']]);
    const body = bodyUnder(document, 'Release Notes')!;
    expect([body.length > 16_000_000, body.startsWith('the storage plugin keeps'), body.endsWith('mounted see https://example.com/kb/1')]).toEqual([true, true, true]);
    expect(document.urls).toEqual(['https://example.com/kb/1']);
  });

  it('Markdown: a heading inside 5000 nested blockquotes is quoted text, as in one blockquote', async () => {
    const document = await timed('markdown', markdownDeepBlockquote(5000));
    expect(headings(document)).toEqual([[1, 'Release Notes']]);
    expect(bodyUnder(document, 'Release Notes')).toBe('Known Issues\nNone.');
  });

  it('Markdown: a list nested 2000 deep', async () => {
    const document = await timed('markdown', markdownDeepList(2000));
    expect(headings(document)).toEqual([[1, 'Release Notes'], [2, 'Known Issues']]);
    expect(bodyUnder(document, 'Release Notes')).toBe(Array.from({ length: 2000 }, (_, index) => `item ${index + 1}`).join('\n'));
  });

  it('Markdown: a heading ending in 150k dots, and its words for matching', async () => {
    const document = await timed('markdown', markdownDottedHeading(150_000));
    const heading = `Known Issues${'.'.repeat(150_000)}x`;
    expect(headings(document)).toEqual([[1, 'Release Notes'], [2, heading]]);
    const started = performance.now();
    expect(headingWords(heading)).toBe(heading.toLowerCase());
    expect(headingWords(`Known Issues${'.'.repeat(150_000)}`)).toBe('known issues');
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });

  it('Markdown: 4 MB of nested brackets, with a reference link after them', async () => {
    const document = await timed('markdown', markdownNestedBrackets(4000));
    expect(headings(document)).toEqual([[1, 'Release Notes'], [2, 'Known Issues']]);
    expect(bodyUnder(document, 'Release Notes')).toBe(`${'['.repeat(490)}a${']'.repeat(490)} `.repeat(4000).trim());
    expect(bodyUnder(document, 'Known Issues')).toBe('None, see the list.');
    expect(document.urls).toEqual(['https://example.com/kb']);
  });

  it('Markdown: 1 MB of `---` lines (an empty front matter, then thematic breaks)', async () => {
    const document = await timed('markdown', markdownDashLines(250_000));
    expect([headings(document), document.title, bodyUnder(document, 'Known Issues')]).toEqual([[[1, 'Release Notes'], [2, 'Known Issues']], 'Release Notes', 'None.']);
  });

  it('Markdown: 1 MB of front matter never closed, read once for its end and once as Markdown', async () => {
    const document = await timed('markdown', markdownUnclosedFrontMatter(110_000));
    expect([headings(document), document.title, document.sections[0]!.body.length]).toEqual([[[1, 'Release Notes'], [2, 'Known Issues']], 'Release Notes', 'title: x\n'.repeat(110_000).length - 1]);
  });

  it('Markdown: a front matter title folded over 140k lines', async () => {
    const document = await timed('markdown', markdownFoldedTitle(140_000));
    expect([headings(document), document.title]).toEqual([[[2, 'Known Issues']], Array(140_000).fill('word').join(' ')]);
  });

  it('Markdown: 100k nested <details> in an HTML block, the innermost summary a heading 100k levels down', async () => {
    const document = await timed('markdown', markdownNestedDetails(100_000));
    expect([headings(document), bodyUnder(document, 'Known Issues')]).toEqual([[[1, 'Release Notes'], [100_001, 'Known Issues']], 'None.']);
  });

  it('Markdown: 100k nested <div>s in an HTML block, holding a heading', async () => {
    const document = await timed('markdown', markdownNestedDivs(100_000));
    expect([headings(document), bodyUnder(document, 'Known Issues')]).toEqual([[[1, 'Release Notes'], [2, 'Known Issues']], 'None.']);
  });

  it('Markdown: 150k HTML comment openers never closed, kept as text', async () => {
    const document = await timed('markdown', markdownUnclosedComments(150_000));
    expect([headings(document), bodyUnder(document, 'Release Notes')]).toEqual([[[1, 'Release Notes'], [2, 'Known Issues']], 'a <!-- '.repeat(150_000).trim()]);
  });

  it('text: 1 MB each of `www.` and `a.`, and 250k addresses with a scheme before a dot, for the address scanner', async () => {
    const document = await timed('text', textOfDots(250_000));
    expect([headings(document), document.urls]).toEqual([[[2, 'Known Issues']], ['http://ab']]);
  });

  it('DOC: 4000 styles each based on the next, in a circle', async () => {
    const document = await timed('doc', docLongStyleChain(4000));
    expect([headings(document), document.text]).toEqual([[[1, 'Release Notes']], 'Release Notes\nKnown Issues\nNone.']);
  });

  it('RTF: a style name of 400k spaces (its name matched after trimming)', async () => {
    const document = await timed('rtf', rtfStyleNameOfSpaces(400_000));
    expect([headings(document), document.text]).toEqual([[[2, 'Known Issues']], 'Known Issues\nNone.']);
  });

  it('RTF without styles: 300k lines each set one size larger (as many heading levels as lines, ranked once)', async () => {
    const document = await timed('rtf', rtfRisingSizes(300_000));
    expect([document.sections.length, headings(document).slice(0, 2), headings(document).at(-1)]).toEqual([300_001, [[6, 'A'], [6, 'A']], [1, 'A']]);
  });

  it('RTF: a cover of a million lines in large type before the first styled heading (no spread of every line into one call)', async () => {
    const document = await timed('rtf', rtfLongCover(1_000_000));
    expect([document.title, headings(document).length, bodyUnder(document, 'Known Issues')?.length]).toEqual(['Known Issues', 1, 'None '.repeat(1_000_000).trim().length]);
  });

  it('ODT: a paragraph of 250k nested spans, each holding text (its size known when the span opens)', async () => {
    const document = await timed('odt', odtNestedSpans(250_000));
    expect([headings(document), bodyUnder(document, 'Known Issues')]).toEqual([[[1, 'Known Issues']], 'a'.repeat(250_000)]);
  });

  it('HTML: a paragraph split by 250k empty elements', async () => {
    const document = await timed('html', htmlSplitByEmptyElements(250_000));
    expect(headings(document)).toEqual([[1, 'Release Notes'], [2, 'Known Issues']]);
    expect(bodyUnder(document, 'Release Notes')).toBe('a'.repeat(250_000));
    expect(document.title).toBe('Release Notes');
  });

  it('AsciiDoc: a one-line title of 300k spaces before its last word', async () => {
    const document = await timed('text', Buffer.from(`= Release Notes\n\n== Version 1.0${' '.repeat(300_000)}x\n\nFixes the clone timeouts.\n`));
    expect(headings(document).map(([level, text]) => [level, (text as string).replace(/ +/g, ' ')])).toEqual([[1, 'Release Notes'], [2, 'Version 1.0 x']]);
  });

  it('AsciiDoc signs in a text of 1.6M characters whose lines end in a carriage return alone, or in U+2028', async () => {
    // With `m`, `$` matched before each '\r' that `[^\n]` ran over: every line tried read to the text's end (2.3 s for 250k characters, growing with its square).
    for (const end of ['\r', '\u2028']) {
      const document = await timed('text', Buffer.from(`${`= corvid=${end}`.repeat(80_000)}${`endif::corvid${end}[${end}`.repeat(50_000)}`));
      expect(headings(document)).toEqual([]);
      expect(document.text.split('endif::corvid').length).toBe(50_001);
    }
  });

  it('plain text: a first line of 300k spaces before Emacs file variables, and 300k stars of an outline heading', async () => {
    const document = await timed('text', Buffer.from(`NEWS${' '.repeat(300_000)}-*- outline -*-\n\n* Release 1.0${'*'.repeat(300_000)}\n\n* Release 0.9\n`));
    expect(headings(document).map(([level, text]) => [level, (text as string).slice(0, 20)])).toEqual([[1, 'NEWS'], [2, 'Release 0.9']]);
  });

  it('PDF: 1000 bookmarks whose titles run over 16k characters of short words (compared by their start)', () => {
    const outline = Array.from({ length: 1000 }, (_, index) => ({ title: `Chapter ${index} ${'ab '.repeat(5_600)}`, level: 1, page: 0 }));
    const started = performance.now();
    const document = contentDocument({ title: undefined, outline, pages: [[{ text: 'Run the installer on each host.', size: 10, y: 700 }]], links: [] });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(document.sections.filter((section) => section.heading).length).toBe(1000);
  });

  it('HTML: a heading of 300k no-break spaces before its last word (its permalink looked for at its end only)', async () => {
    const document = await timed('html', Buffer.from(`<h1>Installing${'\u00a0'.repeat(300_000)}the plugin</h1><p>Run the installer.</p>`));
    // No-break spaces read as spaces, as in any text.
    expect(headings(document).map(([level, text]) => [level, (text as string).replace(/ +/g, ' ')])).toEqual([[1, 'Installing the plugin']]);
  });

  it('HTML: 400k nested <div>s', async () => {
    const document = await timed('html', htmlNestedDivs(400_000));
    expect(headings(document)).toEqual([[1, 'Release Notes'], [2, 'Known Issues']]);
    expect(bodyUnder(document, 'Known Issues')).toBe('None.');
  });

  it('ODT: 200k headings of rising outline level, each section holding the rest', async () => {
    const document = await timed('odt', odtRisingOutline(200_000));
    expect(document.sections.length).toBe(200_001);
    expect(document.sections.slice(0, 3).map((section) => [section.heading?.level, section.heading?.text, section.end])).toEqual([
      [1, 'Release Notes', 1],
      [1, 'Part 1', 200_001],
      [2, 'Part 2', 200_001],
    ]);
    expect(document.sections.at(-1)!.heading).toEqual({ level: 200_000, text: 'Part 200000' });
  });

  it('DOC: a WordDocument stream whose sector chain loops is unreadable, with the reason', async () => {
    const started = performance.now();
    await expect(extractDocument('doc', docWithLoopingChain(8192), 'loop.doc', limits)).rejects.toMatchObject({
      reason: "its WordDocument stream's sector chain loops; the file is damaged",
    });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });

  it('DOC: a WordDocument stream starting past the last sector, on a FAT cycle, is unreadable, with the reason', async () => {
    const bytes = docStartingPastTheEnd(8192);
    await expect(extractDocument('doc', bytes, 'past.doc', limits)).rejects.toMatchObject({
      reason: "its WordDocument stream's sector chain points past the end of the file; the file is damaged",
    });
  });
});

describe('release notes of 20,000 versions', () => {
  const directory = mkdtempSync(join(tmpdir(), 'bundlelint-pathological-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('are divided by version on the main thread in linear time', async () => {
    // Each version's parts were found by a pass over every section: 98 s for these 20,000 before.
    const notes = { role: 'release-notes' as const, format: 'md' as const, fileName: 'Corvid_NAS_Plugin_{version}_Release_Notes', content: markdownManyVersions(20_000) };
    const bundle = await writeBundle(join(directory, 'versions'), release({ documents: [notes, ...defaultRelease().documents.filter((plan) => plan.role !== 'release-notes')] }));
    const started = performance.now();
    const findings = await findingsOf(bundle, {}, 'release-notes/');
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    // Each version holds only what was fixed: its notes lack what was added and known issues, nothing else.
    const path = 'corvid-nas-plugin-3.2.1-4471/corvid-nas-plugin-3.2.1-docs.zip!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md';
    expect(findings).toEqual([
      { ruleId: 'release-notes/added', messageId: 'missing', location: { path, line: 3 } },
      { ruleId: 'release-notes/known-issues', messageId: 'missing', location: { path, line: 3 } },
    ]);
  });
});

describe('a VIB descriptor nested 3000 elements deep', () => {
  const directory = mkdtempSync(join(tmpdir(), 'bundlelint-pathological-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('is linted through the CLI with the findings of a clean bundle', () => {
    const described = release();
    const plan = planBundle(described);
    const depot = plan.tree.entries.find((entry) => entry.name.endsWith('offline-bundle.zip'))!.content as ZipTree;
    const deep = (descriptor: string) => deepXml(descriptor, 3000);
    const vibBytes = vib(described, deep);
    depot.entries.find((entry) => entry.name.endsWith('.vib'))!.content = vibBytes;
    // The depot's metadata describes the VIB it holds, as a depot built from it would.
    depot.entries.find((entry) => entry.name === 'metadata.zip')!.content = depotMetadata(described, vibDescriptor(described, deep), vibBytes);
    const bundle = join(directory, plan.fileName);
    writeFileSync(bundle, serializeBundle(plan, described));
    const temp = join(directory, 'tmp');
    mkdirSync(temp);
    const started = performance.now();
    const run = runCli(['lint', bundle, '--format', 'json'], { env: { TMPDIR: temp, TMP: temp, TEMP: temp } });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(parseReport(run.stdout).results[0]!.findings).toEqual([]);
    expect(readdirSync(temp)).toEqual([]);
  }, 60_000);
});
