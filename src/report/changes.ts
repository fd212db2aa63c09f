import type { Change } from '../fix/fix.js';
import { escapeTerminal } from './terminal.js';
import { plural } from './text.js';

/** What `fix` changed, one line each (action, path, what), then where the copy went. Paths come from the bundle: escaped. */
export function formatChanges(changes: readonly Change[], output: string): string {
  const lines = changes.map((change) => `${change.action.padEnd(7)}  ${escapeTerminal(change.path)}${escapeTerminal(detailOf(change))}`);
  const done = changes.filter((change) => change.action !== 'left').length;
  lines.push(`wrote ${escapeTerminal(output)} (${done === 0 ? 'nothing to change: a copy' : plural(done, 'change')})`);
  return `${lines.join('\n')}\n`;
}

function detailOf(change: Change): string {
  switch (change.action) {
    case 'removed':
    case 'left':
      return ` (${change.why})`;
    case 'moved':
      return ` to ${change.to}`;
    case 'rewrote':
    case 'created':
      return ` (${plural(change.files, 'file')} ${change.manifest ? 'listed' : 'in it'})`;
  }
}
