import { findDate } from '../formats/versions.js';

/**
 * What every document parser produces, whatever the format: an ordered list of blocks
 * (headings with levels, and text), which `buildDocument` turns into plain text, sections and
 * links. Rules only ever see the built `ParsedDocument`.
 */

/**
 * The bullets list items open with, besides "-", "*" and "+": bullets kept as characters (• ● ○ ■ ◼ ◦ ▪ ► ➢) and the
 * Symbol and Wingdings bullets a word processor's PDF keeps in the private-use area (U+F020–U+F0FF: U+F0B7, U+F09F).
 * For a regular expression's character class.
 */
export const BULLETS = '•●○■□◼◻◦▪▫►▸➢\uF020-\uF0FF';

/** What stands between a table row's cells in a block's text ("Release date | 2026 April 29"), whatever the format held the table in. */
export const CELL_SEPARATOR = ' | ';

/** Document formats the documents layer reads; the name decides between siblings (md vs txt). */
export type DocumentFormat = 'pdf' | 'docx' | 'doc' | 'odt' | 'rtf' | 'html' | 'markdown' | 'text';

export type Block =
  /** `title`: the paragraph is the document's title (Word's or ODF's Title style), shown as a top heading. */
  | { readonly kind: 'heading'; readonly level: number; readonly text: string; readonly line?: number; readonly title?: boolean }
  /** `code`: a code block, whose dotted names (`storage.k8s.io/v1`) are not addresses; addresses with their scheme still count. */
  | { readonly kind: 'text'; readonly text: string; readonly line?: number; readonly code?: boolean };

export interface Heading {
  readonly text: string;
  /** 1 for a top-level heading (a title or chapter), deeper numbers below it. */
  readonly level: number;
  /** Line in the source, for formats that have lines (text, Markdown, HTML). */
  readonly line?: number;
}

/** A heading and what follows it up to the next heading; the first section may have no heading. */
export interface Section {
  readonly heading: Heading | undefined;
  /** Text directly under the heading, before the next heading of any level. */
  readonly body: string;
  /** Index, in `ParsedDocument.sections`, just after this section's last sub-section. */
  readonly end: number;
  readonly line?: number;
  /**
   * For each line of `body` (split at newlines), the source line where the block holding it (a
   * paragraph, a list, a code block) starts; for formats that have lines.
   */
  readonly bodyLines?: readonly number[];
}

export interface ParsedDocument {
  /**
   * The title a reader sees first (see `chooseTitle`): a paragraph in the Title style, else a
   * top-level first heading, else the title a page shows apart from its body (Markdown front
   * matter, HTML `<title>`), else a first heading that opens the document; the file's
   * properties only when the document shows none, or its only candidate is a heading every
   * document has ("Foreword", "Contents").
   */
  readonly title: string | undefined;
  /** Whether `title` is what the document shows, or only what its file properties say (which may be a template's, stale). */
  readonly titleSource: 'visible' | 'metadata' | undefined;
  /** The title in the file's properties (DOCX core.xml, ODT meta.xml, DOC SummaryInformation, RTF \info, PDF Info), as written. */
  readonly metadataTitle: string | undefined;
  readonly text: string;
  readonly sections: readonly Section[];
  /** Every web address the document holds, in its text or behind its links. */
  readonly urls: readonly string[];
}

