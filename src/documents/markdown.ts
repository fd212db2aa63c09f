import { CELL_SEPARATOR, schemelessUrl, type Block } from './document.js';
import { htmlBlocks } from './html.js';

/*
 * Markdown is read by our own scanner, one pass over the lines and one over each block's inline
 * text, with no recursion and no regex that can backtrack over a line. marked (v18) was replaced
 * because, measured on 2-16 MB of valid Markdown, its block lexer overflows the stack on a long
 * paragraph (its setext regex) and on 5000 nested blockquotes, recurses once per list level, takes
 * 2 s on a 700 KB list, and its emphasis matching is cubic (3 KB of `*a_` takes 0.4 s, 12 KB 7 s).
 * We need only the text a reader sees and the headings, so the scanner keeps CommonMark's block
 * structure (ATX and setext headings, fences, indented code, HTML blocks, lists, blockquotes,
 * GFM tables, link reference definitions) and drops inline markup without pairing delimiters.
 * YAML or TOML front matter is metadata: its `title` is kept, the rest skipped. HTML blocks are
 * read by the HTML parser (html.ts), for their headings (`<h2>`, a `<details>` block's
 * `<summary>`), text and links.
 */

/** A block before its inline markup is resolved: link definitions may come after their use. */
type RawBlock =
  | { readonly kind: 'heading'; readonly level: number; readonly inline: string; readonly line: number; readonly literal?: boolean; readonly links?: readonly string[] }
  | { readonly kind: 'text'; readonly parts: readonly { readonly text: string; readonly literal: boolean }[]; readonly line: number; readonly links?: readonly string[]; readonly code?: boolean };

/** HTML elements that open a block even inside a paragraph (CommonMark HTML blocks of type 6, and 1). */
const HTML_BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'details', 'dialog', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'main', 'menu', 'nav',
  'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'pre', 'script', 'style', 'textarea',
]);
/** HTML blocks that run to their closing tag rather than to a blank line. */
const RAW_HTML_TAGS = ['pre', 'script', 'style', 'textarea'];
const MAX_LABEL = 999;

/**
 * Headings (ATX and setext) and text blocks of a Markdown document, the link targets it holds,
 * and the title its front matter gives; code blocks are text, never headings.
 */
export function markdownBlocks(source: string): { blocks: Block[]; links: string[]; title: string | undefined } {
  const definitions = new Map<string, string>();
  const lines = source.split(/\r\n|\r|\n/);
  const matter = frontMatter(lines);
  const raw = scanBlocks(matter ? lines.slice(matter.end) : lines, matter?.end ?? 0, false, definitions);
  const links: string[] = [];
  const blocks = raw.map((block): Block => {
    for (const link of block.links ?? []) links.push(link);
    if (block.kind === 'heading') return { kind: 'heading', level: block.level, text: block.literal ? block.inline : inlinePlain(block.inline, definitions, links), line: block.line };
    const text = block.parts.map((part) => (part.literal ? part.text : inlinePlain(part.text, definitions, links))).join('\n');
    return block.code ? { kind: 'text', text, line: block.line, code: true } : { kind: 'text', text, line: block.line };
  });
  return { blocks, links, title: matter?.title };
}

