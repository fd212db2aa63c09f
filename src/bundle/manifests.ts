export type ManifestAlgorithm = 'md5' | 'sha1' | 'sha256' | 'sha512';

const HEX_DIGITS: Record<ManifestAlgorithm, number> = { md5: 32, sha1: 40, sha256: 64, sha512: 128 };
export const ALGORITHM_NAMES: Record<ManifestAlgorithm, string> = { md5: 'MD5', sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' };

export interface ManifestLine {
  readonly line: number;
  readonly algorithm: ManifestAlgorithm;
  /** Lower case. */
  readonly digest: string;
  /** As written, relative to the manifest's folder. */
  readonly name: string;
}

export interface ManifestProblem {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

export interface ParsedManifest {
  readonly algorithms: readonly ManifestAlgorithm[];
  readonly lines: readonly ManifestLine[];
  readonly problems: readonly ManifestProblem[];
}

/** The algorithm a manifest's name announces (`MD5SUMS`, `docs.sha1`, `sha256sum.txt`); none for combined files. */
export function algorithmOfName(fileName: string): ManifestAlgorithm | undefined {
  const base = fileName.split('/').pop()!.toLowerCase();
  const match = /(?:^|[._-])(md5|sha-?1|sha-?256|sha-?512)(?:sums?)?(?:\.txt)?$|^(md5|sha-?1|sha-?256|sha-?512)/.exec(base);
  const tag = match?.[1] ?? match?.[2];
  return tag === undefined ? undefined : (tag.replace('-', '') as ManifestAlgorithm);
}

const BSD_LINE = /^(MD5|SHA-?1|SHA-?256|SHA-?512)\s*\((.*)\)\s*=\s*([0-9A-Fa-f]*)\s*$/i;
/** GNU coreutils (`<hex>  <name>`, `<hex> *<name>`, a leading `\` escaping the name) and BSD `-r` (`<hex> <name>`). */
const GNU_LINE = /^(\\?)([0-9A-Fa-f]+)(?:\s+\*?|\s\*)(.*)$/;

/**
 * Parses a checksum manifest in any of the forms release tools write: GNU text or binary
 * mode, BSD tagged, one algorithm per file or combined, upper or lower case hex, LF or CRLF.
 * Blank lines and `#` comments are skipped; every other line is an entry or a problem.
 */
export function parseManifest(text: string, fileName: string): ParsedManifest {
  const announced = algorithmOfName(fileName);
  const lines: ManifestLine[] = [];
  const problems: ManifestProblem[] = [];
  text.replace(/^\uFEFF/, '').split('\n').forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/\r$/, '');
    if (content.trim() === '' || content.trimStart().startsWith('#')) return;
    const parsed = parseLine(content.trim(), announced);
    if ('reason' in parsed) problems.push({ line, text: content, reason: parsed.reason });
    else lines.push({ line, ...parsed });
  });
  const algorithms = new Set<ManifestAlgorithm>(announced ? [announced] : []);
  for (const entry of lines) algorithms.add(entry.algorithm);
  return { algorithms: [...algorithms], lines, problems };
}

function parseLine(content: string, announced: ManifestAlgorithm | undefined): Omit<ManifestLine, 'line'> | { reason: string } {
  const bsd = BSD_LINE.exec(content);
  if (bsd) {
    const algorithm = bsd[1]!.toLowerCase().replace('-', '') as ManifestAlgorithm;
    return entry(algorithm, bsd[3]!, bsd[2]!);
  }
  if (/^[0-9A-Fa-f]+$/.test(content)) return { reason: 'it names no file' };
  const gnu = GNU_LINE.exec(content);
  if (!gnu) return { reason: 'it is not a checksum line: expected "<hex digest>  <file name>" or "MD5 (<file name>) = <hex digest>"' };
  const [, escaped, digest, rawName] = gnu as unknown as [string, string, string, string];
  const algorithm = announced ?? algorithmOfLength(digest.length);
  if (!algorithm) return { reason: `its ${digest.length}-digit digest is the length of no MD5, SHA-1, SHA-256 or SHA-512 digest` };
  return entry(algorithm, digest, escaped ? unescapeName(rawName) : rawName);
}

function entry(algorithm: ManifestAlgorithm, digest: string, name: string): Omit<ManifestLine, 'line'> | { reason: string } {
  if (name.trim() === '') return { reason: 'it names no file' };
  if (digest.length !== HEX_DIGITS[algorithm]) {
    return { reason: `its ${ALGORITHM_NAMES[algorithm]} digest has ${digest.length} hex digits instead of ${HEX_DIGITS[algorithm]}` };
  }
  return { algorithm, digest: digest.toLowerCase(), name };
}

function algorithmOfLength(length: number): ManifestAlgorithm | undefined {
  return (Object.keys(HEX_DIGITS) as ManifestAlgorithm[]).find((algorithm) => HEX_DIGITS[algorithm] === length);
}

/** coreutils escapes `\` and newline in names and marks such lines with a leading `\`. */
function unescapeName(name: string): string {
  return name.replace(/\\(\\|n)/g, (_, character: string) => (character === 'n' ? '\n' : '\\'));
}
