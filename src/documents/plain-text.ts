import { findVersions, findWrittenDate, isMonthOnly, isVersionLine, versionRangeEnd } from '../formats/versions.js';
import { asciidocHeading, asciidocLines } from './asciidoc.js';
import { BULLETS, CELL_SEPARATOR, type Block } from './document.js';

/** Underline characters and the heading level each gives, as reStructuredText and vendors use them; any other adornment (see ADORNMENT) gives 2. */
const UNDERLINES: Record<string, number> = { '=': 1, '#': 1, '-': 2, '~': 3, '^': 4, '"': 4, '+': 4 };
/** A line of one punctuation character that reStructuredText takes for a heading's underline or overline (`%%%%`, `****`); not `.`, `,` or `_` (ellipses, form fields). */
const ADORNMENT = /^([=#\-~^"+*%:;<!$&@/])\1{2,}$/;
/**
 * Adornment characters that plain text shows as often (a Markdown code fence ```` ``` ````, a docstring's `'''`, a
 * REPL's `>>>`, a table's `|||`): adornments only in a page that shows reStructuredText markup (see RST_MARKUP).
 */
const RST_ONLY_ADORNMENT = /^([`'>|?])\1{2,}$/;
/** A sign that a page is reStructuredText: explicit markup (`.. note::`, `.. _target:`), a literal block's `::`, or a role (":release:`1.15.0`"). */
const RST_MARKUP = /^\.\.(?:[ \t]|$)|::$|(?:^|[ \t]):[a-z][\w-]{0,30}:`/m;
/** A bold line standing alone (`**To find logs**`, `**To install the plugin:**`): a heading in reStructuredText and Markdown as vendors write them. */
const BOLD_LINE = /^\*\*([^*]{1,80})\*\*$/;
/** The label of an admonition (`**Note:**`, `**Important**`): the notice's own text, no heading over what follows. */
const ADMONITION = /^(?:notes?|warning|important|caution|tip|hint|attention|danger)$/i;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(\S.*)$/;
const TERMINAL_PUNCTUATION = /[.,;!?]$/;
/** A line of one repeated mark: an underline, or a rule between parts. */
const RULE = /^[=\-~_*#]{3,}$/;
/** Words a heading has at most. */
const HEADING_WORDS = 10;
/** A line framed by runs of one mark, standing alone: "------ Heron 18.02 Release Notes ------", "--- Unsupported operators ---". */
const FRAMED = /^([=\-~*#])\1{2,}[ \t]+([\p{L}\d](?:.{0,78}[^\s=\-~*#])?)[ \t]+\1{3,}$/u;
/** A line of a list or table of identifiers: one word ("DEPTH_TO_SPACE"), or columns apart by two spaces or more ("ADD    (FLOAT32)"). */
const LIST_LINE = /^[\p{L}\d_]+$|\S {2,}\S/u;

/**
 * Headings of a plain-text document, by the conventions people type: an underlined line, a
 * line framed by runs of a mark (`--- Known Issues ---`), a numbered line (`2.3 Known Issues`), an ALL-CAPS line, a short line standing alone after a
 * blank line (see looksLikeHeading), a label on a line of its own (`Known issues:`), which
 * sits below the heading before it, and a comment line in capitals (`// KNOWN ISSUES.`, its final
 * full stop kept). Everything else is text, one block per paragraph, comment marks dropped. AsciiDoc is read as its
 * rendered page shows it (see asciidoc.ts).
 */
export function plainTextBlocks(text: string): Block[] {
  const shown = withoutBookmarks(text);
  const typed = shown.split(/\r\n|\r|\n/);
  const asciidoc = asciidocLines(shown, typed);
  const read = asciidoc ? asciidoc.lines : withoutHiddenMarkup(typed);
  const emacs = asciidoc ? undefined : emacsVariables(read[0] ?? '');
  const rst = !asciidoc && RST_MARKUP.test(shown);
  const readLines = emacs ? [emacs.line, ...read.slice(1)] : read;
  const lines = rst ? readLines.map(withChangeRole) : readLines;
  const adornments = lines.map((line) => adornmentOf(line, rst));
  const sphinx = rst ? sphinxChangelog(lines) : undefined;
  const starLists = emacs?.outline === true ? starredLists(lines) : undefined;
  // The level of the releases a Sphinx changelog extension writes as markup: one below the heading they first appear under.
  let releaseLevel: number | undefined;
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let paragraphLine = 0;
  // Whether the paragraph being read is an AsciiDoc literal block's: code, no heading in it.
  let literal = false;
  let level = 1;
  // reStructuredText's levels go by order of use: overlined styles, which writers keep for the top, rank by their
  // first use; underlined ones keep the levels of UNDERLINES, moved below the overlined styles used before the first.
  const overlines: string[] = [];
  let underlineShift: number | undefined;
  // The first framed line is the title; the others rank below it by their mark's first use, whatever the frame's width
  // (centred banners frame each line with as many marks as it leaves room for).
  let framedTitle = false;
  const frameMarks: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'text', text: paragraph.join('\n'), line: paragraphLine, ...(literal ? { code: true } : {}) });
    paragraph = [];
    literal = false;
  };
  // Whether a release line has opened a release yet: only then does one at the margin under indented lines open the next.
  let releases = false;
  const heading = (headingLevel: number, headingText: string, line: number) => {
    flush();
    level = headingLevel;
    releases ||= isReleaseLine(headingText);
    blocks.push({ kind: 'heading', level: headingLevel, text: headingText, line });
  };
  for (let index = 0; index < lines.length; index += 1) {
    const written = lines[index]!.trim();
    if (asciidoc?.literal.has(index) === true && written !== '') {
      if (!literal) flush();
      if (paragraph.length === 0) paragraphLine = index + 1;
      literal = true;
      paragraph.push(written);
      continue;
    }
    if (literal) flush();
    const next = lines[index + 1]?.trim() ?? '';
    // A rule standing alone ("------" after a blank line) separates as a blank line does.
    const blankBefore = index === 0 || lines[index - 1]!.trim() === '' || (RULE.test(lines[index - 1]!.trim()) && (index === 1 || lines[index - 2]!.trim() === ''));
    const comment = commentText(written);
    const line = comment ?? written;
    if (line === '') {
      flush();
      continue;
    }
    const markup = sphinx?.get(index);
    if (markup?.item) {
      flush();
      paragraphLine = index + 1;
      paragraph.push(markup.label ? `${markup.label}: ${line}` : `- ${line}`);
      continue;
    }
    if (markup !== undefined) {
      if (markup.release !== undefined) heading((releaseLevel ??= level + 1), markup.release, index + 1);
      // A change's directive and fields are markup: its text is an item of the release's list.
      else flush();
      continue;
    }
    if (emacs?.outline === true) {
      // Outline mode's title line, and its headings: stars at the margin, one per level ("* Noteworthy changes in release 3.6", "** Bug Fixes").
      // A starred sentence, ended or going on in small letters on an indented line, is an item ("** Minor bug fix release for 1.8.3 to fix build issues on various" / "   platforms:").
      // So is one of a list of starred lines (see `starredLists`).
      const starred = index === 0 ? undefined : STARRED.exec(lines[index]!);
      const item = starred && (TERMINAL_PUNCTUATION.test(line) || /^\s+[a-z(]/.test(lines[index + 1] ?? '') || starLists!.has(index));
      if (index === 0 || (starred && !item)) {
        heading(starred ? starred[1]!.length + 1 : 1, starred ? starred[2]!.trim() : line, index + 1);
        continue;
      }
      // Nothing else heads a part there: a short line standing alone is a paragraph.
      if (item) flush();
      if (paragraph.length === 0) paragraphLine = index + 1;
      paragraph.push(item ? `- ${starred![2]!.trim()}` : line);
      continue;
    }
    if (comment !== undefined && isAllCaps(comment) && comment.length <= 80 && comment.split(/\s+/).length <= HEADING_WORDS) {
      heading(1, comment, index + 1);
      continue;
    }
    const titled = asciidoc && blankBefore ? asciidocHeading(line, level) : undefined;
    if (titled?.label) {
      // A block's title labels what follows, as "Known issues:" does, below the heading it is under.
      flush();
      blocks.push({ kind: 'heading', level: titled.level, text: titled.text, line: index + 1 });
      continue;
    }
    if (titled) {
      heading(titled.level, titled.text, index + 1);
      continue;
    }
    const framed = blankBefore && next === '' ? FRAMED.exec(line) : null;
    if (framed) {
      const mark = framed[1]!;
      if (framedTitle && !frameMarks.includes(mark)) frameMarks.push(mark);
      heading(framedTitle ? frameMarks.indexOf(mark) + 2 : 1, framed[2]!, index + 1);
      framedTitle = true;
      continue;
    }
    if (overlinedHeading(lines, adornments, index)) {
      const character = adornments[index]!;
      if (!overlines.includes(character)) overlines.push(character);
      heading(overlines.indexOf(character) + 1, next, index + 2);
      index += 2;
      continue;
    }
    const underline = underlineLevel(line, lines, adornments, index);
    const numbered = NUMBERED.exec(line);
    // Numbering says the depth better than underline characters, which run out: below a title.
    const depth = numbered ? numbered[1]!.split('.').length + 1 : undefined;
    if (underline !== undefined) {
      underlineShift ??= Math.max(0, overlines.length + 1 - underline);
      heading(depth ?? underline + underlineShift, line, index + 1);
      index += 1;
      continue;
    }
    if (RULE.test(line) || adornments[index] !== undefined) {
      flush();
      continue;
    }
    const bold = blankBefore && next === '' ? boldHeading(line) : undefined;
    if (bold !== undefined) {
      flush();
      blocks.push({ kind: 'heading', level: level + 1, text: bold, line: index + 1 });
      continue;
    }
    // A numbered line wrapped onto an indented line is a list item ("3. In the Networking Setup menu, select" / "   Neutron with …").
    const wraps = next !== '' && /^\s/.test(lines[index + 1]!) && NUMBERED.test(line);
    // A release line standing alone before a blank line opens its notes even right after a paragraph's last sentence, a blank line forgotten.
    const afterSentence = !blankBefore && next === '' && /[.!]$/.test(lines[index - 1]!.trim());
    // So does one at the margin right under the indented items of the release before it ("\tlibxfs: kernel sync" / "xfsprogs-6.9.0 (22 Jul 2024)").
    const outdented = releases && !blankBefore && index > 0 && /^\s/.test(lines[index - 1]!) && !/^\s/.test(lines[index]!) && isReleaseParagraphAlone(line);
    if ((blankBefore && ((!wraps && looksLikeHeading(line, next) && !introducesBlock(line, lines, index) && !(numbered && isStepOfList(numbered, lines, index))) || isReleaseLine(line))) || outdented || (afterSentence && looksLikeHeading(line, next) && namesRelease(line))) {
      heading(depth ?? (isAllCaps(line) ? 1 : Math.max(level, 2)), line, index + 1);
      continue;
    }
    // Not the indented continuation of a paragraph (a list item's second line).
    const continuation = paragraph.length > 0 && /^\s/.test(lines[index]!);
    if (!continuation && /^[A-Z][\w'’ /&-]{1,50}:$/.test(line) && line.split(/\s+/).length <= 6) {
      flush();
      blocks.push({ kind: 'heading', level: level + 1, text: line.slice(0, -1), line: index + 1 });
      continue;
    }
    if (paragraph.length === 0) paragraphLine = index + 1;
    paragraph.push(line);
  }
  flush();
  // Lines AsciiDoc leaves out of the text still count in the line numbers.
  return asciidoc ? blocks.map((block) => (block.line === undefined ? block : { ...block, line: asciidoc.numbers[block.line - 1]! })) : blocks;
}

/** The heading a bold line standing alone gives, without its final colon; none for a sentence (`**Back up first.**`) or an admonition's label. */
function boldHeading(line: string): string | undefined {
  const heading = BOLD_LINE.exec(line)?.[1]!.trim().replace(/:$/, '');
  if (heading === undefined || TERMINAL_PUNCTUATION.test(heading) || ADMONITION.test(heading) || heading.split(/\s+/).length > HEADING_WORDS) return undefined;
  return heading;
}

/** The longest paragraph of a text a word processor imported line by line: a text file's line. */
const TEXT_LINE_CHARACTERS = 100;

/**
 * The blocks of a document whose format carries headings as styles (RTF, Word, ODF), when none of its
 * paragraphs has one: its headings by the plain-text conventions, each paragraph standing alone.
 * A text saved as RTF or Word keeps its typed headings (`// KNOWN ISSUES.`, `FIXES:`) as plain
 * paragraphs, and must read as the text does. With styled headings, a paragraph that is only a
 * release line (see `isReleaseLine`) is a heading too: "V1.6.0 / 02-June-2022" set in bold between
 * them, as a page's collapsible labels become when the page is saved as Word (see `releaseLevels`).
 */
export function typedHeadings(blocks: readonly Block[]): Block[] {
  if (blocks.some((block) => block.kind === 'heading')) {
    const releaseLine = (block: Block) => block.kind === 'text' && !block.code && isReleaseParagraphAlone(block.text.trim());
    return releaseHeadings(blocks, new Set(blocks.flatMap((block, index) => (releaseLine(block) ? [index] : []))));
  }
  // The lines of the joined text are not the source's: none is given. A text a word processor imported whole keeps
  // its lines and blank lines as paragraphs, none longer than a text's line: they join as lines, so it reads as the text.
  const lineByLine = blocks.some((block) => block.text.trim() === '') && blocks.every((block) => block.text.length <= TEXT_LINE_CHARACTERS);
  const text = blocks.map((block) => block.text).join(lineByLine ? '\n' : '\n\n');
  return plainTextBlocks(text).map(({ line: _line, ...block }) => block);
}

/** The blocks with the text blocks at `releases` (release lines standing alone) made headings at the levels `releaseLevels` gives. */
export function releaseHeadings(blocks: readonly Block[], releases: ReadonlySet<number>): Block[] {
  if (releases.size === 0) return [...blocks];
  const levels = releaseLevels(blocks, releases);
  return blocks.map((block, index) => (releases.has(index) ? { kind: 'heading', level: levels[index]!, text: block.text.trim() } : block));
}

/**
 * The level a release line at each block would head: that of the heading before it, or one above the heading after
 * it when that one is no deeper ("Update History" 1, "V1.6.0 / 02-June-2022", "Main Changes" 2: 1), so the release's
 * parts sit under it. Release lines in a row, no heading between them, have no parts of their own: the heading after
 * the last is no part of it ("History" 2, "1.2.2 - June 28, 2009" … "1.0 - Nov 13, 2008", "Known Issues" 2), and they
 * all take the level of the heading before them. Two passes, not a search from each block: a document may hold
 * thousands of release lines.
 */
function releaseLevels(blocks: readonly Block[], releases: ReadonlySet<number>): number[] {
  const before: (number | undefined)[] = [];
  /** Whether the release line at a block has another before it, no heading between. */
  const afterRelease: boolean[] = [];
  let level: number | undefined;
  let marker: 'heading' | 'release' | undefined;
  blocks.forEach((block, index) => {
    before.push(level);
    afterRelease.push(marker === 'release');
    if (block.kind === 'heading') [level, marker] = [block.level, 'heading'];
    else if (releases.has(index)) marker = 'release';
  });
  const levels: number[] = new Array<number>(blocks.length);
  let after: number | undefined;
  marker = undefined;
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const previous = before[index] ?? 1;
    const inRow = releases.has(index) && (afterRelease[index] || marker === 'release');
    levels[index] = inRow ? previous : Math.max(1, Math.min(previous, after === undefined ? previous : after - 1));
    const block = blocks[index]!;
    if (block.kind === 'heading') [after, marker] = [block.level, 'heading'];
    else if (releases.has(index)) marker = 'release';
  }
  return levels;
}

/** Emacs's file variables on a first line ("GNU parted NEWS   -*- outline -*-", "-*- coding: utf-8 -*-"): the editor's settings, not text. */
const EMACS_VARIABLES = /-\*-([^*]{1,200}?)-\*-/;
/** The modes whose files head their parts with stars, alone or among other variables ("-*- coding: utf-8; mode: org -*-"): outline and Org. */
const OUTLINE_MODE = /(?:^|;)\s*(?:mode:\s*)?(?:outline|org)\s*(?:;|$)/i;
/** An outline heading: stars at the margin and a title. */
const STARRED = /^(\*{1,8})[ \t]+(\S.{0,200})$/;

/**
 * The starred lines of an outline that are a list, not headings: a run of two or more one under the other at one depth, none
 * naming a release, heading nothing (the run followed by a blank line, a starred line no deeper, or the end): "** ykcs11: Support
 * touch and PIN policies" / "** build: Compile cleanly with openssl 1.1 and 3". Runs are found in one pass.
 */
function starredLists(lines: readonly string[]): Set<number> {
  const listed = new Set<number>();
  for (let start = 1; start < lines.length; ) {
    const depth = STARRED.exec(lines[start]!)?.[1];
    if (depth === undefined) {
      start += 1;
      continue;
    }
    let end = start + 1;
    while (end < lines.length && STARRED.exec(lines[end]!)?.[1] === depth) end += 1;
    const after = lines[end];
    const afterDepth = after === undefined ? undefined : STARRED.exec(after)?.[1];
    const headsNothing = after === undefined || after.trim() === '' || (afterDepth !== undefined && afterDepth.length <= depth.length);
    const releases = lines.slice(start, end).some((line) => isReleaseLine(STARRED.exec(line)![2]!.trim()));
    if (end - start >= 2 && headsNothing && !releases) for (let at = start; at < end; at += 1) listed.add(at);
    start = end;
  }
  return listed;
}

/** A first line without the Emacs file variables it carries, and whether they set a mode that heads with stars; undefined when it carries none. */
function emacsVariables(first: string): { line: string; outline: boolean } | undefined {
  const variables = EMACS_VARIABLES.exec(first);
  if (!variables) return undefined;
  const line = `${first.slice(0, variables.index).trimEnd()} ${first.slice(variables.index + variables[0].length).trimStart()}`.trim();
  // A comment's mark left alone ("# -*- coding: utf-8 -*-") is no text.
  return { line: /[\p{L}\d]/u.test(line) ? line : '', outline: OUTLINE_MODE.test(variables[1]!) };
}

const BOOKMARK = '[bookmark: ';

/**
 * The text without the "[bookmark: name]" markers pandoc's plain-text writer leaves for Word
 * bookmarks. One scan: the next `]` and line end are found once and reused while behind them, as
 * the regex `/\[bookmark: [^\]\n]*\]/g` went to the line's end again from each unclosed marker.
 */
function withoutBookmarks(text: string): string {
  const kept: string[] = [];
  let copied = 0;
  let close = -1;
  let lineEnd = -1;
  for (let at = text.indexOf(BOOKMARK); at >= 0; at = text.indexOf(BOOKMARK, at + 1)) {
    const name = at + BOOKMARK.length;
    if (close < name) close = text.indexOf(']', name);
    if (lineEnd < name) {
      const newline = text.indexOf('\n', name);
      lineEnd = newline < 0 ? text.length : newline;
    }
    if (close < 0) break;
    if (lineEnd < close) continue;
    kept.push(text.slice(copied, at));
    copied = close + 1;
    at = close;
  }
  kept.push(text.slice(copied));
  return kept.join('');
}

/**
 * A line marked as a comment (`// KNOWN ISSUES.`, `// a note //`), as some vendors write plain-text
 * notes, without its marks; undefined for other lines. Cut by index, not by a pattern whose
 * optional end would be retried from every character of a long line.
 */
function commentText(line: string): string | undefined {
  if (!line.startsWith('//')) return undefined;
  let start = 2;
  while (line[start] === '/') start += 1;
  let end = line.length;
  if (end - start >= 2 && line.endsWith('//')) {
    while (end > start && line[end - 1] === '/') end -= 1;
  }
  return line.slice(start, end).trim();
}

/**
 * The character of a line that is an adornment, undefined for other lines. One of the characters plain text has always
 * underlined with (UNDERLINES) may be indented; any other is reStructuredText's, which sets titles at the margin (an
 * indented `>>>` or `***` is part of a sample).
 */
function adornmentOf(line: string, rst: boolean): string | undefined {
  const written = line.trim();
  const character = (ADORNMENT.exec(written) ?? (rst ? RST_ONLY_ADORNMENT.exec(written) : null))?.[1];
  return character === undefined || UNDERLINES[character] !== undefined || !/^\s/.test(line) ? character : undefined;
}

/**
 * The level of `line` when the line after it underlines it. Not when the underline is shorter than half the title (unless
 * the title names a release, see `namesRelease`) or than the title and four characters (reStructuredText's rule: three quotes under `Entry.` open a docstring), nor for a line boxed between two
 * rules of one length (`*****` / `* WARNING: … *` / `*****`); a line under an adornment of reStructuredText's must
 * read as a heading.
 */
function underlineLevel(line: string, lines: readonly string[], adornments: readonly (string | undefined)[], index: number): number | undefined {
  const character = adornments[index + 1];
  if (character === undefined || adornments[index] !== undefined || /^[=#\-~^"+]+$/.test(line)) return undefined;
  const underline = lines[index + 1]!.trim();
  const short = underline.length < Math.min(line.length, 60) * 0.5 && !namesRelease(line);
  if (short || (underline.length < 4 && underline.length < line.length)) return undefined;
  if (index > 0 && adornments[index - 1] === character && lines[index - 1]!.trim().length === underline.length) return undefined;
  const level = UNDERLINES[character];
  if (level === undefined && !readsAsHeading(line, character)) return undefined;
  return level ?? 2;
}

/**
 * Whether a line names a release, a version and its date (or month) in either order ("2026-10-15 - 3.2.1.110_canary_2026-10-15",
 * "Release 2.2.4 - August 2003"): a changelog underlines such lines with a rule of any length, as Markdown's setext headings
 * allow, and may set one right under the last sentence of the notes before it.
 */
function namesRelease(line: string): boolean {
  return findVersions(line).length > 0 && findWrittenDate(line, { month: true }) !== undefined;
}

/**
 * Rules that box a banner title in plain text however long the title ("===============" / "Version History - openSeaChest_Firmware" /
 * "==============="): long runs of '=' or '#'; not short ones (AsciiDoc's example block) nor dashes or stars (a listing, a boxed notice).
 */
const BANNER_RULE = /^(?:={10,}|#{10,})$/;

/**
 * Whether the line at `index` is the overline of a heading underlined by the same line (`%%%%` / `Getting help` /
 * `%%%%`): the title fits within them, as reStructuredText requires, or they are rules of a plain-text banner
 * (see `BANNER_RULE`), and it reads as a heading (a sentence or a boxed notice between two rules is text).
 */
function overlinedHeading(lines: readonly string[], adornments: readonly (string | undefined)[], index: number): boolean {
  const character = adornments[index];
  const overline = lines[index]!.trim();
  const title = lines[index + 1]?.trim() ?? '';
  return character !== undefined && adornments[index + 1] === undefined && title !== '' && (title.length <= overline.length || BANNER_RULE.test(overline))
    && lines[index + 2]?.trim() === overline && !/^\p{Ll}/u.test(title) && readsAsHeading(title, character);
}

/** Whether an adorned line reads as a heading: short, no sentence, not a notice boxed by the adornment's character (`* WARNING: … *`). */
function readsAsHeading(title: string, character: string): boolean {
  return title.length <= 80 && !TERMINAL_PUNCTUATION.test(title) && title.split(/\s+/).length <= HEADING_WORDS
    && !title.startsWith(`${character} `) && !title.endsWith(` ${character}`);
}

/** A release written as a list item of the Sphinx `releases` extension: "* :release:`1.15.0 <2014-09-18>`". */
const RELEASE_ROLE = /^[*-][ \t]+:release:`([^`<\n]{1,40}?)[ \t]*(?:<([^`>\n]{1,40})>)?`[ \t]*$/;
/** A change written as a list item of the Sphinx `releases` extension, its kind a role with its issue: "* :bug:`346 major` Fix …". */
const CHANGE_ROLE = /^([ \t]*[*-][ \t]+):(bug|feature|support):`(\d{1,9})?[^`\n]{0,40}`[ \t]*/;

/** A `CHANGE_ROLE` item as the extension's page shows it: "* [Bug] #346: Fix …", its kind and issue before its text. */
function withChangeRole(line: string): string {
  const role = CHANGE_ROLE.exec(line);
  if (!role) return line;
  const kind = `[${role[2]![0]!.toUpperCase()}${role[2]!.slice(1)}]`;
  return `${role[1]}${kind} ${role[3] === undefined ? '' : `#${role[3]}: `}${line.slice(role[0].length)}`;
}

/** The directives of the Sphinx `changelog` extension: a release (`.. changelog::` with `:version:` and `:released:` fields) and one change of it (`.. change::` with `:tags:`). */
const CHANGELOG_DIRECTIVE = /^[ \t]{0,8}\.\.[ \t]+(changelog|change)::[ \t]*$/;
const DIRECTIVE_FIELD = /^[ \t]+:(\w+):(?:[ \t]+(.{0,100}))?$/;

/**
 * The lines of a reStructuredText changelog that Sphinx's changelog extensions turn into releases, as the page they build
 * shows them: each release a heading ("1.15.0 (2014-09-18)", "5.1.4 (released 6th of August 2026)"), each change's
 * directive and fields left out and its text an item. Keyed by line; every other line is read as it is.
 */
function sphinxChangelog(lines: readonly string[]): Map<number, { release?: string; item?: true; label?: string }> {
  const markup = new Map<number, { release?: string; item?: true; label?: string }>();
  for (let index = 0; index < lines.length; index += 1) {
    const role = RELEASE_ROLE.exec(lines[index]!);
    if (role) {
      markup.set(index, { release: role[2] === undefined ? role[1]! : `${role[1]} (${role[2].trim()})` });
      continue;
    }
    const directive = CHANGELOG_DIRECTIVE.exec(lines[index]!);
    if (!directive) continue;
    const fields = new Map<string, string>();
    let end = index + 1;
    for (let field = DIRECTIVE_FIELD.exec(lines[end] ?? ''); field; field = DIRECTIVE_FIELD.exec(lines[end] ?? '')) {
      fields.set(field[1]!.toLowerCase(), (field[2] ?? '').trim());
      end += 1;
    }
    const version = fields.get('version');
    const released = fields.get('released');
    // A release without its date field is one still to come, as the extension's page says it.
    markup.set(index, directive[1] === 'changelog' && version ? { release: released ? `${version} (released ${released})` : `${version} (unreleased)` } : {});
    for (let at = index + 1; at < end; at += 1) markup.set(at, {});
    if (directive[1] === 'change') {
      // The change's text, after a blank line: one item, whatever its length.
      while (end < lines.length && lines[end]!.trim() === '') end += 1;
      // Its first tag labels it, as the extension's page groups changes under their tags ("Bug Fixes: more lmdb stability").
      const tag = fields.get('tags')?.split(',')[0]!.trim();
      if (end < lines.length) markup.set(end, { item: true, ...(tag ? { label: tag } : {}) });
    }
    index = end - 1;
  }
  return markup;
}

/** What follows `..` on a line of reStructuredText explicit markup that a reader sees: a directive (`.. note::`) or a footnote (`.. [1]`). */
const SHOWN_MARKUP = /^(?!index::)[\w:-]+::|^\[/;

/**
 * The lines without reStructuredText markup that a reader never sees, made blank: a comment (`..` and text that is no
 * directive, with the indented lines under it through blank ones, as a licence header of two paragraphs), a link target
 * (`.. _support:`, with its indented lines up to a blank one), a substitution's definition (`.. |brand| replace:: …`) and an index entry (`.. index:: Forums`). A
 * directive of a domain (`.. py:function::`) is shown. An empty comment (`..` over a blank line) hides nothing after it.
 */
function withoutHiddenMarkup(lines: string[]): string[] {
  let hiding = false;
  let throughBlanks = false;
  return lines.map((line, index) => {
    const blank = line.trim() === '';
    if (hiding && (blank ? throughBlanks : /^\s/.test(line))) return '';
    const hidden = /^\.\.(?:\s|$)/.test(line) && !SHOWN_MARKUP.test(line.slice(2).trim());
    hiding = hidden && !(line.trim() === '..' && (lines[index + 1]?.trim() ?? '') === '');
    // A comment's body runs on through blank lines, as docutils reads it; a link target's ends at the first.
    throughBlanks = hiding && !/^\.\.\s+_/.test(line);
    return hidden ? '' : line;
  });
}

/**
 * A short line, not a sentence, after a blank line, opening with a capital or a digit (or being a
 * version or a range of two, alone between blank lines): numbered, in capitals, followed by a blank line, or followed
 * by a paragraph line more than twice its length (a heading over unwrapped text).
 */
function looksLikeHeading(line: string, next: string): boolean {
  if (line.length > 80 || TERMINAL_PUNCTUATION.test(line) || /https?:\/\/|@/.test(line) || isTableRow(line) || isValueField(line)) return false;
  // A line in lower case may still head a version's notes, standing alone, when it is only a version or a range of two
  // ("v3.2.1", "open-iscsi-2.1.2 - open-iscsi-2.1.3"); a command that names one ("pip install corvid==2.1.3") is not.
  if (!/^[\p{Lu}\d]/u.test(line) && !(next === '' && (isVersionLine(line) || versionRangeEnd(line) !== undefined))) return false;
  if (line.split(/\s+/).length > HEADING_WORDS) return false;
  // Capitals over capitals of a list or a table ("LSTM" / "RNN") are its rows, not a heading.
  if (NUMBERED.test(line) || (isAllCaps(line) && !(LIST_LINE.test(line) && isAllCaps(next) && LIST_LINE.test(next)))) return true;
  return next === '' || (line.length <= 60 && next.length > line.length * 2 && /[.:]$/.test(next));
}

/** A table's row, its cells apart (a word processor's table read a row a line, a web page's): no heading, no release line. */
function isTableRow(line: string): boolean {
  return line.includes(CELL_SEPARATOR);
}

/**
 * A field whose value is only a date or a quantity: what a section says of itself, no heading. A date under a date's
 * label ("Released: 2025-10-23", "Date: 24 May 2016"); a number, with its unit if any, under any label but a version's or a
 * part's ("Sample array size: 2000", "Slope minus: -0.05", "Timeout: 30 s"; not "Version: 2024.05.02", "Firmware: 2.1", "Chapter: 3").
 */
function isValueField(line: string): boolean {
  const field = /^([\p{L} ]{1,40}):\s+(\S.*)$/u.exec(line.trim());
  if (!field) return false;
  const [, label, value] = field as unknown as [string, string, string];
  if (QUANTITY.test(value.trim())) return !/\b(?:version|release|build|rev|firmware|update|service pack|chapter|part|step|phase|section|appendix)/i.test(label);
  const date = /\b(?:date|dated|released?|published|updated)\s*$/i.test(label) ? findWrittenDate(value) : undefined;
  return date !== undefined && date.index === 0 && date.text.length === value.trim().length;
}

/** A number alone, signed or not, with a unit of a few letters or a percent sign. */
const QUANTITY = /^[-+]?\d+(?:[.,]\d+)?\s?(?:%|\p{L}{1,3})?$/u;

/**
 * Whether a numbered line is one of a list's steps written apart ("1. Download the offline bundle" / blank / "2. Install
 * the bundle"): the line before or after it, past blank ones only, is the previous or next number at the same depth and
 * no sentence either. Numbered sections have text between them; a step ending in a full stop does not make the
 * numbered line after it one ("4. Save the settings." / "5. Troubleshooting").
 */
function isStepOfList(numbered: RegExpExecArray, lines: readonly string[], index: number): boolean {
  const numbers = numbered[1]!.split('.').map(Number);
  const last = numbers.length - 1;
  return [-1, 1].some((direction) => {
    let at = index + direction;
    while (at >= 0 && at < lines.length && Math.abs(at - index) <= LOOK_AHEAD && lines[at]!.trim() === '') at += direction;
    const neighbour = NUMBERED.exec(lines[at]?.trim() ?? '');
    if (!neighbour || TERMINAL_PUNCTUATION.test(neighbour[2]!)) return false;
    const theirs = neighbour[1]!.split('.').map(Number);
    return theirs.length === numbers.length && theirs[last] === numbers[last]! + direction && theirs.slice(0, last).every((part, position) => part === numbers[position]);
  });
}

/** Lines looked ahead past blank ones for the block a line introduces. */
const LOOK_AHEAD = 3;

/** A list item's mark: a dash, star or bullet and a space. */
export const LIST_ITEM = new RegExp(String.raw`^[-*${BULLETS}]\s`);

/**
 * Whether a line ending in a colon introduces the block after it ("Add the field enabled_backends with value jdss-0:"
 * over an indented literal block, or reStructuredText's `::` marker; "NEW FEATURES:" over a list, whose indent a
 * PDF or a Word paragraph does not keep): not a heading of its own level, at most its section's label.
 */
function introducesBlock(line: string, lines: readonly string[], index: number): boolean {
  if (!line.endsWith(':')) return false;
  const indent = lines[index]!.length - lines[index]!.trimStart().length;
  for (let at = index + 1; at < lines.length && at <= index + LOOK_AHEAD; at += 1) {
    const following = lines[at]!;
    if (following.trim() === '') continue;
    return following.trim() === '::' || following.length - following.trimStart().length > indent || LIST_ITEM.test(following.trim());
  }
  return false;
}

/** A name joined to the version it is written with ("corvid-tools-", "sg3_utils-"). */
const JOINED_NAME = String.raw`[\p{L}][\p{L}\d_.]*(?:-[\p{L}][\p{L}\d_.]*)*[-_]`;
/** Words naming a project's notes that a release line may open with ("ChangeLog for release …", "Changes for version …"). */
const NOTES_WORD = String.raw`(?:[Cc]hange ?[Ll]og|[Cc]hanges|[Nn]otes|[Nn]ews|[Hh]istory)`;
/**
 * What stands before a release line's version: nothing, a name joined to it, up to three capitalised words ("Version", "Corvid
 * NAS"), or a word naming notes and words saying whose release they are ("Changes for version", "ChangeLog for release sg3_utils-";
 * not "Fixed in version", a sentence).
 */
const BEFORE_RELEASE_VERSION = new RegExp(String.raw`^(?:|${JOINED_NAME}|(?:[\p{Lu}][\p{L}\d_.-]*\s+){1,3}|${NOTES_WORD}\s+(?:(?:for|in|of|release|released|version)\s+){1,3}(?:${JOINED_NAME})?)$`, 'u');

/** The words that only say a date is the release's ("Version 2.00.b.10 release date 31/Oct/12"), between a release line's version and its date. */
const RELEASE_DATE = /\brelease date\b/i;

/**
 * A line after a blank line that opens a release's notes in a changelog, its items possibly
 * following at once: a version after at most a name, and its date (a day, or a month alone: "0.99.21 - Feb 2021") after at most a word
 * besides 'release date' ("Version 1.90 -- 07 Aug, 2021 (major changes only)", "Version 1.1 -- Mon Oct 18 2010", "corvid-tools-3.1.1
 * (2026-08-01) -- Do not use this version!", a bullet "* Corvid 3.2.1-1 (2026-10-15)"). A sentence
 * ("Version 3.2.1 was released on 2026-10-15") is none; nor is a table's row ("1.0 | 11 July 2013 | Initial Submission").
 */
export function isReleaseLine(line: string): boolean {
  return afterReleaseDate(line) !== undefined;
}

/** What a release line (see `isReleaseLine`) holds after its date; undefined when the line is none. */
function afterReleaseDate(line: string): string | undefined {
  if (line.length > 100 || isTableRow(line)) return undefined;
  const bare = line.replace(/^[*+-]\s+/, '');
  const version = findVersions(bare)[0];
  const date = version && findWrittenDate(bare, { month: true });
  if (!version || !date || date.index < version.index || !BEFORE_RELEASE_VERSION.test(bare.slice(0, version.index).replace(/v$/i, ''))) return undefined;
  // A month alone dates a release only after a bare version ("0.99.21 - Feb 2021", "Version 1.2 - March 2020"): after a name it is a platform's ("Ubuntu 22.04 - April 2022").
  if (isMonthOnly(date.date) && !/^(?:(?:version|release|rel\.?)\s*)?v?$/i.test(bare.slice(0, version.index).trim())) return undefined;
  const between = bare.slice(version.index + version.text.length, date.index).replace(RELEASE_DATE, ' ').match(/\p{L}+/gu) ?? [];
  const end = date.index + date.text.length;
  return between.length <= 1 && !TERMINAL_PUNCTUATION.test(bare.slice(0, end)) ? bare.slice(end) : undefined;
}

/**
 * A paragraph, or a printed line, that is a release line with no sentence starting after its date ("ov-sdk-app_v0.2_2015-07-13.zip.
 * It is packaged as …"); an abbreviation before it ("Heron Std. Edition 2.1 (2026-01-05)") or a warning after it ("-- Do not use
 * this version!") is no sentence.
 */
export function isReleaseParagraph(text: string): boolean {
  const after = afterReleaseDate(text);
  return after !== undefined && !/[.!?]\s+\p{Lu}/u.test(after);
}

/** A whole paragraph that is a release paragraph and does not end as a sentence does ("app_v0.2_2015-07-13.zip. It is packaged as …"). */
function isReleaseParagraphAlone(text: string): boolean {
  return isReleaseParagraph(text) && !TERMINAL_PUNCTUATION.test(text);
}

function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
