import { defineRule, displayName, eventsOf } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'archive/trailing-data',
    severity: 'info',
    summary: 'An archive has bytes after its end of central directory record',
    messages: {
      trailing: '{{name}} has {{bytes}} after its end of central directory record, which most tools ignore and some reject; rebuild it to drop them unless something (a signature) needs them',
    },
  },
  check(bundle, context) {
    for (const event of eventsOf(bundle, 'trailing-data')) {
      const bytes = event.bytes === 1 ? '1 byte' : `${event.bytes} bytes`;
      context.report({ messageId: 'trailing', location: { path: event.path }, data: { name: displayName(bundle, event.path), bytes } });
    }
  },
});