/** A front matter's first line: a key (`title:`, `title =`), a TOML table or a comment. */
const FRONT_MATTER_KEY = /^(?:[A-Za-z_][\w.-]*[ \t]*(?::(?:[ \t]|$)|=)|\[|#)/;

/**
 * YAML (`---` … `---` or `...`) or TOML (`+++` … `+++`) front matter opening the document: the
 * number of lines it takes and its `title`. Only a top-level `title` is read (plain, quoted, or
 * a YAML folded or literal block on the lines below it), with no YAML or TOML library: nothing
 * else is needed. One pass over its lines; without a closing line, or when it does not open with
 * a key, it is no front matter (a thematic break, then Markdown).
 */
function frontMatter(lines: readonly string[]): { end: number; title: string | undefined } | undefined {
  const fence = lines[0]?.trimEnd();
  if (fence !== '---' && fence !== '+++') return undefined;
  const yaml = fence === '---';
  let title: string | undefined;
  let keyed = false;
  /** The lines of a YAML block scalar (`title: >`) being read, while they are indented. */
  let block: string[] | undefined;
  /** TOML: inside a `[table]`, whose keys are not the page's. */
  let table = false;
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    const trimmed = line.trim();
    if (line.trimEnd() === fence || (yaml && line.trimEnd() === '...')) return { end: index + 1, title: (block ? block.join(' ') : title)?.trim() || undefined };
    if (trimmed === '') continue;
    if (!keyed && !FRONT_MATTER_KEY.test(line)) return undefined;
    keyed = true;
    if (block && /^[ \t]/.test(line)) {
      block.push(trimmed);
      continue;
    }
    if (block) [title, block] = [block.join(' '), undefined];
    if (yaml && /^title[ \t]*:/i.test(line)) {
      const value = line.slice(line.indexOf(':') + 1).trim();
      if (/^[|>][+-]?\d?[+-]?$/.test(value)) block = [];
      else title = yamlScalar(value);
    } else if (!yaml && trimmed.startsWith('[')) {
      table = true;
    } else if (!yaml && !table && /^title[ \t]*=/i.test(line)) {
      title = tomlString(line.slice(line.indexOf('=') + 1).trim());
    }
  }
  return undefined;
}

/** A YAML scalar on one line: double-quoted (with escapes), single-quoted, or plain up to a comment. */
function yamlScalar(value: string): string | undefined {
  if (value.startsWith('"')) return /^"((?:[^"\\]|\\.)*)"/.exec(value)?.[1]?.replace(/\\(.)/g, '$1');
  if (value.startsWith("'")) return /^'((?:[^']|'')*)'/.exec(value)?.[1]?.replace(/''/g, "'");
  const comment = value.search(/[ \t]#/);
  return (comment >= 0 ? value.slice(0, comment) : value).trim() || undefined;
}

/** A TOML string on one line: basic (with escapes) or literal. */
function tomlString(value: string): string | undefined {
  if (value.startsWith('"""') || value.startsWith("'''")) return undefined;
  if (value.startsWith('"')) return /^"((?:[^"\\]|\\.)*)"/.exec(value)?.[1]?.replace(/\\(.)/g, '$1');
  if (value.startsWith("'")) return /^'([^']*)'/.exec(value)?.[1];
  return undefined;
}

