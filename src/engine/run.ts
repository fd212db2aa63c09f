import { UsageError } from '../errors.js';
import type { Bundle } from '../model/model.js';
import type { Finding, MessageData, Report, Rule, Severity } from './rule.js';
import type { ResolvedSetting } from './settings.js';

/** The message id of the finding a crashed rule leaves behind. */
export const RULE_CRASHED = 'rule-crashed';

/**
 * Runs every rule that is not off on one bundle. A rule that throws leaves one error finding
 * naming it (its partial findings are dropped: they may be wrong), and the others still run.
 */
export async function runRules(
  bundle: Bundle,
  rules: readonly Rule[],
  settings: ReadonlyMap<string, ResolvedSetting>,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const { severity, options, vocabulary } = settings.get(rule.meta.id) ?? { severity: rule.meta.severity, options: {}, vocabulary: [] };
    if (severity === 'off') continue;
    const reported: Finding[] = [];
    try {
      await rule.check(bundle, { options, vocabulary, report: (report) => reported.push(toFinding(rule, severity, report)) });
      for (const finding of reported) findings.push(finding);
    } catch (error) {
      // The command or the machine failed the run (a parser that cannot start): not the rule's crash.
      if (error instanceof UsageError) throw error;
      findings.push(crashFinding(rule.meta.id, error));
    }
  }
  return sortFindings(findings);
}

function toFinding(rule: Rule, severity: Severity, report: Report<string>): Finding {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`it reported an unknown message id "${report.messageId}"`);
  return {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    severity,
    message: renderMessage(template, report.data ?? {}),
    location: report.location,
  };
}

/** Fills `{{name}}` placeholders; a placeholder without data is a bug in the rule. */
export function renderMessage(template: string, data: MessageData): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    const value = data[key];
    if (value === undefined) throw new Error(`its message "${template}" needs {{${key}}}`);
    return String(value);
  });
}

function crashFinding(ruleId: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId,
    messageId: RULE_CRASHED,
    severity: 'error',
    message: `rule ${ruleId} crashed and checked nothing: ${reason}; this is a bug in bundlelint or the plugin, please report it with the bundle`,
    location: { path: '' },
  };
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: by path, line, severity, rule, message. */
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      compare(a.location.path, b.location.path) ||
      (a.location.line ?? 0) - (b.location.line ?? 0) ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.message, b.message),
  );
}

/** Code-unit order, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
