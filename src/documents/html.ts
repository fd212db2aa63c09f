import { Tokenizer } from 'htmlparser2';
import { CELL_SEPARATOR, type Block } from './document.js';

/** Elements that end a run of text. */
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'section', 'article', 'header', 'footer', 'main', 'nav',
  'aside', 'blockquote', 'pre', 'br', 'hr', 'body', 'figure', 'figcaption', 'caption', 'address', 'summary', 'details',
]);
/** The pilcrow a documentation generator closes a heading with, as the link to it. */
const PERMALINK = '¶';
/** Elements whose content is never shown as text. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math']);

/** A link of an HTML page: its target, the text it shows, the line of its `<a>` and the index of the block it is in. */
export interface Anchor {
  readonly href: string;
  readonly text: string;
  readonly line: number;
  readonly block: number;
}

/**
 * Headings (`h1`–`h6`, by their number) and text blocks of an HTML page; its `<title>`, link
 * targets, and links with the text they show (`anchors`).
 * A `<details>` block's `<summary>` is the heading of what it folds away, one level below the
 * heading before it (`baseLevel` when there is none in `source`: the Markdown heading an HTML
 * block of Markdown sits under), deeper by each `<details>` it is nested in. A collapsible made
 * with CSS, a checkbox and its `<label>` (`<input type="checkbox"><label>V1.6.0 / 02-June-2022</label>`),
 * folds away what follows as `<details>` does: the label is its heading, every such label at the
 * level of the heading before the first (an "Update History" over blocks whose own headings are
 * one below it), so that each block's headings sit under its label. An image's `alt`
 * text is read inside a heading, which a logo alone may make (`<h1><img alt="Longhorn"></h1>`).
 * A table row is one block, its cells separated by `|`.
 *
 * Read with htmlparser2's Tokenizer, not its Parser: the Parser keeps open elements in an array
 * it `unshift`s, so 400k nested `<div>`s take minutes. We need no tree, only each tag as it comes:
 * block elements end a run of text, headings open one, hidden elements and `<details>` are
 * counted. The Parser's implied closes that matter here are kept: `<body>` ends an unclosed `<head>`.
 */
