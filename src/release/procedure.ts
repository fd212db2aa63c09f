/**
 * Whether a text walks the reader through a procedure rather than pointing elsewhere ("see the
 * Installation Guide"): lines that are steps ("Step 2", "1.", an instruction opening with a
 * verb) or commands to run.
 */

import type { ParsedDocument } from '../documents/document.js';
import { sentencesOf, textLines } from './text-lines.js';

/** A line that opens with a step's number (reStructuredText's auto-numbered `#.` too) or an instruction's verb. */
const STEP_LINE =
  /^(?:step \d+\b|(?:\d{1,2}|#)[.)]\s|(?:to [^,\n]{1,60},\s*)?(?:download|run|install|click|select|open|enter|type|copy|upload|log ?in|sign in|navigate|go to|execute|restart|reboot|verify|ensure|choose|extract|unzip|connect|create|add|apply|deploy|configure|set|specify|accept|browse|mount|import|register|enable|disable|edit|save|start|stop|check|confirm|wait|place|put|transfer|use)\b)/i;
/**
 * A line that is a command: a shell prompt, a tool our users install with, or a program run by its path or
 * its script's name with arguments (`bin/magento setup:upgrade`, `composer.phar require vendor/module`,
 * `./install.sh --accept`), whatever the tool.
 */
const COMMAND_LINE = new RegExp(
  String.raw`^(?:[$#>]\s|PS [A-Z]:\\)|\b(?:esxcli|kubectl|helm|docker|vmware-|govc|powershell|Install-Module|Import-Module|msiexec|rpm|dpkg|apt(?:-get)?|yum|dnf|pip3?|npm|sudo|chmod|tar|unzip|curl|wget)\s+-{0,2}\w` +
    // A program by its path or script name, then (after a subcommand word, if any) an argument that reads as one: an option, a `sub:command`, a path.
    // Prose with a slash or a file name ("and/or later versions", "TCP/IP settings must…", "setup.exe is the installer") has none.
    String.raw`|^(?:(?:\.{1,2}\/)?[\w.-]+(?:\/[\w.-]+)+|(?:\.\/)?[\w-]+\.(?:phar|sh|py|pl|rb|jar|exe|bat|cmd|ps1))\s+(?:[\w-]+\s+)?(?:-{1,2}\w|[\w.-]+:[\w.-]|[\w.~-]*\/)`,
);
/** Lines read: a long text has shown its steps long before. */
const LINES = 4000;

/** The start of a line that is read: an instruction says what it is in its first words. */
const HEAD = 200;

const headOf = (line: string) => (line.length > HEAD ? line.slice(0, HEAD) : line);

/** Whether a line is a step ("2. Run…", "Click…") or a command. */
export function isStepLine(line: string): boolean {
  const head = headOf(line);
  return STEP_LINE.test(head) || COMMAND_LINE.test(head);
}

/** Whether a line is a command to run (`esxcli …`, `$ kubectl …`). */
export function isCommandLine(line: string): boolean {
  return COMMAND_LINE.test(headOf(line));
}

/** How many of the lines (at most `LINES` of them) are steps, counting up to `atMost`. */
export function countSteps(lines: Iterable<string>, atMost: number): number {
  let found = 0;
  let read = 0;
  for (const line of lines) {
    if (++read > LINES || found >= atMost) break;
    if (isStepLine(line)) found += 1;
  }
  return found;
}

/** Steps that make a procedure: one line to run is an aside, two are a walk-through. */
export const PROCEDURE_STEPS = 2;

export function givesSteps(text: string): boolean {
  return countSteps(textLines(text), PROCEDURE_STEPS) >= PROCEDURE_STEPS;
}

/** A word carrying a prose sequence on ("Then run…", "Next, open…", "Finally, reboot…"), taken off before the step is read. */
const SEQUENCE = /^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|now|finally|lastly|afterwards|after (?:that|this)),?\s+/i;

/** Where a sentence goes on to a next step: "Put the host in maintenance mode, then run…". */
const THEN = /(?:,|;|\band)\s+then\s+/i;

/**
 * The sentences of the lines (at most `LINES` of them) that are steps, counting up to `atMost`:
 * each line's sentences (and their clauses after ", then") read as lines, so a paragraph that
 * walks through a sequence ("First, copy… Then run… Finally, reboot…") gives its steps as a
 * numbered list does.
 */
export function countSentenceSteps(lines: Iterable<string>, atMost: number): number {
  let found = 0;
  let read = 0;
  for (const line of lines) {
    if (++read > LINES || found >= atMost) break;
    const head = line.length > HEAD * 4 ? line.slice(0, HEAD * 4) : line;
    for (const sentence of sentencesOf(head)) for (const clause of sentence.split(THEN)) if (isStepLine(clause.replace(SEQUENCE, ''))) found += 1;
  }
  return Math.min(found, atMost);
}

/** How a document's steps are counted: those of a heading, and those of a section's lines (each up to some bound). */
export interface StepCounter {
  readonly heading: (text: string) => number;
  readonly lines: (lines: Iterable<string>) => number;
}

/** A document's steps as one counter counts them, section by section in document order, counted as far as asked. */
interface StepSums {
  /** `sums[i]`: the steps of the sections before `i`, headings and text. */
  readonly sums: number[];
  readonly headings: number[];
}

const stepSums = new WeakMap<StepCounter, WeakMap<ParsedDocument, StepSums>>();

/**
 * The steps a section gives with its sub-sections (their headings and text, not its own heading),
 * as `counter` counts them. Each section's steps are counted once per document and counter, and
 * summed in document order: a section's with its sub-sections are a difference of two sums, so
 * asking of every section of a deeply nested document costs no square of its depth. Sections
 * are counted only as far as the last one asked about: a long guide's installation chapter comes
 * long before its reference chapters.
 */
export function stepsUnder(content: ParsedDocument, index: number, counter: StepCounter): number {
  let byDocument = stepSums.get(counter);
  if (!byDocument) stepSums.set(counter, (byDocument = new WeakMap()));
  let counted = byDocument.get(content);
  if (!counted) byDocument.set(content, (counted = { sums: [0], headings: [] }));
  const { sums, headings } = counted;
  const end = content.sections[index]!.end;
  for (let at = sums.length - 1; at < end; at += 1) {
    const section = content.sections[at]!;
    headings.push(section.heading ? counter.heading(section.heading.text) : 0);
    sums.push(sums[at]! + headings[at]! + counter.lines(textLines(section.body)));
  }
  return sums[end]! - sums[index]! - headings[index]!;
}
