import { sectionText, type Heading, type ParsedDocument } from '../documents/document.js';
import type { BundleDocument } from '../model/model.js';
import { compareNodes, findDate, findVersion, hasMonthAndYear, type Version } from '../formats/versions.js';

/** A part of one version's notes: a sub-heading, or a label opening a line ("Fixed: …"). */
export interface NotesPart {
  readonly label: string;
  readonly text: string;
}

/** The section of release notes about one version. */
export interface VersionSection {
  readonly version: Version;
  readonly heading: Heading;
  /** Index of its section in the document. */
  readonly index: number;
  /** Date in its heading, or else in its first lines (YYYY-MM-DD). */
  readonly date: string | undefined;
  readonly parts: readonly NotesPart[];
}

export interface ReleaseNotes {
  readonly document: BundleDocument;
  readonly content: ParsedDocument;
  /** Sections whose heading carries a version, in document order. */
  readonly versions: readonly VersionSection[];
  /** The highest version of the notes, which they are the notes of; undefined when no heading carries a version. */
  readonly current: VersionSection | undefined;
  /**
   * The current version's notes: its section's parts and text, or the whole document's when
   * the notes are not divided by version.
   */
  readonly currentParts: readonly NotesPart[];
  readonly currentText: string;
}

/** Words a heading uses when it opens a version's notes rather than a topic that mentions a version. */
const VERSION_HEADING = /\b(version|release[ds]?|build|update|patch|hot ?fix|what'?s new|changes|v\d)/i;
/** A heading that gathers earlier versions: it ends the current version's parts. */
const HISTORY_HEADING = /\b(?:previous|earlier|older|prior) (?:releases?|versions?)\b|\b(?:release|version|revision) history\b/i;
const LABEL = /^([\p{Lu}][\p{L}\d '/&()-]{1,48}?)\s*:\s*(.*)$/u;

/** Analyses already made, by the bundle's (memoised) list of documents: the rules and the signature share one. */
const analysed = new WeakMap<readonly BundleDocument[], readonly ReleaseNotes[]>();

/** The release notes among the documents, each divided into its versions' sections, analysed once per list. */
export function releaseNotesOf(documents: readonly BundleDocument[]): readonly ReleaseNotes[] {
  let notes = analysed.get(documents);
  if (!notes) {
    notes = documents.flatMap((document) => (document.content && document.roles.includes('release-notes') ? [analyse(document, document.content)] : []));
    analysed.set(documents, notes);
  }
  return notes;
}

function analyse(document: BundleDocument, content: ParsedDocument): ReleaseNotes {
  const versions: VersionSection[] = [];
  const headingOf = withoutNumbering(content);
  // Where headings have no levels (text heuristics), a version's parts are the headings up to the next version.
  const flat = new Set(content.sections.map((section) => section.heading?.level)).size <= 2;
  content.sections.forEach((section, index) => {
    const text = section.heading && headingOf(section.heading.text);
    if (!text || !isVersionHeading(text)) return;
    const date = findDate(text) ?? findDate(section.body.split('\n').slice(0, 3).join('\n'));
    versions.push({ version: findVersion(text)!, heading: section.heading!, index, date, parts: partsOf(content, index, headingOf, flat) });
  });
  // The notes are those of their highest version; the others are its history.
  const current = [...versions].sort((a, b) => compareNodes(b.version, a.version))[0];
  return {
    document,
    content,
    versions,
    current,
    currentParts: current ? current.parts : partsOf(content, -1, headingOf, flat),
    currentText: current ? sectionText(content, current.index) : content.text,
  };
}

const SECTION_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?\s+(?=\S)/;

/**
 * Heading text without its section number, in documents that number their headings ("1.1
 * What's New" is not version 1.1); elsewhere a leading number is a version ("3.2.1 (2026-10-15)").
 */
export function withoutNumbering(content: ParsedDocument): (text: string) => string {
  const headings = content.sections.flatMap((section) => (section.heading ? [section.heading.text] : []));
  const numbered = headings.filter((text) => SECTION_NUMBER.test(text)).length >= Math.max(2, headings.length / 2);
  return numbered ? (text) => text.replace(SECTION_NUMBER, '') : (text) => text;
}

/** A heading that opens a version's notes: "Version 3.2.1", "3.2.1 (2026-10-15)", "Release 3.2.1 – October 2026". */
export function isVersionHeading(text: string): boolean {
  const version = findVersion(text);
  if (!version || text.split(/\s+/).length > 14 || /release notes|guide|manual/i.test(text)) return false;
  return text.trimStart().startsWith(version.text) || /^v\d/i.test(text.trim()) || VERSION_HEADING.test(text) || findDate(text) !== undefined || hasMonthAndYear(text);
}

/**
 * The parts of a version's section (index -1: the whole document): its sub-headings that are
 * not versions themselves, else the labels that open its lines.
 */
function partsOf(content: ParsedDocument, index: number, headingOf: (text: string) => string, flat: boolean): NotesPart[] {
  // The whole document's parts leave out its title.
  const from = index >= 0 ? index + 1 : content.title !== undefined && content.sections[0]?.heading?.text === content.title ? 1 : 0;
  const end = index < 0 || flat ? content.sections.length : content.sections[index]!.end;
  const parts: NotesPart[] = [];
  for (let at = from; at < end; at += 1) {
    const heading = content.sections[at]!.heading;
    if (!heading) continue;
    if (isVersionHeading(headingOf(heading.text)) || HISTORY_HEADING.test(heading.text)) break;
    // Its text is built when first asked for: each part's text holds its sub-parts, so building all of them is quadratic in nesting depth.
    let text: string | undefined;
    parts.push({
      label: heading.text,
      get text() {
        return (text ??= sectionText(content, at));
      },
    });
  }
  if (parts.length > 0) return parts;
  const body = index < 0 ? content.text : content.sections[index]!.body;
  for (const line of body.split('\n')) {
    const label = LABEL.exec(line);
    if (label && !/https?$/i.test(label[1]!)) parts.push({ label: label[1]!, text: label[2]! });
    else if (parts.length > 0) parts[parts.length - 1] = { ...parts.at(-1)!, text: `${parts.at(-1)!.text}\n${line}` };
  }
  return parts;
}
