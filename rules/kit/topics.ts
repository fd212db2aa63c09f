import { BULLETS, sectionText, type ParsedDocument } from '../../src/documents/document.js';
import type { Evidence, Location, Reporter, RuleContext, Topic } from '../../src/engine/rule.js';
import type { Bundle, BundleDocument, DocumentRole } from '../../src/model/model.js';
import { displayName } from '../../src/model/queries.js';
import { releaseNotesOf, type ReleaseNotes } from '../../src/release/release-notes.js';
import { sectionPlays } from '../../src/release/section-roles.js';
import { emptinessOf, emptinessShortfall, placeholderIn } from '../../src/release/placeholder.js';
import { betterEvidence, compileTopic, COVERS, documentEvidence, headingStems, withoutNumbering, type SectionEvidence } from '../../src/release/topic-evidence.js';
import { textLines } from '../../src/release/text-lines.js';
import { hasPhrase, stemOf } from '../../src/release/words.js';

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
 * role; failing any, the sections of other documents that play it (see `sectionPlays`), but not
 * an installation section of release notes.
 */
export async function roleDocuments(bundle: Bundle, role: DocumentRole): Promise<RoleDocuments> {
  const documents = (await bundle.documents()).filter((document) => !document.roles.some((other) => other === 'eula' || other === 'license-notice'));
  const withRole = documents.filter((document) => document.roles.includes(role));
  const scopes: Scope[] = withRole.flatMap((document) => (document.content ? [{ document, content: document.content, from: 0, end: document.content.sections.length }] : []));
  const unreadable = withRole.filter((document) => !document.content);
  if (withRole.length === 0) {
    for (const document of documents) {
      // Release notes say how to install their release ("Installation", "Deployment Configuration:"); the guide is a document of its own.
      if (role === 'install-guide' && document.roles.includes('release-notes')) continue;
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
  const words = withoutNumbering(text.toLowerCase());
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

/** What the topic checks need of a rule's context: its `missing` message names the `{{document}}` and the `{{closest}}` candidate, `unreadable` the `{{document}}`; and its vocabulary. */
export type TopicContext = Reporter<'missing', 'document' | 'closest'> & Reporter<'unreadable', 'document'> & Pick<RuleContext, 'vocabulary'>;

/** A section of a document with the evidence it gives of a topic. */
export interface Candidate extends SectionEvidence {
  readonly document: BundleDocument;
}

/** Where a topic is covered in the bundle's documents, or what came closest. */
export interface TopicJudgement {
  readonly topic: Topic;
  /** The documents (or sections) playing the topic's role; none means the topic is not judged (the role's `present` rule reports it). */
  readonly role: RoleDocuments;
  /** The section that covers the topic best. */
  readonly covered: Candidate | undefined;
  /** When none covers it: the section that came closest, if any says anything of it. */
  readonly closest: Candidate | undefined;
}

const judgements = new WeakMap<Bundle, Map<Topic, Map<string, Promise<unknown>>>>();

/** A topic's judgement, made once per bundle, topic and vocabulary: the rule and the coverage map share it (a topic is judged one way, by `notesPart`, so its entry is always of one type). */
function judgedOnce<T>(bundle: Bundle, topic: Topic, extra: readonly string[], judgeIt: () => Promise<T>): Promise<T> {
  let byTopic = judgements.get(bundle);
  if (!byTopic) judgements.set(bundle, (byTopic = new Map()));
  let byVocabulary = byTopic.get(topic);
  if (!byVocabulary) byTopic.set(topic, (byVocabulary = new Map()));
  const key = extra.join('\n');
  let judgement = byVocabulary.get(key) as Promise<T> | undefined;
  if (!judgement) byVocabulary.set(key, (judgement = judgeIt()));
  return judgement;
}

/**
 * Judges a topic on the documentation set (once, see `judgedOnce`): every section of every
 * document but the EULA and the notices, the role's own documents first, scored by
 * `documentEvidence`. `extra` are heading phrases from configuration.
 */
export function judgeTopic(bundle: Bundle, topic: Topic, extra: readonly string[] = []): Promise<TopicJudgement> {
  return judgedOnce(bundle, topic, extra, () => judge(bundle, topic, extra));
}

async function judge(bundle: Bundle, topic: Topic, extra: readonly string[]): Promise<TopicJudgement> {
  const role = await roleDocuments(bundle, topic.role);
  const compiled = compileTopic(topic, extra);
  const roleFirst = [...new Set([...role.scopes.map((scope) => scope.document), ...(await bundle.documents())])];
  let best: Candidate | undefined;
  for (const document of roleFirst) {
    if (!document.content || document.roles.some(isLegal)) continue;
    for (const evidence of documentEvidence(document.content, compiled)) {
      // Spread copies the scores; what counted and the shortfall are getters, read here.
      if (!best || betterEvidence(evidence, best)) best = { ...evidence, found: evidence.found, shortfall: evidence.shortfall, document };
    }
  }
  const relevant = best && (best.named || best.confusedWith !== undefined || best.score > 0) ? best : undefined;
  return { topic, role, covered: relevant?.covers ? relevant : undefined, closest: relevant?.covers ? undefined : relevant };
}

const isLegal = (role: DocumentRole) => role === 'eula' || role === 'license-notice';

/** The closest candidate as a message says it: `"Before You Begin" (Guide.md, line 12), which has only 2 words under its heading`. */
export function describeCandidate(bundle: Bundle, candidate: Candidate | undefined): string {
  if (!candidate) return 'no section speaks of it';
  const where = [displayName(bundle, candidate.document.file.path), ...(candidate.line === undefined ? [] : [`line ${candidate.line}`])].join(', ');
  const what = candidate.heading === undefined ? `the text of ${where}` : `"${candidate.heading.trim()}" (${where})`;
  return candidate.covers ? what : `${what}, which ${candidate.shortfall}`;
}

/** A candidate as JSON, for a finding's evidence and the coverage map. */
export function candidateEvidence(candidate: Candidate | undefined): Evidence | null {
  if (!candidate) return null;
  const { document, heading, line, score, found, shortfall } = candidate;
  return { path: document.file.path, heading: heading ?? null, line: line ?? null, score, needed: COVERS, found, ...(shortfall !== undefined && { shortfall }) };
}

/**
 * The check of a rule that asks the documentation to cover a topic: silent when there is no
 * document of the topic's role (the role's `present` rule reports it), `unreadable` when the
 * only candidates could not be read, `missing` with the closest candidate when none covers it.
 */
export async function checkTopic(bundle: Bundle, context: TopicContext, topic: Topic): Promise<void> {
  const judgement = await judgeTopic(bundle, topic, context.vocabulary);
  const { scopes, unreadable } = judgement.role;
  if (scopes.length === 0) {
    reportUnreadable(bundle, context, unreadable);
    return;
  }
  if (judgement.covered) return;
  context.report({
    messageId: 'missing',
    location: scopeLocation(scopes[0]!),
    data: { document: documentNames(bundle, scopes.map((scope) => scope.document)), closest: describeCandidate(bundle, judgement.closest) },
    evidence: { closest: candidateEvidence(judgement.closest) },
  });
}

/** A part of the current version's notes that names a topic, or came closest. */
export interface NotesPartJudgement {
  readonly notes: readonly ReleaseNotes[];
  /** Where the part is: the notes, the part's label ("Fixed Issues"), or the sentence that covers it. */
  readonly covered: { readonly notes: ReleaseNotes; readonly label: string } | undefined;
  /** A part whose label speaks of the topic but does not count, and why. */
  readonly closest: { readonly notes: ReleaseNotes; readonly label: string; readonly shortfall: string } | undefined;
}

/**
 * Judges a part of the current version's notes: a part (a sub-heading or label of the current
 * version, or its own heading) that names the topic and not a topic taken for it ("Features Under
 * Consideration" is no list of what was added), over something other than a placeholder; or text
 * in the current version's notes matching a cue.
 */
export function judgeNotesPart(bundle: Bundle, topic: Topic, extra: readonly string[] = []): Promise<NotesPartJudgement> {
  return judgedOnce(bundle, topic, extra, () => judgeNotes(bundle, topic, extra));
}

async function judgeNotes(bundle: Bundle, topic: Topic, extra: readonly string[]): Promise<NotesPartJudgement> {
  const notes = releaseNotesOf(await bundle.documents());
  const compiled = compileTopic(topic, extra);
  let closest: NotesPartJudgement['closest'];
  const naming = (label: string) => {
    const stems = headingStems(label);
    const named = compiled.headings.some((phrase) => hasPhrase(stems, phrase));
    const confused = named ? compiled.against.find((against) => hasPhrase(stems, against.stems))?.phrase : undefined;
    return { named: named && !confused, confused };
  };
  for (const note of notes) {
    // The parts' headings and placeholders are not what the notes say: "Known Issues" over "[Write here known bugs]" covers nothing.
    const labels = new Set(note.currentParts.map((part) => part.label.trim()));
    const said = [...textLines(note.currentText)].filter((line) => !labels.has(line.trim()) && placeholderIn(line) === undefined).join('\n');
    if (note.current !== undefined && naming(note.current.heading.text).named) return { notes, covered: { notes: note, label: note.current.heading.text }, closest: undefined };
    // A topic of the product as it is (known issues) may stand outside every version's notes, after the current ones.
    for (const part of topic.standing ? [...note.currentParts, ...note.standingParts] : note.currentParts) {
      const { named, confused } = naming(part.label);
      if (named) {
        // A part over a placeholder, or one that only sends the reader elsewhere ("For issues found later, see Release-Known-Issues."),
        // says nothing itself; an empty one may be a label whose items follow as labels of their own ("Kubernetes: …").
        const empty = emptinessShortfall(emptinessOf(part.text));
        if (empty === undefined) return { notes, covered: { notes: note, label: part.label }, closest: undefined };
        closest ??= { notes: note, label: part.label, shortfall: empty };
      } else if (confused) closest ??= { notes: note, label: part.label, shortfall: `speaks of "${confused}", not of this release` };
    }
    const cue = topic.cues?.find((pattern) => pattern.test(said)) ?? opensItems(said, compiled.items);
    if (cue) return { notes, covered: { notes: note, label: note.current?.heading.text ?? 'the notes' }, closest: undefined };
  }
  return { notes, covered: undefined, closest };
}

/** A list item (or line) opening with one of the words ("- Add web-socket heartbeat"), in the first lines of a text. */
function opensItems(text: string, items: ReadonlySet<string>): boolean {
  if (items.size === 0) return false;
  let read = 0;
  for (const line of textLines(text)) {
    if (++read > ITEM_LINES) return false;
    // Parsers drop a list's marks; the item is then a line of its own.
    // An item says what changed in a few words at least: "Fix timeouts for update", not a heading's "Fixes".
    const head = line.slice(0, 200);
    // A word of two letters keeps its letters as its stem: "AD" (Active Directory) is no "added" (stem "ad").
    if ([ITEM, PREFIXED_ITEM].some((pattern) => { const word = pattern.exec(head)?.[1]; return word !== undefined && word.length > 2 && items.has(stemOf(word)); })) return true;
    if (opensCjkItem(head, items)) return true;
  }
  return false;
}

/**
 * A line opening with one of the words as an item written in Chinese or Japanese: its kind in brackets over some text ("[添加] 64位支持",
 * "【修复】崩溃"), its first words after them ("[修改] 修正了…": changed, by a fix), or bare with more after the word ("修复了崩溃",
 * "追加:NFS 4.1のサポート"); not the word alone (a part's label), nor a longer word it opens ("解决方案", a solution; "修复方法", how to fix).
 */
function opensCjkItem(head: string, items: ReadonlySet<string>): boolean {
  const match = CJK_ITEM.exec(head);
  if (!match) return false;
  const [whole, tag, afterTag, bare] = match;
  const after = head.slice(whole.length).trim();
  const opens = (run: string | undefined, rest: string) =>
    run !== undefined &&
    !CJK_RAISE.test(run + rest) &&
    [...items].some((word) => HAN.test(word) && run.startsWith(word) && !CJK_LONGER_WORD.test(run.slice(word.length)) && run.length - word.length + rest.length >= 2);
  return opens(tag, (afterTag ?? '') + after) || opens(afterTag, after) || opens(bare, after);
}

/** Words in Chinese characters, kana among them. */
const CJK_RUN = String.raw`\p{Script=Han}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,40}`;
/** A word written in Chinese characters (an item word of Chinese notes: "添加", "修复"). */
const HAN = /^\p{Script=Han}/u;
/**
 * An item written in Chinese or Japanese, bare or opening with its kind in brackets ("[添加] 64位支持", "【修复】崩溃", "（修正）…",
 * "修复了崩溃"), after a list's mark ("・", "1．"): no spaces part its words, so its start is read whole.
 */
const CJK_ITEM = new RegExp(String.raw`^\s*(?:[-*+・${BULLETS}]\s*|[\d０-９]{1,3}[.)、．）]\s*)?(?:[[(【［（](${CJK_RUN})[\])】］）]\s*(${CJK_RUN})?|(${CJK_RUN}))`, 'u');
/** What makes an item's word the start of a longer one: a way, plan or measure ("解决方案", "修复方法", "対応方法", "回避策"), "of" ("支持的"). */
const CJK_LONGER_WORD = /^(?:方法|方案|方式|办法|策|手順|的)/u;
/** An amount raised ("增加连接数至 1000", "增加到"): no addition. */
const CJK_RAISE = /^增加[^，。,;；]{0,30}?[至到]/u;

/** A list item's mark: a dash, star, plus or bullet (see `BULLETS`: those a word processor's PDF keeps too), or a number. */
const ITEM_MARK = String.raw`^\s*(?:(?:[-*+${BULLETS}]|\d{1,3}[.)])\s+)?`;
/** An item's first word and two more: "Fix timeouts for update", not a heading's "Fixes". */
const ITEM = new RegExp(String.raw`${ITEM_MARK}(\p{L}+)(?:\s+\S+){2}`, 'u');
/**
 * The same after what an item may name first: its issues ("#1599 - #1602 -", "#16212:", "NEX-18844 -"), its
 * component in brackets ("(mount)", "[syncoid]") or before a colon ("smartctl '-j':", "filesystem df:"). An issue's number
 * is read whole, and the blanks around its separator one way: were its digits or its blanks split, each way of splitting a run
 * of "AB-1111…1:" would be tried (exponential in a line of them).
 */
const PREFIXED_ITEM = new RegExp(String.raw`${ITEM_MARK}(?:(?:(?:issue\s+)?#\d+(?!\d)|[A-Z][A-Z\d]{1,9}-\d+(?!\d))\s*(?:[-–:,]\s*)?|[([][^)\]\n]{1,30}[)\]]\s+|[^\s:#][^:\n]{0,29}:\s+){1,10}(\p{L}+)(?:\s+\S+){2}`, 'u');

/** Lines of the current notes read for list items: their first thousand show what kind of notes they are. */
const ITEM_LINES = 1000;

/**
 * The check of a rule that asks the current version's release notes for a part (see
 * `judgeNotesPart`); the finding names a part that came close and why it did not count.
 */
export async function checkNotesPart(bundle: Bundle, context: TopicContext, topic: Topic): Promise<void> {
  const notes = await readableNotes(bundle, context);
  if (notes.length === 0) return;
  const judgement = await judgeNotesPart(bundle, topic, context.vocabulary);
  if (judgement.covered) return;
  const [first] = notes;
  const line = first!.current?.heading.line;
  const path = first!.document.file.path;
  const { closest } = judgement;
  context.report({
    messageId: 'missing',
    location: line === undefined ? { path } : { path, line },
    data: { document: documentNames(bundle, notes.map((note) => note.document)), closest: closest ? `the part "${closest.label}", which ${closest.shortfall}` : 'no part speaks of it' },
    evidence: { closest: closest ? { path: closest.notes.document.file.path, heading: closest.label, shortfall: closest.shortfall } : null },
  });
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

/** One required topic in the coverage map: where it is covered, or that it is absent and what came closest. */
export interface TopicCoverage {
  /** The id of the rule that requires it. */
  readonly rule: string;
  /** `covered`; `absent`; or `not judged` when the bundle has no document of the topic's role (or none readable). */
  readonly status: 'covered' | 'absent' | 'not judged';
  /** The covering section (when covered) or the closest one (when absent), if any. */
  readonly section: Evidence | null;
}

/**
 * Where the documentation covers a rule's topic, as the rule judges it (the same judgement,
 * shared): for `bundlelint describe --topics` and the HTML report.
 */
export async function topicCoverage(bundle: Bundle, rule: string, topic: Topic, extra: readonly string[] = []): Promise<TopicCoverage> {
  if (topic.notesPart) {
    const { notes, covered, closest } = await judgeNotesPart(bundle, topic, extra);
    if (notes.length === 0) return { rule, status: 'not judged', section: null };
    if (covered) return { rule, status: 'covered', section: { path: covered.notes.document.file.path, heading: covered.label } };
    return { rule, status: 'absent', section: closest ? { path: closest.notes.document.file.path, heading: closest.label, shortfall: closest.shortfall } : null };
  }
  const judgement = await judgeTopic(bundle, topic, extra);
  if (judgement.role.scopes.length === 0) return { rule, status: 'not judged', section: null };
  return judgement.covered ? { rule, status: 'covered', section: candidateEvidence(judgement.covered) } : { rule, status: 'absent', section: candidateEvidence(judgement.closest) };
}
