import { findVersions, findWrittenDate, isVersionLine, versionRangeEnd } from '../formats/versions.js';
import type { Block } from './document.js';

/** Underline characters and the heading level each gives, as reStructuredText and vendors use them; any other adornment (see ADORNMENT) gives 2. */
const UNDERLINES: Record<string, number> = { '=': 1, '#': 1, '-': 2, '~': 3, '^': 4, '"': 4, '+': 4 };
/** A line of one punctuation character that reStructuredText takes for a heading's underline or overline (`%%%%`, `****`, ``` ```` ```); not `.`, `,` or `_` (ellipses, form fields). */
const ADORNMENT = /^([=#\-~^"+*%`':;<>!$&@?/|])\1{2,}$/;
/** A bold line standing alone (`**To find logs**`, `**To install the plugin:**`): a heading in reStructuredText and Markdown as vendors write them. */
const BOLD_LINE = /^\*\*([^*]{1,80})\*\*$/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(\S.*)$/;
const TERMINAL_PUNCTUATION = /[.,;!?]$/;
/** A line of one repeated mark: an underline, or a rule between parts. */
const RULE = /^[=\-~_*#]{3,}$/;
/** Words a heading has at most. */
const HEADING_WORDS = 10;

/**
 * Headings of a plain-text document, by the conventions people type: an underlined line, a
 * numbered line (`2.3 Known Issues`), an ALL-CAPS line, a short line standing alone after a
 * blank line (see looksLikeHeading), a label on a line of its own (`Known issues:`), which
 * sits below the heading before it, and a comment line in capitals (`// KNOWN ISSUES.`, its final
 * full stop kept). Everything else is text, one block per paragraph, comment marks dropped.
 */
export function plainTextBlocks(text: string): Block[] {
  const lines = withoutHiddenMarkup(withoutBookmarks(text).split(/\r\n|\r|\n/));
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let paragraphLine = 0;
  let level = 1;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'text', text: paragraph.join('\n'), line: paragraphLine });
    paragraph = [];
  };
  const heading = (headingLevel: number, headingText: string, line: number) => {
    flush();
    level = headingLevel;
    blocks.push({ kind: 'heading', level: headingLevel, text: headingText, line });
  };
  for (let index = 0; index < lines.length; index += 1) {
    const written = lines[index]!.trim();
    const next = lines[index + 1]?.trim() ?? '';
    // A rule standing alone ("------" after a blank line) separates as a blank line does.
    const blankBefore = index === 0 || lines[index - 1]!.trim() === '' || (RULE.test(lines[index - 1]!.trim()) && (index === 1 || lines[index - 2]!.trim() === ''));
    const comment = commentText(written);
    const line = comment ?? written;
    if (line === '') {
      flush();
      continue;
    }
    if (comment !== undefined && isAllCaps(comment) && comment.length <= 80 && comment.split(/\s+/).length <= HEADING_WORDS) {
      heading(1, comment, index + 1);
      continue;
    }
    const overlined = overlinedHeading(line, next, lines[index + 2]?.trim() ?? '');
    if (overlined) {
      // An overlined heading is the title or a part: reStructuredText writers keep overlines for the top.
      heading(1, next, index + 2);
      index += 2;
      continue;
    }
    const underline = underlineLevel(line, next);
    const numbered = NUMBERED.exec(line);
    // Numbering says the depth better than underline characters, which run out: below a title.
    const depth = numbered ? numbered[1]!.split('.').length + 1 : undefined;
    if (underline !== undefined) {
      heading(depth ?? underline, line, index + 1);
      index += 1;
      continue;
    }
    if (RULE.test(line) || ADORNMENT.test(line)) {
      flush();
      continue;
    }
    const bold = blankBefore && next === '' ? BOLD_LINE.exec(line) : null;
    if (bold && bold[1]!.trim().split(/\s+/).length <= HEADING_WORDS) {
      flush();
      blocks.push({ kind: 'heading', level: level + 1, text: bold[1]!.trim().replace(/:$/, ''), line: index + 1 });
      continue;
    }
    // A numbered line wrapped onto an indented line is a list item ("3. In the Networking Setup menu, select" / "   Neutron with …").
    const wraps = next !== '' && /^\s/.test(lines[index + 1]!) && NUMBERED.test(line);
    if (blankBefore && ((!wraps && looksLikeHeading(line, next) && !introducesBlock(line, lines, index)) || isReleaseLine(line))) {
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
  return blocks;
}

/**
 * The blocks of a document whose format carries headings as styles (RTF, Word), when none of its
 * paragraphs has one: its headings by the plain-text conventions, each paragraph standing alone.
 * A text saved as RTF or Word keeps its typed headings (`// KNOWN ISSUES.`, `FIXES:`) as plain
 * paragraphs, and must read as the text does.
 */
export function typedHeadings(blocks: readonly Block[]): Block[] {
  if (blocks.some((block) => block.kind === 'heading')) return [...blocks];
  // The lines of the joined text are not the source's: none is given.
  return plainTextBlocks(blocks.map((block) => block.text).join('\n\n')).map(({ line: _line, ...block }) => block);
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

function underlineLevel(line: string, next: string): number | undefined {
  const match = ADORNMENT.exec(next);
  if (!match || next.length < Math.min(line.length, 60) * 0.5 || /^[=#\-~^"+]+$/.test(line) || ADORNMENT.test(line)) return undefined;
  return UNDERLINES[match[1]!] ?? 2;
}

/** Whether `line` is the overline of a heading `next` underlined by the same adornment (`%%%%` / `Getting help` / `%%%%`). */
function overlinedHeading(line: string, next: string, after: string): boolean {
  const match = ADORNMENT.exec(line);
  return match !== null && after[0] === match[1] && ADORNMENT.test(after) && next !== '' && !ADORNMENT.test(next) && next.length <= after.length + 4;
}

/** What follows `..` on a line of reStructuredText explicit markup that a reader sees: a directive (`.. note::`) or a footnote (`.. [1]`). */
const SHOWN_MARKUP = /^(?!index::)[\w-]+::|^\[/;

/**
 * The lines without reStructuredText markup that a reader never sees, made blank: a comment (`..` and text that is no
 * directive, with the indented lines under it, as a licence header), a link target (`.. _support:`), a substitution's
 * definition (`.. |brand| replace:: …`) and an index entry (`.. index:: Forums`).
 */
function withoutHiddenMarkup(lines: string[]): string[] {
  let hiding = false;
  return lines.map((line) => {
    if (hiding && /^\s+\S/.test(line)) return '';
    hiding = /^\.\.(?:\s|$)/.test(line) && !SHOWN_MARKUP.test(line.slice(2).trim());
    return hiding ? '' : line;
  });
}

/**
 * A short line, not a sentence, after a blank line, opening with a capital or a digit (or being a
 * version or a range of two, alone between blank lines): numbered, in capitals, followed by a blank line, or followed
 * by a paragraph line more than twice its length (a heading over unwrapped text).
 */
function looksLikeHeading(line: string, next: string): boolean {
  if (line.length > 80 || TERMINAL_PUNCTUATION.test(line) || /https?:\/\/|@/.test(line)) return false;
  // A line in lower case may still head a version's notes, standing alone, when it is only a version or a range of two
  // ("v3.2.1", "open-iscsi-2.1.2 - open-iscsi-2.1.3"); a command that names one ("pip install corvid==2.1.3") is not.
  if (!/^[\p{Lu}\d]/u.test(line) && !(next === '' && (isVersionLine(line) || versionRangeEnd(line) !== undefined))) return false;
  if (line.split(/\s+/).length > HEADING_WORDS) return false;
  if (NUMBERED.test(line) || isAllCaps(line)) return true;
  return next === '' || (line.length <= 60 && next.length > line.length * 2 && /[.:]$/.test(next));
}

/** Lines looked ahead past blank ones for the block a line introduces. */
const LOOK_AHEAD = 3;

/**
 * Whether a line ending in a colon introduces the block after it ("Add the field enabled_backends with value jdss-0:"
 * over an indented literal block, or reStructuredText's `::` marker): a sentence of its section, not a heading.
 */
function introducesBlock(line: string, lines: readonly string[], index: number): boolean {
  if (!line.endsWith(':')) return false;
  const indent = lines[index]!.length - lines[index]!.trimStart().length;
  for (let at = index + 1; at < lines.length && at <= index + LOOK_AHEAD; at += 1) {
    const following = lines[at]!;
    if (following.trim() === '') continue;
    return following.trim() === '::' || following.length - following.trimStart().length > indent;
  }
  return false;
}

/** What stands before a release line's version: nothing, a name joined to it ("corvid-tools-"), or up to three capitalised words ("Version", "Corvid NAS"). */
const BEFORE_RELEASE_VERSION = /^(?:|[\p{L}][\p{L}\d_.]*(?:-[\p{L}][\p{L}\d_.]*)*[-_]|(?:[\p{Lu}][\p{L}\d_.-]*\s+){1,3})$/u;

/**
 * A line after a blank line that opens a release's notes in a changelog, its items possibly
 * following at once: a version after at most a name, and its date after at most a word ("Version
 * 1.90 -- 07 Aug, 2021 (major changes only)", "Version 1.1 -- Mon Oct 18 2010", "corvid-tools-3.1.1
 * (2026-08-01) -- Do not use this version!", a bullet "* Corvid 3.2.1-1 (2026-10-15)"). A sentence
 * ("Version 3.2.1 was released on 2026-10-15") is none; nor is a table's row, which has no blank line before it.
 */
function isReleaseLine(line: string): boolean {
  if (line.length > 100) return false;
  const bare = line.replace(/^[*+-]\s+/, '');
  const version = findVersions(bare)[0];
  const date = version && findWrittenDate(bare);
  if (!version || !date || date.index < version.index || !BEFORE_RELEASE_VERSION.test(bare.slice(0, version.index).replace(/v$/i, ''))) return false;
  const between = bare.slice(version.index + version.text.length, date.index).match(/\p{L}+/gu) ?? [];
  return between.length <= 1 && !TERMINAL_PUNCTUATION.test(bare.slice(0, date.index + date.text.length));
}

function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
