import type { Severity } from '../engine/rule.js';
import type { LintResult } from '../lint.js';
import { fingerprints } from './fingerprint.js';
import { annotatedFile } from './repository-path.js';
import { messageWithPlace } from './text.js';

/** GitLab's scale (info, minor, major, critical, blocker), as ESLint's GitLab formatters map theirs. */
const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab Code Quality (`artifacts:reports:codequality`): a JSON array, one issue per finding
 * (waived ones are left out), located at the bundle file as the repository holds it, with the
 * path inside the bundle in the description and the fingerprint SARIF gives it (fingerprint.ts),
 * so an issue is the same issue in the next release.
 */
export function formatGitlab(result: LintResult, cwd: string): string {
  const issues = result.results.flatMap((bundle) => {
    const path = annotatedFile(bundle.bundle, cwd);
    const prints = fingerprints(bundle.bundle, bundle.findings);
    return bundle.findings.map((finding, index) => ({
      description: messageWithPlace(finding),
      check_name: finding.ruleId,
      fingerprint: prints[index]!,
      severity: SEVERITY[finding.severity],
      location: { path, lines: { begin: 1 } },
    }));
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
