import { UsageError } from '../errors.js';
import type { Bundle } from '../model/model.js';
import type { MessageData, MessageValue, Placeholders, Templates } from './messages.js';
import type { Evidence, Finding, Location, Report, Rule, RunTopic, Severity } from './rule.js';
import type { ResolvedSetting } from './settings.js';

/** The message id of the finding a crashed rule leaves behind. */
export const RULE_CRASHED = 'rule-crashed';

const CRASH_MESSAGES = {
  [RULE_CRASHED]: 'rule {{rule}} crashed and checked nothing: {{reason}}; this is a bug in bundlelint or the plugin, please report it with the bundle',
} as const;

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
  const settingOf = (rule: Rule) => settings.get(rule.meta.id) ?? { severity: rule.meta.severity, options: {}, vocabulary: [] };
  const running = rules.flatMap((rule) => {
    const { severity, options, vocabulary } = settingOf(rule);
    return severity === 'off' ? [] : [{ rule, severity, options, vocabulary }];
  });
  const topics: RunTopic[] = running.flatMap(({ rule, vocabulary }) => (rule.meta.topic ? [{ topic: rule.meta.topic, vocabulary }] : []));
  for (const { rule, severity, options, vocabulary } of running) {
    const reported: Finding[] = [];
    try {
      await rule.check(bundle, { options, vocabulary, topics, report: (report) => reported.push(toFinding(rule, severity, report)) });
      for (const finding of reported) findings.push(finding);
    } catch (error) {
      // The command or the machine failed the run (a parser that cannot start): not the rule's crash.
      if (error instanceof UsageError) throw error;
      findings.push(crashFinding(rule.meta.id, error));
    }
  }
  return sortFindings(findings);
}

function toFinding(rule: Rule, severity: Severity, report: { readonly messageId: string; readonly location: Location; readonly data?: MessageData; readonly evidence?: Evidence }): Finding {
  if (rule.meta.messages[report.messageId] === undefined) throw new Error(`it reported an unknown message id "${report.messageId}"`);
  return findingOf(rule.meta.messages, rule.meta.id, rule.meta.informational?.includes(report.messageId) ? 'info' : severity, report);
}

/**
 * A finding: one of `messages` filled with its data. The engine's own findings (a crash, a
 * waiver) are made with it too, so their data is checked against their templates as a rule's is.
 */
export function findingOf<const Messages extends Templates, MessageId extends keyof Messages & string, Data extends MessageData<Placeholders<Messages[MessageId]>>>(
  messages: Messages,
  ruleId: string,
  severity: Severity,
  report: Report<MessageId, Placeholders<Messages[MessageId]>, Data>,
): Finding {
  const template = messages[report.messageId]!;
  const data = report.data ?? {};
  const finding = { ruleId, messageId: report.messageId, severity, message: renderMessage(template, data), data: placeholderValues(template, data), location: report.location };
  return report.evidence === undefined ? finding : { ...finding, evidence: report.evidence };
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Fills `{{name}}` placeholders; a placeholder without data is a bug in the rule. */
export function renderMessage(template: string, data: MessageData): string {
  return template.replace(PLACEHOLDER, (_, key: string) => {
    const value = data[key];
    if (value === undefined) throw new Error(`its message "${template}" needs {{${key}}}`);
    return String(value);
  });
}

/**
 * The values of the template's placeholders as the message shows them: numbers kept, anything
 * else as its text. A plugin in plain JavaScript may pass any value and key: what reports carry
 * is only what the message holds.
 */
function placeholderValues(template: string, data: MessageData): MessageData {
  const values: Record<string, MessageValue> = {};
  for (const [, key] of template.matchAll(PLACEHOLDER)) {
    const value = data[key!];
    if (value !== undefined) values[key!] = typeof value === 'number' ? value : String(value);
  }
  return values;
}

function crashFinding(ruleId: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return findingOf(CRASH_MESSAGES, ruleId, 'error', { messageId: RULE_CRASHED, location: { path: '' }, data: { rule: ruleId, reason } });
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
