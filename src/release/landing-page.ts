import { basename } from 'node:path';
import type { Block } from '../documents/document.js';
import type { Anchor } from '../documents/html.js';
import { findVersions, findWrittenDate, sameVersion, type Version } from '../formats/versions.js';
import type { BundleDocument, BundleFile, LandingDocument, LandingFact, LandingLink, LandingLinkPurpose, LandingPage, LandingSize } from '../model/model.js';
import { rolesOfName, rolesOfTitle } from './roles.js';

/** How far after its label a fact's value is looked for, in the same block. */
const WINDOW = 200;
/** How many characters before a version its kind is read from (see findVersions). */
const CONTEXT = 40;
/**
 * Labels of one fact read in one block: a page states a fact a few times, and each label costs
 * up to the block's length (its column in a row), so a block of a million labels stays linear.
 */
const LABELS_PER_BLOCK = 20;
/** What may follow a label that stands alone, its own words (" SUM", " certified/released:"). */
const LABEL_WORDS = 30;
/** The separator htmlBlocks puts between a table row's cells. */
const CELL = ' | ';

/** What labels a fact, and how its value is read from text just after the label. */
interface FactReader<T> {
  readonly label: RegExp;
  /** The value in `text` from `from`, and the text it was read from. */
  readonly value: (text: string, from: number) => { value: T; text: string } | undefined;
}

const VERSION: FactReader<Version> = {
  label: /\bversion\b|\brelease\b(?! ?(?:date|notes?)\b)|\bbuild\b/gi,
  // Read with the words before it, so that "ESXi version 8.0" stays a platform's.
  value: (text, from) => {
    const start = Math.max(0, from - CONTEXT);
    const found = findVersions(text.slice(start, from + WINDOW)).find((version) => version.kind === 'product' && version.index >= from - start);
    if (!found) return undefined;
    const { kind: _kind, index: _index, ...version } = found;
    return { value: version, text: version.text };
  },
};

const DATE: FactReader<string> = {
  label: /\bdate\b|\breleased\b|\bcertified\b|\bpublished\b|\bposted\b|\bavailable since\b/gi,
  value: (text, from) => {
    const found = findWrittenDate(text.slice(from, from + WINDOW), { month: true });
    return found && { value: found.date, text: found.text };
  },
};

function hex(length: number): FactReader<string>['value'] {
  const pattern = new RegExp(`(?<![0-9a-f])[0-9a-f]{${length}}(?![0-9a-f])`, 'i');
  return (text, from) => {
    const match = pattern.exec(text.slice(from, from + WINDOW));
    return match ? { value: match[0].toLowerCase(), text: match[0] } : undefined;
  };
}

const MD5: FactReader<string> = { label: /\bmd-?5/gi, value: hex(32) };
const SHA1: FactReader<string> = { label: /\bsha-?1(?!\d)/gi, value: hex(40) };

/** A figure and its unit: `1,234,567 bytes`, `1.2 MB`, `1,2 MiB`, `850 KB`, `1.1 GB`. */
const SIZE_FIGURE = /(?<![\w.,])(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)\s*(bytes?|octets?|b|[kmg]i?b|[kmg]bytes?|kilobytes?|megabytes?|gigabytes?)(?![a-z])/i;

const SIZE: FactReader<LandingSize> = {
  label: /\bsize\b|\bdownload\b/gi,
  value: (text, from) => {
    const match = SIZE_FIGURE.exec(text.slice(from, from + WINDOW));
    const size = match && sizeOf(match[1]!, match[2]!);
    return size ? { value: size, text: match[0] } : undefined;
  },
};

/** Bytes a unit stands for: decimal and binary both where pages use the same name for either. */
function unitBytes(unit: string): number[] {
  const name = unit.toLowerCase();
  if (/^(?:bytes?|octets?|b)$/.test(name)) return [1];
  const power = 'kmg'.indexOf(name[0]!) + 1;
  if (/^[kmg]ib$/.test(name)) return [1024 ** power];
  return [1000 ** power, 1024 ** power];
}

