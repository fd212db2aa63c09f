/**
 * Whether a text walks the reader through a procedure rather than pointing elsewhere ("see the
 * Installation Guide"): lines that are steps ("Step 2", "1.", an instruction opening with a
 * verb) or commands to run.
 */

import { textLines } from './text-lines.js';

/** A line that opens with a step's number or an instruction's verb. */
const STEP_LINE =
  /^(?:step \d+\b|\d{1,2}[.)]\s|(?:to \w+[^,\n]{0,60},\s*)?(?:download|run|install|click|select|open|enter|type|copy|upload|log ?in|sign in|navigate|go to|execute|restart|reboot|verify|ensure|choose|extract|unzip|connect|create|add|apply|deploy|configure|set|specify|accept|browse|mount|import|register|enable|disable|edit|save|start|stop|check|confirm|wait|place|put|transfer|use)\b)/i;
/** A line that is a command: a shell prompt, or a tool our users install with. */
const COMMAND_LINE = /^(?:[$#>]\s|PS [A-Z]:\\)|\b(?:esxcli|kubectl|helm|docker|vmware-|govc|powershell|Install-Module|Import-Module|msiexec|rpm|dpkg|apt(?:-get)?|yum|dnf|pip3?|npm|sudo|chmod|tar|unzip|curl|wget)\s+-{0,2}\w/;
/** Lines read: a long text has shown its steps long before. */
const LINES = 4000;

export function givesSteps(text: string | Iterable<string>, atLeast = 2): boolean {
  let found = 0;
  let read = 0;
  for (const line of typeof text === 'string' ? textLines(text) : text) {
    if (++read > LINES) break;
    if ((STEP_LINE.test(line) || COMMAND_LINE.test(line)) && ++found >= atLeast) return true;
  }
  return false;
}
