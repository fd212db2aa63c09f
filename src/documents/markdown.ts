import { marked, type Token, type Tokens } from 'marked';
import type { Block } from './document.js';

/** Headings (ATX and setext) and text blocks of a Markdown document; code blocks are text, never headings. */
export function markdownBlocks(source: string): { blocks: Block[]; links: string[] } {
  const links: string[] = [];
  const blocks: Block[] = [];
  let line = 1;
  for (const token of marked.lexer(source)) {
    if (token.type === 'heading') blocks.push({ kind: 'heading', level: (token as Tokens.Heading).depth, text: plain(token, links), line });
    else if (token.type !== 'space' && token.type !== 'hr') blocks.push({ kind: 'text', text: plain(token, links), line });
    line += token.raw.split('\n').length - 1;
  }
  return { blocks, links };
}

/** The text a reader sees: markup dropped, link targets collected. */
function plain(token: Token, links: string[]): string {
  if (token.type === 'link') links.push((token as Tokens.Link).href);
  if (token.type === 'list') return (token as Tokens.List).items.map((item) => plain(item, links)).join('\n');
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    return [table.header, ...table.rows].map((row) => row.map((cell) => cell.tokens.map((inline) => plain(inline, links)).join('')).join(' | ')).join('\n');
  }
  if (token.type === 'br') return '\n';
  if (token.type === 'html') return (token as Tokens.HTML).text.replace(/<[^>]*>/g, ' ');
  const children = (token as { tokens?: Token[] }).tokens;
  if (children && token.type !== 'codespan') return children.map((child) => plain(child, links)).join(token.type === 'blockquote' ? '\n' : '');
  return (token as { text?: string }).text ?? '';
}