/** A figure in bytes, each reading with the rounding it allows; undefined for a figure that is no size (`0.0 MB`). */
function sizeOf(figure: string, unit: string): LandingSize | undefined {
  const units = unitBytes(unit);
  if (units[0] === 1) {
    const bytes = Number(figure.replace(/\D/g, ''));
    return bytes > 0 ? { bytes: [bytes], tolerance: [0] } : undefined;
  }
  // "1,234 MB" groups thousands; "1,2 MB" is a decimal comma.
  const decimal = /^\d{1,3}(?:,\d{3})+$/.test(figure) ? figure.replace(/,/g, '') : figure.replace(',', '.').replace(/[\s\u00a0\u202f]/g, '');
  const value = Number(decimal);
  if (!(value > 0)) return undefined;
  const digits = decimal.includes('.') ? decimal.length - decimal.indexOf('.') - 1 : 0;
  const step = 10 ** -digits;
  return { bytes: units.map((bytes) => value * bytes), tolerance: units.map((bytes) => (step * bytes) / 2) };
}

/** A file name of a document: what a landing page links to or names in its documentation list. */
const DOCUMENT_FILE = /[\w%()+~-][\w%()+~.-]*\.(?:pdf|docx?|odt|rtf|txt|md|epub)(?![\w.])/i;
const DOCUMENT_EXTENSION = /.\.(?:pdf|docx?|odt|rtf|txt|md|epub)$/i;
/** The longest entry of a documentation list read as naming a document. */
const LISTING_LENGTH = 300;
/** Headings over a landing page's list of documents. */
const DOCUMENTATION_HEADING = /\bdocument(?:ation|s)?\b|\bguides?\b|\bmanuals?\b|\bresources\b|\bliterature\b/i;

const COMPATIBILITY_WORDS = /compatibility[\s_-]*(?:guide|list|matrix)|\bvcg\b|\bhcl\b/i;
const POLICY_WORDS = /support[\s_-]*(?:polic(?:y|ies)|statement|life[\s_-]*cycle|terms)|end[\s_-]*of[\s_-]*(?:life|support)|\beo[ls]\b[\s_-]*polic/i;
const SUPPORT_WORDS = /\bsupport\b/i;
/** VMware's Compatibility Guide, at VMware's or (since 2024) Broadcom's addresses. */
const VMWARE_HOST = /(?:^|\.)(?:vmware|broadcom)\.com$/i;

/**
 * Reads a landing page's HTML into the facts the program guide asks it to show: version, release
 * date, MD5 and SHA-1, size, documents, links. Facts are found by their labels, in whatever layout
 * the page uses: a table's row (`MD5 SUM | 9a…`) or column (a header row over a row of values), a
 * definition list (`<dt>Size</dt><dd>1.2 MB</dd>`), a label paragraph above its value, or prose
 * ("Version 3.2.1 was released on October 15, 2026"). `base` is the page's address, when fetched,
 * which its relative links are read against. The HTML parser loads when a page is first read, not
 * with the rule kit, which reads only what a page gave.
 */
export async function parseLandingPage(source: string, html: string, base?: string): Promise<LandingPage> {
  const { blocks, title, anchors } = (await import('../documents/html.js')).htmlBlocks(html);
  const versions = factsOf(blocks, VERSION);
  const titleVersion = versions.length === 0 ? titledVersion(blocks, title) : undefined;
  return {
    source,
    name: pageName(source),
    problem: undefined,
    versions: titleVersion ? [titleVersion] : versions,
    dates: factsOf(blocks, DATE),
    md5: factsOf(blocks, MD5),
    sha1: factsOf(blocks, SHA1),
    sizes: factsOf(blocks, SIZE),
    documents: listedDocuments(blocks, anchors),
    links: landingLinks(anchors, blocks, base),
  };
}

/** A landing page that could not be read, and why. */
export function unreadableLandingPage(source: string, problem: string): LandingPage {
  return { source, name: pageName(source), problem, versions: [], dates: [], md5: [], sha1: [], sizes: [], documents: [], links: [] };
}

/** A file's name, or the address. */
function pageName(source: string): string {
  return /^https?:\/\//i.test(source) ? source : basename(source);
}

/** Every labelled statement of a fact, in the page's order. */
function factsOf<T>(blocks: readonly Block[], reader: FactReader<T>): LandingFact<T>[] {
  const facts: LandingFact<T>[] = [];
  blocks.forEach((block, index) => {
    let labels = 0;
    for (const label of block.text.matchAll(reader.label)) {
      if ((labels += 1) > LABELS_PER_BLOCK) break;
      const end = label.index + label[0].length;
      const inBlock = reader.value(block.text, end);
      const found = inBlock ? { ...inBlock, line: block.line } : belowLabel(block, blocks[index + 1], label.index, end, reader);
      if (found) facts.push(found);
    }
  });
  return facts;
}

