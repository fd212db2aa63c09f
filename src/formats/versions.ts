/**
 * A version designation: its numeric nodes (any number of them: `3.2.1`, the hot fix `3.2.1.1`),
 * a build number when one is given, and a hot-fix designation (`HF1`, `P03`). `3.2.1-4471`,
 * `3.2.1_4471`, `3.2.1+4471`, `3.2.1b4471`, `3.2.1 (build 4471)` and `3.2.1.4471` (a fourth node
 * of four digits or more is a build) are the same designation; the ESXi suffix of a VIB version
 * (`3.2.1-1OEM.700.1.0.15843807`) and the release of a VIB version (`5.0.0-0.0.2`) are no build.
 */
export interface Version {
  readonly nodes: readonly number[];
  readonly build: string | undefined;
  /** `HF1` (from `HF1`, `hotfix 1`, `Hot Fix 1`) or `P03`, when a hot-fix designation follows the nodes. */
  readonly hotfix?: string;
  /** The text it was read from, for messages. */
  readonly text: string;
}

/**
 * What a version number in a text is the version of: the product (the release's own), the
 * platform it runs on or works with (`ESXi 8.0`, `NFS 4.1`, `Kubernetes v1.25`, `works with OneView
 * v1.20`), a document's revision
 * (`Revision 2.1`, `Apache License, Version 2.0`), or a third-party component (decided by the
 * places that read file names, see release/signature.ts).
 */
export type VersionKind = 'product' | 'platform' | 'revision' | 'component';

export interface FoundVersion extends Version {
  readonly kind: VersionKind;
  /** Where in the text it begins. */
  readonly index: number;
}

/** The version nodes a fully qualified designation has at least (SPEC: major.minor.patch). */
export const QUALIFIED_NODES = 3;

/** At least two dot-separated numbers, not glued to a word or another number. */
const VERSION = /(?<![0-9A-Za-z.])v?(\d{1,6}(?:\.\d{1,9}){1,5})(?![0-9]|\.\d)/gi;
/**
 * What may follow the nodes to give a build: `-4471`, `_4471`, `+4471`, `b4471`, ` build 4471`,
 * `(build 4471)`; never digits that go on as a date (`_2015-07-13`) or as more nodes (`-0.0.2`).
 */
