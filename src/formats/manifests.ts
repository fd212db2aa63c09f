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

/** How a manifest writes its lines, as its first entry line shows: what a regenerated manifest keeps. */
export interface ManifestForm {
  /** `<hex>  <name>`, `<hex> *<name>` (GNU binary mode), or `MD5 (<name>) = <hex>`. */
  readonly style: 'gnu' | 'gnu-binary' | 'bsd';
  readonly upperCase: boolean;
  readonly crlf: boolean;
}

export interface ParsedManifest {
  readonly algorithms: readonly ManifestAlgorithm[];
  /** Undefined when it has no entry line. */
  readonly form?: ManifestForm;
  readonly lines: readonly ManifestLine[];
  /** The first problems, up to `MAX_KEPT_PROBLEMS`. */
  readonly problems: readonly ManifestProblem[];
  /** Problems past those kept: how many, and the line of the first. */
  readonly moreProblems?: { readonly count: number; readonly line: number };
  /**
   * Set when the manifest went past what is kept, from the first line not checked on: more entry
   * lines than `maxLines`, or the bundle's manifests together past their `ManifestAllowance`.
   */
  readonly stoppedAt?: { readonly line: number; readonly limit: 'lines' | 'bundle-lines' | 'bundle-names'; readonly max: number };
}

/**
 * What all the manifests of one bundle may keep together, so that many manifests cannot add up
 * to unbounded memory: entry lines (four per file the bundle may hold: MD5, SHA-1, SHA-256 and a
 * nested copy) and characters of file names (ten times what 100,000 real entries take).
 */
export class ManifestAllowance {
  readonly maxLines: number;
  readonly maxNames = 2 ** 25;
  private lines = 0;
  private names = 0;

  constructor(maxEntries: number) {
    this.maxLines = 4 * maxEntries;
  }

  /** Counts one entry; the bundle-wide limit it passes, if it does. */
  take(name: string): 'bundle-lines' | 'bundle-names' | undefined {
    this.lines += 1;
    this.names += name.length;
    return this.lines > this.maxLines ? 'bundle-lines' : this.names > this.maxNames ? 'bundle-names' : undefined;
  }
}

/** Longer lines are problems, and their bytes past this are not kept. */
export const MAX_LINE_BYTES = 64 * 1024;
/** Problems kept per manifest; the rest are counted. */
export const MAX_KEPT_PROBLEMS = 100;

const LF = 0x0a;
const NO_BYTES = Buffer.alloc(0);

/**
 * Parses a checksum manifest as its bytes stream past, in any of the forms release tools write:
 * GNU text or binary mode, BSD tagged, one algorithm per file or combined, upper or lower case
 * hex, LF or CRLF. Blank lines and `#` comments cost nothing kept; every other line is an entry
 * or a problem. Memory stays bounded whatever the input: a line is kept up to `MAX_LINE_BYTES`,
 * at most `maxLines` entries (an archive cannot hold more files than limits.maxEntries, so more
 * lines cannot all be right) within the bundle's `allowance`, and `MAX_KEPT_PROBLEMS` problems.
 */
export class ManifestParser {
  private readonly announced: ManifestAlgorithm | undefined;
  private readonly lines: ManifestLine[] = [];
  private readonly problems: ManifestProblem[] = [];
  private moreProblems: { count: number; line: number } | undefined;
  private stoppedAt: ParsedManifest['stoppedAt'];
  private form: ManifestForm | undefined;
  /** The start of the current line, up to `MAX_LINE_BYTES` and one byte (to tell it was longer). */
  private partial: Buffer[] = [];
  private partialBytes = 0;
  private lineNumber = 1;

  constructor(
    fileName: string,
    private readonly maxLines: number,
    private readonly allowance = new ManifestAllowance(Number.MAX_SAFE_INTEGER / 4),
  ) {
    this.announced = algorithmOfName(fileName);
  }

  write(chunk: Buffer): void {
    let start = 0;
    while (!this.stoppedAt && start < chunk.length) {
      const end = chunk.indexOf(LF, start);
      if (end === -1) {
        this.hold(chunk.subarray(start));
        return;
      }
      // A line wholly inside the chunk is parsed where it lies; only a line split across chunks is copied.
      if (this.partialBytes === 0) this.parseNext(chunk.subarray(start, end));
      else {
        this.hold(chunk.subarray(start, end));
        this.endLine();
      }
      start = end + 1;
    }
  }

  /** The manifest as parsed, once every byte was written. */
  finish(): ParsedManifest {
    if (this.partialBytes > 0) this.endLine();
    const algorithms = new Set<ManifestAlgorithm>(this.announced ? [this.announced] : []);
    for (const entry of this.lines) algorithms.add(entry.algorithm);
    return {
      algorithms: [...algorithms],
      ...(this.form && { form: this.form }),
      lines: this.lines,
      problems: this.problems,
      ...(this.moreProblems && { moreProblems: this.moreProblems }),
      ...(this.stoppedAt && { stoppedAt: this.stoppedAt }),
    };
  }

  private hold(bytes: Buffer): void {
    const room = MAX_LINE_BYTES + 1 - this.partialBytes;
    if (room <= 0 || bytes.length === 0) return;
    const kept = bytes.length > room ? bytes.subarray(0, room) : bytes;
    // A copy: the chunk's buffer may be reused once written.
    this.partial.push(Buffer.from(kept));
    this.partialBytes += kept.length;
  }