/** Columns of leading indentation (a tab to the next multiple of 4) and where the content starts. */
function indentation(line: string): { columns: number; start: number } {
  let columns = 0;
  let start = 0;
  for (; start < line.length; start += 1) {
    if (line[start] === ' ') columns += 1;
    else if (line[start] === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return { columns, start };
}

const isBlank = (line: string) => line.trim() === '';

/** `#`–`######` and the heading's text, without a closing sequence of `#`. */
function atxHeading(line: string): { level: number; text: string } | undefined {
  const { columns, start } = indentation(line);
  if (columns > 3 || line[start] !== '#') return undefined;
  let end = start;
  while (line[end] === '#') end += 1;
  const level = end - start;
  if (level > 6 || (end < line.length && line[end] !== ' ' && line[end] !== '\t')) return undefined;
  let text = line.slice(end).trim();
  let close = text.length;
  while (close > 0 && text[close - 1] === '#') close -= 1;
  if (close === 0 || text[close - 1] === ' ' || text[close - 1] === '\t') text = text.slice(0, close).trim();
  return { level, text };
}

/** The fence character and length opening a fenced code block. */
function fenceOpening(line: string): { char: string; length: number } | undefined {
  const { columns, start } = indentation(line);
  const char = line[start];
  if (columns > 3 || (char !== '`' && char !== '~')) return undefined;
  let end = start;
  while (line[end] === char) end += 1;
  if (end - start < 3 || (char === '`' && line.includes('`', end))) return undefined;
  return { char, length: end - start };
}

function closesFence(line: string, fence: { char: string; length: number }): boolean {
  const { columns, start } = indentation(line);
  let end = start;
  while (line[end] === fence.char) end += 1;
  return columns <= 3 && end - start >= fence.length && line.slice(end).trim() === '';
}

/** Three or more `-`, `*` or `_`, spaces between allowed. */
function isThematicBreak(line: string): boolean {
  const { columns, start } = indentation(line);
  if (columns > 3) return false;
  const char = line[start];
  if (char !== '-' && char !== '*' && char !== '_') return false;
  let count = 0;
  for (let at = start; at < line.length; at += 1) {
    if (line[at] === char) count += 1;
    else if (line[at] !== ' ' && line[at] !== '\t') return false;
  }
  return count >= 3;
}

/** `===` or `---` under a paragraph: the level of the setext heading it makes. */
function setextLevel(line: string): number | undefined {
  const { columns, start } = indentation(line);
  const char = line[start];
  if (columns > 3 || (char !== '=' && char !== '-')) return undefined;
  let end = start;
  while (line[end] === char) end += 1;
  return line.slice(end).trim() === '' ? (char === '=' ? 1 : 2) : undefined;
}

/** A list item's marker (`-`, `*`, `+`, `1.`, `1)`) and where its content starts. */
function listMarker(line: string): { content: number; ordered: number | undefined } | undefined {
  const { start } = indentation(line);
  let end = start;
  let ordered: number | undefined;
  if (line[end] === '-' || line[end] === '*' || line[end] === '+') end += 1;
  else {
    while (end - start < 9 && line[end]! >= '0' && line[end]! <= '9') end += 1;
    if (end === start || (line[end] !== '.' && line[end] !== ')')) return undefined;
    ordered = Number(line.slice(start, end));
    end += 1;
  }
  if (end < line.length && line[end] !== ' ' && line[end] !== '\t') return undefined;
  return { content: end, ordered };
}

/** An HTML block's opening: the tag name (lower case) or `!--`, `!`, `?`. */
function htmlOpening(line: string): string | undefined {
  const { columns, start } = indentation(line);
  if (columns > 3 || line[start] !== '<') return undefined;
  if (line.startsWith('<!--', start)) return '!--';
  const next = line[start + 1];
  if (next === '!' || next === '?') return next;
  let at = start + 1 + (next === '/' ? 1 : 0);
  const nameStart = at;
  while (at < line.length && /[A-Za-z0-9-]/.test(line[at]!)) at += 1;
  if (at === nameStart || !/[A-Za-z]/.test(line[nameStart]!)) return undefined;
  const after = line[at];
  if (after !== undefined && after !== ' ' && after !== '\t' && after !== '>' && after !== '/') return undefined;
  return line.slice(nameStart, at).toLowerCase();
}

/**
 * A line that opens an HTML block of any other tag (CommonMark's type 7): one complete open or
 * closing tag and nothing else. `<a name="v1.3.0"></a>` is inline HTML opening a paragraph, which
 * the heading on the next line interrupts.
 */
const LONE_TAG = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

/** Whether an HTML block opened by `tag` on this line is one: a block-level or raw tag, a comment, or a lone tag. */
function opensHtmlBlock(tag: string, line: string): boolean {
  return interruptsParagraph(tag) || RAW_HTML_TAGS.includes(tag) || LONE_TAG.test(line);
}

/** Whether an HTML block opened by `tag` may interrupt a paragraph. */
function interruptsParagraph(tag: string): boolean {
  return tag === '!--' || tag === '?' || tag === '!' || HTML_BLOCK_TAGS.has(tag);
}

/** Whether the HTML block opened by `tag` ends on this line. */
function endsHtmlBlock(tag: string, line: string): boolean {
  if (tag === '!--') return line.includes('-->');
  if (tag === '?') return line.includes('?>');
  if (tag === '!') return line.includes('>');
  return RAW_HTML_TAGS.includes(tag) && line.toLowerCase().includes(`</${tag}>`);
}

/** Cells of a GFM table row: split at unescaped `|`, outer pipes dropped. */
function tableCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let at = 0; at < line.length; at += 1) {
    if (line[at] === '\\' && line[at + 1] === '|') {
      cell += '|';
      at += 1;
    } else if (line[at] === '|') {
      cells.push(cell);
      cell = '';
    } else cell += line[at];
  }
  cells.push(cell);
  const trimmed = line.trim();
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|') && cells.length > 0) cells.pop();
  return cells.map((value) => value.trim());
}

