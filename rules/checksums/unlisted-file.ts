import { defineRule } from '../../src/engine/rule.js';
import type { ManifestAlgorithm } from '../../src/bundle/manifests.js';
import { displayName } from '../../src/bundle/queries.js';

const REQUIRED: readonly ManifestAlgorithm[] = ['md5', 'sha1'];
const NAMES: Record<string, string> = { md5: 'MD5', sha1: 'SHA-1' };

export default defineRule({
  meta: {
    id: 'checksums/unlisted-file',
    severity: 'error',
    summary: 'A delivered file is not covered by both an MD5 and a SHA-1 line',
    messages: {
      unlisted: '{{file}} is not listed in the {{manifests}} of the bundle; regenerate the manifests after the last file is added',
    },
  },
  check(bundle, context) {
    const top = bundle.manifests.filter((manifest) => manifest.file.depth === 0);
    // An algorithm without a manifest is checksums/present's finding; one whose manifest could not be read proves nothing.
    const checked = REQUIRED.filter(
      (algorithm) => top.some((manifest) => manifest.algorithms.includes(algorithm)) && top.every((manifest) => manifest.readable || !manifest.algorithms.includes(algorithm)),
    );
    const covered = new Map(checked.map((algorithm) => [algorithm, new Set(top.flatMap((manifest) => manifest.entries.filter((entry) => entry.algorithm === algorithm).map((entry) => entry.target)))]));
    for (const file of bundle.files.filter((candidate) => candidate.depth === 0 && !candidate.directory && candidate.kind !== 'manifest')) {
      const missing = checked.filter((algorithm) => !covered.get(algorithm)!.has(file));
      if (missing.length === 0) continue;
      const manifests = missing.length === 1 ? `${NAMES[missing[0]!]} manifest` : 'MD5 and SHA-1 manifests';
      context.report({ messageId: 'unlisted', location: { path: file.path }, data: { file: displayName(bundle, file.path), manifests } });
    }
  },
});
