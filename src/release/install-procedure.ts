/**
 * What an installation guide says about installing: the sections that walk through the
 * installation, with how many steps each gives, and the steps that make the customer copy files
 * into place or edit files by hand, which the program guide forbids ("The customer must not be
 * required to copy files to specific places, nor required to edit any files to configure the
 * Partner Software").
 */

import type { ParsedDocument } from '../documents/document.js';
import { countSentenceSteps, stepsUnder, type StepCounter } from './procedure.js';
import { sentencesOf, textLines } from './text-lines.js';

/** Steps that make an installation procedure: more than "run the installer". */
export const INSTALL_STEPS = 2;
/** Steps counted of a part: enough to tell a procedure, and the closest candidate, apart. */
const STEPS_COUNTED = INSTALL_STEPS + 1;

/** A heading about installing: "Installing the Plug-in", "Deployment", "Getting Started", "Setup". */
const INSTALL_HEADING = /\b(?:install(?:ing|ation|s)?|deploy(?:ing|ment)?|set(?:ting)?[\s-]?up|getting[\s-]started|quick[\s-]?start)\b/i;
/**
 * Headings that name installing but are about something else: what comes before or after it,
 * its problems, taking it away, a test bed, or the whole guide (its title).
 */
const NOT_INSTALLING =
  /\b(?:uninstall\w*|troubleshoot\w*|debug\w*|prerequisites?|requirements?|before you|pre-?install\w*|post-?install\w*|verif\w*|problems?|issues?|errors?|fail\w*|overview|test|lab|guide|manual|handbook|notes|readme)\b/i;

/**
 * Headings whose sub-sections, whatever their own headings say, do not install the software: its prerequisites ("Installing
 * open-iscsi" under "Installation Requirements"), its problems ("Update the driver by editing its deployment" under "Driver debug
 * tips"), taking it away.
 */
const ASIDE_FROM_INSTALLING = /\b(?:prerequisites?|requirements?|before you|pre-?install\w*|troubleshoot\w*|debug\w*|diagnos\w*|uninstall\w*)\b/i;

/**
 * Whether a heading over the whole document but its opening text (its title, or its only top-level section) names installing
 * beside its other parts ("Requirements and Installation", "… Installation and Troubleshooting Guide"): a page titled
 * only for debugging ("CSI driver debug tips") keeps its re-deployments aside.
 */
function titlesAnInstallation(content: ParsedDocument, index: number): boolean {
  const section = content.sections[index]!;
  return INSTALL_HEADING.test(section.heading?.text ?? '') && section.end >= content.sections.length && content.sections.slice(0, index).every((above) => above.heading === undefined);
}

/**
 * The chapters of a page titled for installing ("Quick Start", "Installing the Plug-in") that are set at its title's level (a
 * word processor's Title style over Heading 1 chapters, a converter's output): each is a part about installing, as it is when
 * the title holds them (a text's underlined title over its sections), unless its heading says it is aside ("Uninstalling").
 */
function chaptersUnderInstallTitle(content: ParsedDocument, from: number, end: number): ReadonlySet<number> {
  const first = content.sections[from];
  const chapters = new Set<number>();
  if (!first?.heading || content.titleSource !== 'visible' || first.heading.text !== content.title || !isInstallHeading(content.title)) return chapters;
  for (let index = first.end; index < end; index = content.sections[index]!.end) chapters.add(index);
  return chapters;
}

/** A part about installing (a section or a labelled line) and the steps it gives (counted up to `STEPS_COUNTED`). */
export interface InstallSection {
  readonly index: number;
  readonly heading: string;
  readonly line: number | undefined;
  readonly steps: number;
}

/** Whether a heading is about installing the software (not its prerequisites, problems or removal). */
export function isInstallHeading(heading: string): boolean {
  return INSTALL_HEADING.test(heading) && !NOT_INSTALLING.test(heading);
}

/** Steps sentence by sentence, up to `STEPS_COUNTED` in each heading and each section's text. */
const SENTENCE_STEPS: StepCounter = { heading: (text) => countSentenceSteps([text], STEPS_COUNTED), lines: (lines) => countSentenceSteps(lines, STEPS_COUNTED) };