/** A GFM delimiter row (`| --- | :-: |`) with as many cells as the header. */
function isDelimiterRow(line: string, columns: number): boolean {
  if (!line.includes('-')) return false;
  const cells = tableCells(line);
  return cells.length === columns && cells.every((cell) => /^:?-+:?$/.test(cell));
}

/** `[label]: destination "title"`: the label (normalised) and destination, as one line. */
function linkDefinition(line: string): { label: string; href: string } | undefined {
  const match = /^ {0,3}\[([^\]]{1,999})\]:[ \t]*(<[^<>\n]*>|\S+)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*$/.exec(line);
  if (!match) return undefined;
  const destination = match[2]!;
  return { label: normalizeLabel(match[1]!), href: destination.startsWith('<') ? destination.slice(1, -1) : destination };
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Strips blockquote markers (`>` and one optional space, repeated) from a line's start. */
function unquote(line: string): string | undefined {
  let at = 0;
  let quoted = false;
  for (;;) {
    const { columns, start } = indentation(line.slice(at, at + 4));
    if (columns > 3 || line[at + start] !== '>') break;
    quoted = true;
    at += start + 1;
    if (line[at] === ' ') at += 1;
  }
  return quoted ? line.slice(at) : undefined;
}

/**
 * The blocks of `lines` (the document, or a blockquote's content with its markers stripped,
 * scanned once more with `quoted` set, so nesting never recurses beyond one level).
 */
