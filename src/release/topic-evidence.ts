import { BULLETS, type ParsedDocument } from '../documents/document.js';
import type { DocumentRole } from '../model/model.js';
import { emptinessOf, emptinessShortfall, placeholderIn, quoted } from './placeholder.js';
import { isCommandLine, isStepLine } from './procedure.js';
import { textLines } from './text-lines.js';
import { hasPhrase, stemOf, stemSet, stemsOf } from './words.js';

/**
 * How a section of a document is judged to cover a topic of the program guide (the
 * prerequisites, the encryption used…): by what its heading names and what its text says, not by
 * its heading's words alone. Each kind of evidence scores; a section covers the topic at
 * `COVERS` points, and only when it has substance (neither placeholder text nor a few words).
 *
 * - its heading (or a label opening one of its lines, "Prerequisites: …", or a line of a few words
 *   standing as a title, "Server Requirements") names the topic: 2,
 *   unless it names a topic readers confuse with this one ("License Requirements" beside the
 *   prerequisites), which scores nothing;
 * - a sentence says what covers the topic ("requires ESXi 7.0 U3 or later"): 2;
 * - its text uses the topic's words (by stem: "require", "firmware", "TLS"): 1;
 * - it has the topic's structure (versions listed, a procedure's steps, commands, error messages): 1;
 *   for a topic that is a list of things (`listed`), a heading that names it over a list of names
 *   ("Dependencies" over "gcc", "make", "cmake") has it too: the list is what the heading names.
 *
 * A text that only sends the reader elsewhere ("Make sure to perform the prerequisite steps
 * mentioned here", over a link) has no substance: it covers nothing itself.
 *
 * So a heading needs its text to speak of the topic, and a sentence needs a heading, the topic's
 * words or its structure beside it.
 */

/** How a topic is recognised; every list is data, extended by configuration (`vocabulary`). */
export interface Topic {
  /** The documents the topic belongs to: the rule is silent when the bundle has none (the role's `present` rule reports it). */
  readonly role: DocumentRole;
  /** Phrases a heading, or a label opening a line ("Known issues: …"), uses for the topic; matched as words, by stem, in any case. */
  readonly headings: readonly string[];
  /** Sentences that cover the topic (a paragraph on collecting logs with the command). */
  readonly cues?: readonly RegExp[];
  /** Heading phrases of topics a reader could take for this one ("license requirements", "browser"): a heading that uses one does not name this topic. */
  readonly against?: readonly string[];
  /** Words the text of a section on the topic uses ("require", "firmware"), matched by stem. */
  readonly words?: readonly string[];
  /** Words of a topic readers confuse with this one ("log", "debug" beside troubleshooting), by stem: a text that uses as many of them as of `words` speaks of that one, and its words do not count. */
  readonly unlike?: readonly string[];
  /** What a section on the topic holds besides words. */
  readonly structure?: Structure;
  /** A part of the current release's notes (what was added, fixed, known): named by a part's heading or label, or a cue in those notes. */
  readonly notesPart?: boolean;
  /** Whether a section standing outside every version's notes (a "Known Issues" section after the history) covers it for the current release. */
  readonly standing?: boolean;
  /** Words that open the list items of such a part, by stem ("Add", "Fixed"): a changelog's items say what they are by their first word. */
  readonly items?: readonly string[];
  /** Whether the topic is a list of things (software, platforms): a heading that names it over a list of names has its structure, whatever the names' words. */
  readonly listed?: boolean;
}

/** Versions listed (a compatibility table), a procedure's steps, commands to run, or error messages quoted. */
export type Structure = 'versions' | 'steps' | 'commands' | 'errors';

/** Characters of a covering sentence quoted as evidence. */
const CUE_QUOTE = 100;

/** Points at which a section covers a topic. */
export const COVERS = 3;
/** Fewer words than these under a heading never cover a topic, whatever they say. */
export const SUBSTANCE_WORDS = 4;

