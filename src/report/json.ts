import type { Finding } from '../engine/rule.js';
import { sortFindings } from '../engine/run.js';
import type { WaivedFinding } from '../engine/waivers.js';
import type { LintResult } from '../lint.js';
import { toolVersion } from '../package-root.js';
import type { JsonReport } from './report-schema.js';

/** A finding as the report writes it; annotating the findings with it makes a key the schema lacks a compile error. */
type JsonFinding = JsonReport['results'][number]['findings'][number];

/**
 * The JSON report of SPEC section 1, typed by its schema (`reportSchema`). Waived findings are
 * listed among the others with `suppressed` (the waiver and its reason) and not counted.
 * SPEC section 1 fixes this shape, so a finding's message id and template data stay out of it
 * (the output is byte for byte what it was before findings carried them); SARIF and `lint()`
 * give them. A finding that says what the rule read to decide (the section closest to a topic
 * judged absent) gives it as `data`, the one key added to that shape.
 */
export function formatJson(result: LintResult): string {
  const report: JsonReport = {
    tool: { name: 'bundlelint', version: toolVersion },
    results: result.results.map((bundle) => ({
      bundle: bundle.bundle,
      size: bundle.size,
      sha256: bundle.sha256,
      findings: sortFindings<Finding | WaivedFinding>([...bundle.findings, ...bundle.waived]).map((finding): JsonFinding => ({
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        location: finding.location.line === undefined ? { path: finding.location.path } : { path: finding.location.path, line: finding.location.line },
        ...(finding.evidence && { data: finding.evidence }),
        ...('waiver' in finding && { suppressed: { waiver: finding.waiver.name, reason: finding.waiver.reason } }),
      })),
      errorCount: bundle.errorCount,
      warningCount: bundle.warningCount,
    })),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