/**
 * Text as documents write it, made comparable: ligatures and compatibility forms unfolded
 * (NFKC), typographic dashes, quotes and spaces made plain (tabs, vertical tabs and form feeds
 * too, so runs of blanks fold into one whatever they are made of), soft hyphens and zero-width
 * characters dropped.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g, ' ');
}

const URL = /\bhttps?:\/\/[^\s<>"'()[\]{}]+[^\s<>"'()[\]{}.,;:!?]/gi;
const HOST_NAME = String.raw`(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}`;
/** A path after a host, sticky: up to white space or brackets, not ending in punctuation. */
const PATH = /\/[^\s<>"'()[\]{}]*[^\s<>"'()[\]{}.,;:!?]/y;
const HOST = new RegExp(`^${HOST_NAME}$`, 'i');
/**
 * Top-level domains an address without a scheme may end in: the common generic ones and country
 * codes, and `example` (RFC 2606). Those that are also file extensions (`.md`, `.sh`, `.py`,
 * `.pl`, `.rs`, `.zip`, `.mov`) are left out: `readme.md` and `install.sh` are files, not hosts.
 */
const TOP_LEVEL_DOMAINS = new Set([
  'com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'co', 'ai', 'app', 'dev', 'cloud', 'tech', 'online', 'site', 'support',
  'systems', 'solutions', 'software', 'network', 'global', 'asia', 'eu', 'us', 'uk', 'ca', 'au', 'nz', 'de', 'fr', 'nl', 'be', 'ch', 'at', 'it', 'es',
  'se', 'no', 'dk', 'fi', 'ie', 'cz', 'hu', 'ro', 'gr', 'pt', 'ru', 'ua', 'il', 'tr', 'jp', 'cn', 'kr', 'tw', 'hk', 'sg', 'in', 'br', 'mx', 'ar',
  'cl', 'za', 'me', 'tv', 'example',
]);

/**
 * `https://` and an address written without a scheme, when it is one: its host ends in a known
 * top-level domain and either starts with `www.` (`www.vendor.example`) or is followed by a path
 * (`support.vendor.example/kb`). So `readme.md`, `3.2.1`, `asp.net` and `node.js` are not
 * addresses, and neither are the dotted names of configuration and code: Kubernetes resource
 * names (`backupstoragelocations.velero.io`), API versions (`storage.k8s.io/v1`), label
 * selectors and annotation keys (`app.kubernetes.io/name=x`, `…/is-default-class: false`, where
 * `next` is the character after the candidate), image references (`docker.io/centos:latest`),
 * camel-case keys (`values.secretContents.example/x`; `www.NetApp.com` is an address).
 */
export function schemelessUrl(candidate: string, next = ''): string | undefined {
  const slash = candidate.indexOf('/');
  const host = slash < 0 ? candidate : candidate.slice(0, slash);
  if (!HOST.test(host)) return undefined;
  const names = host.toLowerCase().split('.');
  if (!TOP_LEVEL_DOMAINS.has(names.at(-1)!)) return undefined;
  if (names[0] === 'www') return `https://${candidate}`;
  if (slash < 0 || next === ':' || next === '=' || /[a-z][A-Z]/.test(host)) return undefined;
  const path = candidate.slice(slash);
  if (/^\/v\d+(?:(?:alpha|beta)\d*)?$/.test(path) || (/[=:]/.test(path) && !path.includes('?'))) return undefined;
  return `https://${candidate}`;
}

/**
 * Web addresses in text: with their scheme, or, unless `schemeless` is false (text that is code),
 * without one (see schemelessUrl) with `https://` put before; in the order they come.
 *
 * Addresses with a scheme are found by a regex that starts with a literal (`http`), which the
 * engine finds fast. One pattern for hosts as well was twice as slow on large text, as a pattern
 * starting with a character class is tried at every position; hosts are found from the dots
 * instead, each run of host characters read once: linear, and cheap on prose.
 */
export function urlsIn(text: string, options: { schemeless?: boolean } = {}): string[] {
  const urls: string[] = [];
  let from = 0;
  // The next dot at or after `from`, kept between calls: searching again from each address with a scheme would rescan.
  let dot = -2;
  const nextDot = () => (dot === -1 || dot >= from ? dot : (dot = text.indexOf('.', from)));
  const schemeless = (to: number) => {
    for (nextDot(); dot >= 0 && dot < to; nextDot()) {
      // A dot ending a sentence or a word joins no host names: most dots of prose, passed at once.
      if (!isAlphanumeric(text.charCodeAt(dot + 1))) {
        from = dot + 1;
        continue;
      }
      let start = dot;
      while (start > from && isHostChar(text.charCodeAt(start - 1))) start -= 1;
      let end = dot + 1;
      while (end < to && isHostChar(text.charCodeAt(end))) end += 1;
      from = end;
      // Not in an e-mail address, a path, or a longer name.
      if (start > 0 && /[\w@./\\:-]/.test(text[start - 1]!)) continue;
      let hostEnd = end;
      while (hostEnd > start && text[hostEnd - 1] === '.') hostEnd -= 1;
      PATH.lastIndex = hostEnd;
      const pathEnd = hostEnd === end && text[end] === '/' && PATH.test(text) ? Math.min(PATH.lastIndex, to) : hostEnd;
      const url = schemelessUrl(text.slice(start, pathEnd), text[pathEnd]);
      if (url) urls.push(url);
      from = Math.max(from, pathEnd);
    }
    from = to;
  };
  for (const match of text.matchAll(URL)) {
    if (options.schemeless !== false) schemeless(match.index);
    urls.push(match[0]);
    from = match.index + match[0].length;
  }
  if (options.schemeless !== false) schemeless(text.length);
  return urls;
}

/** Letters, digits, `.` and `-`: what a host name is made of. */
function isHostChar(code: number): boolean {
  return isAlphanumeric(code) || code === 0x2e || code === 0x2d;
}

function isAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** Headings every document may open with, which name no document: its title is elsewhere. */
const FRONT_MATTER_HEADING = /^(?:foreword|preface|(?:table of )?contents|(?:document |revision |change )?history|revisions?|copyrights?(?: notices?)?|legal notices?|legal information|notices? and disclaimers?|trademarks?|disclaimers?|about this (?:guide|document|manual|book|publication))$/;

/** Headings of a documentation site's navigation widgets, printed before or around the page's own (Sphinx's "Navigation" bar). */
const SITE_CHROME = /^(?:navigation|site navigation|(?:quick )?search|menu|on this page)$/i;
/** The heading of a table of contents. */
const TABLE_OF_CONTENTS = /^(?:table of contents|contents)$/i;

/**
 * The document's title, as a reader sees it first, and where it comes from:
 *  1. a paragraph in the Title style (`Block.title`);
 *  2. the first heading, when it is of the top level;
 *  3. the title a page shows apart from its body (`shown`: Markdown front matter, which a site
 *     displays above the page, or HTML `<title>`);
 *  4. the first heading, when it opens the document;
 *  5. in a text without headings, the name of the work on the line above its copyright (a notices file's);
 *  6. the file's properties (`metadata`).
 * A first heading every document may have ("Foreword", "Contents", "Revision History") is
 * passed over in 2 and 4 when the properties give a title. Properties come last because they
 * are often a template's, never updated ("Release Notes" in a guide's properties): a document
 * that shows its title is known by it. Both are kept (`metadataTitle`) for who needs them.
 */
function chooseTitle(blocks: readonly Block[], sections: readonly Section[], shown: string | undefined, metadata: string | undefined): Pick<ParsedDocument, 'title' | 'titleSource'> {
  const titled = blocks.findIndex((block) => block.kind === 'heading' && block.title && clean(block.text) !== '');
  if (titled >= 0) return { title: coverName(blocks, titled), titleSource: 'visible' };
  // A web page's navigation widgets ("Navigation", "Quick search") head no part of its text: its own headings come after them.
  const headed = sections.filter((section) => section.heading && !SITE_CHROME.test(section.heading.text.trim()));
  // Nor does a table of contents, first in a document without a title in its properties ("Table of Contents" over "OSCAR Install
  // Guide …… 1"): the heading after it is the document's first.
  const first = (!metadata && TABLE_OF_CONTENTS.test(headed[0]?.heading?.text.trim() ?? '') ? headed[1] : headed[0])?.heading;
  const named = first !== undefined && !(metadata && FRONT_MATTER_HEADING.test(first.text.toLowerCase().replace(/^\d+(?:\.\d+)*\.?\s+/, '').replace(/:$/, '')));
  if (named && first.level === 1) return { title: first.text, titleSource: 'visible' };
  if (shown) return { title: shown, titleSource: 'visible' };
  if (named && sections[0]?.heading === first) return { title: first.text, titleSource: 'visible' };
  const work = first === undefined ? namedWork(blocks) : undefined;
  if (work) return { title: work, titleSource: 'visible' };
  if (metadata) return { title: metadata, titleSource: 'metadata' };
  return { title: undefined, titleSource: undefined };
}

/** A title paragraph holding only the edition it documents ("version 2.2.3", "Release 4.2"): a cover's line beside the document's name. */
const EDITION_ONLY = /^(?:(?:version|release|revision|rev\.?|edition)\s*)?v?\d+(?:\.\d+)*[a-z]?$/i;

/**
 * The name a title paragraph gives the document: its text, or, when it holds only an edition ("version 2.2.3"
 * in the Title style over "Mobile Devices Configuration Guide" in the Subtitle style), the name in the paragraph after it: a name, not a
 * sentence, a date, a copyright line or the heading of a table of contents.
 */
function coverName(blocks: readonly Block[], titled: number): string {
  const title = clean(blocks[titled]!.text);
  if (!EDITION_ONLY.test(title)) return title;
  const next = blocks.slice(titled + 1).find((block) => block.text.trim() !== '');
  const line = next ? clean(next.text.split('\n', 1)[0]!) : '';
  // A cover's date, copyright or contents' heading after the edition names nothing.
  return isName(line) && !COPYRIGHT_START.test(line) && !TABLE_OF_CONTENTS.test(line) && findDate(line, { month: true }) === undefined ? line : title;
}

/** Whether a line is a name, not a sentence: short, without closing punctuation or an address. */
function isName(line: string): boolean {
  return line !== '' && line.length <= 100 && !/[.;:!?,]$/.test(line) && !/https?:\/\//i.test(line) && line.split(/\s+/).length <= 12;
}

/** How a copyright line starts: "Copyright 2015-2016 Amazon.com, Inc.", "(c) 2026 Corvid", "© Corvid" (legal-text's COPYRIGHT_LINE also needs a year). */
const COPYRIGHT_START = /^(?:copyright\b|\(c\)\s|©)/i;

/** What a notices file says near its top, after the work's name and copyright: what it bundles and under which licences. */
const NOTICES = /\bthird[- ]party\b|\bincludes? (?:the following|software)\b|\bnotices?\b|\blicen[cs]ed\b|\battributions?\b/i;
/** How much of a headingless text's start is read for its notices. */
const NOTICES_LOOK = 2000;

/**
 * The work a notices file without headings names on its first line, right above its copyright
 * line ("Amazon EC2 Simple Systems Manager (SSM) Agent" / "Copyright 2015-2016 …"): a name, not a
 * sentence. Only in a text that gives notices (see `NOTICES`): a README's first line above its
 * copyright may be any name ("Corvid Release Notes Viewer"), and the title would give it a role.
 */
function namedWork(blocks: readonly Block[]): string | undefined {
  const opening = blocks.find((block) => block.kind === 'text' && block.text.trim() !== '');
  const [name = '', next = ''] = (opening?.text ?? '').trimStart().slice(0, 400).split('\n', 2).map((line) => line.trim());
  if (!COPYRIGHT_START.test(next) || !isName(name)) return undefined;
  if (!NOTICES.test(startOf(blocks, NOTICES_LOOK))) return undefined;
  return clean(name) || undefined;
}

/** The text of the first blocks, up to about `length` characters. */
function startOf(blocks: readonly Block[], length: number): string {
  const texts: string[] = [];
  let read = 0;
  for (const block of blocks) {
    if (read >= length) break;
    texts.push(block.text.slice(0, length - read));
    read += texts.at(-1)!.length;
  }
  return texts.join('\n');
}

/** Text as blocks hold it, made comparable and on one line. */
function clean(text: string): string {
  // Runs of spaces made one by split and join: a replace per match is slow on megabytes of text with millions of them.
  return normalizeText(text).split(/ {2,}/).join(' ').trim();
}

/**
 * Builds the document from its blocks: each heading opens a section that runs until the next
 * heading at its level or above. `links` are addresses found outside the text (HTML hrefs,
 * DOCX hyperlinks, PDF link annotations); `title` is a title shown apart from the body
 * (Markdown front matter, HTML `<title>`), `metadataTitle` the file properties' (see chooseTitle),
 * `cover` the title a PDF's cover spells over several lines (see coverOf).
 */
export function buildDocument(blocks: readonly Block[], options: { title?: string; metadataTitle?: string; links?: readonly string[]; cover?: string } = {}): ParsedDocument {
  /** `bodyLines` is made at the section's first text block, and dropped (`unlined`) at one without a line. */
  const open: { heading: Heading | undefined; body: string[]; line?: number; bodyLines?: number[]; unlined?: boolean }[] = [];
  const all: string[] = [];
  /** The text of code blocks, whose addresses count only with their scheme, and the rest. */
  const code: string[] = [];
  const prose: string[] = [];
  for (const block of blocks) {
    const text = clean(block.text);
    if (!text) continue;
    all.push(text);
    (block.kind === 'text' && block.code ? code : prose).push(text);
    if (block.kind === 'heading') {
      const heading: Heading = block.line === undefined ? { text, level: block.level } : { text, level: block.level, line: block.line };
      open.push({ heading, body: [], line: block.line });
    } else {
      if (open.length === 0) open.push({ heading: undefined, body: [], line: block.line });
      const section = open.at(-1)!;
      section.body.push(text);
      // Lines are known only while every block of the section has one.
      if (block.line === undefined) section.unlined = true;
      else if (!section.unlined) {
        const lines = (section.bodyLines ??= []);
        // Each line of the block at the block's first: a block's text need not keep its source's line breaks (list items, blank lines).
        for (let at = text.indexOf('\n'); ; at = text.indexOf('\n', at + 1)) {
          lines.push(block.line);
          if (at === -1) break;
        }
      }
    }
  }
  const ends = sectionEnds(open.map((section) => section.heading?.level ?? 0));
  const sections: Section[] = open.map((section, index) => {
    const { heading, line, bodyLines } = section;
    const body = section.body.join('\n');
    const end = ends[index]!;
    if (line === undefined) return { heading, body, end };
    return bodyLines && !section.unlined ? { heading, body, end, line, bodyLines } : { heading, body, end, line };
  });
  const text = all.join('\n');
  const shown = options.title ? clean(options.title) || undefined : undefined;
  const metadataTitle = options.metadataTitle ? clean(options.metadataTitle) || undefined : undefined;
  // A link's target without a scheme counts when it is an address (`www.vendor.example`), not a relative path (`install.md`).
  const links = (options.links ?? []).flatMap((link) => {
    const url = /^https?:\/\//i.test(link) ? link : schemelessUrl(link);
    return url ? [url] : [];
  });
  // Addresses are looked for once in the text but code blocks, then once in these: block by block cost a fifth more on small documents.
  const found = code.length === 0 ? urlsIn(text) : [...urlsIn(prose.join('\n')), ...urlsIn(code.join('\n'), { schemeless: false })];
  const urls = [...new Set([...links, ...found])];
  return { ...coverOf(chooseTitle(blocks, sections, shown, metadataTitle), options.cover), metadataTitle, text, sections, urls };
}

/**
 * The title as the cover spells it when the cover goes on with it ("CSI Driver for Dell EMC
 * PowerMax" over "1.4" over "Release Notes"): the heading or bookmark gives only its first line.
 */
function coverOf(chosen: Pick<ParsedDocument, 'title' | 'titleSource'>, cover: string | undefined): Pick<ParsedDocument, 'title' | 'titleSource'> {
  if (chosen.titleSource !== 'visible' || chosen.title === undefined || cover === undefined) return chosen;
  const spelt = clean(cover);
  const comparable = (text: string) => text.toLowerCase();
  return spelt.length > chosen.title.length && comparable(spelt).startsWith(comparable(chosen.title)) ? { title: spelt, titleSource: 'visible' } : chosen;
}

/**
 * Where each section ends: at the next heading of its level or above (a section without a
 * heading, level 0, holds only itself). One pass with a stack of the sections still open, whose
 * levels rise from bottom to top, so rising outline levels cost no rescans.
 */
export function sectionEnds(levels: readonly number[]): number[] {
  const ends = levels.map((_, index) => index + 1);
  const stack: number[] = [];
  levels.forEach((level, index) => {
    while (stack.length > 0 && levels[stack.at(-1)!]! >= level) ends[stack.pop()!] = index;
    if (level > 0) stack.push(index);
  });
  for (const index of stack) ends[index] = levels.length;
  return ends;
}

/** A section's text with all its sub-sections, headings included (or up to `end`, for sections whose levels do not say where it ends). */
export function sectionText(document: ParsedDocument, index: number, end = document.sections[index]!.end): string {
  const parts: string[] = [];
  for (let at = index; at < end; at += 1) {
    const section = document.sections[at]!;
    if (at > index && section.heading) parts.push(section.heading.text);
    if (section.body) parts.push(section.body);
  }
  return parts.join('\n');
}

/**
 * One section of a document, with its sub-sections, as a document of its own titled by its
 * heading (a user guide's "Release Notes" chapter, read as release notes). Its sections keep their
 * lines in the whole document.
 */
export function sectionDocument(document: ParsedDocument, index: number): ParsedDocument {
  const end = document.sections[index]!.end;
  const sections = document.sections.slice(index, end).map((section) => ({ ...section, end: section.end - index }));
  const title = sections[0]!.heading?.text;
  const text = [title, sectionText(document, index)].filter(Boolean).join('\n');
  return { title, titleSource: title === undefined ? undefined : 'visible', metadataTitle: undefined, text, sections, urls: urlsIn(text) };
}