/** A label opening a line, as documents without headings use them ("Installation: Upload the bundle…"). */
const LABEL = /^([^:\n]{2,60}):\s+/;
/** Lines of a section read for labels. */
const LABEL_LINES = 2000;

/**
 * The parts of a document, from `from` to `end`, about installing, each with its steps: the
 * sections whose headings are about it (with their sub-sections), and the lines opening with a
 * label about it (a guide of labelled paragraphs).
 */
export function installSections(content: ParsedDocument, from = 0, end = content.sections.length): InstallSection[] {
  const found: InstallSection[] = [];
  const chapters = chaptersUnderInstallTitle(content, from, end);
  // Where the sub-sections of the last heading aside from installing (see `ASIDE_FROM_INSTALLING`) end; none is looked at inside another.
  let asideEnd = from;
  for (let index = from; index < end; index += 1) {
    const section = content.sections[index]!;
    const heading = section.heading;
    if (index < asideEnd) continue;
    if (heading && ASIDE_FROM_INSTALLING.test(heading.text) && section.end > index + 1 && !titlesAnInstallation(content, index)) asideEnd = section.end;
    if (heading && (isInstallHeading(heading.text) || (chapters.has(index) && !NOT_INSTALLING.test(heading.text) && !ASIDE_FROM_INSTALLING.test(heading.text)))) {
      // Its text's and its sub-sections' (their headings too), not its own heading's.
      found.push({ index, heading: heading.text, line: heading.line, steps: Math.min(STEPS_COUNTED, stepsUnder(content, index, SENTENCE_STEPS)) });
    }
    let read = 0;
    for (const line of textLines(section.body)) {
      if (++read > LABEL_LINES) break;
      const label = LABEL.exec(line);
      if (!label || !isInstallHeading(label[1]!)) continue;
      found.push({ index, heading: label[1]!, line: section.bodyLines?.[read - 1] ?? section.line, steps: countSentenceSteps([line.slice(label[0].length)], STEPS_COUNTED) });
    }
  }
  return found;
}

/** A step that copies a file into place (`copy`) or edits a file (`edit`) by hand. */
export interface ManualStep {
  readonly kind: 'copy' | 'edit';
  /** The sentence that asks it. */
  readonly text: string;
  /** The section it is in, and its line in the source where the format has lines (else the section's). */
  readonly section: number;
  readonly line: number | undefined;
}

/** Where a command may start in a sentence: its start (after a step's number), after `&&`, `;`, `|` or an opening backtick; after a prompt. */
const COMMAND_START = String.raw`(?:^(?:\d{1,2}[.)]\s+)?|[;&|\x60]\s*)(?:[$#>]\s*)?(?:sudo\s+)?`;
/** `cp`, `scp`, `mv`… with a destination that is a path or a remote path. */
const COPY_COMMAND = new RegExp(`${COMMAND_START}(?:cp|scp|mv|rsync|xcopy|robocopy|copy-item|move-item)\\s+(?:-[\\w-]+\\s+)*([^\\s;&|\x60]+)\\s+[^\\s;&|\x60]*[/\\\\:]`, 'i');
/** An editor opened on a file, or an edit in place: `vi /etc/x.conf`, `kubectl edit configmap`, `sed -i`. */
const EDIT_COMMAND = new RegExp(`${COMMAND_START}(?:vi|vim|nano|emacs|gedit|notepad(?:\\.exe)?|(?:kubectl|oc)\\s+edit|sed\\s+-i)\\s+\\S`, 'i');
/**
 * A shell command that writes a file at a system path: `echo "InitiatorName=…" > /etc/iscsi/initiatorname.iscsi`,
 * `… | sudo tee -a /etc/modprobe.d/x.conf`; not output saved in the working directory (`> controller.log`) or discarded (`> /dev/null`).
 */
