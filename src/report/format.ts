import type { Rule } from '../engine/rule.js';
import type { LintResult } from '../lint.js';
import { escapeTerminalLines } from './terminal.js';
import type { TextOptions } from './text.js';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit', 'html', 'github', 'gitlab'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface FormatOptions {
  /** Colours in the text report. */
  readonly color: boolean;
  /** What `--quiet` left out of the result, for the text report's summary. */
  readonly hidden?: TextOptions['hidden'];
  /** The run's rules, whose pages the SARIF and HTML reports carry. */
  readonly rules: readonly Rule[];
  /** The folder SARIF, GitHub and GitLab locate bundles from (the repository checkout in CI); default the working directory. */
  readonly cwd?: string;
}

/**
 * The report of a run in one format. Names and messages come from untrusted input, and a report
 * may be shown on a terminal (stdout, `cat`): what a terminal would act on is written as an
 * escape the format itself defines, so the report reads back the same. Each format's writer is
 * loaded when first asked for, so a run pays only for the reports it writes.
 */
export async function formatReport(format: ReportFormat, result: LintResult, options: FormatOptions): Promise<string> {
  switch (format) {
    case 'text':
      return (await import('./text.js')).formatText(result, options);
    case 'json':
      return jsonEscaped((await import('./json.js')).formatJson(result));
    case 'junit':
      return markupEscaped((await import('./junit.js')).formatJunit(result), CR_C1_AND_BIDI);
    case 'sarif':
      return jsonEscaped(await (await import('./sarif.js')).formatSarif(result, options.rules, { cwd: options.cwd }));
    case 'github':
      return escapeTerminalLines((await import('./github.js')).formatGithub(result, options.cwd ?? process.cwd()));
    case 'gitlab':
      return jsonEscaped((await import('./gitlab.js')).formatGitlab(result, options.cwd ?? process.cwd()));
    case 'html':
      return markupEscaped(await (await import('./html.js')).formatHtml(result, options.rules), CONTROLS_AND_BIDI);
  }
}

/** JSON.stringify escapes C0 controls itself; C1 controls and bidi marks can only be in strings there. */
const C1_AND_BIDI = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The JUnit writer escapes the C0 controls XML forbids, and keeps carriage returns. */
const CR_C1_AND_BIDI = /[\r\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Every control but line feeds and tabs, which the page's own markup uses. */
const CONTROLS_AND_BIDI = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Any JSON text, unchanged in meaning, with those characters as `\\uXXXX`. */
export function jsonEscaped(json: string): string {
  return json.replace(C1_AND_BIDI, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function markupEscaped(markup: string, pattern: RegExp): string {
  return markup.replace(pattern, (char) => `&#x${char.charCodeAt(0).toString(16)};`);
}
