import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Rule, Severity, SeveritySetting } from '../engine/rule.js';
import { WAIVER_RULES, type WaivedFinding } from '../engine/waivers.js';
import type { LintResult } from '../lint.js';
import { toolVersion } from '../package-root.js';
import { ruleDocs } from '../rule-docs.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** What the findings about waivers say of themselves, for tools that show a rule's help. */
const WAIVER_HELP: Record<string, string> = {
  [WAIVER_RULES.unused]: 'A waiver of the configuration matched no finding of the bundle: it waives nothing, and would hide a new finding that happened to match it. Remove it, or correct its rule or path.',
  [WAIVER_RULES.expired]: "A waiver of the configuration is past its `expires` date: the findings it covered are reported again. Fix them, or renew the waiver if its reason still holds.",
};

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
 * waived findings kept with an external suppression and the waiver's reason. Fingerprints come
 * from the rule, message kind, bundle and path, so a finding keeps its fingerprint when its line
 * or message text moves.
 */
export async function formatSarif(result: LintResult, rules: readonly Rule[]): Promise<string> {
  const descriptors = await Promise.all(result.rules.map(({ id, severity }) => descriptor(id, severity, rules.find((rule) => rule.meta.id === id))));
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
    const bundleArtifact = artifactOf(`${bundleNumber}`, { location: { uri: bundleUri(bundle.bundle) }, length: bundle.size, hashes: { 'sha-256': bundle.sha256 }, roles: ['analysisTarget'] });
    /** The artifact of a path inside the bundle, its enclosing archives first. */
    const inside = (path: string): number =>
      path.split('!/').reduce((parent, segment, depth, segments) => {
        const key = `${bundleNumber}!/${segments.slice(0, depth + 1).join('!/')}`;
        return artifactOf(key, { location: { uri: relativeUri(segment) }, parentIndex: parent });
      }, bundleArtifact);
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
      };
    });
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'bundlelint', version: toolVersion, semanticVersion: toolVersion, rules: descriptors } },
        invocations: [{ executionSuccessful: true }],
        artifacts,
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

async function descriptor(id: string, severity: SeveritySetting, rule: Rule | undefined) {
  const help = rule ? await ruleDocs(rule) : WAIVER_HELP[id];
  const level = severity === 'off' ? rule?.meta.severity ?? 'info' : severity;
  return {
    id,
    shortDescription: { text: rule?.meta.summary ?? help!.split('.')[0]! },
    ...(help !== undefined && { help: { text: help, markdown: help } }),
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