/** A topic's phrases as stems, compiled once per judgement. */
export interface CompiledTopic {
  readonly topic: Topic;
  readonly headings: readonly (readonly string[])[];
  /** The confusable topics' phrases: as stems, and as written (for messages). */
  readonly against: readonly { readonly stems: readonly string[]; readonly phrase: string }[];
  /** The topic's words by stem, each as the topic writes it (for messages). */
  readonly words: ReadonlyMap<string, string>;
  /** The confusable topic's words, likewise. */
  readonly unlike: ReadonlyMap<string, string>;
  /** The stems of the words opening its list items. */
  readonly items: ReadonlySet<string>;
}

export function compileTopic(topic: Topic, extraHeadings: readonly string[] = []): CompiledTopic {
  const phrases = (list: readonly string[]) => list.map(stemsOf).filter((stems) => stems.length > 0);
  return { topic, headings: phrases([...topic.headings, ...extraHeadings]), against: (topic.against ?? []).map((phrase) => ({ stems: stemsOf(phrase), phrase })).filter(({ stems }) => stems.length > 0), words: firstByStem(topic.words ?? []), unlike: firstByStem(topic.unlike ?? []), items: new Set((topic.items ?? []).map(stemOf)) };
}

/** Each stem of the words, with the first word of it. */
function firstByStem(words: readonly string[]): Map<string, string> {
  const byStem = new Map<string, string>();
  for (const word of words) if (!byStem.has(stemOf(word))) byStem.set(stemOf(word), word);
  return byStem;
}

/** What one section shows of a topic: its points, what earned them, and why it falls short when it does. */
export interface SectionEvidence {
  /** Index of the section in its document's `sections`. */
  readonly index: number;
  readonly heading: string | undefined;
  readonly line: number | undefined;
  readonly score: number;
  readonly covers: boolean;
  /** Whether its heading (or a label) names the topic. */
  readonly named: boolean;
  /** The phrase of a topic taken for this one that its heading also uses ("license"), which keeps it from naming this one. */
  readonly confusedWith: string | undefined;
  /** What counted, as a reader would check it: `heading "Prerequisites"`, `says "requires Java 11 or later"`, `words: version, firmware`, `lists 3 versions`. */
  readonly found: readonly string[];
  /** Why it does not cover the topic; undefined when it does. */
  readonly shortfall: string | undefined;
}

/** What one section holds, read once per document whatever the topics asked of it. */
interface SectionProfile {
  /** The heading's stems, without its numbering ("2.3", "Chapter 4:"). */
  readonly heading: readonly string[];
  /** Labels opening its lines ("Known issues:"), and its lines standing as titles (`line`: "Server Requirements"), as stems. */
  readonly labels: readonly { readonly text: string; readonly stems: readonly string[]; readonly line: boolean }[];
  readonly stems: ReadonlySet<string>;
  /** Words of its own text, 0 when that text is placeholder or only a pointer. */
  readonly words: number;
  readonly placeholder: string | undefined;
  /** The sentence, when its text only points to another page. */
  readonly pointer: string | undefined;
  readonly structure: Readonly<Record<Structure, number>>;
  /** Whether its text opens with a list of names (see `NAME_LINE`). */
  readonly listsNames: boolean;
}

const LABEL = /^([^:\n]{2,60}):(?:\s|$)/;
/** A line that only names something: a list mark or none, then one to eight words, no sentence ("gcc", "kernel headers (for the igb-uio driver)", "Python 3.8+"). */
// The first word's letter is looked for ahead, once: a pattern splitting that word around it was quadratic in its length.
const NAME_LINE = new RegExp(String.raw`^\s*(?:[-*+${BULLETS}]\s+)?(?=[^\s.:;?!]*\p{L})[^\s.:;?!]\S*(?:\s+\S+){0,7}$`, 'u');
/** A line standing as a title, not styled as a heading: one to three words, the first capitalised, no sentence ("Server Requirements", "Pre requisites"). */
const TITLE_LINE = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,2}\s*$/u;
/** Names a list of them opens with, at least. */
const LIST_NAMES = 3;

