import { defineRule, displayName } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'checksums/missing-file',
    severity: 'error',
    summary: 'A manifest lists a file that is not in the bundle',
    messages: {
      missing: '{{manifest}} line {{line}} lists {{file}}, which is not in the bundle; ship the file or remove the line',
    },
  },
  check(bundle, context) {
    if (!bundle.fullyRead) return;
    for (const manifest of bundle.manifests) {
      for (const entry of manifest.entries.filter((candidate) => candidate.target === undefined)) {
        context.report({
          messageId: 'missing',
          location: { path: manifest.file.path, line: entry.line },
          data: { manifest: displayName(bundle, manifest.file.path), line: entry.line, file: entry.name },
        });
      }
    }
  },
});
