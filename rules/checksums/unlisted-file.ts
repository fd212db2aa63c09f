import { defineRule, displayName, type ManifestAlgorithm } from '../kit/index.js';

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
    // An algorithm without a manifest is checksums/present's finding; a manifest that could not be read, or was
    // not read past a limit (checksums/syntax says so), proves nothing.
    const verifiable = (algorithm: ManifestAlgorithm) => {
      const manifests = top.filter((manifest) => manifest.algorithms.includes(algorithm));
      return manifests.length > 0 && manifests.every((manifest) => manifest.readable && !manifest.stoppedAt);
    };
    const listed = (algorithm: ManifestAlgorithm) => new Set(top.flatMap((manifest) => manifest.entries).filter((entry) => entry.algorithm === algorithm).map((entry) => entry.target));
    const covered = REQUIRED.filter(verifiable).map((algorithm) => [algorithm, listed(algorithm)] as const);
    for (const file of bundle.files.filter((candidate) => candidate.depth === 0 && !candidate.directory && candidate.kind !== 'manifest')) {
      const missing = covered.filter(([, files]) => !files.has(file)).map(([algorithm]) => algorithm);
      if (missing.length === 0) continue;
      const manifests = missing.length === 1 ? `${NAMES[missing[0]!]} manifest` : 'MD5 and SHA-1 manifests';
      context.report({ messageId: 'unlisted', location: { path: file.path }, data: { file: displayName(bundle, file.path), manifests } });
    }
  },
});
