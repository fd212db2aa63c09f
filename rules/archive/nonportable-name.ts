import { defineRule, eventsOf } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'archive/nonportable-name',
    severity: 'warning',
    summary: 'An entry name cannot be extracted as written on every platform (backslashes, names Windows reserves)',
    messages: {
      backslash: 'entry name "{{name}}" uses backslashes, which the zip format forbids as separators: on Linux and ESXi it extracts as one file with backslashes in its name; re-create the archive with forward slashes',
      'reserved-character': 'entry name "{{name}}" holds a character Windows forbids in file names (< > : " | ? *), so it cannot be extracted there; rename it',
      'reserved-name': 'entry name "{{name}}" uses a device name Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9), so it cannot be extracted there; rename it',
      'trailing-dot-or-space': 'entry name "{{name}}" has a part ending in a dot or a space, which Windows drops when extracting; rename it',
    },
  },
  check(bundle, context) {
    for (const event of eventsOf(bundle, 'nonportable-name')) {
      context.report({ messageId: event.problem, location: { path: event.path }, data: { name: event.name } });
    }
  },
});