  private endLine(): void {
    const bytes = this.partial.length === 1 ? this.partial[0]! : this.partial.length === 0 ? NO_BYTES : Buffer.concat(this.partial, this.partialBytes);
    this.partial = [];
    this.partialBytes = 0;
    this.parseNext(bytes);
  }

  private parseNext(bytes: Buffer): void {
    const line = this.lineNumber;
    this.lineNumber += 1;
    this.parse(line, bytes);
  }

  private parse(line: number, bytes: Buffer): void {
    if (bytes.length > MAX_LINE_BYTES) return this.problem(line, bytes, `it is longer than ${MAX_LINE_BYTES} bytes`);
    let content = bytes.toString('utf8');
    if (line === 1) content = content.replace(/^\uFEFF/, '');
    const crlf = content.endsWith('\r');
    content = content.replace(/\r$/, '');
    if (content.trim() === '' || content.trimStart().startsWith('#')) return;
    if (BINARY.test(content)) return this.problem(line, bytes, 'it holds a NUL byte or other control characters, so it is binary data, not text');
    const parsed = parseLine(content.trim(), this.announced);
    if ('reason' in parsed) return this.problem(line, bytes, parsed.reason);
    if (this.lines.length >= this.maxLines) {
      this.stoppedAt = { line, limit: 'lines', max: this.maxLines };
      return;
    }
    const passed = this.allowance.take(parsed.name);
    if (passed) {
      this.stoppedAt = { line, limit: passed, max: passed === 'bundle-lines' ? this.allowance.maxLines : this.allowance.maxNames };
      return;
    }
    this.form ??= formOf(content.trim(), crlf);
    this.lines.push({ line, ...parsed });
  }

  private problem(line: number, bytes: Buffer, reason: string): void {
    if (this.problems.length < MAX_KEPT_PROBLEMS) {
      this.problems.push({ line, text: bytes.toString('utf8', 0, Math.min(bytes.length, PROBLEM_TEXT_BYTES)).replace(/\r$/, ''), reason });
    } else if (this.moreProblems) this.moreProblems.count += 1;
    else this.moreProblems = { count: 1, line };
  }
}

/** What a problem keeps of its line. */
const PROBLEM_TEXT_BYTES = 200;
/** C0 controls but tab (a CR only ends a line), and DEL. */
const BINARY = /[\u0000-\u0008\u000A-\u001F\u007F]/;

/** Parses a whole manifest held in memory (see `ManifestParser`); every entry line is kept. */
export function parseManifest(text: string, fileName: string): ParsedManifest {
  const parser = new ManifestParser(fileName, Number.MAX_SAFE_INTEGER);
  parser.write(Buffer.from(text, 'utf8'));
  return parser.finish();
}

/** The algorithm a manifest's name announces (`MD5SUMS`, `docs.sha1`, `sha256sum.txt`); none for combined files. */
export function algorithmOfName(fileName: string): ManifestAlgorithm | undefined {
  const base = fileName.split('/').pop()!.toLowerCase();
  const match = /(?:^|[._-])(md5|sha-?1|sha-?256|sha-?512)(?:sums?)?(?:\.txt)?$|^(md5|sha-?1|sha-?256|sha-?512)/.exec(base);
  const tag = match?.[1] ?? match?.[2];
  return tag === undefined ? undefined : (tag.replace('-', '') as ManifestAlgorithm);
}

/** Lines come trimmed: no blanks after the digest (two runs of them around it were split every way before a stray character). */
const BSD_LINE = /^(MD5|SHA-?1|SHA-?256|SHA-?512)\s*\((.*)\)\s*=\s*([0-9A-Fa-f]*)$/i;
/**
 * GNU coreutils (`<hex>  <name>`, `<hex> *<name>`, a leading `\` escaping the name) and BSD `-r` (`<hex> <name>`). The name is
 * anything up to the line's end: with `.`, which stops at U+2028 where `\s` does not, each shorter run of white space would be
 * retried over the rest of a long line.
 */
const GNU_LINE = /^(\\?)([0-9A-Fa-f]+)(?:\s+\*?|\s\*)([^\n]*)$/;

function formOf(content: string, crlf: boolean): ManifestForm {
  const bsd = BSD_LINE.exec(content);
  const digest = bsd ? bsd[3]! : GNU_LINE.exec(content)![2]!;
  const style = bsd ? 'bsd' : /^\\?[0-9A-Fa-f]+ \*/.test(content) ? 'gnu-binary' : 'gnu';
  return { style, upperCase: /[A-F]/.test(digest), crlf };
}

/** One manifest line in `form` (without its line end); a name holding a backslash or a newline is escaped as coreutils does. */
export function formatManifestLine(form: ManifestForm, algorithm: ManifestAlgorithm, digest: string, name: string): string {
  const hex = form.upperCase ? digest.toUpperCase() : digest.toLowerCase();
  if (form.style === 'bsd') return `${BSD_TAGS[algorithm]} (${name}) = ${hex}`;
  const escaped = /[\\\n]/.test(name);
  const written = escaped ? name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n') : name;
  return `${escaped ? '\\' : ''}${hex} ${form.style === 'gnu-binary' ? '*' : ' '}${written}`;
}

/** The tags BSD tools write (`md5 -r`, `shasum --tag`). */
const BSD_TAGS: Record<ManifestAlgorithm, string> = { md5: 'MD5', sha1: 'SHA1', sha256: 'SHA256', sha512: 'SHA512' };

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
