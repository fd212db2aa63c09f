import { Tokenizer } from 'htmlparser2';
import type { Block } from './document.js';

/** Elements that end a run of text. */
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'section', 'article', 'header', 'footer', 'main', 'nav',
  'aside', 'blockquote', 'pre', 'br', 'hr', 'body', 'figure', 'figcaption', 'caption', 'address', 'summary', 'details',
]);
/** Elements whose content is never shown as text. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math']);

/**
 * Headings (`h1`–`h6`, by their number) and text blocks of an HTML page; its `<title>` and link targets.
 *
 * Read with htmlparser2's Tokenizer, not its Parser: the Parser keeps open elements in an array
 * it `unshift`s, so 400k nested `<div>`s take minutes. We need no tree, only each tag as it comes:
 * block elements end a run of text, headings open one, hidden elements are counted. The Parser's
 * implied closes that matter here are kept: `<body>` ends an unclosed `<head>`.
 */
export function htmlBlocks(source: string): { blocks: Block[]; title: string | undefined; links: string[] } {
  const blocks: Block[] = [];
  const links: string[] = [];
  const newlines = lineStarts(source);
  let title: string | undefined;
  let hidden = 0;
  let inHead = false;
  let inTitle = false;
  let heading: { level: number; line: number } | undefined;
  let text = '';
  // Whether `text` holds more than white space, kept rather than recomputed: trimming the growing text at each piece was quadratic.
  let hasText = false;
  let textLine = 1;
  let tag: { name: string; start: number; closing: boolean } | undefined;
  let attribute: { name: string; value: string } | undefined;
  let href: string | undefined;
  const flush = () => {
    const content = text.replace(/[ \t\r\n]+/g, ' ').trim();
    if (content) blocks.push(heading ? { kind: 'heading', level: heading.level, text: content, line: heading.line } : { kind: 'text', text: content, line: textLine });
    text = '';
    hasText = false;
  };
  const addText = (content: string, start: number) => {
    if (inTitle) title = (title ?? '') + content;
    if (hidden > 0) return;
    if (!hasText) {
      textLine = lineAt(newlines, start);
      hasText = content.trim() !== '';
    }
    text += content;
  };
  const open = (name: string, start: number) => {
    if (name === 'body' && inHead) close('head');
    if (HIDDEN_ELEMENTS.has(name)) hidden += 1;
    if (name === 'head') inHead = true;
    if (name === 'title') inTitle = true;
    if (name === 'a' && href) links.push(href);
    const level = /^h([1-6])$/.exec(name);
    if (level || BLOCK_ELEMENTS.has(name)) flush();
    if (level) heading = { level: Number(level[1]), line: lineAt(newlines, start) };
  };
  const close = (name: string) => {
    if (HIDDEN_ELEMENTS.has(name)) hidden = Math.max(hidden - 1, 0);
    if (name === 'head') inHead = false;
    if (name === 'title') inTitle = false;
    if (/^h[1-6]$/.test(name)) {
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
        attribute = undefined;
      },
      onopentagend() {
        if (tag) open(tag.name, tag.start);
        tag = undefined;
      },
      onselfclosingtag() {
        if (!tag) return;
        open(tag.name, tag.start);
        // A self-closed hidden element (`<svg/>`) hides nothing after it.
        if (HIDDEN_ELEMENTS.has(tag.name)) close(tag.name);
        tag = undefined;
      },
      onclosetag(start, end) {
        close(source.slice(start, end).toLowerCase());
      },
      ontext(start, end) {
        addText(source.slice(start, end), start);
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
  return { blocks, title: title?.replace(/\s+/g, ' ').trim() || undefined, links };
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
