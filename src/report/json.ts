import type { LintResult } from '../lint.js';
import { toolVersion } from '../package-root.js';

/** The JSON report of SPEC section 1; `schema/report.schema.json` describes it. */
export function formatJson(result: LintResult): string {
  const report = {
    tool: { name: 'bundlelint', version: toolVersion },
    results: result.results.map((bundle) => ({
      bundle: bundle.bundle,
      size: bundle.size,
      sha256: bundle.sha256,
      findings: bundle.findings.map(({ ruleId, severity, message, location }) => ({
        ruleId,
        severity,
        message,
        location: location.line === undefined ? { path: location.path } : { path: location.path, line: location.line },
      })),
      errorCount: bundle.errorCount,
      warningCount: bundle.warningCount,
    })),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
