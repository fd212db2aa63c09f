import { defineRule, displayName, eventsOf } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'archive/symlink',
    severity: 'warning',
    summary: 'An entry is a symbolic link (never followed)',
    messages: {
      target: '{{name}} is a symbolic link to "{{target}}", which bundlelint does not follow and which may point outside the extracted bundle; ship the file itself',
      unknown: '{{name}} is a symbolic link whose target could not be read; bundlelint does not follow links: ship the file itself',
    },
  },
  check(bundle, context) {
    for (const event of eventsOf(bundle, 'symlink')) {
      const name = displayName(bundle, event.path);
      const location = { path: event.path };
      if (event.target === undefined) context.report({ messageId: 'unknown', location, data: { name } });
      else context.report({ messageId: 'target', location, data: { name, target: event.target } });
    }
  },
});