/** A line that only names something (see `NAME_LINE`): no sentence, no command, no placeholder ("Coming soon", "TBD"). */
function isNameLine(line: string): boolean {
  const head = line.slice(0, 200);
  return NAME_LINE.test(head) && !/[.:;?!]\s*$/.test(head) && !isCommandLine(head) && placeholderIn(head) === undefined;
}
/** Text of a section read for evidence: a long chapter has shown what it is about long before. */
const READ_CHARACTERS = 20_000;
/** Words of a heading read: headings are short; a hostile one is not read whole. */
const HEADING_WORDS = 40;
/** A version number: two or more numeric nodes ("7.0", "5.4.1", "8.0U2"). */
// Not continued by another node (a run of dotted digits is no version); each try is bounded, so a hostile run costs linear time.
const VERSION = /(?<![\d.])\d{1,4}\.\d{1,4}(?:\.\d{1,6}){0,3}(?!\.?\d)/g;
/** A line quoting an error: an error or failure word with a quoted message or a code. */
const ERROR_LINE = /\b(?:error|fail(?:s|ed|ure)?|cannot|unable|exception|denied|timed? ?out)\b.{0,200}(?:["“'‘][^"”'’]{3,}["”'’]|\b(?:0x[\da-f]{2,}|[A-Z]{1,5}-?\d{3,})\b)|^\s*["“][^"”]{3,}["”]/i;

const profiles = new WeakMap<ParsedDocument, readonly SectionProfile[]>();

function opensWith(words: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.every((stem, index) => words[index] === stem);
}

/** A heading without its numbering ("2.3", "Chapter 4:", "A."). */
export function withoutNumbering(heading: string): string {
  return heading.replace(/^(?:(?:chapter|section|appendix|part)\s+[\da-z]{1,3}\b[.:)-]?\s*|\d{1,3}(?:\.\d{1,3})*[.)]?\s+|[a-z][.)]\s+)/i, '');
}

/** A heading's words for matching, as stems, its numbering left out. */
export function headingStems(text: string): string[] {
  return stemsOf(withoutNumbering(text.slice(0, 400).trimStart())).slice(0, HEADING_WORDS);
}

function profileOf(content: ParsedDocument): readonly SectionProfile[] {
  let profile = profiles.get(content);
  if (!profile) {
    profile = content.sections.map((section) => {
      const body = section.body.length > READ_CHARACTERS ? section.body.slice(0, READ_CHARACTERS) : section.body;
      const { placeholder, pointer } = emptinessOf(body);
      const { stems, words } = placeholder === undefined && pointer === undefined ? stemSet(body) : { stems: new Set<string>(), words: 0 };
      const labels: { text: string; stems: string[]; line: boolean }[] = [];
      const structure: Record<Structure, number> = { versions: 0, steps: 0, commands: 0, errors: 0 };
      // The names its text opens with, -1 once a line is none.
      let names = 0;
      if (placeholder === undefined && pointer === undefined) {
        for (const line of textLines(body)) {
          if (names !== -1 && names < LIST_NAMES) names = isNameLine(line) ? names + 1 : -1;
          const label = LABEL.exec(line)?.[1];
          if (label) labels.push({ text: `${label}:`, stems: stemsOf(label).slice(0, HEADING_WORDS), line: false });
          else if (TITLE_LINE.test(line)) labels.push({ text: line.trim(), stems: stemsOf(line), line: true });
          if (isStepLine(line)) structure.steps += 1;
          if (isCommandLine(line)) structure.commands += 1;
          if (ERROR_LINE.test(line.slice(0, 400))) structure.errors += 1;
        }
        structure.versions = body.match(VERSION)?.length ?? 0;
      }
      return { heading: section.heading ? headingStems(section.heading.text) : [], labels, stems, words, placeholder, pointer, structure, listsNames: names >= LIST_NAMES };
    });
    profiles.set(content, profile);
  }
  return profile;
}

