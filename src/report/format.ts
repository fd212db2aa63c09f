import type { Rule } from '../engine/rule.js';
import type { LintResult } from '../lint.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface FormatOptions {
  /** Colours in the text report. */
  readonly color: boolean;
  /** The run's rules, whose pages the SARIF and HTML reports carry. */
  readonly rules: readonly Rule[];
}

/** The report of a run in one format. */
export async function formatReport(format: ReportFormat, result: LintResult, options: FormatOptions): Promise<string> {
  switch (format) {
    case 'text':
      return formatText(result, options);
    case 'json':
      return formatJson(result);
    case 'junit':
      return formatJunit(result);
    case 'sarif':
      return formatSarif(result, options.rules);
    case 'html':
      return formatHtml(result, options.rules);
  }
}
