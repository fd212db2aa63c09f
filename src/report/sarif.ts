import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import type { Finding, Rule, Severity, SeveritySetting } from '../engine/rule.js';
import { RULE_CRASHED } from '../engine/run.js';
import type { WaivedFinding } from '../engine/waivers.js';
import type { LintResult } from '../lint.js';
import { toolHomepage, toolVersion } from '../package-root.js';
import { findingKind } from '../rule-docs.js';
import { fingerprints } from './fingerprint.js';
import { repositoryPath } from './repository-path.js';
import { messageWithPlace } from './text.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifPlace {
  /** The folder bundle paths are made relative to (`%SRCROOT%`, the repository checkout in CI); default the working directory. */
  readonly cwd?: string;
  /** The package's homepage (default: package.json's); with it each built-in rule gets a `helpUri`. */
  readonly homepage?: string;
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, every rule of the run with a name,
 * descriptions and its documentation page as help; each bundle an artifact, located where the
 * command line named it (relative to the working directory, under `%SRCROOT%`), since GitHub
 * reads only `artifactLocation.uri` and a file inside the bundle is no file of the repository.
 * The path inside the bundle is in the message and in `logicalLocations`; the fingerprint
 * (`primaryLocationLineHash`, see fingerprint.ts) is the same for a finding in the next release.
 * Waived findings stay, with an external suppression and the waiver's reason; each result's
 * message id and placeholder values are in its properties.
 */
export async function formatSarif(result: LintResult, rules: readonly Rule[], place: SarifPlace = {}): Promise<string> {
  const cwd = place.cwd ?? process.cwd();
  const homepage = 'homepage' in place ? place.homepage : toolHomepage;
  const descriptors = await Promise.all(result.rules.map(({ id, severity }) => descriptor(id, severity, rules, homepage)));
  const ruleIndex = new Map(result.rules.map(({ id }, index) => [id, index]));
  const artifacts = result.results.map((bundle) => ({
    location: bundleLocation(bundle.bundle, cwd),
    length: bundle.size,
    ...(bundle.sha256 && { hashes: { 'sha-256': bundle.sha256 } }),
    roles: ['analysisTarget'],
  }));

  const results = result.results.flatMap((bundle, index) => {
    const all: (Finding | WaivedFinding)[] = [...bundle.findings, ...bundle.waived];
    const prints = fingerprints(bundle.bundle, all);
    return all.map((finding, number) => ({
      ruleId: finding.ruleId,
      ...(ruleIndex.has(finding.ruleId) && { ruleIndex: ruleIndex.get(finding.ruleId) }),
      level: LEVEL[finding.severity],
      message: { text: messageWithPlace(finding) },
      locations: [
        {
          // GitHub requires a start line; a zip has none, so the alert sits on the file's first line.
          physicalLocation: { artifactLocation: { ...artifacts[index]!.location, index }, region: { startLine: 1 } },
          ...(finding.location.path !== '' && { logicalLocations: [{ fullyQualifiedName: finding.location.path, kind: 'resource' }] }),
        },
      ],
      partialFingerprints: { primaryLocationLineHash: prints[number]! },
      suppressions: 'waiver' in finding ? [{ kind: 'external', status: 'accepted', justification: `${finding.waiver.name}: ${finding.waiver.reason}` }] : [],
      // For tools that act on a finding's parts rather than parse its text.
      properties: { messageId: finding.messageId, data: finding.data, ...(finding.location.line !== undefined && { line: finding.location.line }) },
    }));
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'bundlelint', version: toolVersion, semanticVersion: toolVersion, ...(homepage && { informationUri: homepage }), rules: descriptors } },
        // GitHub's category is what comes before the last slash: one per tool, whatever the bundles.
        automationDetails: { id: 'bundlelint/' },
        invocations: [invocation(result, ruleIndex)],
        artifacts,
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A rule that crashed makes the run unsuccessful, with one notification per crash (its finding stays a result too). */
function invocation(result: LintResult, ruleIndex: ReadonlyMap<string, number>) {
  const crashes = result.results.flatMap((bundle) => bundle.findings.filter((finding) => finding.messageId === RULE_CRASHED));
  if (crashes.length === 0) return { executionSuccessful: true };
  return {
    executionSuccessful: false,
    toolExecutionNotifications: crashes.map((finding) => ({ level: 'error', message: { text: finding.message }, associatedRule: { id: finding.ruleId, index: ruleIndex.get(finding.ruleId) } })),
  };
}

async function descriptor(id: string, severity: SeveritySetting, rules: readonly Rule[], homepage: string | undefined) {
  const kind = await findingKind(id, rules);
  const level = severity === 'off' ? kind?.rule?.meta.severity ?? 'info' : severity;
  const full = kind?.page === undefined ? undefined : firstParagraph(kind.page, 'What it checks');
  return {
    id,
    name: ruleName(id),
    ...(kind && { shortDescription: { text: kind.summary }, fullDescription: { text: full ?? kind.summary } }),
    ...(kind?.page !== undefined && { help: { text: kind.page, markdown: kind.page } }),
    ...(kind?.rule && builtinRules.includes(kind.rule) && homepage && { helpUri: rulePageUrl(homepage, id) }),
    defaultConfiguration: { enabled: severity !== 'off', level: LEVEL[level] },
    properties: { tags: [id.split('/')[0]!] },
  };
}

/** `ArchiveBomb` for `archive/bomb`: the identifier-like name SARIF suggests for a rule. */
export function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** The first paragraph under a page's `## <heading>`, on one line. */
function firstParagraph(page: string, heading: string): string | undefined {
  const start = page.indexOf(`\n## ${heading}\n`);
  if (start < 0) return undefined;
  const paragraph = page.slice(start + heading.length + 5).trimStart().split(/\n\s*\n/)[0]!;
  return paragraph.startsWith('#') ? undefined : paragraph.replace(/\s*\n\s*/g, ' ').trim();
}

/** A rule's page in the repository the homepage names (GitHub: on its default branch), else under the homepage. */
export function rulePageUrl(homepage: string, id: string): string {
  const base = homepage.replace(/#.*$/, '').replace(/\/+$/, '');
  return /^https:\/\/github\.com\/[^/]+\/[^/]+$/.test(base) ? `${base}/blob/HEAD/rules/${id}.md` : `${base}/rules/${id}.md`;
}

/** Where the bundle is, as GitHub resolves it: under `%SRCROOT%`; a bundle outside it keeps its absolute file URL. */
function bundleLocation(bundle: string, cwd: string): { uri: string; uriBaseId?: string } {
  const path = repositoryPath(bundle, cwd);
  if (path === undefined) return { uri: pathToFileURL(resolve(cwd, bundle)).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
