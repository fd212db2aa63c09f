/**
 * Text that holds input (names, paths, messages), made safe to print on a terminal. Apart from
 * the text report, so that printing a one-line error loads nothing else.
 */

/** C0/C1 controls, DEL, and bidirectional overrides, written as escapes. */
export function escapeTerminal(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, escapeChar);
}

/** The same for text of several lines (a rule's page): line breaks and tabs stay. */
export function escapeTerminalLines(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, escapeChar);
}

function escapeChar(char: string): string {
  const code = char.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}
