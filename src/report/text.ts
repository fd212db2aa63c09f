import { Chalk, type ChalkInstance } from 'chalk';
import type { Location, Severity } from '../engine/rule.js';
import type { LintResult } from '../lint.js';
import { escapeTerminal } from './terminal.js';

export interface TextOptions {
  readonly color: boolean;
  /** What `--quiet` left out, said in the summary so that a run failing on warnings does not read as clean. */
  readonly hidden?: { readonly warningCount: number; readonly infoCount: number };
}

/**
 * One block per bundle with findings, one line per finding (severity, rule, location,
 * message), then a summary line. Names come from untrusted archives: control and
 * bidirectional characters are escaped so they cannot rewrite the terminal.
 */
export function formatText(result: LintResult, options: TextOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<Severity, ChalkInstance> = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const lines: string[] = [];
  for (const bundle of result.results) {
    if (bundle.findings.length === 0) continue;
    lines.push(chalk.underline(escapeTerminal(bundle.bundle)));
    const ruleWidth = bundle.findings.reduce((width, finding) => Math.max(width, finding.ruleId.length), 0);
    for (const { severity, ruleId, location, message } of bundle.findings) {
      const where = locationText(location);
      lines.push(`  ${paint[severity](severity.padEnd(7))}  ${chalk.dim(ruleId.padEnd(ruleWidth))}  ${escapeTerminal(where)}  ${escapeTerminal(message)}`);
    }
    lines.push('');
  }
  lines.push(summary(result, chalk, options.hidden));
  return `${lines.join('\n')}\n`;
}

/** A finding's place as one word: `(bundle)` for the bundle file itself, else its path and line. */
export function locationText(location: Location): string {
  return location.path === '' ? '(bundle)' : location.line === undefined ? location.path : `${location.path}:${location.line}`;
}

/**
 * A finding's message for a report whose location can only be the bundle file (SARIF on GitHub,
 * annotations, Code Quality): the place inside the bundle first, unless the message names it.
 */
export function messageWithPlace(finding: { readonly message: string; readonly location: Location }): string {
  const { path } = finding.location;
  return path === '' || finding.message.includes(path) ? finding.message : `${locationText(finding.location)}: ${finding.message}`;
}

function summary(result: LintResult, chalk: ChalkInstance, hidden: TextOptions['hidden']): string {
  const waived = result.results.reduce((sum, bundle) => sum + bundle.waived.length, 0);
  const bundles = `${plural(result.results.length, 'bundle')}${waived === 0 ? '' : `; ${waived} waived`}`;
  const problems = result.errorCount + result.warningCount + result.infoCount;
  if (problems === 0 && hidden && hidden.warningCount + hidden.infoCount > 0) {
    return chalk.yellow(`no errors in ${bundles}; ${plural(hidden.warningCount, 'warning')} and ${plural(hidden.infoCount, 'info')} not shown (--quiet)`);
  }
  if (problems === 0) return chalk.green(`✔ no problems in ${bundles}`);
  const line = `✖ ${plural(problems, 'problem')} (${countsText(result)}) in ${bundles}`;
  return result.errorCount > 0 ? chalk.red.bold(line) : chalk.yellow.bold(line);
}

/** `5 errors, 1 warning, 0 infos`: the counts of a run or of one bundle. */
export function countsText(counts: { readonly errorCount: number; readonly warningCount: number; readonly infoCount: number }): string {
  return `${plural(counts.errorCount, 'error')}, ${plural(counts.warningCount, 'warning')}, ${plural(counts.infoCount, 'info')}`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
