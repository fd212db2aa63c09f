/**
 * For the format-invariance check (render-development.sh): `node dist/test/eval/textedit-rtf.js IN OUT`
 * writes IN as macOS TextEdit saves a document it opened as RTF. A plain text (`.txt`, `.md`) becomes
 * one Courier paragraph per line; a web page (`.html`) keeps what TextEdit keeps of it, direct
 * formatting only: headings in bold at TextEdit's sizes, `<b>`/`<strong>` in bold, list items after a
 * bullet and tabs, preformatted lines in Courier. No style sheet, no outline level: a reader must take
 * the headings from the type, as from WordPad's RTF. Paragraphs end with a backslash before the line
 * feed (Cocoa's `\par`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Parser } from 'htmlparser2';

/** Half-points of TextEdit's HTML import: h1 24 pt … h6 9 pt, body text 12 pt, preformatted 13 pt. */
const HEADING_SIZES: Record<string, number> = { h1: 48, h2: 36, h3: 28, h4: 24, h5: 20, h6: 18 };
const BODY = 24;
const PRE = 26;
const BLOCKS = new Set(['p', 'div', 'li', 'dt', 'dd', 'tr', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'br', 'hr', 'section', 'article', 'header', 'footer', 'summary', 'details', 'caption', 'title', ...Object.keys(HEADING_SIZES)]);
const BOLD = new Set(['b', 'strong', 'th', ...Object.keys(HEADING_SIZES)]);
const SKIPPED = new Set(['script', 'style', 'head', 'noscript', 'template']);

/** Text escaped as Cocoa writes it: `\`, `{`, `}` escaped, tabs as `\tab`, others than ASCII as `\uN` with no fallback. */
function escaped(text: string): string {
  return [...text]
    .map((character) => {
      if ('\\{}'.includes(character)) return `\\${character}`;
      if (character === '\t') return '\\tab ';
      if (character.charCodeAt(0) < 128) return character;
      return Array.from({ length: character.length }, (_, index) => `\\uc0\\u${character.charCodeAt(index) - (character.charCodeAt(index) > 32767 ? 65536 : 0)} `).join('');
    })
    .join('');
}

interface Run {
  readonly text: string;
  readonly bold: boolean;
}

/** Paragraphs of a web page as TextEdit lays them out: each with its size and its runs. */
function webParagraphs(html: string): { size: number; runs: Run[] }[] {
  const paragraphs: { size: number; runs: Run[] }[] = [];
  let runs: Run[] = [];
  let size = BODY;
  let bold = 0;
  let skipped = 0;
  let pre = 0;
  let heading: string | undefined;
  const end = () => {
    const text = runs.map((run) => run.text).join('');
    if (text.trim()) paragraphs.push({ size, runs: runs.map((run, index) => ({ ...run, text: index === 0 ? run.text.trimStart() : run.text })) });
    runs = [];
    size = heading ? HEADING_SIZES[heading]! : pre > 0 ? PRE : BODY;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipped += 1;
        if (BLOCKS.has(name)) end();
        if (name in HEADING_SIZES) [heading, size] = [name, HEADING_SIZES[name]!];
        if (name === 'pre') [pre, size] = [pre + 1, PRE];
        if (BOLD.has(name)) bold += 1;
        if (name === 'li') runs.push({ text: '\t\u2022\t', bold: false });
        if (name === 'td' || name === 'th') runs.push({ text: '\t', bold: false });
      },
      ontext(text) {
        if (skipped > 0) return;
        if (pre > 0) {
          const [first, ...rest] = text.split('\n');
          runs.push({ text: first!, bold: bold > 0 });
          for (const line of rest) {
            end();
            runs.push({ text: line, bold: bold > 0 });
          }
        } else runs.push({ text: text.replace(/\s+/g, ' '), bold: bold > 0 });
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipped -= 1;
        if (BOLD.has(name)) bold = Math.max(0, bold - 1);
        if (BLOCKS.has(name)) end();
        if (name in HEADING_SIZES) heading = undefined;
        if (name === 'pre') pre -= 1;
        size = heading ? HEADING_SIZES[heading]! : pre > 0 ? PRE : BODY;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  end();
  return paragraphs;
}

function rtf(body: string): string {
  return [
    '{\\rtf1\\ansi\\ansicpg1252\\cocoartf2709',
    '\\cocoatextscaling0\\cocoaplatform0{\\fonttbl\\f0\\froman\\fcharset0 Times-Roman;\\f1\\froman\\fcharset0 Times-Bold;\\f2\\fmodern\\fcharset0 Courier;}',
    '{\\colortbl;\\red255\\green255\\blue255;}',
    '{\\*\\expandedcolortbl;;}',
    '\\paperw11900\\paperh16840\\margl1440\\margr1440\\vieww11520\\viewh8400\\viewkind0',
    '\\pard\\tx560\\tx1120\\tx1680\\pardirnatural\\partightenfactor0',
    '',
    `${body}}`,
  ].join('\n');
}

const [input, output] = process.argv.slice(2);
const source = readFileSync(input!, 'utf8').replace(/\r\n?/g, '\n');
let body: string;
if (extname(input!).toLowerCase() === '.html') {
  body = webParagraphs(source)
    .map(({ size, runs }) => {
      const font = size === PRE ? '\\f2' : '\\f0';
      return `${font}\\fs${size} \\cf0 ${runs.map((run) => `${run.bold ? '\\b ' : '\\b0 '}${escaped(run.text)}`).join('')}`;
    })
    .join('\\\n');
} else {
  body = `\\f2\\fs24 \\cf0 ${source.replace(/\n$/, '').split('\n').map(escaped).join('\\\n')}`;
}
writeFileSync(output!, rtf(body), 'latin1');
