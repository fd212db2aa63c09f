import { defineRule } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'checksums/present',
    severity: 'error',
    summary: 'The bundle lacks an MD5 manifest or a SHA-1 manifest',
    messages: {
      missing: 'the bundle has no {{algorithm}} manifest, so customers cannot check their download; add one beside the installer listing every delivered file ({{example}})',
    },
  },
  check(bundle, context) {
    if (!bundle.fullyRead) return;
    const listed = new Set(bundle.manifests.filter((manifest) => manifest.file.depth === 0).flatMap((manifest) => manifest.algorithms));
    const folder = bundle.layout.rootFolder ?? '';
    if (!listed.has('md5')) context.report({ messageId: 'missing', location: { path: folder }, data: { algorithm: 'MD5', example: 'md5sum * > MD5SUMS' } });
    if (!listed.has('sha1')) context.report({ messageId: 'missing', location: { path: folder }, data: { algorithm: 'SHA-1', example: 'sha1sum * > SHA1SUMS' } });
  },
});
