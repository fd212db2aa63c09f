import { basename } from 'node:path';
import { defaultLimits, type Limits } from './archive/limits.js';
import { removeTempDirectory } from './archive/temp.js';
import type { Bundle, BundleDocument, DocumentRole, FactPlace, FactSource, LandingPage, RoleSource, Vib } from './model/model.js';
import { compareReleases, DIFF_DIGEST, releaseSnapshot, type ReleaseDiff, type ReleaseSnapshot } from './model/release-diff.js';
import { readBundle, type ReadOptions } from './scan/read.js';
import { compareLandingFacts, holdsListedDocument, type LandingFactName } from './release/landing-page.js';
import { compareNodes, findVersion, formatVersion, type Version } from './formats/versions.js';
import { describePlace } from './model/queries.js';
import { coverageMap, landingPageAt, requireFile } from './lint.js';
import { DOCUMENT_NAMING, roleWords } from './release/roles.js';
import { UNNAMED_CURRENT } from './release/release-notes.js';
import type { Rule } from './engine/rule.js';
import type { TopicCoverage } from '../rules/kit/topics.js';

/** What the program guide's landing page for a release shows, as read from its bundle. */
export interface Description {
  /** The path as given. */
  readonly bundle: string;
  readonly product: string | undefined;
  /** `3.2.1 build 4471` (the build from any place giving the same version); undefined when no place gives one. */
  readonly version: string | undefined;
  /** YYYY-MM-DD (YYYY-MM when the release is dated by a month only). */
  readonly releaseDate: string | undefined;
  /** Where each fact was read: the place ("the release notes X.md"), its path in the bundle, line and the text read. */
  readonly sources: { readonly product?: DescribedSource; readonly version?: DescribedSource; readonly releaseDate?: DescribedSource };
  readonly size: number;
  readonly md5: string;
  readonly sha1: string;
  readonly documents: readonly {
    readonly path: string;
    readonly format: string;
    readonly roles: readonly DocumentRole[];
    /** Where the roles were read: the document's title, its name, its file properties, or its text. */
    readonly rolesFrom: RoleSource | undefined;
    readonly title: string | undefined;
  }[];
  /** Each VIB's signers (certificate subjects; how the signer is referenced when its certificate is absent), `unsigned`, or `no readable signature`. */
  readonly signatures: readonly { readonly vib: string; readonly signedBy: string }[];
  /** With `--topics`: each required topic, by rule, and the section covering it or the closest one. */
  readonly topics?: readonly TopicCoverage[];
  /** What changed since the earlier release given with `--previous`. */
  readonly changes?: ReleaseDiff;
  /** With `--landing-page`: the page's facts against the bundle's, the documents it lists, its links. */
  readonly landingPage?: LandingDescription;
}

export interface LandingDescription {
  /** The file or address as given. */
  readonly source: string;
  /** Why it could not be read; nothing else is known then. */
  readonly problem: string | undefined;
  /** Each fact: what the page states (undefined: nothing), on which line, and whether it agrees with the bundle (undefined: nothing to compare). */
  readonly facts: readonly { readonly fact: LandingFactName; readonly stated: string | undefined; readonly line: number | undefined; readonly agrees: boolean | undefined }[];
  readonly documents: readonly { readonly listed: string; readonly line: number | undefined; readonly inBundle: boolean }[];
  /** The first link to the support policy and to the VMware Compatibility Guide, if any. */
  readonly supportPolicy: string | undefined;
  readonly compatibilityGuide: string | undefined;
}

/** What `describe` reads besides the landing-page facts. */
export interface DescribeOptions {
  readonly limits?: Partial<Limits>;
  /** The release's landing page (`--landing-page`): a file or an http(s) address. */
  readonly landingPage?: string;
  /** The earlier release (`--previous`), for what changed since. */
  readonly previous?: string;
  /** The coverage map of these rules' topics (`--topics`), with the headings configuration adds to each (`vocabulary`). */
  readonly topics?: { readonly rules: readonly Rule[]; readonly vocabulary?: Readonly<Record<string, readonly string[]>> };
}