const WRITE_COMMAND = /\b(?:echo|printf|cat)\b[^\n]{0,200}?\s>>?\s*["']?(?:\/etc|\/opt|\/usr\/local|~)\/|\btee\s+(?:-a\s+)?["']?(?:\/etc|\/opt|\/usr\/local|~)\//i;
/** Words that may stand between a verb and what comes before it: "could also change", "are always put". */
const ADVERB = String.raw`(?:(?:also|then|not|always|\w+ly)\s+)?`;
/**
 * Not where a verb describes what happens to files rather than asks it: after "could", "might", "would"
 * ("a file could change while…"); a passive that asks ("must be copied") has "be".
 */
const DESCRIBED = String.raw`(?<!\b(?:could|might|would|been)\s+${ADVERB})`;
/**
 * "put" after "is"/"are" is an indicative passive ("logs are put in the same directory"), which describes; other verbs
 * after "is" ask ("All you need to do is copy…", "The next step is edit…").
 */
const PUT = String.raw`(?<!\b(?:is|are|was|were)\s+${ADVERB})put`;
/** "Copy/move/place X to /opt/…", "…into the plugins folder", "…somewhere in your $PATH", "must be copied to /etc/…". */
const COPY_PROSE = new RegExp(
  String.raw`${DESCRIBED}\b(?:copy|move|place|${PUT}|drop|transfer|upload|be\s+(?:copied|moved|placed|put|transferred|uploaded))\b([^\n]{0,80}?)\b(?:to|into|in|under|onto)\s+(?:the\s+|your\s+|a\s+)?(?:[\x60"'(]?(?:\/|~\/|\$\w|%\w+%|[a-z]:\\)|[^\n]{0,40}?(?:folder|directory|\$?path|location)\b)`,
  'i',
);
/** "file" naming a kind of storage or service, not a file: "file storage", "file system", "file services". */
const NOT_A_FILE = String.raw`(?!\s*(?:systems?|storage|shares?|sharing|services?|volumes?|servers?|protocols?|level|access)\b)`;
/** A file by its format's name: "the YAML file", "the provisioner and nodeplugin YAMLs" (not "JSON output"). */
const FORMAT_FILE = String.raw`\b(?:ya?ml|json|xml|ini|toml)(?:s\b|\s+(?:files?|manifests?)\b)`;
/** Not where the verb is forbidden or not needed: "Do not modify…", "You don't need to edit…", "Never edit…". */
const NOT_NEGATED = String.raw`(?<!(?:\bnot|\bnever|\bno need to|\bnot need to|n't|n't need to) )`;
/**
 * Code installed or unpacked by hand into a path of the host software: "install the decompressed code in your projects directory
 * under app/code/Vendor/Module", "Unpack the archive into plugins/corvid"; a path is named (with a slash), so installing into a
 * product ("Install the plugin in vCenter", "in Windows/Linux hosts": see `PRODUCT_PAIR`) or unpacking somewhere ("to a temporary
 * folder") is not one, nor a negated one ("Do not unpack the archive into /tmp").
 */
const UNPACK_INTO_PATH = new RegExp(
  String.raw`${DESCRIBED}${NOT_NEGATED}\b(?:install|extract|unpack|unzip|decompress)\b[^\n]{0,80}?\b(?:to|into|in|under)\s+[\x60"'(]?(\/|~\/|\$\w|%\w+%|[a-z]:\\|[\w.-]+\/[\w.-])`,
  'i',
);
/** Products named in a pair, "Windows/Linux", "NFS/SMB": no path. */
const PRODUCT_PAIR = /^[A-Z][\w.-]*\/[A-Z]/;
/** An edit's verb, and "make the changes (below) on/to/in", whose object is where the changes go. */
const EDIT_VERB = String.raw`${NOT_NEGATED}\b(?:edit|modify|change|update|make (?:the following |these |the )?changes (?:below )?(?:on|to|in))\b`;
/**
 * A configuration file's extension, where its name ends (not the directory "agent.conf.d", nor "x.conf/"); not a YAML
 * manifest's ("Update the image fields in the operator.yaml"), an edit of what is deployed rather than of the product's settings.
 */
const CONFIGURATION_EXTENSION = String.raw`\.(?:conf|cfg|ini)\b(?!\.\w*\b|/)`;
/**
 * The product's configuration file to edit: "Edit the cinder.conf file", "Make the following changes on the volume node
 * /etc/block/block.conf file", "Update the settings in block.conf". The manual-steps rule reports it as an edit;
 * initial-configuration takes it for the configuration (a cue, so in the subset its page spells out: test/docs/cue-text.ts).
 */
export const EDIT_CONFIGURATION = new RegExp(
  String.raw`${EDIT_VERB}[^.\n]{0,60}\bconfig(?:uration)? file\b|${EDIT_VERB}[^.\n]{0,60}${CONFIGURATION_EXTENSION}`,
  'i',
);
/** The edit of a configuration file, or "Add/uncomment/replace/… the X file / x.conf / the YAMLs / the config map". */
const EDIT_PROSE = new RegExp(
  String.raw`${DESCRIBED}(?:${EDIT_CONFIGURATION.source}|${NOT_NEGATED}\b(?:edit|modify|change|update|uncomment|comment out|add|append|insert|enable|disable|replace)\b[^\n]{0,80}?(?:\bfiles?\b${NOT_A_FILE}|\.(?:conf|cfg|ini|ya?ml|json|xml|properties|toml|service)\b(?!\.\w*\b|/)|\bconfig ?maps?\b|${FORMAT_FILE}))`,
  'i',
);
/** "Open x.conf (or the YAML file) and change…", "…, find the X option and update it". */
const OPEN_AND_EDIT = new RegExp(String.raw`\bopen\b[^\n]{0,60}(?:\.(?:conf|cfg|ini|ya?ml|json|xml|properties|toml)\b|${FORMAT_FILE})[^\n]{0,80}\b(?:change|add|set|edit|modify|uncomment|replace|update)\b`, 'i');
/**
 * A configuration file the customer writes: "Create a configuration file that will contain…", or one named
 * after a sample of it, "Here is a sample, create it in conf/zoo.cfg" (its name may be wrapped to the next line) (not "create a secret from the config file",
 * nor a manifest or backup saved to apply or keep: "Save it as storageclass.yaml", "save it to backup.json").
 * The manual-steps rule reports it as an edit; initial-configuration takes it for the configuration (a cue, so
 * in the subset its page spells out: test/docs/cue-text.ts).
 */
export const WRITE_CONFIGURATION =
  /\b(?:create|write) (?:the |your )?(?:\w* )?(?:\w* )?(?:configuration|config|settings|credentials?) files?\b|\b(?:create|write|save) (?:it|this|them) (?:in|as|to)\b[^.\n]{0,60}\.(?:conf|cfg|ini|xml|properties|toml)\b|\bhere is a sample\b[^.\n]{0,20}\b(?:create|write|save) it (?:in|as)\b/i;
/** A configuration the software reads from a file at a fixed path: set by editing that file. */
const CONFIGURATION_FILE = /\bconfigurations?\b[^\n]{0,80}?\bfile\b[^\n]{0,60}?\b(?:located|stored|kept|resides?|found)\s+(?:at|in|under)\s+[`"']?(?:\/|~\/|[a-z]:\\|%\w+%)/i;
/** The installer itself, which the customer may well copy to the host to install it. */
const INSTALLER = /\b(?:bundle|depot|installer|package)s?\b|\.(?:zip|vib|iso|ova|ovf|exe|msi)\b/i;
/** What a copy in prose moves when it is the installer or something the customer only passes on: a key, an address, a value. */
const NOT_A_FILE_INTO_PLACE = new RegExp(`${INSTALLER.source}|\\b(?:license|licence|key|url|link|address|token|password|command|output|text|value)s?\\b`, 'i');
/** The number opening a step's heading: "Step 3:", "2.", "4)". */
const STEP_NUMBER = /^(?:step\s+\d{1,2}\s*[:.)-]?|\d{1,2}(?:\.\d{1,2})*[.)]?)\s+/i;
/** A copy's object that stands for something named before it. */
const PRONOUN = /^\s*(?:it|them|this|these|that|those)\s*$/i;
/** Sections about logging, debugging or troubleshooting: editing there is diagnosis, not configuring the software. */
const DIAGNOSIS_HEADING = /\b(?:troubleshoot\w*|debug\w*|diagnos\w*|log(?:s|ging)?|verbos\w*|uninstall\w*)\b/i;
/** Sentences read per section: a section that asks for a manual step asks it early. */
const LINES = 2000;
/** Characters of a hard-wrapped sentence joined: a sentence is shorter; a text without stops is not joined whole. */
const WRAPPED_CHARACTERS = 600;
/** A line that ends without ending its sentence, and the line that continues it in lower case ("replace canary with the" / "release version in the"). */
const OPEN_ENDING = /[\p{L}\d,)]$/u;
const CONTINUING = /^[a-z(]/;

/** The kind of manual step a sentence asks for, if any. Sentences come split (see manualSteps), so the patterns may cross the dots of file names. */
export function manualStepIn(sentence: string): ManualStep['kind'] | undefined {
  const command = COPY_COMMAND.exec(sentence);
  if (command && !INSTALLER.test(command[1]!)) return 'copy';
  const prose = COPY_PROSE.exec(sentence);
  // "…the offline bundle and copy it to /tmp": what a pronoun stands for comes before it.
  if (prose && !NOT_A_FILE_INTO_PLACE.test(PRONOUN.test(prose[1]!) ? sentence.slice(0, prose.index) : prose[1]!)) return 'copy';
  const unpacked = UNPACK_INTO_PATH.exec(sentence);
  if (unpacked && !PRODUCT_PAIR.test(sentence.slice(unpacked.index + unpacked[0].length - unpacked[1]!.length))) return 'copy';
  if (EDIT_COMMAND.test(sentence) || WRITE_COMMAND.test(sentence) || EDIT_PROSE.test(sentence) || OPEN_AND_EDIT.test(sentence) || CONFIGURATION_FILE.test(sentence) || WRITE_CONFIGURATION.test(sentence)) return 'edit';
  return undefined;
}

/**
 * The manual steps of a document's sections from `from` to `end`, in order, one per sentence
 * that asks one; sections under a heading about logs, debugging or troubleshooting are passed
 * over (raising a log level there is diagnosis, which Appendix C asks for).
 */
export function manualSteps(content: ParsedDocument, from = 0, end = content.sections.length): ManualStep[] {
  const steps: ManualStep[] = [];
  // The sections still open at each index (it and those above it), each with whether it or one above it is about diagnosis: one pass with a stack.
  const open: { end: number; diagnosis: boolean }[] = [];
  for (let index = from; index < end; index += 1) {
    while (open.length > 0 && open.at(-1)!.end <= index) open.pop();
    const section = content.sections[index]!;
    const diagnosis = (open.at(-1)?.diagnosis ?? false) || DIAGNOSIS_HEADING.test(section.heading?.text ?? '');
    open.push({ end: section.end, diagnosis });
    if (diagnosis) continue;
    // A heading may be the step itself ("Step 3: Edit corvid.conf"; a numbered command line in plain text).
    const headingStep = section.heading && manualStepIn(section.heading.text.replace(STEP_NUMBER, ''));
    if (headingStep) steps.push({ kind: headingStep, text: section.heading!.text, section: index, line: section.line });
    let read = 0;
    // A sentence hard-wrapped over lines (plain text, Markdown source, PDF lines), read as one when none of its lines asks a step by itself.
    let wrapped: { text: string; lines: number; line: number | undefined; asks: boolean } | undefined;
    const flush = () => {
      if (wrapped && wrapped.lines > 1 && !wrapped.asks) {
        for (const sentence of sentencesOf(wrapped.text)) {
          const kind = manualStepIn(sentence);
          if (kind) steps.push({ kind, text: sentence, section: index, line: wrapped.line });
        }
      }
      wrapped = undefined;
    };
    for (const line of textLines(section.body)) {
      if (++read > LINES) break;
      const at = section.bodyLines?.[read - 1] ?? section.line;
      const continues = wrapped !== undefined && CONTINUING.test(line) && OPEN_ENDING.test(wrapped.text) && wrapped.text.length + line.length < WRAPPED_CHARACTERS;
      if (!continues) flush();
      let asks = false;
      for (const sentence of sentencesOf(line)) {
        const kind = manualStepIn(sentence);
        if (kind) steps.push({ kind, text: sentence, section: index, line: at });
        asks ||= kind !== undefined;
      }
      if (wrapped) {
        wrapped.text += ` ${line}`;
        wrapped.lines += 1;
        wrapped.asks ||= asks;
      } else if (line) wrapped = { text: line, lines: 1, line: at, asks };
    }
    flush();
  }
  return steps;
}
