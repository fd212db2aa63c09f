/** bundlelint's library interface: lint bundles, read one into its model, format reports. */
export { lint, onlyErrors, type BundleResult, type FileSummary, type LintOptions, type LintResult } from './lint.js';
export { loadConfiguration, type Configuration } from './config/load-config.js';
export type { WaivedFinding, Waiver, WaiverSeverities } from './engine/waivers.js';
export { describe, type Description } from './describe.js';
export { formatDescription } from './report/description.js';
export { readBundle, type BundleSession, type ReadOptions } from './scan/read.js';
export type * from './model/model.js';
export type { ArchiveEvent } from './archive/events.js';
export { defaultLimits, type Limits } from './archive/limits.js';
export { defineRule, type Finding, type Location, type Rule, type RuleContext, type RuleMeta, type Severity } from './engine/rule.js';
export { builtinRules } from '../rules/index.js';
export { formatReport, REPORT_FORMATS, type ReportFormat } from './report/format.js';
export { formatHtml } from './report/html.js';
export { formatJson } from './report/json.js';
export { formatSarif } from './report/sarif.js';
export { formatJunit } from './report/junit.js';
export { formatText } from './report/text.js';
export { UsageError } from './errors.js';
