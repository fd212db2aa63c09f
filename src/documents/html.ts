import { Parser } from 'htmlparser2';
import type { Block } from './document.js';

/** Elements that end a run of text. */
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'section', 'article', 'header', 'footer', 'main', 'nav',
  'aside', 'blockquote', 'pre', 'br', 'hr', 'body', 'figure', 'figcaption', 'caption', 'address', 'summary', 'details',
]);
/** Elements whose content is never shown as text. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math']);

/** Headings (`h1`–`h6`, by their number) and text blocks of an HTML page; its `<title>` and link targets. */
export function htmlBlocks(source: string): { blocks: Block[]; title: string | undefined; links: string[] } {
  const blocks: Block[] = [];
  const links: string[] = [];
  const newlines = lineStarts(source);
  let title: string | undefined;
  let hidden = 0;
  let inTitle = false;
  let heading: { level: number; line: number } | undefined;
  let text = '';
  let textLine = 1;
  const flush = () => {
    const content = text.replace(/[ \t\r\n]+/g, ' ').trim();
    if (content) blocks.push(heading ? { kind: 'heading', level: heading.level, text: content, line: heading.line } : { kind: 'text', text: content, line: textLine });
    text = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (HIDDEN_ELEMENTS.has(name)) hidden += 1;
        if (name === 'title') inTitle = true;
        if (name === 'a' && attributes.href) links.push(attributes.href);
        const level = /^h([1-6])$/.exec(name);
        if (level || BLOCK_ELEMENTS.has(name)) flush();
        if (level) heading = { level: Number(level[1]), line: lineAt(newlines, parser.startIndex) };
      },
      ontext(content) {
        if (inTitle) title = (title ?? '') + content;
        if (hidden > 0) return;
        if (!text.trim()) textLine = lineAt(newlines, parser.startIndex);
        text += content;
      },
      onclosetag(name) {
        if (HIDDEN_ELEMENTS.has(name)) hidden = Math.max(hidden - 1, 0);
        if (name === 'title') inTitle = false;
        if (/^h[1-6]$/.test(name)) {
          flush();
          heading = undefined;
        } else if (BLOCK_ELEMENTS.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.end(source);
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