const BUILD = /^(?:,?\s*\(?\s*build\s*[-_#:]?\s*|[-_+]b?|[-_. ]?b)(\d{1,9})(?![0-9A-Za-z]|[-_./]\d)/i;
/** A hot-fix designation after the version: `HF1`, `-HF2`, ` hotfix 2`, ` Hot Fix 3`, ` P03`. */
const HOTFIX = /^[-_ ]?\(?(?:(hf|hot[- ]?fix)[-_ ]?(\d{1,3})|(p\d{2,3}))(?![0-9A-Za-z])/i;
/** How far after the nodes a build or hot fix is looked for: a bounded window, not the rest of a long text for each version in it. */
const SUFFIX_WINDOW = 40;
/** A fourth or later node this long is a build number (3.2.1.4471), not a node of a hot fix (3.2.1.1). */
const BUILD_NODE_DIGITS = 4;
/** Words just before a number that make it a platform's version. */
const PLATFORM = /\b(?:esxi?|vsphere|vcenter|vsan|vmfs|nfs(?:v)?|smb|cifs|iscsi|kubernetes|k8s|openshift|windows(?: server)?|powershell|\.net(?: framework)?|java|jdk|jre|python|node(?:\.js)?|golang|go|rhel|red hat enterprise linux|ubuntu|sles|centos|docker|helm|tls|ssl|http|rest api|api|os|ontap|purity|photon os|csi(?: spec)?)(?:\s+version)?[\s:]*v?$/i;
/** What makes a product named just before a number another product the release works with: "works with OneView v1.20". */
const COMPANION = /\b(?:works?|runs?|built|compatible|tested|certified|supported|interoperates?|requires?)\s+(?:with|on|by|against|for)\s+[\w.-]+(?:\s+[\w.-]+)?\s*v?$/i;
/**
 * Words just before a number that make it a document's revision or a licence's version; not a product's edition ("Redis
 * Community Edition 7.2.6", "Enterprise Edition 4.1"), whose number is the release's.
 */
const REVISION = /\b(?:revision|rev\.?|(?<!\b(?:community|enterprise|standard|professional|express|developer|server|cloud|free|open source)\s+)edition|document version|licen[cs]e,?(?:\s+version)?)[\s:]*$/i;

/** Every version designation in `text`, in order, each with the kind its context gives it. */
export function findVersions(text: string): FoundVersion[] {
  const found: FoundVersion[] = [];
  // exec on the shared pattern, as in findWrittenDate: matchAll would copy it at every call.
  VERSION.lastIndex = 0;
  for (let match = VERSION.exec(text); match !== null; match = VERSION.exec(text)) {
    let nodes = match[1]!.split('.').map(Number);
    const end = match.index + match[0].length;
    const following = BUILD.exec(text.slice(end, end + SUFFIX_WINDOW));
    const suffix = following && !isCompactDate(following[1]!) ? following : undefined;
    let build = suffix?.[1];
    const last = match[1]!.split('.').at(-1)!;
    if (build === undefined && nodes.length > QUALIFIED_NODES && last.length >= BUILD_NODE_DIGITS) {
      build = last;
      nodes = nodes.slice(0, -1);
    }
    const afterBuild = end + (suffix ? suffix[0].length : 0);
    const hotfix = HOTFIX.exec(text.slice(afterBuild, afterBuild + SUFFIX_WINDOW));
    const length = afterBuild - match.index + (hotfix ? hotfix[0].length : 0);
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const kind: VersionKind = PLATFORM.test(before) || COMPANION.test(before) ? 'platform' : REVISION.test(before) ? 'revision' : 'product';
    const designation = hotfix ? (hotfix[3] ? hotfix[3].toUpperCase() : `HF${Number(hotfix[2])}`) : undefined;
    found.push({ nodes, build, ...(designation ? { hotfix: designation } : {}), text: text.slice(match.index, match.index + length).trim(), kind, index: match.index });
  }
  return found;
}

/** The first designation in `text` (a file name, an element's text) that is not a platform's version or a document's revision. */
export function findVersion(text: string): Version | undefined {
  const found = findVersions(text).find((version) => version.kind === 'product');
  if (!found) return undefined;
  const { kind: _kind, index: _index, ...version } = found;
  return version;
}

/** A line holding a version and nothing else but a word naming it: "2.4", "Version 2.4", "v2.4.0", "Release 2.4". */
const VERSION_ONLY = /^\W*(?:(?:version|release|rel\.?)\s*)?v?\d{1,6}(?:\.\d{1,9}){1,5}\W*$/i;

/** Whether a line (a cover's, a heading's) is a version alone, see `VERSION_ONLY`. */
export function isVersionLine(line: string): boolean {
  return VERSION_ONLY.test(line);
}

/** A range of two versions of one name, as git shortlogs head a release: "open-iscsi-2.1.2 - open-iscsi-2.1.3", "v1.2.0...v1.3.0", "2.1.2 to 2.1.3". */
const VERSION_RANGE = /^\s*(\S*?)(\d{1,6}(?:\.\d{1,9}){1,5})\s*(?:-|–|—|to|\.\.\.?|->)\s*\1(\d{1,6}(?:\.\d{1,9}){1,5})\s*$/i;

/** The later version of a line that is a range of two (see `VERSION_RANGE`), going up and not a date ("1.4.0 - 30.01.2012"). */
export function versionRangeEnd(line: string): Version | undefined {
  const range = VERSION_RANGE.exec(line.slice(0, 200));
  if (!range) return undefined;
  const [from, to] = [findVersion(range[2]!), findVersion(range[3]!)];
  return from && to && compareNodes(from, to) < 0 && findDate(range[3]!) === undefined ? to : undefined;
}

/** `3.2.1.1 HF2 build 4471`, or `3.2.1`. */
export function formatVersion(version: Version): string {
  const nodes = version.hotfix ? `${version.nodes.join('.')} ${version.hotfix}` : version.nodes.join('.');
  return version.build === undefined ? nodes : `${nodes} build ${version.build}`;
}

/** Same nodes (3.2 equals 3.2.0) and hot fix and, when both give one, the same build. */
export function sameVersion(a: Version, b: Version): boolean {
  return compareNodes(a, b) === 0 && (a.build === undefined || b.build === undefined || Number(a.build) === Number(b.build));
}

/**
 * Orders by every node, missing nodes counting as 0 (3.2.1 before 3.2.1.1), then by hot fix (a
 * hot fix of 3.2.1 comes after it): a hot-fix designation is a node of the version.
 */
export function compareNodes(a: Version, b: Version): number {
  for (let index = 0; index < Math.max(a.nodes.length, b.nodes.length); index += 1) {
    const difference = (a.nodes[index] ?? 0) - (b.nodes[index] ?? 0);
    if (difference !== 0) return difference;
  }
  const [first, second] = [a.hotfix ?? '', b.hotfix ?? ''];
  // Most versions have no hot fix: comparing '' with '' must not cost a collation.
  return first === second ? 0 : hotfixOrder().compare(first, second);
}

let collator: Intl.Collator | undefined;

/**
 * HF2 before HF10. Made once, when first needed: `localeCompare` with options builds a collator
 * (ICU's, slow to make) on every call, which cost a short lint a tenth of a second.
 */
function hotfixOrder(): Intl.Collator {
  collator ??= new Intl.Collator('en', { numeric: true });
  return collator;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = '((?:19|20)\\d\\d)';
/** A numeric date with its separator: 10/15/2026, 15.10.2026, 15-10-2026. */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.-]\d|\d)/g;
/**
 * Each written form of a date, and how to read year, month and day (none: a month-year date) out of its match; `dayFirst`
 * when the document writes numeric dates day first whatever the separator (see `writesDayFirst`).
 */
const DATE_FORMS: readonly [RegExp, (match: RegExpExecArray, dayFirst: boolean) => [number, number, number | undefined]][] = [
  // ISO, or written in a file name: 2026-10-15, 2026-10-15T00:00:00, 2026_10_15, 20261015.
  [/(?<!\d)((?:19|20)\d\d)([-_.\/]?)(\d\d)\2(\d\d)(?!\d)/g, (m) => [Number(m[1]), Number(m[3]), Number(m[4])]],
  // The year first with a month or day of one digit, as people type it: 2018-8-16, 2016/1/13 (not after a version's node); with slashes
  // after a dash too, as a release line joins its version and date ("V2.2.2-2025/1/20").
  [/(?<![\d.\/-])((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?![\d\/.-]\d|\d)|(?<![\d.\/])((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?![\d\/.-]\d|\d)/g, (m) => [Number(m[1] ?? m[4]), Number(m[2] ?? m[5]), Number(m[3] ?? m[6])]],
  // Day, month and year with / . or -: month first with a slash (US, 10/15/2026) unless the document writes them day first,
  // day first otherwise (European, 15.10.2026, 15-10-2026); the other way round where the first number cannot be that.
  [NUMERIC_DATE, (m, dayFirst) => numericDate(Number(m[1]), Number(m[3]), Number(m[4]), m[2] === '/' && !dayFirst)],
  // A two-digit year, only where words say a date follows ("released on 27/09/22", "Release date: 10/15/26"): elsewhere 3/4/26 may be anything.
  // With dots only after "date": "released 1.2.10" and "Release 3.2.10" give a version. The words are matched, not looked behind for
  // (a look-behind at every position made a megabyte of spaces cost seconds); the date is the group `written`.
  [/\b(?:released|dated?|dates)(?:\s{1,3}on)?\s{0,3}:?\s{0,3}(?<written>(\d{1,2})([/-])(\d{1,2})\3(\d\d))(?![\d/.-]\d|\d)/gi, (m, dayFirst) => numericDate(Number(m[2]), Number(m[4]), fullYear(Number(m[5])), m[3] === '/' && !dayFirst)],
  [/\bdated?(?:\s{1,3}on)?\s{0,3}:?\s{0,3}(?<written>(\d{1,2})\.(\d{1,2})\.(\d\d))(?![\d/.-]\d|\d)/gi, (m) => numericDate(Number(m[2]), Number(m[3]), fullYear(Number(m[4])), false)],
  // October 15, 2026; Oct. 15 2026; Oct-15-2026; January 29. 2015 (a full stop after the day, as German writes it).
  [new RegExp(`\\b${MONTH}(?:\\s+|-)(\\d{1,2})(?:st|nd|rd|th)?[,.]?(?:\\s+|-)${YEAR}\\b`, 'gi'), (m) => [Number(m[3]), monthOf(m[1]!), Number(m[2])]],
  // The year first, then the month's name and the day: 2026 April 29, 2023 Nov 7th.
  [new RegExp(`\\b${YEAR}\\s+${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.:]\\d)`, 'gi'), (m) => [Number(m[1]), monthOf(m[2]!), Number(m[3])]],
  // 31/Oct/12, 31-Oct-2012: the month's name between slashes or hyphens makes a two-digit year a date's too.
  [new RegExp(`(?<![\\d/.-])(\\d{1,2})([/-])${MONTH}\\2(\\d\\d|(?:19|20)\\d\\d)(?![\\d/.-]\\d|\\d)`, 'gi'), (m) => [m[4]!.length === 2 ? fullYear(Number(m[4])) : Number(m[4]), monthOf(m[3]!), Number(m[1])]],
  // 15 Oct 2026; 15 October, 2026; 15-Oct-2026; 6th of August 2026 (an ordinal: "Update 2 of March 2024" is no day).
  [new RegExp(`\\b(\\d{1,2})(?:(?:st|nd|rd|th)?(?:\\s+|-)|(?:st|nd|rd|th)\\s+of\\s+)${MONTH},?(?:\\s+|-)${YEAR}\\b`, 'gi'), (m) => [Number(m[3]), monthOf(m[2]!), Number(m[1])]],
  // 21.Mar 1995: the day's dot right before the month, not after a version's node ("Release 3.2.May 2026" is a month), nor a
  // list's number or a whole-number version before a spaced month ("1. March 2026", "Version 2. March 2026").
  [new RegExp(`(?<![\\d.])(\\d{1,2})\\.${MONTH},?(?:\\s+|-)${YEAR}\\b`, 'gi'), (m) => [Number(m[3]), monthOf(m[2]!), Number(m[1])]],
  // 5- September -2024, as Word templates space both hyphens; one spaced hyphen alone ("1.2.3-10 - Oct 2026") is no date.
  [new RegExp(`\\b(\\d{1,2})\\s*-\\s*${MONTH}\\s*-\\s*${YEAR}\\b`, 'gi'), (m) => [Number(m[3]), monthOf(m[2]!), Number(m[1])]],
];
/** A month and year without a day: September 2020, September, 2020, Sep-2020. */
const MONTH_FORM: (typeof DATE_FORMS)[number] = [new RegExp(`\\b${MONTH},?(?:\\s+|-)${YEAR}\\b`, 'gi'), (m) => [Number(m[2]), monthOf(m[1]!), undefined]];
/** An ISO month alone ("[1.71.4] - 2022-04"), not a date's start nor a part of a name ("CVE-2024-10"). */
const ISO_MONTH_FORM: (typeof DATE_FORMS)[number] = [/(?<![\w.-])((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![\w.-])/g, (m) => [Number(m[1]), Number(m[2]), undefined]];
const DATE_AND_MONTH_FORMS = [...DATE_FORMS, MONTH_FORM, ISO_MONTH_FORM];

/**
 * The first calendar date in `text`, as YYYY-MM-DD, in any common written form: ISO
 * (`2026-10-15`), in a file name (`2026_10_15`, `20261015`), US (`10/15/2026`), European
 * (`15.10.2026`, `15/10/2026`, `15-10-2026`), long (`October 15, 2026`, `15 Oct 2026`,
 * `15-Oct-2026`, `5- September -2024`), with a two-digit year after a release word (`released on 27/09/22`). With `month`, a month without a day (`September, 2020`,
 * `2020-09`) is a date too, as YYYY-MM, when no full date comes first.
 */
export function findDate(text: string, options: DateOptions = {}): string | undefined {
  return findWrittenDate(text, options)?.date;
}

/** How dates are read: with `month`, a month and year alone too; with `dayFirst`, 5/12/2025 is the 5th of December (see `writesDayFirst`). */
export interface DateOptions {
  readonly month?: boolean;
  readonly dayFirst?: boolean;
}

/**
 * Whether a text writes its numeric dates with slashes day first: some has a first number no month can be (25/4/2025) and
 * none a second one (4/25/2025). Its other slashed dates (12/5/2025) are then read day first too.
 */
export function writesDayFirst(text: string): boolean {
  let dayFirst = false;
  NUMERIC_DATE.lastIndex = 0;
  for (let match = NUMERIC_DATE.exec(text); match !== null; match = NUMERIC_DATE.exec(text)) {
    if (match[2] !== '/') continue;
    if (Number(match[3]) > 12) return false;
    if (Number(match[1]) > 12) dayFirst = true;
  }
  return dayFirst;
}

/** `findDate`, with the text the date is written as (`October 15, 2026`) and where it begins. */
export function findWrittenDate(text: string, options: DateOptions = {}): { date: string; text: string; index: number } | undefined {
  let first: { index: number; date: string; text: string } | undefined;
  for (const [pattern, parts] of options.month ? DATE_AND_MONTH_FORMS : DATE_FORMS) {
    // exec on the shared pattern, not matchAll, which copies the pattern at every call: the copies made this a short lint's costliest function.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      // A form matching words before the date gives the date as its group `written`, at the match's end.
      const written = match.groups?.['written'] ?? match[0];
      const index = match.index + match[0].length - written.length;
      if (first && index >= first.index) break;
      const date = calendarDate(...parts(match, options.dayFirst === true));
      if (date) {
        first = { index, date, text: written };
        break;
      }
    }
  }
  return first;
}

/** Whether a date read by `findDate` gives only a month (YYYY-MM). */
export function isMonthOnly(date: string): boolean {
  return date.length === 7;
}

/** A month named with a year and no day (`July 2026`), as headings of release notes date versions. */
export function hasMonthAndYear(text: string): boolean {
  return new RegExp(`\\b${MONTH},?(?:\\s+|-)(?:19|20)\\d\\d\\b`, 'i').test(text);
}

/** First two-digit year read as of the twentieth century: POSIX strptime's %y pivot, fixed so that a date reads the same whatever the clock says. */
const CENTURY_PIVOT = 69;

/** The year a two-digit year stands for: 69–99 are 1969–1999, 00–68 are 2000–2068. */
function fullYear(twoDigits: number): number {
  return twoDigits >= CENTURY_PIVOT ? 1900 + twoDigits : 2000 + twoDigits;
}

/** Year, month, day of a numeric date whose first two numbers are day and month in an order the separator suggests. */
function numericDate(first: number, second: number, year: number, monthFirst: boolean): [number, number, number] {
  const swap = monthFirst ? first > 12 : second > 12;
  return monthFirst !== swap ? [year, first, second] : [year, second, first];
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function isCompactDate(digits: string): boolean {
  return digits.length === 8 && findDate(digits) !== undefined;
}

function calendarDate(year: number, month: number, day: number | undefined): string | undefined {
  if (day === undefined) return month >= 1 ? `${year}-${String(month).padStart(2, '0')}` : undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