/**
 * A value the label's block does not hold after it: in the same column of the next row, when the
 * label heads a table's column; in the next block, when the label stands alone (`<dt>MD5 SUM</dt>`,
 * "Date certified/released:"), words of the label aside.
 */
function belowLabel<T>(block: Block, next: Block | undefined, start: number, end: number, reader: FactReader<T>): LandingFact<T> | undefined {
  if (!next) return undefined;
  const found = (text: string) => {
    const value = reader.value(text, 0);
    return value && { ...value, line: next.line };
  };
  const cells = block.text.split(CELL);
  if (cells.length > 1) {
    const column = block.text.slice(0, start).split(CELL).length - 1;
    const below = next.text.split(CELL);
    return below.length === cells.length ? found(below[column]!) : undefined;
  }
  return block.text.length - end <= LABEL_WORDS ? found(next.text) : undefined;
}

/** Without a labelled version, the one the page's first heading or title names ("Corvid NAS Plugin 3.2.1"). */
function titledVersion(blocks: readonly Block[], title: string | undefined): LandingFact<Version> | undefined {
  const heading = blocks.find((block) => block.kind === 'heading');
  for (const [text, line] of [[heading?.text, heading?.line], [title, undefined]] as const) {
    const found = text === undefined ? undefined : VERSION.value(text, 0);
    if (found) return { value: found.value, text: found.text, line };
  }
  return undefined;
}

/**
 * The documents a page lists: every link to a document file, wherever it is, and in a section
 * headed as documentation, every entry that names a document file or a document's role
 * ("Installation Guide (PDF)"). One entry per block of the page and file.
 */
function listedDocuments(blocks: readonly Block[], anchors: readonly Anchor[]): LandingDocument[] {
  const inSection = documentationBlocks(blocks);
  const listed: LandingDocument[] = [];
  const seen = new Set<string>();
  const add = (text: string, fileName: string | undefined, block: number) => {
    const roles = fileName === undefined ? rolesOfTitle(text) : rolesOfName(fileName);
    const key = `${block}\0${fileName ?? text}`;
    if ((fileName === undefined && roles.length === 0) || seen.has(key)) return;
    seen.add(key);
    listed.push({ fileName, text, roles, line: blocks[block]?.line });
  };
  const linked = new Set<number>();
  for (const anchor of anchors) {
    const fileName = documentFileOf(anchor.href);
    if (fileName === undefined && !inSection(anchor.block)) continue;
    add(anchor.text || fileName!, fileName, anchor.block);
    linked.add(anchor.block);
  }
  blocks.forEach((block, index) => {
    if (block.kind !== 'text' || linked.has(index) || !inSection(index)) return;
    for (const item of block.text.split(CELL)) {
      // A listing is a short entry; a long paragraph under "Documentation" is prose, and not scanned for file names at every position.
      if (item.length <= LISTING_LENGTH) add(item.trim(), DOCUMENT_FILE.exec(item)?.[0], index);
    }
  });
  return listed;
}

/** Whether a block lies in a section headed as documentation (up to the next heading of its level or above). */
function documentationBlocks(blocks: readonly Block[]): (index: number) => boolean {
  const inside: boolean[] = [];
  let open: number | undefined;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (open !== undefined && block.level <= open) open = undefined;
      if (open === undefined && DOCUMENTATION_HEADING.test(block.text)) open = block.level;
      inside.push(false);
    } else inside.push(open !== undefined);
  }
  return (index) => inside[index] === true;
}