/** What a structure looks like when a section has enough of it to count. */
const STRUCTURE_NEEDS: Readonly<Record<Structure, { readonly count: number; readonly what: (count: number) => string }>> = {
  versions: { count: 2, what: (count) => `lists ${count} versions` },
  steps: { count: 2, what: (count) => `gives ${count} steps` },
  commands: { count: 1, what: (count) => `shows ${count === 1 ? 'a command' : `${count} commands`}` },
  errors: { count: 1, what: (count) => `quotes ${count === 1 ? 'an error message' : `${count} error messages`}` },
};


/**
 * The evidence each section of a document gives of a topic: a section whose heading names the
 * topic with its sub-sections (a "Troubleshooting" chapter), any other by its own text (each
 * sub-section is judged as a section of its own).
 */
export function documentEvidence(content: ParsedDocument, topic: CompiledTopic): SectionEvidence[] {
  const profile = profileOf(content);
  // Each section's own text is searched once; a range takes the first sentence of its sections.
  const cues = content.sections.map((section) => {
    // The body only: a heading's words count as a heading, not twice; but a heading written as a sentence says what a sentence
    // says ("To get the best support … ensure that you provide the specific information, listed below with your support request:").
    const body = section.body.length > READ_CHARACTERS ? section.body.slice(0, READ_CHARACTERS) : section.body;
    const heading = section.heading?.text.slice(0, 400);
    const text = heading !== undefined && isSentenceHeading(heading) ? `${heading}\n${body}` : body;
    const match = topic.topic.cues?.map((pattern) => pattern.exec(text)).find((found) => found !== null);
    // Quoted to the end of its sentence, so the reader sees what it says ("supports Kubernetes versions 1.17, 1.18 and 1.19").
    return match ? text.slice(match.index, match.index + CUE_QUOTE).split(/\.(?!\d)|\n/)[0] : undefined;
  });
  const sections = content.sections.map((section, index) => sectionEvidence(topic, profile, cues, { index, heading: section.heading?.text, stems: profile[index]!.heading, end: section.end, line: section.line }));
  // A page titled for its topic ("Debugging Installation Issues" in its front matter) speaks for it as a whole.
  const title = content.titleSource === 'visible' && content.title !== undefined && content.sections[0]?.heading?.text !== content.title ? content.title : undefined;
  if (title === undefined || content.sections.length === 0) return sections;
  return [sectionEvidence(topic, profile, cues, { index: 0, heading: title, stems: headingStems(title), end: content.sections.length, line: undefined }), ...sections];
}

/** Words from which a heading reads as a sentence rather than a title. */
export const SENTENCE_HEADING_WORDS = 12;

/** Whether a heading is a sentence, by its many words. */
function isSentenceHeading(heading: string): boolean {
  return heading.split(/\s+/, SENTENCE_HEADING_WORDS + 1).length > SENTENCE_HEADING_WORDS;
}

/** A range of sections judged as one: a section with its sub-sections, or a document under its title. */
interface Range {
  readonly index: number;
  readonly heading: string | undefined;
  readonly stems: readonly string[];
  /** Index just after its last section. */
  readonly end: number;
  readonly line: number | undefined;
}

