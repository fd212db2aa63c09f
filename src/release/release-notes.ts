import { sectionDocument, sectionEnds, sectionText, type Heading, type ParsedDocument, type Section } from '../documents/document.js';
import { isReleaseLine } from '../documents/plain-text.js';
import type { BundleDocument } from '../model/model.js';
import { compareNodes, findDate, findVersion, findWrittenDate, findVersions, hasMonthAndYear, isVersionLine, versionRangeEnd, writesDayFirst, type DateOptions, type Version } from '../formats/versions.js';
import { headingOpens, isLegalRole } from './roles.js';

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
  /** Date in its heading, or else in its first lines: YYYY-MM-DD, or YYYY-MM when only a month is given. */
  readonly date: string | undefined;
  readonly parts: readonly NotesPart[];
}

/** A fact the notes state about their current release, with the text (and line) it was read from. */
export interface Stated<T> {
  readonly value: T;
  readonly text: string;
  readonly line?: number;
}

export interface ReleaseNotes {
  readonly document: BundleDocument;
  readonly content: ParsedDocument;
  /** Sections whose heading carries a version, in document order (the title's only when it opens the current notes). */
  readonly versions: readonly VersionSection[];
  /**
   * The version section the notes are the notes of (see `currentOf`); undefined when no heading
   * carries a version, or when the newest section names none ("Latest", "Changes since v23.10.0").
   */
  readonly current: VersionSection | undefined;
  /**
   * The current release's version and date as the notes state them: the current section's, else
   * (notes not divided by version) the title's or a labelled line's near the top. The date is only
   * ever the current release's own, never an earlier section's.
   */
  readonly stated: { readonly version: Stated<Version> | undefined; readonly date: Stated<string> | undefined };
  /**
   * The current version's notes: its section's parts and text, or the whole document's when
   * the notes are not divided by version.
   */
  readonly currentParts: readonly NotesPart[];
  readonly currentText: string;
  /**
   * Sections of notes divided by version that stand outside every version's notes: before the first version (not
   * holding one: "1. Current Issues" over "2. Version History") or after the last version's section ("Known Issues"
   * after the whole history). They speak of the product as it is, so of its current release.
   */
  readonly standingParts: readonly NotesPart[];
}

