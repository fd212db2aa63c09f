import type { Severity } from '../engine/rule.js';
import type { LintResult } from '../lint.js';
import { annotatedFile } from './repository-path.js';
import { countsText, messageWithPlace } from './text.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one annotation per finding (waived ones are not shown):
 * `::error file=<bundle>,title=<rule id>::<message>`, the message naming the place inside the
 * bundle (messageWithPlace). The file is the bundle as the repository holds it; a zip has no
 * lines, so none is given. Then the summary line, as a
 * plain line of the log.
 */
export function formatGithub(result: LintResult, cwd: string): string {
  const lines: string[] = [];
  for (const bundle of result.results) {
    const file = annotatedFile(bundle.bundle, cwd);
    for (const finding of bundle.findings) {
      const text = messageWithPlace(finding);
      lines.push(`::${COMMAND[finding.severity]} file=${property(file)},title=${property(finding.ruleId)}::${data(text)}`);
    }
  }
  lines.push(`bundlelint: ${countsText(result)} in ${result.results.length} ${result.results.length === 1 ? 'bundle' : 'bundles'}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The Markdown a job's summary page shows (`$GITHUB_STEP_SUMMARY`): the counts of each bundle.
 * Names come from the command line; `|`, `<`, `>` and `&` are written so no cell breaks.
 */
export function githubStepSummary(result: LintResult, cwd: string): string {
  const rows = result.results.map((bundle) => `| ${cell(annotatedFile(bundle.bundle, cwd))} | ${bundle.errorCount} | ${bundle.warningCount} | ${bundle.infoCount} | ${bundle.waived.length} |`);
  return ['### bundlelint', '', '| bundle | errors | warnings | infos | waived |', '|---|--:|--:|--:|--:|', ...rows, '', ''].join('\n');
}

/** A command's message: GitHub reads `%`, CR and LF escaped. */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: also `:` and `,`, which end it. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function cell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
}