export interface DescribedSource {
  readonly place: string;
  readonly path: string;
  readonly line?: number;
  readonly text: string;
}

/**
 * Reads one bundle for its landing-page facts: product, version and release date (from the same
 * places the signature rules read), MD5 and SHA-1 of the bundle file, its size, its documents.
 */
export async function describe(path: string, options: DescribeOptions = {}): Promise<Description> {
  await requireFile(path);
  if (options.previous !== undefined) await requireFile(options.previous);
  const landingPage = await landingPageAt(options.landingPage);
  const limits = { ...defaultLimits, ...options.limits };
  const context = { now: new Date(), previous: [] };
  const digests = options.previous === undefined ? [] : [DIFF_DIGEST];
  const previous = options.previous === undefined ? undefined : await snapshotOf(options.previous, { limits, context, digests });
  const session = await readBundle(path, { limits, bundleDigests: ['md5', 'sha1'], context, digests });
  try {
    const { bundle } = session;
    const documents = await bundle.documents();
    const { current, versions } = await bundle.release();
    // The release notes may leave out the build that the bundle's name or the VIB gives for the same version.
    const build = current.version && (current.version.version.build ?? versions.find(({ version, kind }) => kind === 'product' && version.build !== undefined && compareNodes(version, current.version!.version) === 0)?.version.build);
    const product = productOf(bundle, documents);
    const sourced = (source: FactSource | undefined) => source && describedSource(bundle, source);
    return {
      bundle: path,
      product: product?.name,
      version: current.version && formatVersion({ ...current.version.version, build }),
      releaseDate: current.date?.date,
      sources: { product: sourced(product?.source), version: sourced(current.version?.source), releaseDate: sourced(current.date?.source) },
      size: bundle.size,
      md5: bundle.digests.md5!,
      sha1: bundle.digests.sha1!,
      documents: documents.map(({ file, format, roles, rolesFrom, content }) => ({ path: file.path, format, roles, rolesFrom, title: content?.title })),
      signatures: bundle.vibs.map((vib) => ({ vib: vib.file.path, signedBy: signedBy(vib) })),
      ...(options.topics && { topics: await coverageMap(bundle, options.topics.rules, options.topics.vocabulary ?? {}) }),
      ...(landingPage && { landingPage: landingDescription(landingPage, bundle, documents, { version: current.version?.version, date: current.date?.date }) }),
      ...(previous && { changes: compareReleases(await releaseSnapshot(bundle), previous) }),
    };
  } finally {
    await session.close();
    removeTempDirectory();
  }
}

/** The landing page against the bundle: the comparisons landing/facts reports, the documents landing/documents looks for, the links landing/links wants. */
function landingDescription(page: LandingPage, bundle: Bundle, documents: readonly BundleDocument[], release: { version: Version | undefined; date: string | undefined }): LandingDescription {
  const comparisons = page.problem === undefined ? compareLandingFacts(page, { ...release, md5: bundle.digests.md5, sha1: bundle.digests.sha1, size: bundle.size }) : [];
  return {
    source: page.source,
    problem: page.problem,
    facts: comparisons.map(({ fact, stated, agrees }) => ({ fact, stated: stated?.text, line: stated?.line, agrees })),
    documents: page.documents.map((listed) => ({ listed: listed.fileName ?? listed.text, line: listed.line, inBundle: holdsListedDocument(listed, bundle.files, documents) })),
    supportPolicy: page.links.find((link) => link.purpose === 'support-policy')?.href,
    compatibilityGuide: page.links.find((link) => link.purpose === 'compatibility-guide')?.href,
  };
}

async function snapshotOf(path: string, options: ReadOptions): Promise<ReleaseSnapshot> {
  const session = await readBundle(path, options);
  try {
    return await releaseSnapshot(session.bundle);
  } finally {
    await session.close();
  }
}