/** The document file a link's target names (`…/docs/Corvid%20Release%20Notes.pdf?v=2` → `Corvid Release Notes.pdf`). */
function documentFileOf(href: string): string | undefined {
  const path = href.replace(/[?#].*$/s, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // A malformed escape: the name as written.
  }
  return DOCUMENT_EXTENSION.test(decoded) && decoded.trim() === decoded ? decoded : undefined;
}

/** The page's links, each with its target made absolute and what it is to (see landingLink). */
function landingLinks(anchors: readonly Anchor[], blocks: readonly Block[], base: string | undefined): LandingLink[] {
  // Whether each block speaks of the support policy, read once per block however many links it holds.
  const aboutPolicy = new Map<number, boolean>();
  return anchors.map((anchor) => {
    if (!aboutPolicy.has(anchor.block)) aboutPolicy.set(anchor.block, POLICY_WORDS.test(blocks[anchor.block]?.text ?? ''));
    return landingLink(anchor, aboutPolicy.get(anchor.block)!, base);
  });
}

/**
 * A link with its target made absolute, and what it is to, by its target and words: the support
 * policy (or a short link, "read it here", in a paragraph `aboutPolicy`), VMware's Compatibility Guide.
 */
function landingLink(anchor: Anchor, aboutPolicy: boolean, base: string | undefined): LandingLink {
  let href = anchor.href;
  let host = '';
  // A relative target of a saved page stays as written: it has no address to be read against (and a URL that throws is slow).
  if (base !== undefined || /^[a-z][a-z0-9+.-]*:/i.test(anchor.href)) {
    try {
      const url = new URL(anchor.href, base);
      href = url.href;
      host = /^https?:$/.test(url.protocol) ? url.hostname : '';
    } catch {
      // A target that is no address keeps its text and has no host.
    }
  }
  const words = `${anchor.text} ${href}`;
  const toCompatibilityGuide = VMWARE_HOST.test(host) && /compatib|\bvcg\b/i.test(words);
  const purpose: LandingLinkPurpose | undefined = toCompatibilityGuide ? 'compatibility-guide' : POLICY_WORDS.test(words) || (aboutPolicy && anchor.text.length < 40) ? 'support-policy' : undefined;
  const resembles: LandingLinkPurpose | undefined = purpose ? undefined : COMPATIBILITY_WORDS.test(words) ? 'compatibility-guide' : SUPPORT_WORDS.test(words) ? 'support-policy' : undefined;
  return { href, text: anchor.text, line: anchor.line, purpose, resembles };
}

/** The facts of a landing page the program guide asks for, by name. */
export type LandingFactName = 'version' | 'date' | 'md5' | 'sha1' | 'size';

/** What the bundle says of each fact: its version and release date where found, its file's digests (unless time ran out) and size. */
export interface BundleLandingFacts {
  readonly version: Version | undefined;
  readonly date: string | undefined;
  readonly md5: string | undefined;
  readonly sha1: string | undefined;
  readonly size: number;
}

/** One fact of the page against the bundle: the statement that agrees (else the page's first), and whether it agrees (undefined: the page or the bundle gives none). */
export interface LandingComparison {
  readonly fact: LandingFactName;
  readonly stated: LandingFact<unknown> | undefined;
  readonly agrees: boolean | undefined;
}

/**
 * Each fact of the page against the bundle. A fact agrees when any of the page's statements of it
 * does (a page may list several downloads): versions as the same designation, dates the same day
 * (or month, where either gives only a month), checksums exactly, sizes within the rounding of the
 * figure as written, in decimal or binary units.
 */
export function compareLandingFacts(page: LandingPage, bundle: BundleLandingFacts): LandingComparison[] {
  const compare = <T, B>(fact: LandingFactName, statements: readonly LandingFact<T>[], actual: B | undefined, same: (stated: T, actual: B) => boolean): LandingComparison => {
    if (statements.length === 0 || actual === undefined) return { fact, stated: statements[0], agrees: undefined };
    const agreeing = statements.find((statement) => same(statement.value, actual));
    return { fact, stated: agreeing ?? statements[0], agrees: agreeing !== undefined };
  };
  return [
    compare('version', page.versions, bundle.version, sameVersion),
    compare('date', page.dates, bundle.date, (stated, actual) => stated.slice(0, Math.min(stated.length, actual.length)) === actual.slice(0, Math.min(stated.length, actual.length))),
    compare('md5', page.md5, bundle.md5, (stated, actual) => stated === actual),
    compare('sha1', page.sha1, bundle.sha1, (stated, actual) => stated === actual),
    compare('size', page.sizes, bundle.size, (stated, actual) => stated.bytes.some((bytes, index) => Math.abs(bytes - actual) <= stated.tolerance[index]!)),
  ];
}

/** Whether the bundle holds a document the page lists: a file of the same name (in any format), or a document playing a role the listing names. */
export function holdsListedDocument(listed: LandingDocument, files: readonly BundleFile[], documents: readonly BundleDocument[]): boolean {
  if (listed.fileName !== undefined) {
    const stem = nameStem(listed.fileName);
    if (files.some((file) => !file.directory && nameStem(file.name) === stem)) return true;
  }
  return listed.roles.length > 0 && documents.some((document) => listed.roles.some((role) => document.roles.includes(role)));
}

/** A file name without its folder and extension, its words in lower case: `Corvid_NAS Release-Notes.pdf` → `corvid nas release notes`. */
export function nameStem(name: string): string {
  return nameWords(name.slice(name.lastIndexOf('/') + 1).replace(/\.[a-z0-9]{1,5}$/i, '')).join(' ');
}

export function nameWords(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== '');
}