function scanBlocks(lines: readonly string[], firstLine: number, quoted: boolean, definitions: Map<string, string>): RawBlock[] {
  const blocks: RawBlock[] = [];
  let paragraph: string[] = [];
  let paragraphLine = 0;
  /** The level of the last heading, which the summary of an HTML `<details>` block sits below. */
  let level = 0;
  const text = (parts: { text: string; literal: boolean }[], line: number, links?: readonly string[]) =>
    blocks.push(links && links.length > 0 ? { kind: 'text', parts, line: firstLine + line + 1, links } : { kind: 'text', parts, line: firstLine + line + 1 });
  const code = (content: string, line: number) => blocks.push({ kind: 'text', parts: [{ text: content, literal: true }], line: firstLine + line + 1, code: true });
  const flush = () => {
    if (paragraph.length > 0) text([{ text: paragraph.join('\n'), literal: false }], paragraphLine);
    paragraph = [];
  };
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (isBlank(line)) {
      flush();
      continue;
    }
    const { columns, start } = indentation(line);
    if (paragraph.length > 0) {
      const underline = setextLevel(line);
      if (underline !== undefined) {
        level = underline;
        blocks.push({ kind: 'heading', level, inline: paragraph.join('\n'), line: firstLine + paragraphLine + 1 });
        paragraph = [];
        continue;
      }
    }
    const fence = fenceOpening(line);
    if (fence) {
      flush();
      const content: string[] = [];
      let end = index + 1;
      for (; end < lines.length && !closesFence(lines[end]!, fence); end += 1) content.push(lines[end]!.slice(Math.min(indentation(lines[end]!).start, start)));
      code(content.join('\n'), index);
      index = end;
      continue;
    }
    if (columns >= 4 && paragraph.length === 0) {
      const content: string[] = [];
      let end = index;
      for (; end < lines.length && (isBlank(lines[end]!) || indentation(lines[end]!).columns >= 4); end += 1) content.push(stripColumns(lines[end]!, 4));
      while (end > index && isBlank(lines[end - 1]!)) {
        end -= 1;
        content.pop();
      }
      code(content.join('\n'), index);
      index = end - 1;
      continue;
    }
    const heading = atxHeading(line);
    if (heading) {
      flush();
      level = heading.level;
      blocks.push({ kind: 'heading', level, inline: heading.text, line: firstLine + index + 1 });
      continue;
    }
    if (isThematicBreak(line)) {
      flush();
      continue;
    }
    if (!quoted && unquote(line) !== undefined) {
      flush();
      const content: string[] = [];
      let end = index;
      for (; end < lines.length; end += 1) {
        const inner = unquote(lines[end]!);
        // A line without a marker continues the quote's paragraph (a lazy continuation line).
        if (inner === undefined && (isBlank(lines[end]!) || isBlank(content.at(-1) ?? '') || startsBlock(lines[end]!))) break;
        content.push(inner ?? lines[end]!);
      }
      const inside = scanBlocks(content, firstLine + index, true, definitions);
      const parts = inside.flatMap((block) => (block.kind === 'heading' ? [{ text: block.inline, literal: block.literal ?? false }] : block.parts));
      text(parts, index, inside.flatMap((block) => block.links ?? []));
      index = end - 1;
      continue;
    }
    const opening = htmlOpening(line);
    if (opening && opensHtmlBlock(opening, line) && (paragraph.length === 0 || interruptsParagraph(opening))) {
      flush();
      const content: string[] = [];
      let end = index;
      const toEndMarker = opening === '!--' || opening === '?' || opening === '!' || RAW_HTML_TAGS.includes(opening);
      for (; end < lines.length; end += 1) {
        if (!toEndMarker && isBlank(lines[end]!)) break;
        content.push(lines[end]!);
        if (toEndMarker && endsHtmlBlock(opening, lines[end]!)) {
          end += 1;
          break;
        }
      }
      const html = htmlBlocks(content.join('\n'), { baseLevel: level });
      const before = blocks.length;
      for (const block of html.blocks) {
        const line = firstLine + index + (block.line ?? 1);
        if (block.kind === 'heading') blocks.push({ kind: 'heading', level: block.level, inline: block.text, line, literal: true });
        else blocks.push({ kind: 'text', parts: [{ text: block.text, literal: true }], line });
      }
      // The block's links go with its first block, or with an empty one (a linked logo shows no text).
      if (html.links.length > 0) {
        if (blocks.length === before) text([], index, html.links);
        else blocks[before] = { ...blocks[before]!, links: html.links };
      }
      index = end - 1;
      continue;
    }
    const marker = listMarker(line);
    if (marker && columns <= 3 && (paragraph.length === 0 || ((marker.ordered === undefined || marker.ordered === 1) && !isBlank(line.slice(marker.content))))) {
      flush();
      const items: string[] = [];
      let end = index;
      for (; end < lines.length; end += 1) {
        const current = lines[end]!;
        if (isBlank(current)) {
          // A blank line ends the list unless an item or indented content follows.
          const next = lines[end + 1];
          if (next === undefined || isBlank(next) || (indentation(next).columns < 2 && !listMarker(next))) break;
          continue;
        }
        const item = listMarker(current);
        if (item && !isThematicBreak(current)) items.push(current.slice(item.content).trim());
        else if (indentation(current).columns >= 2 || (!isBlank(lines[end - 1] ?? '') && !startsBlock(current))) items.push(current.trim());
        else break;
      }
      text(items.map((item) => ({ text: atxHeading(item)?.text ?? item, literal: false })), index);
      index = end - 1;
      continue;
    }
    if (paragraph.length === 0) {
      const definition = linkDefinition(line);
      if (definition) {
        if (!definitions.has(definition.label)) definitions.set(definition.label, definition.href);
        continue;
      }
      const header = line.includes('|') ? tableCells(line) : undefined;
      if (header && index + 1 < lines.length && isDelimiterRow(lines[index + 1]!, header.length)) {
        const rows = [header];
        let end = index + 2;
        for (; end < lines.length && !isBlank(lines[end]!) && !startsBlock(lines[end]!); end += 1) {
          const cells = tableCells(lines[end]!);
          rows.push(header.map((_, column) => cells[column] ?? ''));
        }
        text(rows.map((row) => ({ text: row.map((cell) => cell.replace(/\n/g, ' ')).join(CELL_SEPARATOR), literal: false })), index);
        index = end - 1;
        continue;
      }
      paragraphLine = index;
    }
    paragraph.push(paragraph.length === 0 ? line.trim() : line.trimEnd());
  }
  flush();
  return blocks;
}

