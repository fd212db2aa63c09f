import { renderDocument, type DocumentContent } from '../../fixtures/documents.js';
import { defaultRelease, documentsIn, type DocumentFormat, type DocumentPlan, type Release } from '../../fixtures/release.js';
import { DOCS } from './lint.js';

export { documentsIn };

/** The default release's documents, by role, where the generator puts them. */
export const NOTES = `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md`;
export const GUIDE = `${DOCS}!/Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html`;
export const SUPPORT = `${DOCS}!/Corvid_Support_Process.txt`;

/** The default release's documents, the one of `role` changed (a document of our own: its format, name, bytes). */
export function documentsWith(role: DocumentPlan['role'], change: Partial<Omit<DocumentPlan, 'role'>>): DocumentPlan[] {
  return defaultRelease().documents.map((plan) => (plan.role === role ? { ...plan, ...change } : plan));
}

/** The default release with its installation guide replaced by `content` rendered in `format` (named `fileName`, else as the default plan names it). */
export function guideOf(format: DocumentFormat, content: DocumentContent, fileName?: string): { documents: DocumentPlan[] } {
  return { documents: documentsWith('install-guide', { format, ...(fileName === undefined ? {} : { fileName }), content: renderDocument(content, format) }) };
}

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
