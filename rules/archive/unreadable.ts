import { defineRule, displayName, eventsOf } from '../kit/index.js';

/** APPNOTE 4.4.5 method names, for the methods real archivers still write. */
const METHOD_NAMES: Readonly<Record<number, string>> = {
  1: 'Shrink', 6: 'Implode', 7: 'Tokenize', 9: 'Deflate64', 10: 'PKWARE DCL Implode', 12: 'BZIP2', 14: 'LZMA',
  18: 'IBM TERSE', 19: 'IBM LZ77', 93: 'Zstandard', 95: 'XZ', 96: 'JPEG', 97: 'WavPack', 98: 'PPMd',
};

export default defineRule({
  meta: {
    id: 'archive/unreadable',
    severity: 'error',
    summary: 'The bundle, or an archive inside it, cannot be read',
    messages: {
      archive: '{{name}} cannot be read as an archive: {{reason}}; rebuild it with a standard tool and check that the copy is complete',
      entry: 'the headers of {{name}} are corrupt ({{reason}}), so its data cannot be found; rebuild the archive that holds it',
      method: '{{name}} is compressed with method {{method}} ({{methodName}}), which bundlelint and most unzip tools cannot decode; re-create the archive with Deflate or Store',
    },
  },
  check(bundle, context) {
    for (const event of eventsOf(bundle, 'unreadable', 'entry-unreadable', 'unsupported-method')) {
      const name = displayName(bundle, event.path);
      const location = { path: event.path };
      if (event.type === 'unreadable') context.report({ messageId: 'archive', location, data: { name, reason: event.reason } });
      else if (event.type === 'entry-unreadable') context.report({ messageId: 'entry', location, data: { name, reason: event.reason } });
      else context.report({ messageId: 'method', location, data: { name, method: event.method, methodName: METHOD_NAMES[event.method] ?? 'not a defined method' } });
    }
  },
});