/** Whether a line opens a block that ends a paragraph, a lazy quote or a table. */
function startsBlock(line: string): boolean {
  const html = htmlOpening(line);
  return atxHeading(line) !== undefined || fenceOpening(line) !== undefined || isThematicBreak(line) || unquote(line) !== undefined || (html !== undefined && interruptsParagraph(html));
}

/** A line with up to `count` columns of indentation removed. */
function stripColumns(line: string, count: number): string {
  const { columns, start } = indentation(line);
  return columns <= count ? line.slice(start) : ' '.repeat(columns - count) + line.slice(start);
}

const BARE_URL = /https?:\/\/[^\s<>"'()[\]{}]+[^\s<>"'()[\]{}.,;:!?]/y;
/** The web address starting at `at`, when one starts there at a word's start. */
function bareUrlAt(text: string, at: number): string | undefined {
  if (/[\p{L}\d]/u.test(text[at - 1] ?? ' ')) return undefined;
  BARE_URL.lastIndex = at;
  return BARE_URL.test(text) ? text.slice(at, BARE_URL.lastIndex) : undefined;
}

const BARE_WWW = /www\.[^\s<>"'()[\]{}]*[^\s<>"'()[\]{}.,;:!?]/iy;
/** The `www.` address starting at `at`, when one starts there at a word's start and its host is one (see schemelessUrl). */
function bareWwwAt(text: string, at: number): string | undefined {
  if (/[\p{L}\d@./:-]/u.test(text[at - 1] ?? ' ')) return undefined;
  BARE_WWW.lastIndex = at;
  if (!BARE_WWW.test(text)) return undefined;
  const candidate = text.slice(at, BARE_WWW.lastIndex);
  return schemelessUrl(candidate) ? candidate : undefined;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);
const isPunctuation = (char: string | undefined) => char !== undefined && /[\p{P}\p{S}]/u.test(char);

/**
 * Matching `[`/`]` and `(`/`)` positions, by one pass with a stack each (escaped brackets
 * skipped): link resolution then looks up instead of searching.
 */
function matchBrackets(text: string): Map<number, number> {
  const matches = new Map<number, number>();
  const squares: number[] = [];
  const rounds: number[] = [];
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (char === '\\') at += 1;
    else if (char === '[') squares.push(at);
    else if (char === ']' && squares.length > 0) matches.set(squares.pop()!, at);
    else if (char === '(') rounds.push(at);
    else if (char === ')' && rounds.length > 0) matches.set(rounds.pop()!, at);
  }
  return matches;
}

/** Backtick runs by length, each list in order, and a cursor per length: finding a code span's closer never rescans. */
class BacktickRuns {
  private readonly runs = new Map<number, number[]>();
  private readonly cursors = new Map<number, number>();

  constructor(text: string) {
    for (let at = text.indexOf('`'); at >= 0; at = text.indexOf('`', at)) {
      let end = at;
      while (text[end] === '`') end += 1;
      const list = this.runs.get(end - at) ?? [];
      list.push(at);
      this.runs.set(end - at, list);
      at = end;
    }
  }

  /** The first run of `length` backticks after `position` (openers are asked for in increasing position). */
  next(length: number, position: number): number | undefined {
    const list = this.runs.get(length) ?? [];
    let cursor = this.cursors.get(length) ?? 0;
    while (cursor < list.length && list[cursor]! <= position) cursor += 1;
    this.cursors.set(length, cursor);
    return list[cursor];
  }
}

/** Emphasis delimiter runs (`*`, `_`, `~`) that pair with another: start to end. */
function emphasisDelimiters(text: string): Map<number, number> {
  const runs: { start: number; end: number; char: string; open: boolean; close: boolean }[] = [];
  for (let at = 0; at < text.length; ) {
    const char = text[at]!;
    if (char === '\\') {
      at += 2;
      continue;
    }
    if (char !== '*' && char !== '_' && char !== '~') {
      at += 1;
      continue;
    }
    let end = at;
    while (text[end] === char) end += 1;
    const before = text[at - 1];
    const after = text[end];
    const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
    const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
    const allowed = char !== '~' || end - at <= 2;
    // An underscore inside a word (snake_case) is not emphasis.
    const open = allowed && (char === '_' ? left && (!right || isPunctuation(before)) : left);
    const close = allowed && (char === '_' ? right && (!left || isPunctuation(after)) : right);
    runs.push({ start: at, end, char, open, close });
    at = end;
  }
  // A closer pairs with the latest unpaired opener of its character (CommonMark without its finer rules), so each run is pushed and popped once.
  const paired = new Map<number, number>();
  const openers = new Map<string, (typeof runs)[number][]>();
  for (const run of runs) {
    const stack = openers.get(run.char) ?? [];
    openers.set(run.char, stack);
    const opener = run.close ? stack.pop() : undefined;
    if (opener) {
      paired.set(opener.start, opener.end);
      paired.set(run.start, run.end);
    } else if (run.open) stack.push(run);
  }
  return paired;
}

/** What a link's `]` is followed by: an inline destination, a reference, or nothing (a shortcut reference). */
function linkTarget(text: string, open: number, close: number, matches: ReadonlyMap<number, number>, definitions: ReadonlyMap<string, string>): { href: string; end: number } | undefined {
  if (text[close + 1] === '(') {
    const end = matches.get(close + 1);
    if (end === undefined) return undefined;
    const inside = text.slice(close + 2, end).trim();
    const href = inside.startsWith('<') ? inside.slice(1, Math.max(inside.indexOf('>'), 1)) : inside.split(/\s/, 1)[0]!;
    return { href, end: end + 1 };
  }
  if (definitions.size === 0) return undefined;
  // A label holds no bracket (CommonMark): those looked up are innermost, so they never overlap, and
  // each search for a bracket ends at the next one: nested brackets cost linear time.
  const labelAt = (from: number, to: number) => {
    const inner = text.indexOf('[', from);
    return to - from <= MAX_LABEL && (inner === -1 || inner >= to) ? text.slice(from, to) : undefined;
  };
  const reference = text[close + 1] === '[' ? matches.get(close + 1) : undefined;
  if (text[close + 1] === '[' && reference === undefined) return undefined;
  const label = reference === undefined || reference === close + 2 ? labelAt(open + 1, close) : labelAt(close + 2, reference);
  const href = label === undefined ? undefined : definitions.get(normalizeLabel(label));
  return href === undefined ? undefined : { href, end: (reference ?? close) + 1 };
}

/**
 * The text a reader sees in a span of inline Markdown, in one pass: escapes resolved, code spans
 * kept, link and image text kept (link targets collected, in `links`), autolinks kept, HTML tags
 * dropped, and emphasis markers (`*`, `_`, `~`) dropped where they can pair.
 */
function inlinePlain(text: string, definitions: ReadonlyMap<string, string>, links: string[]): string {
  const matches = matchBrackets(text);
  const backticks = new BacktickRuns(text);
  const emphasis = emphasisDelimiters(text);
  const jumps = new Map<number, number>();
  const out: string[] = [];
  // Text without markup is copied in slices from `copied` up to the next piece of markup.
  let copied = 0;
  let bare: string | undefined;
  let commentEnd = -2;
  const replace = (at: number, next: number, replacement: string) => {
    out.push(text.slice(copied, at), replacement);
    copied = next;
    return next;
  };
  for (let at = 0; at < text.length; ) {
    const jump = jumps.get(at);
    const char = text[at]!;
    if (jump !== undefined) {
      at = replace(at, jump, '');
    } else if (char === '\\' && at + 1 < text.length && (text[at + 1] === '\n' || ASCII_PUNCTUATION.test(text[at + 1]!))) {
      at = replace(at, at + 2, text[at + 1]!);
    } else if (char === '`') {
      let end = at;
      while (text[end] === '`') end += 1;
      const close = backticks.next(end - at, at);
      at = close === undefined ? end : replace(at, close + (end - at), text.slice(end, close).replace(/\n/g, ' '));
    } else if (char === '[' || (char === '!' && text[at + 1] === '[')) {
      const open = char === '!' ? at + 1 : at;
      const close = matches.get(open);
      const target = close === undefined ? undefined : linkTarget(text, open, close, matches, definitions);
      if (target && close !== undefined) {
        if (char === '[') links.push(target.href);
        jumps.set(close, target.end);
        at = replace(at, open + 1, '');
      } else at += 1;
    } else if (char === '<' && text.startsWith('<!--', at)) {
      // An HTML comment is not shown. Its end is looked for once per comment: a later opener reuses
      // a `-->` found after it, and none found means none after any later opener either.
      if (commentEnd !== -1 && commentEnd < at + 4) commentEnd = text.indexOf('-->', at + 4);
      at = commentEnd === -1 ? at + 1 : replace(at, commentEnd + 3, '');
    } else if (char === '<') {
      let end = at + 1;
      while (end < text.length && text[end] !== '<' && text[end] !== '>') end += 1;
      const inside = text.slice(at + 1, end);
      if (text[end] === '>' && /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*$/.test(inside)) {
        links.push(inside);
        at = replace(at, end + 1, inside);
      } else if (text[end] === '>' && /^[^\s@<>]+@[^\s@<>]+$/.test(inside)) {
        at = replace(at, end + 1, inside);
      } else if (text[end] === '>' && /^[/!?]?[A-Za-z]/.test(inside)) {
        const href = /^a\s/i.test(inside) ? /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=`]+))/i.exec(inside) : null;
        if (href) links.push(href[1] ?? href[2] ?? href[3]!);
        at = replace(at, end + 1, ' ');
      } else at += 1;
    } else if (char === 'h' && text.startsWith('http', at) && (bare = bareUrlAt(text, at))) {
      // A bare address (a GFM autolink) is a link; its `_` and `*` are not markup.
      links.push(bare);
      at += bare.length;
    } else if ((char === 'w' || char === 'W') && (text.startsWith('www.', at) || text.startsWith('WWW.', at)) && (bare = bareWwwAt(text, at))) {
      // So is one starting with `www.` (a GFM extended autolink), on https.
      links.push(`https://${bare}`);
      at += bare.length;
    } else if (emphasis.has(at)) {
      at = replace(at, emphasis.get(at)!, '');
    } else at += 1;
  }
  out.push(text.slice(copied));
  return out.join('');
}
