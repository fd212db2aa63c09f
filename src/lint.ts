import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { builtinRules } from '../rules/index.js';
import { defaultLimits, type Limits } from './archive/limits.js';
import { removeTempDirectory } from './archive/temp.js';
import { runMemory, type RunMemory } from './scan/content.js';
import type { Bundle, DigestName, Digests, EarlierRelease, LandingPage, PartnerConfiguration } from './model/model.js';
import { compareReleases, DIFF_DIGEST, releaseSnapshot, type ReleaseDiff, type ReleaseSnapshot } from './model/release-diff.js';
import { readBundle } from './scan/read.js';
import type { LinkCheckOptions } from './scan/links.js';
import { documentSandbox } from './documents/sandbox.js';
import type { Finding, Rule, RuleSetting, SeveritySetting } from './engine/rule.js';
import { runRules, sortFindings } from './engine/run.js';
import { resolveSettings } from './engine/settings.js';
import { applyWaivers, defaultWaiverSeverities, WAIVER_RULES, type WaivedFinding, type Waiver, type WaiverSeverities } from './engine/waivers.js';
import { UsageError } from './errors.js';
import { topicCoverage, type TopicCoverage } from '../rules/kit/topics.js';

export interface LintOptions {
  /** Rules to run; the built-in set by default. */
  readonly rules?: readonly Rule[];
  /** Severities and options by rule id (`--rule id=severity`; options from configuration). */
  readonly settings?: Readonly<Record<string, RuleSetting>>;
  /** Headings added to rules' topics, by rule id (`vocabulary` in configuration). */
  readonly vocabulary?: Readonly<Record<string, readonly string[]>>;
  readonly limits?: Partial<Limits>;
  /** Findings accepted on purpose; each bundle's findings are matched against them. */
  readonly waivers?: readonly Waiver[];
  /** Severities of the findings about waivers themselves (unused, expired). */
  readonly waiverSeverities?: WaiverSeverities;
  /** The date treated as today; the real date by default. */
  readonly now?: Date;
  /** Earlier released bundles of the same product. */
  readonly previous?: readonly string[];
  /** Who the partner is, on top of what each bundle says (`partner` in configuration). */
  readonly partner?: PartnerConfiguration;
  /** Bundles read at once; the number of cores by default. Results come in the order of `paths` whatever it is. */
  readonly jobs?: number;
  /** Whether each result lists the bundle's files, each with its MD5 and SHA-1, and gives the bundle's own (for the HTML report). */
  readonly files?: boolean;
  /** Whether each result maps the topics the rules that ran require to the sections covering them (for the HTML report). */
  readonly topics?: boolean;
  /** What the bundles read at once may hold in memory together; the defaults of `runMemory()` unless given (for tests and embedders). */
  readonly memory?: RunMemory;
  /** The partner's landing page for the release (`--landing-page`): a saved HTML file or an http(s) address, read once for the run. */
  readonly landingPage?: string;
  /**
   * With it (`--check-links`), the partner addresses the documents give are fetched, once each for
   * the run, before rules run; without it, nothing opens a connection.
   */
  readonly checkLinks?: LinkCheckOptions;
  /** Called as bundles are read: bytes of the bundle file read so far, and the file being read. */
  readonly onProgress?: (progress: Progress) => void;
}

export interface Progress {
  readonly bundle: string;
  readonly done: number;
  readonly total: number;
  /** The file being read, at any depth (`a.zip!/b.vib`); undefined once the bundle is finished. */
  readonly entry: string | undefined;
}

