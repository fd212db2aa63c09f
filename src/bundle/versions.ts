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

/**
 * The first calendar date in `text`, as YYYY-MM-DD: ISO (`2026-10-15`, `2026-10-15T00:00:00`),
 * or written in a file name (`2026_10_15`, `20261015`).
 */
export function findDate(text: string): string | undefined {
  for (const match of text.matchAll(/(?<!\d)((?:19|20)\d\d)([-_.]?)(\d\d)\2(\d\d)(?!\d)/g)) {
    const date = calendarDate(Number(match[1]), Number(match[3]), Number(match[4]));
    if (date) return date;
  }
  return undefined;
}

function isCompactDate(digits: string): boolean {
  return digits.length === 8 && findDate(digits) !== undefined;
}

function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
