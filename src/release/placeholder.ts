import { textLines } from './text-lines.js';

/**
 * Text that stands in for content a writer has yet to give: "TBD", "TODO", "To be completed",
 * "Lorem ipsum…", "[Insert the support phone number here]".
 */

/** One placeholder, as a whole line (quotes, emphasis and final punctuation aside). */
const PLACEHOLDER_LINE = new RegExp(
  `^(?:${[
    String.raw`tb[dac]`,
    String.raw`todo|fixme|(?:todo|fixme)\s*:.{0,60}`,
    // "To be determined by your administrator" is an instruction; "to be completed by the release team" a gap.
    String.raw`to be (?:completed|provided|added|written|determined|defined|confirmed|updated|supplied|filled in)(?: (?:later|soon))?`,
    String.raw`to be (?:completed|written|added|filled in|updated) by .{1,40}`,
    String.raw`(?:content |text |details )?(?:coming soon|to come)`,
    String.raw`x{3,}|\?{3,}|\.{3,}|…`,
  ].join('|')})$`,
  'i',
);
/** A bracketed instruction to the writer: "[Insert the support phone number here]", "<placeholder>", "{{TBD}}". */
const BRACKETED = /^(?:\[[^\]]{1,100}\]|<[^>]{1,100}>|\{\{[^}]{1,100}\}\})$/;
const TO_THE_WRITER = /\b(?:insert|add|enter|describe|write|type|fill in|put|provide)\b.{0,60}\bhere\b|\bplace ?holder\b|\btb[dac]\b|\btodo\b/i;
/** What is taken off a line before it is compared: quotes, emphasis, list marks, final punctuation. */
const WRAPPING = /^[\s"'“”‘’*_#:-]+|[\s"'“”‘’*_.!:;-]+$/g;
/** Placeholders are short; a longer text that opens with "TBD" has content besides. */
const MAX_LINE = 120;
/** Lines read: a text whose first thousand lines are placeholders is one. */
const MAX_LINES = 1000;

/** The placeholder a text is made of ("TBD"), when every line of it is one; undefined when it has content. */
export function placeholderIn(text: string): string | undefined {
  let first: string | undefined;
  let read = 0;
  for (const raw of textLines(text)) {
    if (++read > MAX_LINES) break;
    // Lorem ipsum fills whole paragraphs; any other placeholder is a short line (and a long one is not trimmed, which costs its length squared).
    const lorem = /^\W{0,4}lorem ipsum\b/i.test(raw);
    if (!lorem && raw.length > MAX_LINE) return undefined;
    const line = lorem ? raw : raw.replace(WRAPPING, '');
    if (!line) continue;
    // A bracketed instruction, or a placeholder in brackets ("[To be written]").
    if (!lorem && !PLACEHOLDER_LINE.test(line) && !(BRACKETED.test(line) && (TO_THE_WRITER.test(line) || PLACEHOLDER_LINE.test(line.slice(1, -1).replace(WRAPPING, ''))))) return undefined;
    first ??= lorem ? 'Lorem ipsum…' : line;
  }
  return first;
}

/**
 * A sentence that sends the reader elsewhere: "For information about issues found later, see
 * Known-Issues.", "Refer to the wiki.", "Make sure to perform the prerequisite steps mentioned
 * here before installing." (over a link).
 */
const POINTER = /^(?:(?:for|to learn|to read)\b[^.\n]{0,120}?,\s*)?(?:please\s+)?(?:see|refer to|visit|go to|consult)\b[^\n]{0,200}$|\b(?:steps|instructions|requirements|procedure)\b[^.\n]{0,40}\b(?:mentioned|described|listed|documented|explained|given) (?:here|there|on|in|at)\b/i;
/** Words a pointer has at most: a longer text says something itself. */
const POINTER_WORDS = 30;

/** The sentence, when a text is only one that points to another page (it covers nothing itself); undefined otherwise. */
export function pointerOnly(text: string): string | undefined {
  const trimmed = text.trim();
  // A second sentence, or what follows a colon or dash after the target ("Refer to KB 89001: the datastore unmounts…"), says something itself.
  if (trimmed.length > 400 || trimmed.split(/\s+/).length > POINTER_WORDS || /[.:;—–]\s+\S/.test(trimmed)) return undefined;
  return POINTER.test(trimmed) ? trimmed : undefined;
}

/** What leaves a text without substance: the placeholder it is made of, else the one sentence that sends the reader elsewhere. */
export interface Emptiness {
  readonly placeholder: string | undefined;
  readonly pointer: string | undefined;
}

/** What leaves `text` without substance (see `placeholderIn`, `pointerOnly`); both undefined when it says something itself. */
export function emptinessOf(text: string): Emptiness {
  const placeholder = placeholderIn(text);
  return { placeholder, pointer: placeholder === undefined ? pointerOnly(text) : undefined };
}

/** `text` in quotes, cut to `at` characters with an ellipsis. */
export function quoted(text: string, at = 80): string {
  return `"${text.length > at ? `${text.slice(0, at - 1)}…` : text}"`;
}

/**
 * Why a text without substance covers nothing, for a finding's closest candidate: its placeholder
 * (quoted up to `placeholderChars`), else its pointer; undefined when it has neither.
 */
export function emptinessShortfall({ placeholder, pointer }: Emptiness, placeholderChars = Infinity): string | undefined {
  if (placeholder !== undefined) return `holds placeholder text (${quoted(placeholder, placeholderChars)})`;
  return pointer !== undefined ? `only points elsewhere (${quoted(pointer)})` : undefined;
}
