import { ALGORITHM_NAMES, defineRule, displayName } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'checksums/mismatch',
    severity: 'error',
    summary: "A listed file's digest differs from the manifest",
    messages: {
      mismatch: '{{algorithm}} of {{file}} is {{actual}}, {{manifest}} line {{line}} says {{listed}}; regenerate the manifest from the files you ship',
    },
  },
  check(bundle, context) {
    for (const manifest of bundle.manifests) {
      for (const entry of manifest.entries) {
        // Digests are compared where the read pass computed them (SHA-512 never is).
        const actual = (entry.target?.digests as Readonly<Record<string, string>> | undefined)?.[entry.algorithm];
        if (actual === undefined || actual === entry.digest) continue;
        context.report({
          messageId: 'mismatch',
          location: { path: manifest.file.path, line: entry.line },
          data: { algorithm: ALGORITHM_NAMES[entry.algorithm], file: entry.name, actual, manifest: displayName(bundle, manifest.file.path), line: entry.line, listed: entry.digest },
        });
      }
    }
  },
});
