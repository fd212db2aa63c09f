import type { DefectName } from '../../fixtures/defects.js';
import { defaultRelease, documentsIn, type DocumentFormat, type DocumentPlan, type DocumentTopic } from '../../fixtures/release.js';
import { documentPath, VARIANTS } from './documents.js';
import { DOCS } from './lint.js';
import type { Case, InvalidCase } from './rule-tester.js';
import { WORDINGS } from './topic-wordings.js';

type Role = 'release-notes' | 'install-guide' | 'support';

/** A defect that makes the role's document unreadable, and the format it leaves the document in. */
const UNREADABLE: Record<Role, readonly [DefectName, DocumentFormat]> = {
  'release-notes': ['truncated-release-notes-pdf', 'pdf'],
  'install-guide': ['password-guide-docx', 'docx'],
  support: ['truncated-support-pdf', 'pdf'],
};

/**
 * The cases every topic rule owes: it fires on documents leaving out exactly its topic (the
 * default formats, at `line` when the default format gives one, and a PDF of labelled
 * paragraphs), finds the topic in every compliant variant, and says so when its document
 * could not be read.
 */
export function topicCases(topic: DocumentTopic, role: Role, line?: number): { valid: Case[]; invalid: InvalidCase[] } {
  const defaultFormat = defaultRelease().documents.find((plan) => plan.role === role)!.format;
  const [unreadable, unreadableFormat] = UNREADABLE[role];
  return {
    valid: VARIANTS.map(([name, changes]) => ({ name: `finds the topic with ${name}`, changes })),
    invalid: [
      {
        name: 'reports documents that leave the topic out',
        changes: { omit: [topic] },
        findings: [{ messageId: 'missing', location: line === undefined ? { path: documentPath(role, defaultFormat) } : { path: documentPath(role, defaultFormat), line } }],
      },
      {
        name: 'reports the topic left out of a PDF with labelled paragraphs',
        changes: { omit: [topic], wording: 'labelled', documents: documentsIn('pdf') },
        findings: [{ messageId: 'missing', location: { path: documentPath(role, 'pdf') } }],
      },
      {
        name: 'says it could not check a document that could not be read',
        defects: [unreadable],
        findings: [{ messageId: 'unreadable', location: { path: documentPath(role, unreadableFormat) } }],
      },
    ],
  };
}

/**
 * The cases every `present` rule owes: it fires without the document, finds it by title when
 * its name says nothing, and counts a document that could not be read.
 */
export function presentCases(role: Role, uninformativeName: string): { valid: Case[]; invalid: InvalidCase[] } {
  const others = defaultRelease().documents.filter((plan) => plan.role !== role);
  const plan: DocumentPlan = defaultRelease().documents.find((candidate) => candidate.role === role)!;
  return {
    valid: [
      { name: 'recognises the document by its title when its file name says nothing', changes: { documents: [...others, { ...plan, format: 'docx', fileName: uninformativeName }] } },
      {
        name: 'accepts a document that could not be read (docs/unreadable reports it)',
        changes: { documents: [...others, { ...plan, format: 'pdf', content: Buffer.from('%PDF-1.7\n%garbled') }] },
      },
    ],
    invalid: [{ name: 'reports a bundle without the document', changes: { documents: others }, findings: [{ messageId: 'missing', location: { path: DOCS } }] }],
  };
}

/** A topic rule's cases with those of its real-world wordings (`WORDINGS`). */
export function withWordings(id: string, cases: { valid: Case[]; invalid: InvalidCase[] }): { valid: Case[]; invalid: InvalidCase[] } {
  const wordings = WORDINGS[id];
  if (!wordings) throw new Error(`no wordings for ${id}`);
  return { valid: [...cases.valid, ...wordings.valid], invalid: [...cases.invalid, ...wordings.invalid] };
}
