import { lint, type LintOptions } from '../../src/lint.js';
import { defaultRelease, documentsIn, type DocumentFormat, type DocumentPlan, type Release } from '../../fixtures/release.js';
import { DOCS } from './lint.js';

export { documentsIn };

/** The default release's documents, by role, where the generator puts them. */
export const NOTES = `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md`;
export const GUIDE = `${DOCS}!/Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html`;
export const SUPPORT = `${DOCS}!/Corvid_Support_Process.txt`;

/** Where a document of the default plan lands in one format. */
export function documentPath(role: DocumentPlan['role'], format: DocumentFormat): string {
  const plan = defaultRelease().documents.find((candidate) => candidate.role === role)!;
  return `${DOCS}!/${plan.fileName.replace('{version}', '3.2.1')}.${format === 'pdf-flat' ? 'pdf' : format}`;
}

/**
 * Compliant releases that word and format their documents differently: each wording of the
 * fixtures (headings, other headings, labelled paragraphs) in each generated format.
 */
export const VARIANTS: readonly [string, Partial<Release>][] = [
  ['standard wording, md/html/txt', {}],
  ['alternate wording, docx', { wording: 'alternate', documents: documentsIn('docx') }],
  ['labelled paragraphs, pdf with bookmarks', { wording: 'labelled', documents: documentsIn('pdf') }],
  ['alternate wording, odt', { wording: 'alternate', documents: documentsIn('odt') }],
  ['labelled paragraphs, rtf', { wording: 'labelled', documents: documentsIn('rtf') }],
  ['standard wording, pdf without bookmarks', { documents: documentsIn('pdf-flat') }],
  ['labelled paragraphs, txt', { wording: 'labelled', documents: documentsIn('txt') }],
  ['alternate wording, md', { wording: 'alternate', documents: documentsIn('md') }],
];

export interface Located {
  ruleId: string;
  severity: string;
  path: string;
  line?: number;
  messageId: string;
}

/** One rule's findings with their full location. */
export async function located(ruleId: string, path: string, options: LintOptions = {}): Promise<Located[]> {
  const result = await lint([path], { now: new Date('2026-11-25T00:00:00Z'), ...options });
  return result.results[0]!.findings
    .filter((finding) => finding.ruleId === ruleId)
    .map(({ ruleId: id, severity, location, messageId }) => ({ ruleId: id, severity, path: location.path, ...(location.line === undefined ? {} : { line: location.line }), messageId }));
}