/** Words a heading uses when it opens a version's notes rather than a topic that mentions a version. */
const VERSION_HEADING = /\b(version|release[ds]?|build|update|patch|hot ?fix|what'?s new|changes|changelog|v\d)/i;
/** A heading about a version other than the one it opens: "Changes since v23.10.0", "Upgrading from 3.1". */
const RELATIVE_HEADING = /\b(?:since|after|before|from|prior to|upgrad\w*|migrat\w*)\b/i;
/** A bracket closing a heading, which says what its notes are measured against ("Mini-NDN version 0.7.0 (Major changes since version 0.6.0)"). */
const CLOSING_BRACKET = /[([][^()[\]\n]{0,100}[)\]]\W{0,20}$/;
/** The end of a heading searched for its closing bracket: a bracket of a hundred characters and what may follow it. */
const CLOSING_TAIL = 130;

/**
 * Whether a heading is about another version than its own (see `RELATIVE_HEADING`): its closing bracket set aside when a version
 * stands before it ("Mini-NDN version 0.7.0 (changes since 0.6.0)" is 0.7.0's), not when the bracket holds the only one ("Changes (since v1.2.0)").
 */
function isRelative(text: string): boolean {
  // The bracket is looked for at the end only: tried at every bracket of a long heading ("()()()…"), the pattern was quadratic.
  const tail = text.slice(-CLOSING_TAIL);
  const before = text.slice(0, text.length - tail.length) + tail.replace(CLOSING_BRACKET, '');
  return RELATIVE_HEADING.test(before !== text && findVersion(before) !== undefined ? before : text);
}
/**
 * A heading that opens the newest notes without naming their version (nor a product: "unreleased" is no title's name).
 * "Next" and "Current" only alone or with "release" or "version" before punctuation or the end: "Current Storage Adapter" is a name.
 */
export const UNNAMED_CURRENT = /^\W*(?:(?:latest|unreleased|upcoming|(?:changes|what'?s new) since)\b|(?:next|current)(?: (?:release|version))?(?=\s*(?:$|[^\w\s])))/i;
/** Where the notes' own version may stand when they are not divided by version: a line naming it. */
const VERSION_LINE = /\b(?:version|release|build|rel)\b/i;
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
    // Without notes of their own (readable or not), the notes may be a chapter of another document (a user guide's "Release Notes"), checked like any.
    if (!documents.some((document) => document.roles.includes('release-notes'))) {
      notes = documents.flatMap((document) => (document.content && !document.roles.some(isLegalRole) ? notesChapters(document, document.content) : []));
    }
    analysed.set(documents, notes);
  }
  return notes;
}

/** A release-notes heading about the document it is in ("What's New in This Guide"), not about the product. */
const ABOUT_ITSELF = /\bthis (?:guide|document|manual|edition|book|publication|revision)\b|\bdocument(?:ation)? (?:changes|updates|history)\b/i;
/** Headings of the parts of a version's notes. */
export const NOTES_PART = /\b(?:new features?|what'?s new|enhancements?|improvements?|fixe[sd]|bug ?fixes|resolved issues|known (?:issues|limitations|bugs|problems))\b/i;
/** Sub-sections looked at for a version or a notes part: a chapter of notes shows one early. */
const CHAPTER_LOOK = 50;

/**
 * Whether a section of another document is a chapter of release notes: its heading names them,
 * not as the document's own changes ("What's New in This Guide"), and it gives a version's notes:
 * a version in its heading, or among its first sub-sections a version's section or a part of one
 * ("Fixed Issues"). "Read the Release Notes" over a link is a pointer, not the notes.
 */
export function isNotesChapter(content: ParsedDocument, index: number): boolean {
  const heading = content.sections[index]?.heading?.text;
  if (!heading || !headingOpens('release-notes', heading) || ABOUT_ITSELF.test(heading)) return false;
  if (findVersion(heading)) return true;
  const end = Math.min(content.sections[index]!.end, index + 1 + CHAPTER_LOOK);
  for (let at = index + 1; at < end; at += 1) {
    const text = content.sections[at]!.heading?.text;
    if (text && (isVersionHeading(text) || NOTES_PART.test(text))) return true;
  }
  return false;
}

/** The outermost sections of a document that are release notes, each analysed as notes of their own. */
function notesChapters(document: BundleDocument, content: ParsedDocument): ReleaseNotes[] {
  const chapters: ReleaseNotes[] = [];
  for (let index = 0; index < content.sections.length; ) {
    if (isNotesChapter(content, index)) {
      chapters.push(analyse(document, sectionDocument(content, index)));
      index = content.sections[index]!.end;
    } else {
      index += 1;
    }
  }
  return chapters;
}

/** What a heading that is only a date may hold beside it: "Released on", "Date:". */
const AROUND_DATE = /^\W*(?:(?:released?|date|on)\b\W*){0,2}$/i;

/**
 * The date a version's section states in a heading of its own right under the version heading
 * ("## v1.4.2" then "### 2020-07-13"), or right after it at its level, as headings typed in a
 * document without styles all are ("Release Notes for ATF 3.9" then "January 29. 2015"), when the
 * section has no text of its own before it; after an empty heading that only labels it ("Release Date:"), too.
 */
function dateHeadingUnder(content: ParsedDocument, index: number, dates: DateOptions): string | undefined {
  const section = content.sections[index]!;
  if (section.body.trim() !== '' || !section.heading) return undefined;
  // The date may follow a heading that only labels it ("Version: 2.1.6" / "Release Date:" / "3rd December 2014").
  for (let at = index + 1; at <= index + 2; at += 1) {
    const next = content.sections[at];
    if (!next?.heading || next.heading.level < section.heading.level || (next.heading.level > section.heading.level && at >= section.end)) return undefined;
    const text = next.heading.text.slice(0, 200);
    // Every date holds its year: a heading without digits ("Fixed") is not read for one.
    const written = /\d/.test(text) ? findWrittenDate(text, dates) : undefined;
    if (written) return AROUND_DATE.test(text.slice(0, written.index) + text.slice(written.index + written.text.length)) ? written.date : undefined;
    if (!AROUND_DATE.test(text) || next.body.trim() !== '') return undefined;
  }
  return undefined;
}

/** What says a release has not happened yet: "unreleased", "not yet released", "in progress", "upcoming (release)". */
const NOT_RELEASED = String.raw`(?:un-?released|not (?:yet )?released|not released yet|in progress|upcoming(?: release)?)`;
/** That status closing a version's heading, in brackets or after a dash: "Version: 1.2.2 (not yet released)", "0.8.1 (UNRELEASED)", "3.3 - in progress". */
const NOT_RELEASED_HEADING = new RegExp(String.raw`[(\[]\s*${NOT_RELEASED}\W{0,3}[)\]]|\s[-–:]\s*${NOT_RELEASED}\W{0,3}$`, 'i');
/** A release-date row whose value is that status alone: "| **Release date** | (Not Yet Released) |". */
const NOT_RELEASED_ROW = new RegExp(String.raw`^\W*release date\W*${NOT_RELEASED}\W*$`, 'i');
/** A release's date line or row holding a placeholder for the date: "Released [TBD]", "Release date: TBA". */
const DATE_TO_COME = /^\W*(?:released?(?: (?:on|date))?|release date|date)\W*(?:tbd|tba|to be (?:determined|announced|confirmed))\W*$/i;
/** A date written with placeholders for what is not known yet: "####-##-##", "YYYY-MM-DD", "xx.xx.2021". */
const PLACEHOLDER_DATE = /(?<![\w#])(?:[#xXYy]{4}|[#xXDd]{2}|\d{4})[-./][#xXMm]{2}[-./](?:[#xXDd]{2}|[#xXYy]{4}|\d{4})(?![\w#])/;
/** Lines read from the top of a version's section for its release date row. */
const RELEASE_DATA_LINES = 40;

/**
 * Whether an undated version's section says the version is not released: its heading's closing status, its
 * release-date row near its top, a date to come (see `DATE_TO_COME`), or a placeholder for its date over nothing ("0.4.3 / ####-##-##" heading an empty
 * section; notes under it are a release's, its date left unwritten). Such a version is neither the current release,
 * unless the title or the file's name names it (notes taken at that version's tag), nor one of the history. A release
 * dated, or "in progress" said of anything else ("staged rollout in progress"), is released.
 */
function isNotReleased(content: ParsedDocument, section: VersionSection): boolean {
  if (section.date !== undefined) return false;
  const empty = isEmpty(content, section.index);
  const next = content.sections[section.index + 1]?.heading;
  // A date to come, in the heading right after an empty version heading ("Version 2.3" / "Released [TBD]") or a row near its top.
  const dateHeading = empty && next !== undefined && next.level >= section.heading.level ? next.text.slice(0, 100) : '';
  return (
    NOT_RELEASED_HEADING.test(section.heading.text) ||
    (empty && PLACEHOLDER_DATE.test(section.heading.text)) ||
    DATE_TO_COME.test(dateHeading) ||
    releaseData(content, section.index).some((line) => NOT_RELEASED_ROW.test(line) || DATE_TO_COME.test(line.slice(0, 100)))
  );
}

/** Whether a section holds nothing: no text, no sub-section. */
function isEmpty(content: ParsedDocument, index: number): boolean {
  const section = content.sections[index]!;
  return section.body.trim() === '' && section.end === index + 1;
}

/** The first lines of a version's section, its sub-sections' included: where a table of release data stands ("Release Data" / "| Release date | 2026 April 29 |"). */
function releaseData(content: ParsedDocument, index: number): string[] {
  const lines: string[] = [];
  for (let at = index; at < content.sections[index]!.end && lines.length < RELEASE_DATA_LINES; at += 1) lines.push(...content.sections[at]!.body.slice(0, 4000).split('\n'));
  return lines.slice(0, RELEASE_DATA_LINES);
}

/** Dates read in release notes: a month and year alone too ("September 2020"). */
const MONTH_DATES: DateOptions = { month: true };

/** A line that only labels a date ("Date 2020-12-30", "Released: 2026-10-15"), as some NEWS files put right above a release's heading. */
function labelledDate(line: string, dates: DateOptions = MONTH_DATES): string | undefined {
  const written = /\d/.test(line) ? findWrittenDate(line, dates) : undefined;
  if (!written) return undefined;
  const rest = line.slice(0, written.index) + line.slice(written.index + written.text.length);
  return /\b(?:date|released?)\b/i.test(rest) && AROUND_DATE.test(rest) ? written.date : undefined;
}

/**
 * The date a labelled line closing a section's body gives, when text comes before it: that line
 * belongs to the heading after it. A section whose only line is "Released: 2026-10-15" keeps it.
 */
function closingDate(body: string, dates: DateOptions = MONTH_DATES): string | undefined {
  const trimmed = body.trimEnd();
  const cut = trimmed.lastIndexOf('\n');
  return cut >= 0 && /\S/.test(trimmed.slice(0, cut)) ? labelledDate(trimmed.slice(cut + 1), dates) : undefined;
}

/** The date a labelled line gives right above a section's heading, closing the text before it. */
function dateLineAbove(content: ParsedDocument, index: number, dates: DateOptions): string | undefined {
  const before = content.sections[index - 1];
  return before ? closingDate(before.body, dates) : undefined;
}

/** A section's body without a labelled date closing it, which is the next heading's (see `closingDate`). */
function ownBody(content: ParsedDocument, index: number): string {
  const { body } = content.sections[index]!;
  if (index + 1 >= content.sections.length || closingDate(body) === undefined) return body;
  return body.slice(0, body.trimEnd().lastIndexOf('\n') + 1);
}

/** A list item of a list of releases: a bullet, then a release line ("• Version 1.0.02 01/6/2017", see `isReleaseLine`). */
const LISTED_RELEASE = /^[•*+-]\s+(.{1,100})$/;
/** A row labelling a version, as release-information blocks repeat it in a release history ("Software Version: V0.6.2"). */
const VERSION_ROW = /^(?:(?:software|product|release|firmware) )?version(?:\s*[.:]){0,3}\s*:\s*v?\d{1,4}(?:\.\d{1,4}){1,3}\b[^\s]{0,20}$/i;

/** The release a line of a section's text opens, as listed: a bulleted release line, or in a release history a version row. */
function listedRelease(line: string, history: boolean): string | undefined {
  const item = LISTED_RELEASE.exec(line)?.[1]?.trim();
  if (item !== undefined && isReleaseLine(item)) return item;
  return history && VERSION_ROW.test(line) ? line : undefined;
}

/**
 * The document with a list of releases in a section's text (a "History" of "• Version 1.0.02 01/6/2017" over its
 * items, then "• Version 1.0.01 10/30/2015" …; two at least) made into sections of their own under that section, and
 * the released versions they list: a heading elsewhere naming one of them (a cover's "Version 1.0.02 January 6,
 * 2017") names the notes, its release's section being the list's. Only in notes with one version heading at most.
 */
function withListedReleases(content: ParsedDocument): { content: ParsedDocument; listed: ReadonlySet<number> } {
  // Notes divided by version headings keep them: a list there is a summary or a table of contents.
  const headingOf = withoutNumbering(content);
  if (content.sections.filter(({ heading }) => heading && isVersionHeading(headingOf(heading.text))).length >= 2) return { content, listed: new Set() };
  const history = content.sections.map(({ heading }) => heading !== undefined && HISTORY_HEADING.test(heading.text));
  const starts = content.sections.map(({ body }, index) => {
    const lines = body.split('\n');
    const at = lines.flatMap((line, row) => (listedRelease(line.trim(), history[index]!) !== undefined ? [row] : []));
    return at.length >= 2 ? at : [];
  });
  if (starts.every((at) => at.length === 0)) return { content, listed: new Set() };
  const sections: Omit<Section, 'end'>[] = [];
  const listed = new Set<number>();
  content.sections.forEach((section, index) => {
    const at = starts[index]!;
    if (at.length === 0) {
      sections.push(section);
      return;
    }
    const lines = section.body.split('\n');
    sections.push({ heading: section.heading, body: lines.slice(0, at[0]).join('\n') });
    const level = (section.heading?.level ?? 0) + 1;
    at.forEach((start, order) => {
      listed.add(sections.length);
      sections.push({ heading: { text: listedRelease(lines[start]!.trim(), history[index]!)!, level }, body: lines.slice(start + 1, at[order + 1] ?? lines.length).join('\n') });
    });
  });
  const ends = sectionEnds(sections.map((section) => section.heading?.level ?? 0));
  return { content: { ...content, sections: sections.map((section, index) => ({ ...section, end: ends[index]! })) }, listed };
}

function analyse(document: BundleDocument, parsed: ParsedDocument): ReleaseNotes {
  const { content, listed } = withListedReleases(parsed);
  const headingOf = withoutNumbering(content);
  // Where headings have no levels (text heuristics), a version's parts are the headings up to the next version.
  const flat = new Set(content.sections.map((section) => section.heading?.level)).size <= 2;
  const titleIndex = content.titleSource === 'visible' ? content.sections.findIndex((section) => section.heading?.text === content.title) : -1;
  const sections: VersionSection[] = [];
  const named = namedVersionHeadings(content, headingOf);
  // Dates as the document's headings write them: "12/5/2025" is the 12th of May where "25/4/2025" heads another release (its text may quote dates of any kind).
  const dates: DateOptions = { month: true, dayFirst: writesDayFirst(content.sections.map(({ heading }) => heading?.text ?? '').join('\n')) };
  let unnamed: number | undefined;
  content.sections.forEach((section, index) => {
    const text = section.heading && headingOf(section.heading.text);
    if (!text) return;
    // An empty "Unreleased" over the newest release is a placeholder (Keep a Changelog's), not the newest notes.
    if (unnamed === undefined && sections.length === 0 && UNNAMED_CURRENT.test(text) && (section.body.trim() !== '' || section.end > index + 1)) unnamed = index;
    if (!named.has(index) && !isVersionHeading(text)) return;
    const date =
      findDate(text, dates) ??
      dateLineAbove(content, index, dates) ??
      findDate(ownBody(content, index).split('\n').slice(0, 3).join('\n'), dates) ??
      dateHeadingUnder(content, index, dates) ??
      releaseData(content, index).map((line) => labelledDate(line, dates)).find((date) => date !== undefined);
    // Parts are read when asked for, of the sections kept: a heading that turns out to name a part would read past its own parts.
    let parts: readonly NotesPart[] | undefined;
    sections.push({
      version: headingVersion(text)!,
      heading: section.heading!,
      index,
      date,
      get parts() {
        return (parts ??= partsOf(content, index, headingOf, flat, named));
      },
    });
  });
  // A heading above the section of its own version ("Corvid NAS Plugin 3.2.1 Release Notes" over "Version 3.2.1") names the notes: the inner one is the section.
  // So does a heading naming a release a list of releases holds, without sub-sections (a cover's line).
  const inList = sections.filter((section) => listed.has(section.index));
  const releases = withoutNamingHeadings(sections, content).filter((section) => listed.has(section.index) || content.sections[section.index]!.end > section.index + 1 || !inList.some((item) => sameDesignation(item.version, section.version)));
  const pending = new Set(releases.filter((section) => isNotReleased(content, section)));
  const current = currentOf(document, content, releases, titleIndex, unnamed, pending);
  // The title is a version section only when it opens the current notes; elsewhere it names them. A version not released is neither.
  const versions = releases.filter((section) => section === current || (section.index !== titleIndex && !pending.has(section)));
  const currentIndex = current?.index ?? (versions.length > 0 ? unnamed : undefined) ?? -1;
  return {
    document,
    content,
    versions,
    current,
    stated: current
      ? statedBySection(current, current.index === titleIndex ? releaseDateRow(content) : datedTitle(content, current), dates)
      : versions.length > 0
        ? statedUnnamed(content, currentIndex, dates)
        : statedUndivided(content, dates),
    currentParts: current ? current.parts : partsOf(content, currentIndex, headingOf, flat, named),
    // In a flat document a version's notes run on past its own section, to the next version's heading.
    currentText: currentIndex >= 0 ? sectionText(content, currentIndex, flat ? Math.max(content.sections[currentIndex]!.end, partsEnd(content, currentIndex, headingOf, flat, named)) : undefined) : content.text,
    standingParts: standingParts(content, versions, titleIndex, headingOf),
  };
}

/**
 * The part a section of the notes is, labelled by its heading. Its text is built when first asked for: each part's text
 * holds its sub-parts, so building all of them is quadratic in nesting depth.
 */
function sectionPart(content: ParsedDocument, at: number): NotesPart {
  let text: string | undefined;
  return {
    label: content.sections[at]!.heading!.text,
    get text() {
      return (text ??= sectionText(content, at));
    },
  };
}

/** The sections of notes divided by version that stand outside every version's (see `ReleaseNotes.standingParts`). */
function standingParts(content: ParsedDocument, versions: readonly VersionSection[], titleIndex: number, headingOf: (text: string) => string): NotesPart[] {
  if (versions.length === 0) return [];
  const [first, last] = [versions[0]!.index, content.sections[versions.at(-1)!.index]!.end];
  const parts: NotesPart[] = [];
  content.sections.forEach(({ heading, end }, at) => {
    if (!heading || at === titleIndex || !((at < first && end <= first) || at >= last)) return;
    if (isVersionHeading(headingOf(heading.text)) || HISTORY_HEADING.test(heading.text)) return;
    parts.push(sectionPart(content, at));
  });
  return parts;
}

/**
 * The section of the release the notes are for: the one whose version the title names (or the
 * title's own section when no other names it), else the one the document's file or folder names
 * (a maintenance release's notes list later versions of another branch), else none when the
 * newest section names no version ("Latest"), else the newest by the document's order (first
 * when versions go down, last when they go up).
 */
function currentOf(document: BundleDocument, content: ParsedDocument, sections: readonly VersionSection[], titleIndex: number, unnamed: number | undefined, pending: ReadonlySet<VersionSection>): VersionSection | undefined {
  const others = sections.filter((section) => section.index !== titleIndex);
  const titleSection = sections.find((section) => section.index === titleIndex);
  const titled = titleVersion(content);
  const naming = (version: Version) => others.find((section) => sameDesignation(section.version, version));
  if (titled) {
    const named = naming(titled);
    // A title naming a series ("Redis 7.2 release notes" over 7.2.6 … 7.2.1, 7.2.0) names none of its releases: the newest is current.
    const series = named !== undefined && others.some((section) => inSeries(section.version, titled));
    if (named && !series) return named;
    // A changelog's first heading taken for its title, over nothing, names no release when it says it is not out ("0.4.3 /
    // ####-##-##"); a title over the notes of a release not out yet names them ("Changelog for restic 0.8.1 (UNRELEASED)").
    if (titleSection && !series && !(pending.has(titleSection) && isEmpty(content, titleSection.index))) return titleSection;
  }
  // Names in the path, nearest first: the file's, then its archive's and folders'.
  const names = namesInPath(document).flatMap((name) => findVersions(name).filter((version) => version.kind === 'product'));
  for (const name of names) {
    const named = naming(name);
    if (named) return named;
  }
  if (unnamed !== undefined && (others.length === 0 || unnamed < others[0]!.index)) return undefined;
  const released = others.filter((section) => !pending.has(section));
  if (released.length === 0) return titleSection;
  const [first, last] = [released[0]!, released.at(-1)!];
  return compareNodes(first.version, last.version) < 0 ? last : first;
}

/** Whether `version` is a release of the series `series` names, more precise than it ("7.2.6" of "7.2"; not "7.2.0", the series' first). */
function inSeries(version: Version, series: Version): boolean {
  return version.nodes.length > series.nodes.length && series.nodes.every((node, at) => version.nodes[at] === node) && version.nodes.slice(series.nodes.length).some((node) => node !== 0);
}

/** The version the notes' visible title names, if any (see `headingVersion`). */
function titleVersion(content: ParsedDocument): Version | undefined {
  return content.titleSource === 'visible' && content.title !== undefined ? headingVersion(content.title) : undefined;
}

const RELEASE = /\brelease\b/gi;
const REVISED = /\b(?:updated?|revised|last (?:modified|changed))\b/i;

/**
 * A title that dates a release without naming it: "Inform Release Notes - 30 April 2006", not "Corvid Release Notes, updated 06/17/2025".
 * Only the words after its last "release" are looked at, once: a lookahead from every "release" re-read the rest of the title each time.
 */
function releaseDated(title: string): boolean {
  let last = -1;
  for (const match of title.matchAll(RELEASE)) last = match.index;
  return last >= 0 && !REVISED.test(title.slice(last));
}

/**
 * The visible title, when it holds a date and names the current section's release ("Radeon Memory Visualizer V1.13 06/17/2025" over
 * "V1.13 Changes"), or no version but a release ("Inform Release Notes - 30 April 2006" over "Compiler 6.30", "Compiler 6.31"): a place of that release's own.
 */
function datedTitle(content: ParsedDocument, current: VersionSection): string | undefined {
  if (content.titleSource !== 'visible' || content.title === undefined || findDate(content.title, MONTH_DATES) === undefined) return undefined;
  const version = headingVersion(content.title);
  return (version === undefined ? releaseDated(content.title) : sameDesignation(version, current.version)) ? content.title : undefined;
}

/** The names along a document's path, nearest first: the file's, then its archive's and folders'. */
function namesInPath(document: BundleDocument): string[] {
  return document.file.path.split(/!?\//).reverse();
}

/**
 * Whether the notes name their current release themselves: their visible title names the current
 * section's version, and their file's name names no other. Such notes are that release's notes,
 * even where a section of theirs holds the version a bundle gives (an earlier release they list).
 */
export function namesOwnRelease(notes: ReleaseNotes): boolean {
  const { current, content } = notes;
  const titled = titleVersion(content);
  if (!current || !titled || !sameDesignation(titled, current.version)) return false;
  const fileName = namesInPath(notes.document)[0]!;
  return findVersions(fileName).every((version) => version.kind !== 'product' || sameDesignation(version, current.version));
}

/**
 * The version sections but those whose sub-sections hold a section of the same version, and those that are parts of an outer
 * section of their version (see `namesPart`). Sections are grouped by designation, and each group's indices searched by halves:
 * a document of thousands of nested versions costs no square.
 */
function withoutNamingHeadings(sections: readonly VersionSection[], content: ParsedDocument): VersionSection[] {
  const indices = new Map<string, number[]>();
  for (const section of sections) {
    const key = designationKey(section.version);
    const list = indices.get(key);
    if (list) list.push(section.index);
    else indices.set(key, [section.index]);
  }
  // Several undated sub-headings naming the version with a topic are its parts ("1.0.2 - 11/21/2016" over "Version 1.0.2 Compatibility" and
  // "1.0.2 Fixed in this Release", see `namesPart`): the outer is the section. Counted by prefix sums and marked by a difference array, per group.
  const partLike = new Set(sections.filter((section) => namesPart(section.heading.text)).map((section) => section.index));
  const prefixes = new Map<string, number[]>();
  for (const [key, list] of indices) {
    const prefix = [0];
    for (const index of list) prefix.push(prefix.at(-1)! + (partLike.has(index) ? 1 : 0));
    prefixes.set(key, prefix);
  }
  const parts = new Set<number>();
  const naming = new Set<number>();
  const marks = new Map<string, number[]>();
  for (const outer of sections) {
    const key = designationKey(outer.version);
    const list = indices.get(key)!;
    // The indices of the group inside the outer section, found by halves (the list is in document order).
    const first = firstAfter(list, outer.index);
    const end = firstAfter(list, content.sections[outer.index]!.end - 1);
    const prefix = prefixes.get(key)!;
    const partsInside = prefix[end]! - prefix[first]!;
    if (partsInside >= 2) {
      const diff = marks.get(key) ?? new Array<number>(list.length + 1).fill(0);
      marks.set(key, diff);
      diff[first]! += 1;
      diff[end]! -= 1;
    }
    if (end - first > (partsInside >= 2 ? partsInside : 0)) naming.add(outer.index);
  }
  for (const [key, diff] of marks) {
    let open = 0;
    indices.get(key)!.forEach((index, at) => {
      open += diff[at]!;
      if (open > 0 && partLike.has(index)) parts.add(index);
    });
  }
  return sections.filter((section) => !parts.has(section.index) && !naming.has(section.index));
}

/** Words a release's own heading holds besides its version and date: "Version 3.2 (build 4471)", "Release v1.0". */
const RELEASE_WORDS = /\b(?:version|release|rel|ver|build|v)\b/gi;

/** Whether a version heading names a part of that version's notes ("Version 1.0.2 Compatibility", "1.0.2 Known Issues"): undated, with words of a topic. */
function namesPart(heading: string): boolean {
  const text = heading.slice(0, 200);
  const version = findVersions(text).find((found) => found.kind === 'product');
  if (!version || findDate(text) !== undefined || hasMonthAndYear(text)) return false;
  const rest = (text.slice(0, version.index) + text.slice(version.index + version.text.length)).replace(RELEASE_WORDS, '');
  return /\p{L}{3}/u.test(rest);
}

/** The position in an ascending list of the first value above `value`. */
function firstAfter(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What `sameDesignation` compares, as one string: nodes without trailing zeros, the hot fix's numbers without leading ones. */
function designationKey(version: Version): string {
  const nodes = [...version.nodes];
  while (nodes.length > 0 && nodes.at(-1) === 0) nodes.pop();
  return `${nodes.join('.')}|${(version.hotfix ?? '').replace(/\d+/g, (digits) => String(Number(digits)))}`;
}

/** The same nodes and hot fix, missing nodes counting as 0 (3.2 names the 3.2.0 notes); builds are not compared. */
export function sameDesignation(a: Version, b: Version): boolean {
  return compareNodes(a, b) === 0;
}

/**
 * The current section's version and date; an undated section is dated by `dated`, a line of the release's own that
 * holds a date, if any: the release-date row of notes of one release, or the visible title naming the release.
 */
function statedBySection(section: VersionSection, dated: string | undefined, dates: DateOptions): ReleaseNotes['stated'] {
  const { text, line } = section.heading;
  const at = line === undefined ? { text } : { text, line };
  const row = section.date === undefined && dated !== undefined ? { value: findDate(dated, dates)!, text: dated.trim().slice(0, 200) } : undefined;
  return { version: { value: section.version, ...at }, date: section.date === undefined ? row : { value: section.date, ...at } };
}

/** An unnamed newest section ("Latest") states no version; its date is in its heading or first lines. */
function statedUnnamed(content: ParsedDocument, index: number, dates: DateOptions): ReleaseNotes['stated'] {
  const section = content.sections[index];
  if (!section?.heading) return { version: undefined, date: undefined };
  const text = `${section.heading.text}\n${section.body.split('\n').slice(0, 3).join('\n')}`;
  const date = findDate(text, dates);
  return { version: undefined, date: date === undefined ? undefined : { value: date, text: section.heading.text, ...(section.heading.line === undefined ? {} : { line: section.heading.line }) } };
}

/**
 * Notes not divided by version: the version of the title, else of the cover's line under it that
 * holds only a version ("2.4"), else of the first line near the top that names a version or release ("Release Name: ov-sdk-app_v0.2_2015-07-13.zip"); the date of
 * that line, else of a labelled release-date row above any history ("Release Date ..... : 24 May 2016"), else of the lines around the title.
 */
function statedUndivided(content: ParsedDocument, dates: DateOptions): ReleaseNotes['stated'] {
  // A heading that labels its first line ("Release Name:" above "ov-sdk-app_v0.2_2015-07-13.zip") reads as one line with it.
  const lines = content.sections.slice(0, 30).flatMap(({ heading, body }) => {
    const [first = '', ...rest] = body.slice(0, 2000).split('\n');
    return heading ? [`${heading.text} ${first}`, ...rest] : [first, ...rest];
  }).slice(0, 60);
  const titled = titleVersion(content);
  const line = titled ? content.title! : (coverVersionLine(content) ?? lines.find((candidate) => VERSION_LINE.test(candidate) && findVersion(candidate) !== undefined));
  const version = line === undefined ? undefined : { value: titled ?? findVersion(line)!, text: line.trim().slice(0, 200) };
  const dateLine = [line, releaseDateRow(content), ...lines.slice(0, 8)].find((candidate) => candidate !== undefined && findDate(candidate, dates) !== undefined);
  const date = dateLine === undefined ? undefined : { value: findDate(dateLine, dates)!, text: dateLine.trim().slice(0, 200) };
  return { version, date };
}

/**
 * A release-information row near the top ("Release Date ...... : 24 May 2016"), above any
 * history (whose rows date earlier releases): the date of notes of one release, wherever it stands
 * among the other rows.
 */
function releaseDateRow(content: ParsedDocument): string | undefined {
  const sections = content.sections.slice(0, 30);
  const historyAt = sections.findIndex(({ heading }) => heading !== undefined && HISTORY_HEADING.test(heading.text));
  const lines = sections.slice(0, historyAt < 0 ? sections.length : historyAt).flatMap(({ body }) => body.slice(0, 2000).split('\n')).slice(0, 60);
  return lines.find((line) => labelledDate(line) !== undefined);
}

/**
 * The version a cover gives on its own line right under the visible title ("CSI Driver for
 * Heron Arrays" over "2.4" over "Release Notes"): the title's version, set apart by the layout.
 */
function coverVersionLine(content: ParsedDocument): string | undefined {
  if (content.titleSource !== 'visible' || content.title === undefined) return undefined;
  const titleSection = content.sections.find((section) => section.heading?.text === content.title);
  const first = titleSection?.body.slice(0, 200).split('\n').find((candidate) => candidate.trim() !== '');
  return first !== undefined && isVersionLine(first) ? first : undefined;
}

const SECTION_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?\s+(?=\S)/;

/**
 * Heading text without its section number, in documents that number their headings ("1.1
 * What's New" is not version 1.1); elsewhere a leading number is a version ("3.2.1 (2026-10-15)").
 * Section numbers count up from a chapter number of one node ("1 Overview", "2.1 …"); versions
 * heading a changelog repeat three nodes and mostly count down.
 */
export function withoutNumbering(content: ParsedDocument): (text: string) => string {
  const headings = content.sections.flatMap((section) => (section.heading ? [section.heading.text] : []));
  const leading = headings.flatMap((text) => {
    const number = SECTION_NUMBER.exec(text)?.[0].trim().replace(/\.$/, '');
    return number === undefined ? [] : [number.split('.').map(Number)];
  });
  const chapters = leading.some((nodes) => nodes.length === 1);
  const order = (a: readonly number[], b: readonly number[]) => compareNodes({ nodes: a, build: undefined, text: '' }, { nodes: b, build: undefined, text: '' });
  const pairs = leading.slice(1).map((nodes, index) => order(leading[index]!, nodes));
  const counting = pairs.filter((difference) => difference < 0).length >= pairs.filter((difference) => difference > 0).length;
  const numbered = leading.length >= Math.max(2, headings.length / 2) && chapters && counting;
  return numbered ? (text) => text.replace(SECTION_NUMBER, '') : (text) => text;
}

/**
 * The version a heading or title names: a range's later version (see `versionRangeEnd`: the
 * range's notes are of the release it ends at; the earlier one only bounds them), else the first designation.
 */
export function headingVersion(text: string): Version | undefined {
  return changesRangeEnd(text) ?? versionRangeEnd(text) ?? findVersion(text) ?? wholeVersion(text);
}

/** A heading that is only a whole-number version after its mark ("V 66", "v12", "Version 7"), or a rising range of two ("V 25 - 26"). */
const WHOLE_VERSION = /^\W*(?:v|version|release)\s*(\d{1,6})(?:\s*[-–—]\s*(\d{1,6}))?\s*$/i;

/** The version a `WHOLE_VERSION` heading names, one node: the range's later one. */
function wholeVersion(text: string): Version | undefined {
  const match = WHOLE_VERSION.exec(text.slice(0, 100));
  if (!match || (match[2] !== undefined && Number(match[2]) <= Number(match[1]))) return undefined;
  return { nodes: [Number(match[2] ?? match[1])], build: undefined, text: match[0].trim() };
}

/** A changelog heading naming the release before and the release itself: "Changes from 1.21.5 to 1.21.6", "Changes between 2.0 and 2.1". */
const CHANGES_RANGE = /^\W*(?:changes|changelog|what['’]?s new|release notes|news)\s+(?:from|between)\s+v?(\d{1,6}(?:\.\d{1,9}){1,5})\s+(?:to|and)\s+v?(\d{1,6}(?:\.\d{1,9}){1,5})(?![.\d])/i;

/** The later version of a `CHANGES_RANGE` heading, when the range goes up: those are its notes. */
function changesRangeEnd(text: string): Version | undefined {
  const range = CHANGES_RANGE.exec(text.slice(0, 200));
  const [from, to] = range ? [findVersion(range[1]!), findVersion(range[2]!)] : [];
  return from && to && compareNodes(from, to) < 0 ? to : undefined;
}

/**
 * The verbs a changelog's item opens with ("Support libecap v1.0", "Added …"), not where they name a kind of release ("Support
 * Pack 2.1", "Fix Pack 9.5.0.2", "Add-on 2.1"; "Update" is left out, as "Update 2" is one).
 */
const CHANGE_ITEM = /^(?:add(?:s|ed)?|support(?:s|ed)?|fix(?:es|ed)?|remove[sd]?|improve[sd]?|bump(?:s|ed)?|drop(?:s|ped)?|deprecate[sd]?|enable[sd]?|disable[sd]?|allow(?:s|ed)?|introduce[sd]?)\b(?![- ]?(?:packs?|releases?|package|drop|on)\b)/i;
/** Words by which a heading that opens with a change verb still names a release's notes. */
const NAMES_NOTES = /\brelease notes\b|\bversion\b/i;

/** Headings ending in a product's version under the title, this many or more, are a changelog's releases named by product. */
const NAMED_RUN = 3;
/** What may follow the version ending a release's heading: nothing, or a pre-release's designation ("ActiveGo 1.8 beta", "Corvid 2.0 RC1"). */
const PRE_RELEASE_END = /^(?:[\s_-]*(?:alpha|beta|rc|preview)[\s._-]?\d{0,3})?$/i;
/** A name in small letters, one word, right before its version: an R package's NEWS ("whirl 0.2.1", "ggplot2 3.5.0"). */
const LOWER_CASE_NAME = /^(\p{Ll}[\p{L}\d._-]*)\s+v?\d/u;

/**
 * The sections whose headings name a product and end with its version ("In-Memory Data Fabric 6.6.8", "Streaming 2.1.1,
 * Hadoop Accelerator 2.1.1", "whirl 0.2.1"), when `NAMED_RUN` or more at one level stand right under the document's title (or at its top):
 * a changelog's releases, though no word says so (named in small letters, the same name each time: an R package's NEWS); under a
 * history's heading, however few, when they hold notes. Under another heading they are components ("Third-Party Updates" over
 * "OpenSSL 3.0.13", "Version 3.0.0" over "Bundled Heron Agent 2.2"); one or two alone say nothing ("Corvid Agent 2.0" may be
 * a feature), unless they name one product twice ("stratisd 2.0.0" over its notes, then "stratisd 1.0.6") under no title naming another
 * version; a platform's version
 * ("Support for ESXi 8.0") is no product's.
 */
export function namedVersionHeadings(content: ParsedDocument, headingOf: (text: string) => string): ReadonlySet<number> {
  // Runs by level; a name in small letters runs only with itself ("whirl 0.2.1", "whirl 0.2.0"; "openssl 3.0.13", "zlib 1.3.1" are components).
  const runs = new Map<string, number[]>();
  /** Headings by level and the name before their version: two or more of one name are its releases, however few. */
  const sameName = new Map<string, number[]>();
  const historic: number[] = [];
  // The headings open at each point, outermost first: a heading's parent is the last one above its level.
  const open: { index: number; level: number }[] = [];
  const top = content.sections[0]?.heading?.text === content.title ? 0 : -1;
  content.sections.forEach(({ heading }, index) => {
    if (!heading) return;
    while (open.length > 0 && open.at(-1)!.level >= heading.level) open.pop();
    const parent = open.at(-1)?.index;
    open.push({ index, level: heading.level });
    // Under a history ("Release history" over "ActiveGo 1.8.3", "ActiveGo 1.8 beta") each is a release, however few.
    const underHistory = parent !== undefined && HISTORY_HEADING.test(content.sections[parent]!.heading!.text);
    if (parent !== undefined && parent !== top && !underHistory) return;
    const text = headingOf(heading.text).trim();
    const lowerCase = LOWER_CASE_NAME.exec(text);
    const named = text.split(/\s+/).length <= 14 && (/^\p{Lu}/u.test(text) || lowerCase !== null) && !/\b(?:guide|manual)\b/i.test(text) && !isRelative(text) && !CHANGE_ITEM.test(text);
    const last = named ? findVersions(text).filter((version) => version.kind === 'product').at(-1) : undefined;
    if (!last || !PRE_RELEASE_END.test(text.slice(last.index + last.text.length))) return;
    if (underHistory) {
      // A history's entry with notes of its own: an empty one lists a release the notes speak of elsewhere.
      if (!isEmpty(content, index)) historic.push(index);
      return;
    }
    const key = `${heading.level}${lowerCase ? ` ${lowerCase[1]}` : ''}`;
    const run = runs.get(key);
    if (run) run.push(index);
    else runs.set(key, [index]);
    // The same name with another version: "stratisd 2.0.0" then "stratisd 1.0.6".
    const name = `${heading.level}\n${text.slice(0, last.index).trim().toLowerCase()}`;
    const releases = sameName.get(name);
    if (releases) releases.push(index);
    else sameName.set(name, [index]);
  });
  // Under a title naming another product's version they are that release's components ("Corvid 3.2.1 Release Notes" over "Heron
  // Agent 2.2", "Heron Agent 2.1"); under one naming theirs ("Heron Agent 2.2 Release Notes"), its releases.
  const otherTitle = titleVersion(content) !== undefined ? content.title!.toLowerCase() : undefined;
  const repeated = [...sameName.entries()].filter(
    ([key, indices]) => !key.endsWith('\n') && indices.length >= 2 && (otherTitle === undefined || indices.includes(top) || otherTitle.includes(key.slice(key.indexOf('\n') + 1))),
  );
  return new Set([...historic, ...[...runs.values()].filter((indices) => indices.length >= NAMED_RUN).flat(), ...repeated.flatMap(([, indices]) => indices)]);
}

/**
 * A heading that opens a version's notes: "Version 3.2.1", "3.2.1 (2026-10-15)", "Release 3.2.1 –
 * October 2026", "4.4.0 Release Notes", "Changes from 1.21.5 to 1.21.6", "V 66"; not a section number ("2.1 Overview"), a platform's version
 * ("Support for ESXi 8.0"), a guide, or a heading about another version ("Changes since v23.10.0").
 */
export function isVersionHeading(text: string): boolean {
  if (changesRangeEnd(text) || wholeVersion(text)) return true;
  const version = findVersion(text);
  if (!version || text.split(/\s+/).length > 14 || /\b(?:guide|manual)\b/i.test(text) || isRelative(text)) return false;
  if (versionRangeEnd(text)) return true;
  // A version in brackets or parentheses still opens the heading: Keep a Changelog's "[3.2.1]", undated.
  const trimmed = text.trim().replace(/^[[(]/, '');
  if (trimmed.startsWith(version.text) || /^v\d/i.test(trimmed)) {
    const rest = trimmed.slice(trimmed.indexOf(version.text) + version.text.length);
    return /^\s*(?:$|[()[\]\-–—:,|/])/.test(rest) || VERSION_HEADING.test(rest) || findDate(rest) !== undefined || hasMonthAndYear(rest);
  }
  // A heading that opens with a change names one item, whatever version it mentions ("Support libecap v1.0", "Added Kubernetes 1.29 release").
  if (CHANGE_ITEM.test(trimmed) && !NAMES_NOTES.test(trimmed)) return false;
  return VERSION_HEADING.test(text) || findDate(text) !== undefined || hasMonthAndYear(text);
}

/**
 * The parts of a version's section (index -1: the whole document): its sub-headings that are
 * not versions themselves, else the labels that open its lines.
 */
function partsOf(content: ParsedDocument, index: number, headingOf: (text: string) => string, flat: boolean, named: ReadonlySet<number>): NotesPart[] {
  const parts: NotesPart[] = [];
  const end = partsEnd(content, index, headingOf, flat, named);
  for (let at = partsFrom(content, index); at < end; at += 1) if (content.sections[at]!.heading) parts.push(sectionPart(content, at));
  if (parts.length > 0) return parts;
  const body = index < 0 ? content.text : content.sections[index]!.body;
  for (const line of body.split('\n')) {
    const label = LABEL.exec(line);
    if (label && !/https?$/i.test(label[1]!)) parts.push({ label: label[1]!, text: label[2]! });
    else if (parts.length > 0) parts[parts.length - 1] = { ...parts.at(-1)!, text: `${parts.at(-1)!.text}\n${line}` };
  }
  return parts;
}

/** Where the parts of the notes at `index` (the whole document's at -1) begin: after its heading; the whole document's, after its title. */
function partsFrom(content: ParsedDocument, index: number): number {
  return index >= 0 ? index + 1 : content.title !== undefined && content.sections[0]?.heading?.text === content.title ? 1 : 0;
}

/** Where the parts of the notes at `index` (the whole document's at -1) end: the end of its section, or in a flat document the next version or history heading. */
function partsEnd(content: ParsedDocument, index: number, headingOf: (text: string) => string, flat: boolean, named: ReadonlySet<number>): number {
  const end = index < 0 || flat ? content.sections.length : content.sections[index]!.end;
  // A sub-heading naming the section's own version with a topic is one of its parts ("1.0.2 Known Issues", see `namesPart`), not the next release.
  const own = index < 0 ? undefined : headingVersion(headingOf(content.sections[index]!.heading?.text ?? ''));
  for (let at = partsFrom(content, index); at < end; at += 1) {
    const heading = content.sections[at]!.heading;
    if (!heading) continue;
    const text = headingOf(heading.text);
    if (HISTORY_HEADING.test(heading.text)) return at;
    if (!named.has(at) && !isVersionHeading(text)) continue;
    const version = headingVersion(text);
    if (!(own && version && sameDesignation(own, version) && namesPart(text))) return at;
  }
  return end;
}

/** Words that say a release is the first, or that nothing came before. */
const FIRST_RELEASE = /\b(?:first|initial) (?:general availability |GA |public )?release\b|\bno (?:earlier|previous|prior) (?:releases?|versions?)\b/gi;
/** Words before "the first release" that make it a mention of an earlier one: "since the initial release", "compared with the first release". */
const MENTION_BEFORE = /\b(?:since|after|from|than|with|until|before|in|of|to)\s+(?:the|our|its|their)\s+$/i;
/** How far around the words a version or a preposition is read. */
const AROUND = 30;

/**
 * Where the notes say that the current release is the first ("3.0.0 is the first release of
 * Corvid", "Initial release.", "There are no previous versions"), or undefined. A first release
 * named in passing is an earlier one: "since the initial release", "the initial release (1.0.0)"
 * when the current version is another.
 */
export function statesFirstRelease(notes: ReleaseNotes): string | undefined {
  const text = notes.content.text;
  const current = notes.stated.version?.value ?? notes.current?.version;
  for (const match of text.matchAll(FIRST_RELEASE)) {
    if (MENTION_BEFORE.test(text.slice(Math.max(0, match.index - AROUND), match.index))) continue;
    const named = findVersion(text.slice(match.index + match[0].length, match.index + match[0].length + AROUND).split(/[.;\n](?!\d)/)[0]!);
    if (named && current && compareNodes(named, current) !== 0) continue;
    return match[0];
  }
  return undefined;
}

/**
 * Whether a "Revision History" lists the document's revisions ("Document revision 02: updated the
 * support matrix"), not the product's earlier releases: it says "document revision" or "the
 * revision history of this document" (whose rows may name the versions they were written for), or it
 * speaks of revisions and never of a version or a release (a table's "Release" column).
 */
function documentRevisions(heading: string, text: string): boolean {
  if (/\bdocument(?:ation)? (?:revision|history)\b/i.test(heading) || /\bdocument(?:ation)? revisions?\b|\b(?:history|revisions?) of this (?:document|guide|publication)\b/i.test(text)) return true;
  return /\brevision\b/i.test(heading) && !/\b(?:versions?|releases?)\b/i.test(text);
}

/**
 * A history kept apart from the version sections: a section headed "Revision History",
 * "Previous Releases"… (often a table) that names versions other than the current one, and not
 * the document's own revisions (see `documentRevisions`). Its heading and those versions, or undefined.
 */
export function listedHistory(notes: ReleaseNotes): { readonly heading: string; readonly versions: readonly Version[] } | undefined {
  const current = notes.stated.version?.value ?? notes.current?.version;
  for (const [index, section] of notes.content.sections.entries()) {
    if (!section.heading || !HISTORY_HEADING.test(section.heading.text)) continue;
    const text = sectionText(notes.content, index).slice(0, 20_000);
    if (documentRevisions(section.heading.text, text)) continue;
    const versions = findVersions(text).filter((version) => version.kind === 'product' && (!current || compareNodes(version, current) !== 0));
    if (versions.length > 0) return { heading: section.heading.text, versions };
  }
  return undefined;
}
