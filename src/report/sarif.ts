import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Rule, Severity, SeveritySetting } from '../engine/rule.js';
import { RULE_CRASHED } from '../engine/run.js';
import type { WaivedFinding } from '../engine/waivers.js';
import type { LintResult } from '../lint.js';
import { toolVersion } from '../package-root.js';
import { findingKind } from '../rule-docs.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface ArtifactRecord {
  location: { uri: string };
  parentIndex?: number;
  length?: number;
  hashes?: Record<string, string>;
  roles?: string[];
}

/**
 * SARIF 2.1.0: one run, every rule of the run with its documentation page as help, each bundle
 * an artifact and each file a finding names an artifact inside its archive (`parentIndex`),
 * waived findings kept with an external suppression and the waiver's reason, each result's
 * message id and placeholder values in its properties. Fingerprints come from the rule, message
 * kind, bundle and path, so a finding keeps its fingerprint when its line or message text moves.
 */
export async function formatSarif(result: LintResult, rules: readonly Rule[]): Promise<string> {
  const descriptors = await Promise.all(result.rules.map(({ id, severity }) => descriptor(id, severity, rules)));
  const ruleIndex = new Map(result.rules.map(({ id }, index) => [id, index]));
  const artifacts: ArtifactRecord[] = [];
  const artifactIndex = new Map<string, number>();
  const artifactOf = (key: string, record: ArtifactRecord) => {
    let index = artifactIndex.get(key);
    if (index === undefined) {
      index = artifacts.push(record) - 1;
      artifactIndex.set(key, index);
    }
    return index;
  };

  const results = result.results.flatMap((bundle, bundleNumber) => {
    const bundleArtifact = artifactOf(`${bundleNumber}`, { location: { uri: bundleUri(bundle.bundle) }, length: bundle.size, ...(bundle.sha256 && { hashes: { 'sha-256': bundle.sha256 } }), roles: ['analysisTarget'] });
    /**
     * The artifact of a path inside the bundle, its enclosing archives first. An artifact is
     * known by its parent's index and its own segment, so the work stays linear in the path
     * even when a hostile name holds thousands of `!/`.
     */
    const inside = (path: string): number => {
      let parent = bundleArtifact;
      for (const segment of path.split('!/')) parent = artifactOf(`${parent}!/${segment}`, { location: { uri: relativeUri(segment) }, parentIndex: parent });
      return parent;
    };
    const seen = new Map<string, number>();
    const all: (Finding | WaivedFinding)[] = [...bundle.findings, ...bundle.waived];
    return all.map((finding) => {
      const index = finding.location.path === '' ? bundleArtifact : inside(finding.location.path);
      const identity = [finding.ruleId, finding.messageId, bundle.bundle, finding.location.path].join('\0');
      const ordinal = seen.get(identity) ?? 0;
      seen.set(identity, ordinal + 1);
      return {
        ruleId: finding.ruleId,
        ...(ruleIndex.has(finding.ruleId) && { ruleIndex: ruleIndex.get(finding.ruleId) }),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: artifacts[index]!.location.uri, index },
              ...(finding.location.line !== undefined && { region: { startLine: finding.location.line } }),
            },
          },
        ],
        partialFingerprints: { 'bundlelint/v1': fingerprint(`${identity}\0${ordinal}`) },
        suppressions: 'waiver' in finding ? [{ kind: 'external', status: 'accepted', justification: `${finding.waiver.name}: ${finding.waiver.reason}` }] : [],
        // For tools that act on a finding's parts rather than parse its text.
        properties: { messageId: finding.messageId, data: finding.data },
      };
    });
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'bundlelint', version: toolVersion, semanticVersion: toolVersion, rules: descriptors } },
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

async function descriptor(id: string, severity: SeveritySetting, rules: readonly Rule[]) {
  const kind = await findingKind(id, rules);
  const level = severity === 'off' ? kind?.rule?.meta.severity ?? 'info' : severity;
  return {
    id,
    ...(kind && { shortDescription: { text: kind.summary } }),
    ...(kind?.page !== undefined && { help: { text: kind.page, markdown: kind.page } }),
    defaultConfiguration: { enabled: severity !== 'off', level: LEVEL[level] },
    properties: { tags: [id.split('/')[0]!] },
  };
}

/** The bundle as a URI reference: a relative path stays relative, an absolute one is a file URL. */
function bundleUri(path: string): string {
  return isAbsolute(path) ? pathToFileURL(path).href : relativeUri(path.replace(/\\/g, '/'));
}

/**
 * A path inside an archive as a relative URI reference: every reserved character is escaped,
 * leading slashes too, so that `//host/x` from a hostile entry names no host.
 */
function relativeUri(path: string): string {
  const slashes = /^\/*/.exec(path)![0];
  return '%2F'.repeat(slashes.length) + path.slice(slashes.length).split('/').map(encodeURIComponent).join('/');
}

function fingerprint(identity: string): string {
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}