function sectionEvidence(topic: CompiledTopic, profile: readonly SectionProfile[], cues: readonly (string | undefined)[], range: Range): SectionEvidence {
  const { index, heading, stems: headingStemsOf } = range;
  const namesTopic = topic.headings.some((phrase) => hasPhrase(headingStemsOf, phrase));
  // A heading that also names a topic taken for this one ("License Requirements") names that one.
  const confusedWith = namesTopic ? topic.against.find(({ stems }) => hasPhrase(headingStemsOf, stems))?.phrase : undefined;
  const byHeading = namesTopic && confusedWith === undefined;
  let label: string | undefined;
  let words = 0;
  let placeholder: string | undefined;
  let pointer: string | undefined;
  let cue: string | undefined;
  let usesWords = false;
  const kind = topic.topic.structure;
  let structure = 0;
  // A section whose heading names the topic speaks for it with its sub-sections; any other, by its own text only.
  const end = byHeading ? range.end : index + 1;
  for (let at = index; at < end; at += 1) {
    const part = profile[at]!;
    words += part.words;
    placeholder ??= part.placeholder;
    pointer ??= part.pointer;
    cue ??= cues[at];
    // The topic's few words looked up in the section's, not the section's many in the topic's; the headings of its sub-sections are
    // its text too (a FAQ's questions: "BIRD lists routes as unreachable - is that a problem?"), see `textHas`.
    if (!usesWords) for (const stem of topic.words.keys()) if (textHas(profile, index, at, stem)) usesWords = true;
    if (kind) structure += part.structure[kind];
    if (!byHeading && label === undefined) {
      // A label names the topic when it opens with one of its phrases ("Known issues:", "System requirements:"), not "Reboot required:",
      // and a title line when it holds one ("Server Requirements": a heading its document did not style as one),
      // whatever the heading over it ("First-Time Setup:" under a title "… Installation and Configuration Guide").
      label = part.labels.find((candidate) => !topic.against.some(({ stems }) => hasPhrase(candidate.stems, stems)) && topic.headings.some((phrase) => (candidate.line ? hasPhrase(candidate.stems, phrase) : opensWith(candidate.stems, phrase))))?.text;
    }
  }
  // A text that speaks as much of a topic taken for this one ("log", "debug") speaks of that one: its words of this one do not count,
  // unless a sentence of its says what this topic's sentences say ("If a service is not running, inspect its logs").
  const other = usesWords && cue === undefined && topic.unlike.size > 0 ? outweighed(topic, profile, index, end) : undefined;
  if (other) usesWords = false;
  const named = byHeading || label !== undefined;
  const substance = words >= SUBSTANCE_WORDS;
  // Under a heading that names the topic, its structure counts only when the text speaks of the topic too: "After Installation" over
  // steps that only open the product's screen is no configuration.
  const listsNames = byHeading && topic.topic.listed === true && profile[index]!.listsNames;
  const structured = (kind !== undefined && structure >= STRUCTURE_NEEDS[kind].count && (!named || usesWords || cue !== undefined)) || listsNames;
  const score = substance ? (named ? 2 : 0) + (cue !== undefined ? 2 : 0) + (usesWords ? 1 : 0) + (structured ? 1 : 0) : 0;
  const covers = score >= COVERS;
  return new Evidence(index, heading, range.line, score, covers, named, confusedWith, { topic, profile, end, byHeading, label, substance, cue, usesWords, structured, structure, placeholder, pointer, words, other });
}

/** What a section's evidence was made of, kept to say what counted and why it falls short when asked. */
interface Judged {
  readonly topic: CompiledTopic;
  readonly profile: readonly SectionProfile[];
  readonly end: number;
  readonly byHeading: boolean;
  readonly label: string | undefined;
  readonly substance: boolean;
  readonly cue: string | undefined;
  readonly usesWords: boolean;
  readonly structured: boolean;
  readonly structure: number;
  readonly placeholder: string | undefined;
  readonly pointer: string | undefined;
  readonly words: number;
  readonly other: { readonly unlike: readonly string[]; readonly own: readonly string[] } | undefined;
}

/**
 * One section's evidence. What counted and why it falls short are written only for the sections a
 * reader is shown (every section is scored, few are named): getters on the class, not on each
 * object, as an object literal with getters costs more to make than the scoring (a long guide
 * makes ten thousand). Spread copies only its scores: judgeTopic copies the two getters' values.
 */
class Evidence implements SectionEvidence {
  readonly #judged: Judged;

  constructor(
    readonly index: number,
    readonly heading: string | undefined,
    readonly line: number | undefined,
    readonly score: number,
    readonly covers: boolean,
    readonly named: boolean,
    readonly confusedWith: string | undefined,
    judged: Judged,
  ) {
    this.#judged = judged;
  }

