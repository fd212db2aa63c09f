import { sectionText, type ParsedDocument } from '../../src/documents/document.js';
import type { Location, Reporter, RuleContext, Topic } from '../../src/engine/rule.js';
import type { Bundle, BundleDocument, DocumentRole } from '../../src/model/model.js';
import { displayName } from '../../src/model/queries.js';
import { releaseNotesOf, type ReleaseNotes } from '../../src/release/release-notes.js';
import { sectionPlays } from '../../src/release/section-roles.js';
import { placeholderIn } from '../../src/release/placeholder.js';

/** A part of one document that speaks for a role: the whole document, or one of its sections and sub-sections. */
export interface Scope {
  readonly document: BundleDocument;
  readonly content: ParsedDocument;
  readonly from: number;
  readonly end: number;
}

/** The documents (or sections of other documents) that play a role, and those that would but could not be read. */
export interface RoleDocuments {
  readonly scopes: readonly Scope[];
  readonly unreadable: readonly BundleDocument[];
}

/**
 * Where the bundle says what a role's document should say: every readable document with that
 * role; failing any, the sections of other documents that play it (see `sectionPlays`).
 */
export async function roleDocuments(bundle: Bundle, role: DocumentRole): Promise<RoleDocuments> {
  const documents = (await bundle.documents()).filter((document) => !document.roles.some((other) => other === 'eula' || other === 'license-notice'));
  const withRole = documents.filter((document) => document.roles.includes(role));
  const scopes: Scope[] = withRole.flatMap((document) => (document.content ? [{ document, content: document.content, from: 0, end: document.content.sections.length }] : []));
  const unreadable = withRole.filter((document) => !document.content);
  if (withRole.length === 0) {
    for (const document of documents) {
      const content = document.content;
      content?.sections.forEach((section, index) => {
        if (sectionPlays(role, content, index)) scopes.push({ document, content, from: index, end: section.end });
      });
    }
  }
  return { scopes, unreadable };
}

/** A heading's words for matching: lower case, without its numbering ("2.3", "Chapter 4:", "A.") or final colon. */
export function headingWords(text: string): string {
  const words = text.toLowerCase().replace(/^(?:(?:chapter|section|appendix|part)\s+[\da-z]{1,3}\b[.:)-]?\s*|\d{1,3}(?:\.\d{1,3})*[.)]?\s+|[a-z][.)]\s+)/, '');
  // Final colons, dots and spaces dropped by a scan from the end: `/[:.\s]+$/` retries from every dot of a long run (quadratic).
  let end = words.length;
  while (end > 0 && /[:.\s]/.test(words[end - 1]!)) end -= 1;
  return words.slice(0, end).replace(/\s+/g, ' ');
}

/** One pattern matching any of the phrases as whole words, whatever the spacing or hyphenation. */
export function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = phrases.map((phrase) => phrase.toLowerCase().trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, "[\\s-]*").replace(/'/g, "'?"));
  return new RegExp(`(?<![\\p{L}\\d])(?:${alternatives.join('|')})(?![\\p{L}\\d])`, 'u');
}

const LABEL = /^([^:\n]{2,60}):(?:\s|$)/;

/** Whether a section's or part's text says something: neither nothing nor a placeholder ("TBD"). */
export function hasContent(text: string): boolean {
  return text.trim() !== '' && placeholderIn(text) === undefined;
}

/**
 * Whether a section of a document says something: text of its own, or sub-sections. Only its own
 * text is read: reading each section's sub-sections would cost the square of the nesting depth.
 */
export function sectionHasContent(content: ParsedDocument, index: number): boolean {
  const section = content.sections[index]!;
  return section.end > index + 1 || hasContent(section.body);
}

/**
 * Whether the scopes cover the topic: a heading that names it over some content, a label that
 * opens a line, or text matching one of its cues. `extra` are phrases from configuration.
 */
export function coversTopic(scopes: readonly Scope[], topic: Topic, extra: readonly string[] = []): boolean {
  const phrases = phrasePattern([...topic.headings, ...extra]);
  const label = (line: string) => LABEL.exec(line)?.[1]?.toLowerCase();
  return scopes.some((scope) =>
    scope.content.sections.slice(scope.from, scope.end).some((section, offset) => {
      // A heading over nothing, or over a placeholder, covers nothing, whatever its words.
      if (!sectionHasContent(scope.content, scope.from + offset)) return false;
      if (section.heading && phrases.test(headingWords(section.heading.text))) return true;
      if (section.body.split('\n').some((line) => phrases.test(label(line) ?? '\0'))) return true;
      const text = `${section.heading?.text ?? ''}\n${section.body}`;
      return topic.cues?.some((cue) => cue.test(text)) ?? false;
    }),
  );
}