export interface BundleResult {
  /** The path as given. */
  readonly bundle: string;
  readonly size: number;
  /** Empty when limits.maxSeconds stopped reading before the bundle's end: then it is not known. */
  readonly sha256: string;
  /** The findings reported, in stable order. */
  readonly findings: readonly Finding[];
  /** The findings a waiver covers: not counted, shown as suppressed by the JSON, SARIF and HTML reports. */
  readonly waived: readonly WaivedFinding[];
  /** Every file at every depth, when `files` was asked for. */
  readonly files?: readonly FileSummary[];
  /** The bundle's own MD5 and SHA-1 (the landing page's), when `files` was asked for. */
  readonly digests?: Digests;
  /** The coverage map, when `topics` was asked for. */
  readonly topics?: readonly TopicCoverage[];
  /** What changed since each `previous` bundle, when `files` was asked for. */
  readonly changes?: readonly ReleaseDiff[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
}

export interface FileSummary {
  readonly path: string;
  readonly size: number;
  readonly directory: boolean;
  readonly digests: Digests;
}

export interface LintResult {
  /** The rules the run had, in order, each with its severity or `off`. */
  readonly rules: readonly { readonly id: string; readonly severity: SeveritySetting }[];
  readonly results: readonly BundleResult[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
}

/**
 * Lints bundles, `jobs` at a time. Rejects with a UsageError before reading anything when the
 * request itself is wrong; a broken or hostile bundle is never an error, only findings.
 */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const rules = options.rules ?? builtinRules;
  const settings = resolveSettings(rules, options.settings ?? {}, options.vocabulary);
  const limits = checkLimits({ ...defaultLimits, ...options.limits });
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isSafeInteger(jobs) || jobs < 1) throw new UsageError(`jobs must be a positive whole number, not ${jobs}`);
  await Promise.all([...paths, ...(options.previous ?? [])].map(requireFile));
  const digests: DigestName[] = [...rules.flatMap((rule) => rule.meta.digests ?? []), ...(options.files ? (['md5', 'sha1'] as const) : [])];
  const waivers = options.waivers ?? [];
  const waiverSeverities = options.waiverSeverities ?? defaultWaiverSeverities;
  try {
    // One allowance for the whole run, shared by the bundles read at once: --jobs does not multiply it.
    const memory = options.memory ?? runMemory();
    const previous: EarlierRelease[] = [];
    const snapshots: ReleaseSnapshot[] = [];
    for (const path of options.previous ?? []) {
      const read = await readPrevious(path, limits, memory, options.files === true);
      previous.push(read.release);
      if (read.snapshot) snapshots.push(read.snapshot);
    }
    const landingPage = await landingPageAt(options.landingPage);
    const context = { now: options.now ?? new Date(), previous, ...(landingPage && { landingPage }), ...(options.partner && { partner: options.partner }) };
    const checker = options.checkLinks && (await import('./scan/links.js')).linkChecker(options.checkLinks);
    // The landing page gives the bundle file's MD5 and SHA-1, which the HTML report shows too.
    const bundleDigests: DigestName[] | undefined = options.files || landingPage ? ['md5', 'sha1', 'sha256'] : undefined;
    const lintOne = async (path: string): Promise<BundleResult> => {
      const onProgress = options.onProgress && ((done: number, total: number, entry: string | undefined) => options.onProgress!({ bundle: path, done, total, entry }));
      documentSandbox.prewarm(limits.maxParseMemory);
      const session = await readBundle(path, { limits, digests, context, onProgress, memory, bundleDigests, linkChecker: checker });
      try {
        // Addresses are fetched here, before rules, which only read what they answered.
        await session.bundle.linkChecks();
        const { findings, waived } = applyWaivers(path, await runRules(session.bundle, rules, settings), waivers, context.now, waiverSeverities);
        const changes = snapshots.length === 0 ? undefined : await releaseSnapshot(session.bundle).then((current) => snapshots.map((earlier) => compareReleases(current, earlier)));
        return {
          ...resultFor(session.bundle, sortFindings(findings), waived),
          ...(options.files && { files: fileSummaries(session.bundle), digests: session.bundle.digests }),
          ...(changes && { changes }),
          ...(options.topics && { topics: await coverageMap(session.bundle, rules.filter((rule) => settings.has(rule.meta.id)), options.vocabulary ?? {}) }),
        };
      } finally {
        await session.close();
        onProgress?.(session.bundle.size, session.bundle.size, undefined);
      }
    };
    const results = await inTurn(paths, jobs, lintOne);
    const ran = [...settings].map(([id, setting]) => ({ id, severity: setting.severity }));
    if (waivers.length > 0) ran.push({ id: WAIVER_RULES.unused, severity: waiverSeverities.unused }, { id: WAIVER_RULES.expired, severity: waiverSeverities.expired });
    return { rules: ran, results, ...count(results.flatMap((result) => result.findings)) };
  } finally {
    removeTempDirectory();
  }
}