  get found(): string[] {
    const { topic, profile, end, byHeading, label, substance, cue, usesWords, structured, structure } = this.#judged;
    const kind = topic.topic.structure;
    return [
      ...(byHeading ? [`heading ${quoted(this.heading!)}`] : label !== undefined ? [`label ${quoted(label)}`] : []),
      ...(substance && cue !== undefined ? [`says ${quoted(cue.replace(/\s+/g, ' ').trim())}`] : []),
      ...(substance && usesWords ? [`words: ${wordsUsed(topic, profile, this.index, end).join(', ')}`] : []),
      ...(substance && structured ? [kind !== undefined && structure >= STRUCTURE_NEEDS[kind].count ? STRUCTURE_NEEDS[kind].what(structure) : 'lists names'] : []),
    ];
  }

  get shortfall(): string | undefined {
    const { topic, substance, cue, usesWords, structured, placeholder, pointer, words, other } = this.#judged;
    if (this.covers) return undefined;
    if (!substance) return emptinessShortfall({ placeholder, pointer }, 40) ?? (words === 0 ? 'has nothing under its heading' : `has only ${words} word${words === 1 ? '' : 's'} under its heading`);
    if (other) return `${this.named ? 'its heading names the topic but ' : ''}its text speaks of another topic (${other.unlike.join(', ')}) rather than of this one (${other.own.join(', ')})`;
    return shortfallOf(topic, this.named, this.confusedWith, cue !== undefined, usesWords || structured);
  }
}

/** The topic's words a range of sections uses, as the topic writes them, five at most. */
function wordsUsed(topic: CompiledTopic, profile: readonly SectionProfile[], from: number, end: number): string[] {
  return used(topic.words, profile, from, end, 5);
}

/** The confusable topic's words and the topic's own that a range uses, when it uses as many of the first. */
function outweighed(topic: CompiledTopic, profile: readonly SectionProfile[], from: number, end: number): { unlike: string[]; own: string[] } | undefined {
  const own = used(topic.words, profile, from, end);
  const unlike = used(topic.unlike, profile, from, end);
  return unlike.length >= own.length ? { unlike, own } : undefined;
}

/**
 * Whether the text of section `at`, in a range from `from`, uses a stem: its body, and its heading below the range's own
 * unless the sub-section holds only placeholder text or a pointer ("Verify the Services" over "TBD" says nothing).
 */
function textHas(profile: readonly SectionProfile[], from: number, at: number, stem: string): boolean {
  const part = profile[at]!;
  return part.stems.has(stem) || (at > from && part.placeholder === undefined && part.pointer === undefined && part.words > 0 && part.heading.includes(stem));
}

/** Which of the words (by stem) a range of sections uses, as written, `most` at most. */
function used(words: ReadonlyMap<string, string>, profile: readonly SectionProfile[], from: number, end: number, most = Infinity): string[] {
  const found: string[] = [];
  for (const [stem, word] of words) {
    if (found.length === most) break;
    for (let at = from; at < end; at += 1) {
      if (textHas(profile, from, at, stem)) {
        found.push(word);
        break;
      }
    }
  }
  return found;
}

/** Why a section with substance falls short of covering the topic, in a few words. */
function shortfallOf(topic: CompiledTopic, named: boolean, confusedWith: string | undefined, cue: boolean, anything: boolean): string {
  if (confusedWith) return `its heading speaks of "${confusedWith}", another topic`;
  if (named) return `its heading names the topic but its text does not speak of it (none of: ${[...topic.words.values()].slice(0, 4).join(', ')}…)`;
  if (cue) return 'its text says so in passing, but no heading names the topic and nothing else of it is there';
  if (anything) return 'its text uses a few of the topic\'s words, but no heading names the topic and no sentence covers it';
  return 'nothing in it speaks of the topic';
}

/** Whether `a` is better evidence than `b` for a reader: it covers the topic, else a heading names it, else one nearly does, else it scores higher. */
export function betterEvidence(a: SectionEvidence, b: SectionEvidence): boolean {
  if (a.covers !== b.covers) return a.covers;
  if (a.named !== b.named) return a.named;
  if ((a.confusedWith === undefined) !== (b.confusedWith === undefined)) return a.confusedWith !== undefined;
  return a.score > b.score;
}