/** Who signed a VIB, as its signature says (not verified: see vib/signature). */
function signedBy(vib: Vib): string {
  if (!vib.signatureFile || vib.signatureFile.size === 0) return 'unsigned';
  if (!vib.signature || 'error' in vib.signature || vib.signature.signature.signers.length === 0) return 'no readable signature';
  return vib.signature.signature.signers.map((signer) => signer.subject ?? signer.reference).join('; ');
}

/** Words that name a document as release notes or a guide, in the titles whose product is sought. */
const NAMING = DOCUMENT_NAMING.map((words) => words.source).join('|');
/**
 * Other words of such titles: a guide's ("Installation and Configuration Guide"), those before a
 * version, those of a changelog's titles ("Release History", "Recent Changes in …", "NEWS", "Readme"), and "Documentation".
 */
const FILLERS = String.raw`configuration|user|admin(?:istration)?|guide|documentation|and|for|version|release|rel|v|history|recent|latest|changes|change ?logs?|news|read ?me`;
/** One of a title's own words; a naming word may be the start of one ("Install…", "Deploy…"). */
const WORD = String.raw`\b(?:(?:${NAMING})\w*|(?:${FILLERS})\b)\.?`;
const SEPARATORS = String.raw`[\s\-–—:,|_]`;
const FIRST_WORD = new RegExp(String.raw`^${SEPARATORS}*${WORD}`, 'i');
const LAST_WORD = new RegExp(String.raw`${WORD}${SEPARATORS}*$`, 'i');
const EDGE_SEPARATORS = new RegExp(String.raw`^${SEPARATORS}+|${SEPARATORS}+$`, 'g');
/** Words naming release notes inside a title, after the name ("Heron Backup Release Notes for VMware vSphere 8.0"). */
const NOTES_WORDS = new RegExp(String.raw`${SEPARATORS}+(?:${roleWords('release-notes', 'title').map((words) => words.source).join('|')})`, 'i');
/** The GNU title of a NEWS file, after the name: "NEWS" in capitals before a dash or a colon ("yubico-piv-tool NEWS -- History of user-visible changes."), not a name's "News". */
const NEWS_TITLE = /\s+NEWS(?=\s*(?:--|[—–:]))/;
/** A bracket a version leaves open at the end once cut ("Heron Backup [2.4.0]", "Heron Backup (v2.4)"). */
const OPEN_BRACKET = /[\s([{]+$/;

/** Headings that open a document without naming it: a title chosen from them names no product. */
const GENERIC_TITLE = /^\W*(?:foreword|preface|introduction|overview|contents|table of contents|title|untitled|abstract|summary|about(?: this (?:document|guide))?|legal notices?|notices?|copyright|revision history|document history|latest|change ?log|changes|release notes|known (?:issues|problems|limitations)|readme|reference architecture|getting started|welcome)\W*$/i;

/**
 * The product's name and where it was read: what the visible title of the release notes (else of
 * a guide) says before its version, without the document's own words; else the bulletin's
 * summary; else the bundle's name. A title only from the file's properties (often a template's)
 * or a generic heading ("Foreword") names no product.
 */
function productOf(bundle: Bundle, documents: readonly BundleDocument[]): { name: string; source: FactSource } | undefined {
  const titled = (role: DocumentRole) => documents.filter((document) => document.roles.includes(role)).flatMap((document) => {
    const title = productTitle(document);
    return title === undefined ? [] : [{ place: 'document-title' as FactPlace, path: document.file.path, text: title }];
  });
  const led = documents.filter((document) => document.roles.includes('release-notes')).flatMap((document) => {
    const lead = productLead(document);
    return lead === undefined ? [] : [{ place: 'release-notes' as FactPlace, path: document.file.path, text: lead.text, ...(lead.line === undefined ? {} : { line: lead.line }) }];
  });
  const candidates: FactSource[] = [
    ...titled('release-notes'),
    ...titled('install-guide'),
    ...led,
    ...bundle.bulletins.flatMap((bulletin) => (bulletin.summary ? [{ place: 'bulletin' as FactPlace, path: bulletin.file.path, text: bulletin.summary.text, line: bulletin.summary.line }] : [])),
    { place: 'bundle-name', path: '', text: basename(bundle.path).replace(/\.zip$/i, '') },
  ];
  for (const source of candidates) {
    const name = productIn(source.text);
    if (name) return { name, source };
  }
  return undefined;
}

/** A first line that reads as a title of release notes or a guide: short, naming a version and the document. */
const TITLE_LINE = new RegExp(String.raw`^(?=.*\d\.\d)(?=.*\b(?:${NAMING}))\S+(?:\s+\S+){1,13}$`, 'i');

/**
 * The title a document shows, when it may name the product (see GENERIC_TITLE); without a title,
 * its first line when that reads as one ("// ACME SDK 1.19.49 RELEASE NOTES" of a plain text).
 */
export function productTitle(document: BundleDocument): string | undefined {
  const content = document.content;
  if (!content) return undefined;
  if (content.titleSource === 'visible' && content.title !== undefined) return GENERIC_TITLE.test(content.title) || UNNAMED_CURRENT.test(content.title) ? undefined : content.title;
  const first = content.text.slice(0, 400).trimStart().split('\n', 1)[0]!.replace(/^\W+|[\s./]+$/g, '');
  return TITLE_LINE.test(first) ? first : undefined;
}

/** A word of a name: capitalised ("Heron", "NFS") or a capital after its first letters ("vSphere", "iSCSI"). */
const NAME_WORD = String.raw`(?:[A-Z]|[a-z]+[A-Z])[\w®+.-]*`;
/** Words of a name, joined by at most one "for", "and", "of" or "on" each, just before a version: "Heron Backup for VMware vSphere 3.2.1". */
const NAME_BEFORE_VERSION = new RegExp(String.raw`${NAME_WORD}\s+(?:(?:for|and|of|on)\s+)?(?:${NAME_WORD}\s+(?:(?:for|and|of|on)\s+)?){0,7}(?:v|version\s+)?\d+(?:\.\d+)+`);
/** Words that open a sentence, capitalised for that reason only. */
const SENTENCE_OPENING = /^(?:(?:this|these|the|welcome|to|in|with|for|about|introducing|announcing)\s+)+/i;

/**
 * What the first paragraph of release notes titled only "Release Notes" or "Changelog" names
 * before a version ("This document describes Heron Backup 3.2.1 …" → "Heron Backup 3.2.1"), with
 * its line: the product the title does not give. Only the text the title opens, never a
 * version's section, whose lines name earlier releases and components.
 */
function productLead(document: BundleDocument): { text: string; line: number | undefined } | undefined {
  const content = document.content;
  if (!content || productTitle(document) !== undefined) return undefined;
  const opening = content.sections[0];
  if (!opening || (opening.heading && opening.heading.text !== content.title)) return undefined;
  const lines = opening.body.slice(0, 2000).split('\n');
  const at = lines.findIndex((line) => line.trim() !== '');
  if (at < 0) return undefined;
  const match = NAME_BEFORE_VERSION.exec(lines[at]!.slice(0, 400));
  const text = match?.[0].replace(SENTENCE_OPENING, '');
  return text ? { text, line: opening.bodyLines?.[at] } : undefined;
}

function describedSource(bundle: Bundle, source: FactSource): DescribedSource {
  return { place: describePlace(bundle, source.place, source.path), path: source.path, ...(source.line === undefined ? {} : { line: source.line }), text: source.text };
}

/** "(Revision 2.1)", ", Rev. 3", " - Edition 2" in a title. */
const REVISION_PHRASE = /[\s,(\[–—-]*\b(?:revision|rev\.|edition|document version)\s*:?\s*\d+(?:\.\d+)*[)\]]?/gi;
/** A date in a title: "October 2026", "15 October 2026", "Oct. 15, 2026", "2026-10-15". */
const DATE_PHRASE =
  /[\s,(\[–—-]*\b(?:(?:\d{1,2}\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\b[)\]]?/gi;
/**
 * Marks of a trade name, which are not part of it: "Acme®", "Plugin™", "(R)", and "PluginTM",
 * as a document's text holds "Plugin™" once its characters are made plain (NFKC).
 */
const TRADE_MARKS = /[®™℠]|\((?:r|tm|sm)\)/gi;
/** "™" as NFKC writes it ("BackupTM"): capitals right after a small letter, matched in their case ("Prism" and "ISM" keep theirs). */
const SPELLED_TRADE_MARK = /(?<=\p{Ll})(?:TM|SM)\b/gu;
/**
 * A hot fix's or update's designation left before the version or at the end ("Hot Fix 3.2.1.1",
 * "Update 2", "HF1", "Patch 3", "SP1"): it names the release, not the product.
 */
const TRAILING_DESIGNATION = /[\s,–—-]+(?:(?:hot ?fix|patch|maintenance release)(?:[\s-]*\d+)?|(?:hf|p|update|u|service pack|sp|mr)[\s-]*\d+|ga)[\s,–—:-]*$/i;
/** The development version an R package's NEWS opens with ("whirl dev", "whirl (development version)"): a release, not the product's name ("Heron Web Development" keeps its word). */
const DEVELOPMENT_VERSION = /\s(?:dev|\([Dd]evelopment version\))$/;
/** A preposition a naming phrase leaves before the name: "What's New in …", "Changes from Version 3.2 to 3.3". */
const LEADING_PREPOSITION = /^[\s\-–—:,|_]*(?:in|of|on|from|since|between)\s+/i;
/**
 * A version left at the end once the document's words are gone: the release's, whatever kind the
 * version reader gave it ("vSphere 2.4.0" of "Acme Plugin for VMware vSphere 2.4.0 Release Notes").
 * A platform's version inside the name ("for NFS 4.1 Datastores") is not at its end.
 */
const TRAILING_VERSION = /[\s,–—-]+(?:v|r|version\s*)?\d+(?:\.(?:\d+|x))+[\s,–—:-]*$/i;

/** The product a title names: `Release Notes for Heron Storage and Backup Adapter 3.2.1` → `Heron Storage and Backup Adapter`. */
export function productIn(title: string): string {
  // Titles come from untrusted documents: a name is short, and the patterns stay cheap on a bounded text.
  // A document's revision or date in the title names the document, not the product.
  const text = title.slice(0, 200).replace(/’/g, "'").replace(REVISION_PHRASE, '').replace(DATE_PHRASE, '').replace(TRADE_MARKS, '').replace(SPELLED_TRADE_MARK, '');
  const version = findVersion(text);
  let name = version ? text.slice(0, text.indexOf(version.text)).replace(OPEN_BRACKET, '') : text;
  // Naming words after the name end it: what follows them qualifies the notes ("… Release Notes for VMware vSphere", "… (English)").
  const naming = NOTES_WORDS.exec(name) ?? NEWS_TITLE.exec(name);
  if (naming && naming.index > 0) name = name.slice(0, naming.index);
  // A word at a time: one pattern for a run of words backtracks exponentially where words overlap ("configuration guide").
  const named = name;
  for (let word = FIRST_WORD.exec(name); word; word = FIRST_WORD.exec(name)) name = name.slice(word[0].length);
  // Only after naming words: a title's own first word is the name's ("From Zero to Hero Toolkit 1.2").
  if (name !== named) name = name.replace(LEADING_PREPOSITION, '');
  for (let before = ''; before !== name; ) {
    before = name;
    for (let word = LAST_WORD.exec(name); word; word = LAST_WORD.exec(name)) name = name.slice(0, word.index);
    name = name.replace(TRAILING_VERSION, '').replace(TRAILING_DESIGNATION, '').replace(DEVELOPMENT_VERSION, '');
  }
  return name.replace(EDGE_SEPARATORS, '');
}
