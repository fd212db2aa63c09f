import { defineRule } from '../../src/engine/rule.js';
import { displayName } from '../../src/bundle/queries.js';

export default defineRule({
  meta: {
    id: 'checksums/syntax',
    severity: 'error',
    summary: 'A manifest line cannot be parsed',
    messages: {
      line: 'line {{line}} of {{manifest}} cannot be read: {{reason}}; write it as "<hex digest>  <file name>", as md5sum and sha1sum do',
    },
  },
  check(bundle, context) {
    for (const manifest of bundle.manifests) {
      const name = displayName(bundle, manifest.file.path);
      for (const problem of manifest.problems) {
        context.report({ messageId: 'line', location: { path: manifest.file.path, line: problem.line }, data: { line: problem.line, manifest: name, reason: problem.reason } });
      }
    }
  },
});