export function htmlBlocks(source: string, options: { baseLevel?: number } = {}): { blocks: Block[]; title: string | undefined; links: string[]; anchors: Anchor[] } {
  const blocks: Block[] = [];
  const links: string[] = [];
  const anchors: Anchor[] = [];
  /** The open link: its target, line and block, and the text it shows so far (added to as `text` is, so that it is never sliced out of a long block). */
  let anchor: { href: string; line: number; block: number; shown: string } | undefined;
  const newlines = lineStarts(source);
  let title: string | undefined;
  let hidden = 0;
  let inHead = false;
  let inTitle = false;
  let heading: { level: number; line: number } | undefined;
  /** The level of the last `h1`–`h6`, which a summary's level is counted from, and how deep `<details>` nest. */
  let sectionLevel = options.baseLevel ?? 0;
  let details = 0;
  /** Whether a checkbox was the last thing read (its label is then a collapsible's heading), the level of such headings, and whether one is open. */
  let toggle = false;
  let toggleLevel: number | undefined;
  let inToggle = false;
  let text = '';
  // Whether `text` holds more than white space, kept rather than recomputed: trimming the growing text at each piece was quadratic.
  let hasText = false;
  let textLine = 1;
  let tag: { name: string; start: number; closing: boolean; alt?: string; type?: string } | undefined;
  let attribute: { name: string; value: string } | undefined;
  let href: string | undefined;
  /**
   * Source text not yet added to `text`, as a range: the tokenizer gives text in pieces (one per
   * character on a run of `<`), and adjacent pieces only move the range's end, rather than
   * concatenating millions of one-character strings.
   */
  let pending = { start: -1, end: -1 };
  const settle = () => {
    if (pending.start >= 0) text += source.slice(pending.start, pending.end);
    pending = { start: -1, end: -1 };
  };
  const flush = () => {
    settle();
    if (anchor) anchor.shown += ' ';
    const content = text.replace(/[ \t\r\n]+/g, ' ').trim();
    // A heading's permalink, as Sphinx and MkDocs write it (`<a class="headerlink" href="#installation">¶</a>`), is none of its words.
    const shown = heading && content.endsWith(PERMALINK) ? content.slice(0, -PERMALINK.length).trimEnd() : content;
    if (shown) blocks.push(heading ? { kind: 'heading', level: heading.level, text: shown, line: heading.line } : { kind: 'text', text: shown, line: textLine });
    text = '';
    hasText = false;
  };
  const addText = (content: string, start: number) => {
    if (inTitle) title = (title ?? '') + content;
    if (hidden > 0) return;
    if (anchor) anchor.shown += content;
    if (!hasText) {
      textLine = lineAt(newlines, start);
      hasText = content.trim() !== '';
    }
    settle();
    text += content;
  };
  const addSource = (start: number, end: number) => {
    if (toggle && source.slice(start, end).trim() !== '') toggle = false;
    if (inTitle || hidden > 0 || !hasText) {
      addText(source.slice(start, end), start);
      return;
    }
    if (anchor) anchor.shown += source.slice(start, end);
    if (pending.start >= 0 && pending.end === start) pending.end = end;
    else {
      settle();
      pending = { start, end };
    }
  };
  const open = (name: string, start: number, alt: string | undefined, type?: string) => {
    if (name === 'body' && inHead) close('head');
    if (HIDDEN_ELEMENTS.has(name)) hidden += 1;
    if (name === 'head') inHead = true;
    if (name === 'title') inTitle = true;
    if (name === 'a' && href) {
      links.push(href);
      anchor = { href, line: lineAt(newlines, start), block: blocks.length, shown: '' };
    }
    if (name === 'img' && alt && heading) addText(` ${alt} `, start);
    // Cells of a row are one block, their texts apart, as a Markdown table row reads.
    if ((name === 'td' || name === 'th') && hasText) addText(CELL_SEPARATOR, start);
    if (name === 'details') details += 1;
    const level = /^h([1-6])$/.exec(name);
    if (level || BLOCK_ELEMENTS.has(name)) flush();
    if (level) {
      sectionLevel = Number(level[1]);
      heading = { level: sectionLevel, line: lineAt(newlines, start) };
    } else if (name === 'summary' && hidden === 0) {
      heading = { level: sectionLevel + Math.max(details, 1), line: lineAt(newlines, start) };
    } else if (name === 'label' && toggle && hidden === 0) {
      flush();
      toggleLevel ??= Math.max(sectionLevel, 1);
      heading = { level: toggleLevel, line: lineAt(newlines, start) };
      inToggle = true;
    }
    toggle = name === 'input' && type?.toLowerCase() === 'checkbox';
  };
  const close = (name: string) => {
    if (name === 'a' && anchor) {
      anchors.push({ href: anchor.href, text: anchor.shown.replace(/[ \t\r\n]+/g, ' ').trim(), line: anchor.line, block: anchor.block });
      anchor = undefined;
    }
    if (HIDDEN_ELEMENTS.has(name)) hidden = Math.max(hidden - 1, 0);
    if (name === 'head') inHead = false;
    if (name === 'title') inTitle = false;
    if (name === 'details') details = Math.max(details - 1, 0);
    if (/^h[1-6]$/.test(name) || name === 'summary' || (name === 'label' && inToggle)) {
      inToggle = false;
      flush();
      heading = undefined;
    } else if (BLOCK_ELEMENTS.has(name)) flush();
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        // The name's start is just after `<`: the tag's own start, for its line, is one before.
        tag = { name: source.slice(start, end).toLowerCase(), start: start - 1, closing: false };
        href = undefined;
      },
      onattribname(start, end) {
        attribute = { name: source.slice(start, end).toLowerCase(), value: '' };
      },
      onattribdata(start, end) {
        if (attribute) attribute.value += source.slice(start, end);
      },
      onattribentity(codepoint) {
        if (attribute) attribute.value += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (tag?.name === 'a' && attribute?.name === 'href' && href === undefined) href = attribute.value;
        if (tag?.name === 'img' && attribute?.name === 'alt') tag.alt = attribute.value;
        if (tag?.name === 'input' && attribute?.name === 'type') tag.type = attribute.value;
        attribute = undefined;
      },
      onopentagend() {
        if (tag) open(tag.name, tag.start, tag.alt, tag.type);
        tag = undefined;
      },
      onselfclosingtag() {
        if (!tag) return;
        open(tag.name, tag.start, tag.alt, tag.type);
        // A self-closed hidden element (`<svg/>`) hides nothing after it.
        if (HIDDEN_ELEMENTS.has(tag.name)) close(tag.name);
        tag = undefined;
      },
      onclosetag(start, end) {
        close(source.slice(start, end).toLowerCase());
      },
      ontext(start, end) {
        addSource(start, end);
      },
      ontextentity(codepoint, end) {
        addText(String.fromCodePoint(codepoint), end);
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(source);
  tokenizer.end();
  flush();
  return { blocks, title: title?.replace(/\s+/g, ' ').trim() || undefined, links, anchors };
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let index = source.indexOf('\n'); index >= 0; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The 1-based line holding `offset`. */
function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
