import { stat } from 'node:fs/promises';
import { builtinRules } from '../rules/index.js';
import { defaultLimits, type Limits } from './archive/limits.js';
import { removeTempDirectory } from './archive/temp.js';
import type { Bundle, EarlierRelease } from './bundle/model.js';
import { readBundle } from './bundle/read.js';
import type { Finding, Rule, RuleSetting } from './engine/rule.js';
import { runRules } from './engine/run.js';
import { resolveSettings } from './engine/settings.js';
import { UsageError } from './errors.js';

export interface LintOptions {
  /** Rules to run; the built-in set by default. */
  readonly rules?: readonly Rule[];
  /** Severities and options by rule id (`--rule id=severity`; options from configuration). */
  readonly settings?: Readonly<Record<string, RuleSetting>>;
  /** Headings added to rules' topics, by rule id (`vocabulary` in configuration). */
  readonly vocabulary?: Readonly<Record<string, readonly string[]>>;
  readonly limits?: Partial<Limits>;
  /** The date treated as today; the real date by default. */
  readonly now?: Date;
  /** Earlier released bundles of the same product. */
  readonly previous?: readonly string[];
}

export interface BundleResult {
  /** The path as given. */
  readonly bundle: string;
  readonly size: number;
  readonly sha256: string;
  readonly findings: readonly Finding[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
}

export interface LintResult {
  readonly results: readonly BundleResult[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
}

/**
 * Lints bundles one after the other. Rejects with a UsageError before reading anything when
 * the request itself is wrong; a broken or hostile bundle is never an error, only findings.
 */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const rules = options.rules ?? builtinRules;
  const settings = resolveSettings(rules, options.settings ?? {}, options.vocabulary);
  const limits = checkLimits({ ...defaultLimits, ...options.limits });
  await Promise.all([...paths, ...(options.previous ?? [])].map(requireFile));
  const digests = rules.flatMap((rule) => rule.meta.digests ?? []);
  const results: BundleResult[] = [];
  try {
    const previous: EarlierRelease[] = [];
    for (const path of options.previous ?? []) previous.push(await readPrevious(path, limits));
    const context = { now: options.now ?? new Date(), previous };
    for (const path of paths) {
      const session = await readBundle(path, { limits, digests, context });
      try {
        results.push(resultFor(session.bundle, await runRules(session.bundle, rules, settings)));
      } finally {
        await session.close();
      }
    }
  } finally {
    removeTempDirectory();
  }
  return { results, ...count(results.flatMap((result) => result.findings)) };
}

/** The signature an earlier released bundle carries, read without digests. */
async function readPrevious(path: string, limits: Limits): Promise<EarlierRelease> {
  const session = await readBundle(path, { limits, context: { now: new Date(), previous: [] }, metadataOnly: true });
  try {
    const { version, date } = (await session.bundle.release()).current;
    return { kind: 'previous-bundle', from: path, version, date };
  } finally {
    await session.close();
  }
}

function resultFor(bundle: Bundle, findings: readonly Finding[]): BundleResult {
  return { bundle: bundle.path, size: bundle.size, sha256: bundle.digests.sha256!, findings, ...count(findings) };
}

/** Keeps only error findings, with counts to match (`--quiet`). */
export function onlyErrors(result: LintResult): LintResult {
  const results = result.results.map((bundle) => {
    const findings = bundle.findings.filter((finding) => finding.severity === 'error');
    return { ...bundle, findings, ...count(findings) };
  });
  return { results, ...count(results.flatMap((bundle) => bundle.findings)) };
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

async function requireFile(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UsageError(`${path}: no such file`);
  if (!info.isFile()) throw new UsageError(`${path}: not a file`);
}