/**
 * `work` applied to every item, at most `jobs` at once, results in the items' order. Once one
 * fails (the temp dir cannot be written), no more are started: the run is ending.
 */
async function inTurn<T, R>(items: readonly T[], jobs: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const index = next++;
      results[index] = await work(items[index]!).catch((error: unknown) => {
        failed = true;
        throw error;
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
  return results;
}

/**
 * The signature an earlier released bundle carries, read without digests; with `compared`, also
 * the snapshot its files are compared by (their digests read too).
 */
async function readPrevious(path: string, limits: Limits, memory: RunMemory, compared: boolean): Promise<{ release: EarlierRelease; snapshot: ReleaseSnapshot | undefined }> {
  const context = { now: new Date(), previous: [] };
  const session = await readBundle(path, compared ? { limits, context, digests: [DIFF_DIGEST], memory } : { limits, context, metadataOnly: true, memory });
  try {
    const { version, date } = (await session.bundle.release()).current;
    return { release: { kind: 'previous-bundle', from: path, version, date }, snapshot: compared ? await releaseSnapshot(session.bundle) : undefined };
  } finally {
    await session.close();
  }
}

function resultFor(bundle: Bundle, findings: readonly Finding[], waived: readonly WaivedFinding[]): BundleResult {
  return { bundle: bundle.path, size: bundle.size, sha256: bundle.digests.sha256 ?? '', findings, waived, ...count(findings) };
}

function fileSummaries(bundle: Bundle): FileSummary[] {
  return bundle.files.map((file) => ({ path: file.path, size: file.size, directory: file.directory, digests: file.digests ?? {} }));
}

/** Keeps only error findings, with counts to match (`--quiet`); waived ones go. */
export function onlyErrors(result: LintResult): LintResult {
  const results = result.results.map((bundle) => {
    const findings = bundle.findings.filter((finding) => finding.severity === 'error');
    return { ...bundle, findings, waived: [], ...count(findings) };
  });
  return { rules: result.rules, results, ...count(results.flatMap((bundle) => bundle.findings)) };
}

export function count(findings: readonly Finding[]): { errorCount: number; warningCount: number; infoCount: number } {
  const of = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
  return { errorCount: of('error'), warningCount: of('warning'), infoCount: of('info') };
}

function checkLimits(limits: Limits): Limits {
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value < 1) throw new UsageError(`limit ${name} must be a positive whole number, not ${value}`);
  }
  return limits;
}

/**
 * The landing page given (`--landing-page`), read once for the run; undefined without one. What fetches addresses
 * (Node's HTTP, HTTPS, TLS and DNS modules) loads only then.
 */
export async function landingPageAt(source: string | undefined): Promise<LandingPage | undefined> {
  return source === undefined ? undefined : (await import('./scan/landing-page.js')).readLandingPage(source);
}

/** A usage error unless `path` is an existing file. */
export async function requireFile(path: string): Promise<void> {
  const problem = await bundlePathProblem(path);
  if (problem !== undefined) throw new UsageError(problem);
}

/** Why `path` cannot be linted (`x.zip: no such file`), or undefined when it is a file this process can open. */
export async function bundlePathProblem(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return `${path}: no such file`;
  if (!info.isFile()) return `${path}: not a file`;
  return open(path, 'r').then(
    async (handle) => void (await handle.close()),
    (error: NodeJS.ErrnoException) => `${path}: cannot be opened (${error.code ?? error.message})`,
  );
}

/** Each topic rule's topic judged on the bundle, as the rule judges it (the judgement is shared, so this costs nothing after the rules ran). */
export function coverageMap(bundle: Bundle, rules: readonly Rule[], vocabulary: Readonly<Record<string, readonly string[]>>): Promise<TopicCoverage[]> {
  return Promise.all(rules.flatMap((rule) => (rule.meta.topic ? [topicCoverage(bundle, rule.meta.id, rule.meta.topic, vocabulary[rule.meta.id])] : [])));
}
