/**
 * A version designation: its numeric nodes (major.minor.patch), and a build number when one
 * is given. `3.2.1.4471`, `3.2.1-4471` and `3.2.1 build 4471` are the same designation; the
 * ESXi suffix of a VIB version (`3.2.1-1OEM.700.1.0.15843807`) is not a build.
 */
export interface Version {
  readonly nodes: readonly number[];
  readonly build: string | undefined;
  /** The text it was read from, for messages. */
  readonly text: string;
}

/** The version nodes a fully qualified designation has at least (SPEC: major.minor.patch). */
export const QUALIFIED_NODES = 3;

/** At least two dot-separated numbers, not glued to a word or another number. */
const VERSION = /(?<![0-9A-Za-z.])v?(\d{1,6}(?:\.\d{1,9}){1,3})(?![0-9]|\.\d)/gi;
/** What may follow the nodes to give a build: `-4471`, `_4471`, `.4471`, ` build 4471`, `b4471`. */
const BUILD = /^(?:[-_. ]?build[-_ ]?|[-_. ]b?)(\d{1,9})(?![0-9A-Za-z])/i;

/** The first version designation in `text` (a file name, an element's text), if any. */
export function findVersion(text: string): Version | undefined {
  for (const match of text.matchAll(VERSION)) {
    const nodes = match[1]!.split('.').map(Number);
    // A fourth node is the build: 3.2.1.4471 is 3.2.1 build 4471.
    const [designation, fourth] = nodes.length > QUALIFIED_NODES ? [nodes.slice(0, QUALIFIED_NODES), String(nodes[QUALIFIED_NODES])] : [nodes, undefined];
    const end = match.index + match[0].length;
    const following = BUILD.exec(text.slice(end));
    const build = fourth ?? (following && !isCompactDate(following[1]!) ? following[1] : undefined);
    const length = match[0].length + (fourth === undefined && build !== undefined ? following![0].length : 0);
    return { nodes: designation, build, text: text.slice(match.index, match.index + length) };
  }
  return undefined;
}

/** `3.2.1 build 4471`, or `3.2.1`. */
export function formatVersion(version: Version): string {
  const nodes = version.nodes.join('.');
  return version.build === undefined ? nodes : `${nodes} build ${version.build}`;
}

/** Same nodes (3.2 equals 3.2.0) and, when both give one, the same build. */
export function sameVersion(a: Version, b: Version): boolean {
  return compareNodes(a, b) === 0 && (a.build === undefined || b.build === undefined || Number(a.build) === Number(b.build));
}

/** Orders by nodes, missing nodes counting as 0. */
export function compareNodes(a: Version, b: Version): number {
  for (let index = 0; index < Math.max(a.nodes.length, b.nodes.length); index += 1) {
    const difference = (a.nodes[index] ?? 0) - (b.nodes[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** Each written form of a date, and how to read year, month and day out of its match. */
const DATE_FORMS: readonly [RegExp, (match: RegExpExecArray) => [number, number, number]][] = [
  // ISO, or written in a file name: 2026-10-15, 2026-10-15T00:00:00, 2026_10_15, 20261015.
  [/(?<!\d)((?:19|20)\d\d)([-_.\/]?)(\d\d)\2(\d\d)(?!\d)/g, (m) => [Number(m[1]), Number(m[3]), Number(m[4])]],
  // US: 10/15/2026.
  [/(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g, (m) => [Number(m[3]), Number(m[1]), Number(m[2])]],
  // European: 15.10.2026.
  [/(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.])/g, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  // October 15, 2026; Oct. 15 2026.
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'gi'), (m) => [Number(m[3]), monthOf(m[1]!), Number(m[2])]],
  // 15 Oct 2026; 15 October, 2026.
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, 'gi'), (m) => [Number(m[3]), monthOf(m[2]!), Number(m[1])]],
];

/**
 * The first calendar date in `text`, as YYYY-MM-DD, in any common written form: ISO
 * (`2026-10-15`), in a file name (`2026_10_15`, `20261015`), US (`10/15/2026`), European
 * (`15.10.2026`), long (`October 15, 2026`, `15 Oct 2026`).
 */
export function findDate(text: string): string | undefined {
  let first: { index: number; date: string } | undefined;
  for (const [pattern, parts] of DATE_FORMS) {
    for (const match of text.matchAll(pattern)) {
      if (first && match.index >= first.index) break;
      const date = calendarDate(...parts(match as RegExpExecArray));
      if (date) {
        first = { index: match.index, date };
        break;
      }
    }
  }
  return first?.date;
}

/** A month named with a year and no day (`July 2026`), as headings of release notes date versions. */
export function hasMonthAndYear(text: string): boolean {
  return new RegExp(`\\b${MONTH}\\s+(?:19|20)\\d\\d\\b`, 'i').test(text);
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function isCompactDate(digits: string): boolean {
  return digits.length === 8 && findDate(digits) !== undefined;
}

function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