/** Whether a scope is its whole document. */
export function isWhole(scope: Scope): boolean {
  return scope.from === 0 && scope.end === scope.content.sections.length;
}

/** A scope's text: its document's, or its section's with the sub-sections. */
export function scopeText(scope: Scope): string {
  return isWhole(scope) ? scope.content.text : sectionText(scope.content, scope.from);
}

/** Where a finding about a missing topic goes: the first document of the role, or its section. */
export function scopeLocation(scope: Scope): Location {
  const line = scope.from > 0 ? scope.content.sections[scope.from]?.line : undefined;
  return line === undefined ? { path: scope.document.file.path } : { path: scope.document.file.path, line };
}

/** The names of the documents, for messages: "Guide.pdf and Setup.docx". */
export function documentNames(bundle: Bundle, documents: readonly { readonly file: { readonly path: string } }[]): string {
  const names = [...new Set(documents.map((document) => displayName(bundle, document.file.path)))];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Says that the documents a rule needed could not be read, instead of reporting what they miss. */
export function reportUnreadable(bundle: Bundle, context: Reporter<'unreadable', 'document'>, unreadable: readonly BundleDocument[]): void {
  if (unreadable.length === 0) return;
  context.report({ messageId: 'unreadable', location: { path: unreadable[0]!.file.path }, data: { document: documentNames(bundle, unreadable) } });
}

/** What the topic checks need of a rule's context: its `missing` and `unreadable` messages name the `{{document}}`, and its vocabulary. */
export type TopicContext = Reporter<'missing' | 'unreadable', 'document'> & Pick<RuleContext, 'vocabulary'>;

/**
 * The check of a rule that asks a role's documents to cover a topic: silent when there is no
 * such document (the role's `present` rule reports it), `unreadable` when the only candidates
 * could not be read, `missing` when none covers it.
 */
export async function checkTopic(bundle: Bundle, context: TopicContext, role: DocumentRole, topic: Topic): Promise<void> {
  const { scopes, unreadable } = await roleDocuments(bundle, role);
  if (scopes.length === 0) {
    reportUnreadable(bundle, context, unreadable);
    return;
  }
  if (coversTopic(scopes, topic, context.vocabulary)) return;
  context.report({ messageId: 'missing', location: scopeLocation(scopes[0]!), data: { document: documentNames(bundle, scopes.map((scope) => scope.document)) } });
}

/**
 * The check of a rule that asks the current version's release notes for a part: a part (a
 * sub-heading or label of the current version, or its own heading) that names the topic, or
 * text in the current version's notes matching a cue.
 */
export async function checkNotesPart(bundle: Bundle, context: TopicContext, topic: Topic): Promise<void> {
  const notes = await readableNotes(bundle, context);
  if (notes.length === 0) return;
  const phrases = phrasePattern([...topic.headings, ...context.vocabulary]);
  const named = (label: string) => phrases.test(headingWords(label));
  const covered = notes.some(
    (note) =>
      (note.current !== undefined && named(note.current.heading.text)) ||
      // A part over a placeholder does not count; an empty one may be a label whose items follow as labels of their own ("Kubernetes: …").
      note.currentParts.some((part) => named(part.label) && placeholderIn(part.text) === undefined) ||
      topic.cues?.some((cue) => cue.test(note.currentText)),
  );
  if (covered) return;
  const [first] = notes;
  const line = first!.current?.heading.line;
  const path = first!.document.file.path;
  context.report({ messageId: 'missing', location: line === undefined ? { path } : { path, line }, data: { document: documentNames(bundle, notes.map((note) => note.document)) } });
}

/**
 * The check of a rule that asks for a role's document: a document with that role (readable or
 * not), or a section of another document headed for it. Silent when part of the bundle could not
 * be read, as the document may be there.
 */
export async function checkPresent(bundle: Bundle, context: Reporter<'missing', never>, role: DocumentRole): Promise<void> {
  const { scopes, unreadable } = await roleDocuments(bundle, role);
  if (scopes.length > 0 || unreadable.length > 0 || !bundle.fullyRead) return;
  context.report({ messageId: 'missing', location: { path: bundle.layout.documentArchives[0]?.path ?? bundle.layout.rootFolder ?? '' } });
}

/** The release notes, divided by version; when there are none but some could not be read, says so. */
export async function readableNotes(bundle: Bundle, context: Reporter<'unreadable', 'document'>): Promise<readonly ReleaseNotes[]> {
  const documents = await bundle.documents();
  const notes = releaseNotesOf(documents);
  if (notes.length === 0) reportUnreadable(bundle, context, documents.filter((document) => !document.content && document.roles.includes('release-notes')));
  return notes;
}
